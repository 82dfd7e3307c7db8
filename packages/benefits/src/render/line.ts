import type { Lang } from '../core/i18n.ts';
import type { LinePeriod, ScreenLine } from '../core/result.ts';
import type { TraceEntry } from '../core/trace.ts';
import { formatYuan } from '../format/yuan.ts';
import { formatQuantity } from './format.ts';

/**
 * The one renderer of a result line's words, for every caller: the web app's results and
 * worksheet, the CLI's JSON explanations and the roster's 明细 sheet. Rendered from the line's
 * basis and trace, never written by hand. These are pure functions.
 */

/** "0.2" → "20%" without a binary float. */
export function percentText(rate: string): string {
  const [int = '0', frac = ''] = rate.split('.');
  const digits = `${int}${frac.padEnd(2, '0')}`;
  const whole = digits.slice(0, int.length + 2).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(int.length + 2).replace(/0+$/, '');
  return `${whole}${rest ? `.${rest}` : ''}%`;
}

/** A check's value in words: "4 头", "85%", "未填写", "是". */
export function valueText(entry: TraceEntry, lang: Lang): string {
  if (entry.value === null) return lang === 'zh' ? '未填写' : 'not given';
  if (entry.valueWords) return entry.valueWords[lang];
  if (entry.op === 'attest')
    return entry.value === '是' || entry.value === 'true'
      ? lang === 'zh'
        ? '是'
        : 'yes'
      : lang === 'zh'
        ? '否'
        : 'no';
  return formatQuantity(entry.value, entry.unit, lang);
}

/**
 * A check's threshold in words: "≥ 2 头", "> 0 元", "= 18 厘米", "须为“是”", "须为：脱贫户". The
 * threshold holds the number alone; the operator is the entry's `op`.
 */
export function thresholdText(entry: TraceEntry, lang: Lang): string {
  if (entry.op === 'attest') return lang === 'zh' ? '须为“是”' : 'must be yes';
  if (entry.threshold === null) return '';
  if (entry.op === 'gte') return `≥ ${formatQuantity(entry.threshold, entry.unit, lang)}`;
  if (entry.op === 'gt') return `> ${formatQuantity(entry.threshold, entry.unit, lang)}`;
  if (entry.op === 'lte') return `≤ ${formatQuantity(entry.threshold, entry.unit, lang)}`;
  const words = entry.thresholdWords?.[lang] ?? entry.threshold;
  if (entry.op === 'in') return lang === 'zh' ? `须为：${words}` : `must be: ${words}`;
  // a number the plan states exactly ("路面厚度18厘米"); a word (贷款用途 发展生产) is shown as it is
  if (entry.op === 'eq' && /^\d+(\.\d+)?$/.test(entry.threshold))
    return `= ${formatQuantity(entry.threshold, entry.unit, lang)}`;
  return words;
}

/**
 * How the amount was reached, without the result: "4 头 × ¥700.00", "¥50,000.00 × 20%",
 * "贴息 123 天 · 年利率 3.65%", a share held to its ceiling with both figures, "县级评审确定".
 */
export function basisText(line: ScreenLine, lang: Lang): string {
  const b = line.basis;
  if (b.source === 'review') return lang === 'zh' ? '县级评审确定' : 'set by the county review';
  if (b.unit === 'day' && b.quantity !== null)
    return lang === 'zh'
      ? `贴息 ${b.quantity} 天${b.rate ? ` · 年利率 ${percentText(b.rate)}` : ''}`
      : `${b.quantity} days subsidised${b.rate ? ` · ${percentText(b.rate)} a year` : ''}`;
  if (b.rate !== null && b.quantity !== null) {
    const share = `${formatYuan(b.quantity)} × ${percentText(b.rate)}`;
    const c = b.ceiling;
    if (!c) return share;
    // the plan's ceiling bound the share (最高不超过500元/亩): both figures are shown
    const cap = `${formatQuantity(c.quantity, c.unit, lang)} × ${formatYuan(c.unitAmount)}`;
    return lang === 'zh'
      ? `${share}（${formatYuan(c.uncapped)}）超过上限「${c.text}」，按 ${cap}`
      : `${share} (${formatYuan(c.uncapped)}) is above the ceiling "${c.text}": ${cap}`;
  }
  if (b.unitAmount !== null && b.quantity !== null)
    return `${formatQuantity(b.quantity, b.unit, lang)} × ${formatYuan(b.unitAmount)}`;
  return '';
}

