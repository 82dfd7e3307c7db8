import type { Lang } from '../core/i18n.ts';
import type { ScreenLine, ScreenResult } from '../core/result.ts';
import type { TraceEntry } from '../core/trace.ts';
import { formatQuantity } from './format.ts';

const OP: Record<TraceEntry['op'], { zh: string; en: string }> = {
  gte: { zh: '≥', en: '≥' },
  gt: { zh: '>', en: '>' },
  lte: { zh: '≤', en: '≤' },
  eq: { zh: '=', en: '=' },
  in: { zh: '属于', en: 'in' },
  attest: { zh: '确认', en: 'attested' },
  info: { zh: '', en: '' },
};

/**
 * One check as a sentence: "✓ 养猪头数 4 头 ≥ 2 头 [五(一)4(4)]". Rendered from the trace entry.
 * This is a pure function.
 */
export function traceText(e: TraceEntry, lang: Lang): string {
  const mark = e.passed ? '✓' : '✗';
  const missing = lang === 'zh' ? '未填写' : 'not given';
  const value = e.value === null ? missing : formatQuantity(e.value, e.unit, lang);
  let body: string;
  if (e.op === 'attest')
    body = `${e.label[lang]}：${e.value === null ? missing : e.value === '是' ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no'}`;
  else if (e.op === 'in')
    body = `${e.label[lang]}：${value}${e.threshold ? (lang === 'zh' ? `（须为：${e.threshold}）` : ` (must be: ${e.threshold})`) : ''}`;
  else if (e.op === 'info') body = `${e.label[lang]}：${e.value === null ? (e.threshold ?? missing) : value}`;
  else
    body = `${e.label[lang]} ${value} ${OP[e.op][lang]} ${formatQuantity(e.threshold ?? '', e.unit, lang)}`;
  return `${mark} ${body} [${e.clause}]`;
}

const STATUS = {
  eligible: { zh: '符合', en: 'eligible' },
  ineligible: { zh: '不符合', en: 'not eligible' },
  'needs-information': { zh: '需补充信息', en: 'needs information' },
};

/** A whole line in words: status, amount and how, the reason, the near miss, the clause. */
export function explainLine(line: ScreenLine, lang: Lang): string {
  const head = `${line.title[lang]}（${line.standardId}，${line.clause}）：${STATUS[line.status][lang]}`;
  const parts = [head];
  if (line.status === 'eligible') {
    const b = line.basis;
    if (b.source === 'review')
      parts.push(lang === 'zh' ? `评审确定金额 ¥${line.amount}` : `amount set by review ¥${line.amount}`);
    else if (b.ceiling)
      parts.push(
        lang === 'zh'
          ? `${b.quantity} × ${b.rate} = ¥${b.ceiling.uncapped}，超过上限（${b.ceiling.text}）：${formatQuantity(b.ceiling.quantity, b.ceiling.unit, lang)} × ¥${b.ceiling.unitAmount} = ¥${line.amount}`
          : `${b.quantity} × ${b.rate} = ¥${b.ceiling.uncapped}, above the ceiling (${b.ceiling.text}): ${formatQuantity(b.ceiling.quantity, b.ceiling.unit, lang)} × ¥${b.ceiling.unitAmount} = ¥${line.amount}`,
      );
    else if (b.rate !== null && b.quantity !== null)
      parts.push(`${b.quantity} × ${b.rate} = ¥${line.amount}`);
    else if (b.unitAmount !== null && b.quantity !== null)
      parts.push(`${formatQuantity(b.quantity, b.unit, lang)} × ¥${b.unitAmount} = ¥${line.amount}`);
    else parts.push(`¥${line.amount}`);
  } else if (line.status === 'needs-information' && line.reason) {
    parts.push(lang === 'zh' ? `缺少：${line.reason.label.zh}` : `missing: ${line.reason.label.en}`);
  } else if (line.reason) {
    parts.push(traceText(line.reason, lang));
  }
  if (line.nearMiss) parts.push(line.nearMiss.message[lang]);
  return parts.join(lang === 'zh' ? '；' : '; ');
}

/** The whole result as plain text lines (for a terminal or a log). */
export function explainResult(result: ScreenResult, lang: Lang): string[] {
  const out = result.lines.map((l) => explainLine(l, lang));
  for (const a of result.adjustments) out.push(a.message[lang]);
  for (const n of result.notes) out.push(`※ ${n.message[lang]}`);
  out.push(lang === 'zh' ? `合计 ¥${result.total}` : `Total ¥${result.total}`);
  return out;
}