/** A loan line's working: the subsidised principal, the rate, the day count and each quarter counted. */
export function loanText(line: ScreenLine, periods: readonly LinePeriod[], lang: Lang): string {
  let principal: string | null = null;
  let basis = '';
  for (const t of line.trace) {
    if (t.condition === 'subsidised-principal') principal = t.value;
    else if (t.condition === 'day-count' && t.threshold) basis = t.threshold.replace('年利率 ', '');
  }
  const rate = line.basis.rate === null ? '' : percentText(line.basis.rate);
  const counted = periods.filter((p) => p.counted);
  const amount = formatYuan(line.amount);
  const head =
    lang === 'zh'
      ? `贴息本金 ${principal ? formatYuan(principal) : '—'} × 年利率 ${rate} ${basis} × 天数`
      : `subsidised principal ${principal ? formatYuan(principal) : '—'} × ${rate} a year ${basis} × days`;
  if (counted.length === 0)
    return lang === 'zh'
      ? `${head}：本方案期内尚无已结息的季度 = ${amount}`
      : `${head}: no quarter settled within the plan yet = ${amount}`;
  const quarters = counted.map(
    (p) => `${p.quarter} ${p.days}${lang === 'zh' ? '天' : ' days'} ${formatYuan(p.amount)}`,
  );
  return `${head}${lang === 'zh' ? '：' : ': '}${quarters.join(' + ')} = ${amount}`;
}

/** One check as a sentence: "✓ 头数 4 头 ≥ 2 头 [五(一)4(4)]". */
export function traceText(e: TraceEntry, lang: Lang): string {
  const mark = e.passed ? '✓' : '✗';
  let body: string;
  if (e.op === 'attest') body = `${e.label[lang]}${lang === 'zh' ? '：' : ': '}${valueText(e, lang)}`;
  else if (e.op === 'in' || e.op === 'info') {
    const shown =
      e.op === 'info' && e.value === null
        ? (e.thresholdWords?.[lang] ?? e.threshold ?? valueText(e, lang))
        : valueText(e, lang);
    const must =
      e.op === 'in' && e.threshold
        ? lang === 'zh'
          ? `（${thresholdText(e, lang)}）`
          : ` (${thresholdText(e, lang)})`
        : '';
    body = `${e.label[lang]}${lang === 'zh' ? '：' : ': '}${shown}${must}`;
  } else body = `${e.label[lang]} ${valueText(e, lang)} ${thresholdText(e, lang)}`;
  return `${mark} ${body} [${e.clause}]`;
}

const STATUS = {
  eligible: { zh: '符合', en: 'eligible' },
  ineligible: { zh: '不符合', en: 'not eligible' },
  'needs-information': { zh: '需补充信息', en: 'needs information' },
} as const;

/** The status of a line in words. */
export function statusText(line: ScreenLine, lang: Lang): string {
  return STATUS[line.status][lang];
}

/**
 * The reason column: for an eligible line how the amount was reached ("4 头 × ¥700.00 =
 * ¥2,800.00"), otherwise what is missing or the check that failed, and the near miss.
 */
export function reasonText(line: ScreenLine, lang: Lang): string {
  if (line.status === 'eligible') {
    if (line.periods) return loanText(line, line.periods, lang);
    const how = basisText(line, lang);
    return how ? `${how} = ${formatYuan(line.amount)}` : formatYuan(line.amount);
  }
  const parts: string[] = [];
  if (line.status === 'needs-information' && line.reason)
    parts.push(lang === 'zh' ? `缺少：${line.reason.label.zh}` : `missing: ${line.reason.label.en}`);
  else if (line.reason) parts.push(traceText(line.reason, lang));
  if (line.nearMiss) parts.push(line.nearMiss.message[lang]);
  return parts.join(lang === 'zh' ? '；' : '; ');
}

/** A whole line in words: title, standard and clause, status, then the reason column. */
export function explainLine(line: ScreenLine, lang: Lang): string {
  const head =
    lang === 'zh'
      ? `${line.title.zh}（${line.standardId}，${line.clause}）：${statusText(line, lang)}`
      : `${line.title.en} (${line.standardId}, ${line.clause}): ${statusText(line, lang)}`;
  const reason = reasonText(line, lang);
  return reason ? `${head}${lang === 'zh' ? '；' : '; '}${reason}` : head;
}
