import {
  CATEGORY_LABELS,
  type Condition,
  type GroupRate,
  type InputField,
  KIND_LABELS,
  type Limit,
  type PolicyPack,
  type ProjectCheck,
  type Standard,
  unitText,
} from '@huinong/benefits';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function unit(u: string): string {
  return u === 'rate' ? '' : ` ${unitText(u).zh}`;
}

function conditionText(c: Condition): string {
  switch (c.kind) {
    case 'min':
      return `${c.label.zh} ≥ ${c.unit === 'rate' ? `${Number(c.threshold) * 100}%` : c.threshold}${unit(c.unit)}`;
    case 'max':
      return `${c.label.zh} ≤ ${c.threshold}${unit(c.unit)}`;
    case 'min-ratio':
      return `${c.label.zh}（${c.field} ÷ ${c.per}）≥ ${c.threshold}${unit(c.unit)}`;
    case 'attest':
      return `${c.label.zh}（确认 attested）`;
    case 'one-of':
      return `${c.label.zh} ∈ {${c.values.map((v) => c.valueLabels[v]?.zh ?? v).join('、')}}`;
    case 'min-difference':
      return `${c.label.zh}（${c.field} − ${c.minus}）${c.strict ? '>' : '≥'} ${c.threshold}${unit(c.unit)}`;
    case 'date-from':
      return `${c.label.zh} ≥ ${c.date}`;
    case 'date-to':
      return `${c.label.zh} ≤ ${c.date}`;
    case 'min-months':
      return `${c.label.zh} ≥ ${c.months} 个月（至${c.until ?? '测算日'}）`;
  }
}

function amountText(a: { amount?: string | undefined; rates?: readonly GroupRate[] | undefined }): string {
  return a.amount ?? (a.rates ?? []).map((r) => `${r.group.label.zh} ${r.amount}`).join('；');
}

function awardText(s: Standard): string {
  const a = s.award;
  switch (a.kind) {
    case 'per-unit':
      return `${amountText(a)} 元/${unitText(a.unit).zh} × ${a.quantity}`;
    case 'fixed':
      return `${amountText(a)} 元/${unitText(a.unit).zh}`;
    case 'share':
      return `${Number(a.rate) * 100}% × ${a.minus ? `(${a.base} − ${a.minus})` : a.base}${a.ceiling ? `，最高 ${a.ceiling.amount} 元/${unitText(a.ceiling.unit).zh}` : ''}`;
    case 'tiered-travel':
      return `省外 ${a.tiers.outsideProvince}、市外省内 ${a.tiers.outsideCity}、县外市内 ${a.tiers.outsideCounty} 元；每人每年 ${a.perPersonPerYear} 次；最短务工 ${a.minMonths} 个月`;
    case 'reviewed':
      return '无公式：评审确定金额 (amount set by review)';
    case 'cost-range':
      return `${a.average ? '平均 ' : ''}${a.min}${a.max !== a.min ? `–${a.max}` : ''} 元/${unitText(a.per).zh}`;
    case 'loan-interest':
      return `贴息：min(未还本金, ${String(a.params.subsidisedPrincipalCap)}) × 同期LPR ÷ ${String(a.params.dayCountBasis)} × 实际天数；贷款不超过 ${String(a.params.maxLoanAmount)} 元、期限不超过 ${String(a.params.maxTermMonths)} 个月`;
    case 'fee-reimbursement':
      return '实际缴纳的占用费 (the occupancy fee paid)';
  }
}

function checkText(c: ProjectCheck): string {
  const op = c.kind === 'min' ? '≥' : c.kind === 'max' ? '≤' : '=';
  return `${c.label.zh} ${op} ${c.threshold}${unit(c.unit)}`;
}

function inputText(f: InputField): string {
  const u = unitText(f.unit).zh;
  return `${f.label.zh} \`${f.key}\`（${f.type}${u ? `，${u}` : ''}）`;
}

/**
 * The 五(二) project standards of a pack: what a project of each gives (its quantity and fields),
 * the conditions that choose it, its design checks, and the groups of alternatives. Empty for a
 * pack without project standards.
 */
function projectLines(pack: PolicyPack): string[] {
  const standards = pack.standards.filter((s) => s.subject.kinds.includes('project'));
  if (standards.length === 0) return [];
  const out = [
    '## 项目估算 Project standards',
    '',
    'A project is estimated, never screened: its quantity × the cost range per unit, rounded to the fen, and its budget (rounded to the fen) judged below / within / above, both bounds within. The standards of a group are alternatives: the first (in this order) whose conditions all hold applies; when several hold, the estimate says so. Design checks are shown with their clause; they do not change the range.',
    '',
    '| id | 组 group | 数量 quantity | 字段 fields | 条件 conditions | 设计检查 design checks |',
    '|---|---|---|---|---|---|',
  ];
  for (const s of standards) {
    const p = s.project;
    out.push(
      `| \`${s.id}\` | ${p?.group ? `\`${p.group}\`` : '—'} | ${p?.quantity ? esc(inputText(p.quantity)) : '—（无数额 no number）'} | ${esc(list((p?.fields ?? []).map(inputText)))} | ${esc(list(s.conditions.map(conditionText), '；'))} | ${esc(list((p?.checks ?? []).map(checkText), '；'))} |`,
    );
  }
  out.push('');
  for (const g of pack.projectGroups) {
    const members = standards.filter((s) => s.project?.group === g.id).map((s) => `\`${s.id}\``);
    out.push(`- 组 group \`${g.id}\`（${g.clause}）${g.label.zh} / ${g.label.en}：${members.join('、')}`);
    if (g.overlap) out.push(`  条件重叠时 when several hold: ${g.overlap.zh} / ${g.overlap.en}`);
  }
  if (pack.projectGroups.length) out.push('');
  return out;
}

/** A value that changes within the plan: each of its dated values with its source. */
function datedLines(
  dated: Record<string, readonly { from: string; value: string; source: string }[]> | undefined,
): string[] {
  const out: string[] = [];
  for (const [path, series] of Object.entries(dated ?? {})) {
    out.push(`调整 Changes of \`${path}\`:`, '');
    for (const v of series) out.push(`- ${v.from} 起 from: ${v.value}（${v.source}）`);
    out.push('');
  }
  return out;
}

/** docs/standards.md, generated from the pack: id, clause, Chinese text, subject, conditions, award. */
export function renderStandardsDoc(pack: PolicyPack): string {
  const lines: string[] = [
    `# 补助标准 Standards — \`${pack.id}\``,
    '',
    '<!-- Generated from packages/policy-data by `pnpm run docs`; do not edit by hand. CI checks it is current. -->',
    '',
    `**${pack.name.zh}**（${pack.name.en}）`,
    '',
    `Source: \`${pack.document.file}\`, ${pack.document.published}${pack.document.publishedNote ? `（${pack.document.publishedNote}）` : ''}. In force ${pack.dates.from} – ${pack.dates.to}. Home county: ${pack.home.province}${pack.home.city}${pack.home.county} (${pack.home.code}).`,
    '',
    'Reading rule: 以上 / 及以上 / 不低于 include the number (≥).',
    '',
    '| id | clause | subject | conditions | award |',
    '|---|---|---|---|---|',
  ];
  for (const s of pack.standards) {
    const conds = s.conditions.length ? s.conditions.map(conditionText).join('；') : '—';
    lines.push(
      `| \`${s.id}\` | ${s.clause} | ${esc(s.subject.label.zh)} | ${esc(conds)} | ${esc(awardText(s))} |`,
    );
  }
  lines.push('', ...projectLines(pack));
  lines.push('## Clause texts and notes', '');
  for (const s of pack.standards) {
    lines.push(`### \`${s.id}\` — ${s.title.zh} / ${s.title.en}`, '', `${s.clause}：> ${s.text}`, '');
    for (const n of s.notes) lines.push(`- ${n.zh}`, `  ${n.en}`);
    if (s.notes.length) lines.push('');
  }
  return `${lines.join('\n').replace(/：> /g, '\n\n> ')}\n`;
}

/** The mark at the start of a clause text that is HuiNong's summary, not the document's words. */
export const SUMMARY_MARK = '（摘要）';

/** Whether the pack's clause texts are the document's words (none is marked as a summary). */
export function textsAreVerbatim(pack: PolicyPack): boolean {
  return !pack.standards.some((s) => s.text.startsWith(SUMMARY_MARK));
}

const GENERATED =
  '<!-- Generated from packages/policy-data by `pnpm run docs`; do not edit by hand. CI checks it is current. -->';

const list = (xs: readonly string[], sep = '、') => (xs.length ? xs.join(sep) : '—');

function fieldType(f: InputField): string {
  if (f.type !== 'choice') return f.type;
  return `choice：${(f.choices ?? []).map((c) => `${c.label.zh} \`${c.value}\``).join('、')}`;
}

function rangeText(f: InputField): string {
  const r = f.range;
  if (!r) return '—';
  const parts: string[] = [];
  if (r.min !== undefined) parts.push(`≥ ${r.min}`);
  if (r.max !== undefined) parts.push(`≤ ${r.max}`);
  if (r.plausible !== undefined) parts.push(`> ${r.plausible} 需复核 (flagged)`);
  return parts.join('；') || '—';
}

function columnText(f: InputField): string {
  const c = f.column;
  if (!c) return `${f.label.zh} \`${f.key}\``;
  return `${c.zh} \`${c.key}\`${c.aliases.length ? `（又作 ${c.aliases.join('、')}）` : ''}`;
}

function limitRule(l: Limit): string {
  switch (l.kind) {
    case 'exclusion': {
      const why: string[] = [];
      if (l.ifAwarded) why.push(`已享受 ${l.ifAwarded.map((id) => `\`${id}\``).join('、')}`);
      if (l.ifFact) {
        const v = l.ifFact.equals;
        why.push(`\`${l.ifFact.key}\` = ${v === true ? '是' : v === false ? '否' : v}`);
      }
      return `排除 (excluded)：${why.join(' 或 ')}`;
    }
    case 'quantity-cap':
      return `合计 ≤ ${l.max}${unit(l.unit)}；读法 order = \`${l.order}\``;
    case 'money-cap':
      return `合计 ≤ ${l.max} 元`;
  }
}

/**
 * docs/packs/ID.md, generated from one pack: what it is and where it comes from, its standards,
 * the inputs it reads (activities, fields, facts, roster columns), the household limits, what it
 * does not cover, and every clause text with its notes, saying whether the texts are the
 * document's words or HuiNong's summary. This is a pure function.
 */
export function renderPackDoc(pack: PolicyPack): string {
  const verbatim = textsAreVerbatim(pack);
  const home = pack.home;
  const out: string[] = [
    `# 政策包 Policy pack — \`${pack.id}\``,
    '',
    GENERATED,
    '',
    `**${pack.name.zh}**（${pack.name.en}）`,
    '',
    '| | |',
    '|---|---|',
    `| 县 County | ${pack.county ? `${pack.county.zh}（${pack.county.en}）` : home.county}：${home.province}${home.city}${home.county}，${home.code} |`,
    ...(pack.year !== undefined ? [`| 年度 Year | ${pack.year} |`] : []),
    `| 执行期 Period | ${pack.dates.from} – ${pack.dates.to} |`,
    `| 版本 Version | ${pack.version} |`,
    `| 文件 Document | ${esc(pack.document.title)}（\`${pack.document.file}\`，${pack.document.published}${pack.document.publishedNote ? `；${esc(pack.document.publishedNote)}` : ''}） |`,
    `| 条文 Clause texts | ${
      verbatim
        ? '原文：逐字引自文件 (verbatim from the document)'
        : `摘要：惠农对通知的重述，不是原文，以“${SUMMARY_MARK}”开头 (HuiNong's summary of the notices, not their wording)`
    } |`,
    '',
    'Reading rule: 以上 / 及以上 / 不低于 / 最多 / 不超过 include the number (≥, ≤). Money in yuan, rounded once per line to the fen.',
    '',
  ];

  out.push('## 来源 Sources', '');
  if (pack.sources.length === 0) out.push(`- ${pack.document.title}（\`${pack.document.file}\`）`, '');
  else {
    out.push('| 文件 title | 文号 ref | 日期 date | 说明 note |', '|---|---|---|---|');
    for (const src of pack.sources)
      out.push(`| ${esc(src.title)} | ${src.ref ?? '—'} | ${src.date ?? '—'} | ${esc(src.note ?? '—')} |`);
    out.push('');
  }

  out.push(
    '## 标准 Standards',
    '',
    '| id | clause | subject | conditions | award |',
    '|---|---|---|---|---|',
  );
  for (const s of pack.standards) {
    const conds = s.conditions.length ? s.conditions.map(conditionText).join('；') : '—';
    out.push(
      `| \`${s.id}\` | ${esc(s.clause)} | ${esc(s.subject.label.zh)} | ${esc(conds)} | ${esc(awardText(s))} |`,
    );
  }
  out.push('');

  out.push('## 输入 Inputs', '', '### 产业项目 Activities', '');
  if (pack.inputs.activities.length === 0) out.push('—', '');
  else {
    out.push(
      '| 产业 activity | 主体 subjects | 字段 field | 类型 type | 单位 unit | 范围 range | 花名册列 roster column |',
      '|---|---|---|---|---|---|---|',
    );
    for (const a of pack.inputs.activities) {
      const head = `**${a.label.zh}**（${a.label.en}）\`${a.type}\`${a.repeatable ? '，可重复 repeatable' : ''}`;
      const who = list(a.subjects.map((k) => KIND_LABELS[k]?.zh ?? k));
      if (a.fields.length === 0) out.push(`| ${esc(head)} | ${who} | — | — | — | — | — |`);
      a.fields.forEach((f, i) => {
        out.push(
          `| ${i === 0 ? esc(head) : ''} | ${i === 0 ? who : ''} | ${esc(f.label.zh)} \`${f.key}\` | ${esc(fieldType(f))} | ${unitText(f.unit).zh || '—'} | ${esc(rangeText(f))} | ${esc(columnText(f))} |`,
        );
      });
    }
    out.push('');
    const aliased = pack.inputs.activities.filter((a) => a.aliases.length > 0);
    if (aliased.length) {
      out.push('花名册中产业名称的别名 (other names a roster may use):', '');
      for (const a of aliased) out.push(`- \`${a.type}\`：${a.aliases.join('、')}`);
      out.push('');
    }
  }

  out.push('### 农户情况 Facts', '');
  if (pack.inputs.facts.length === 0) out.push('—', '');
  else {
    out.push(
      '| 事实 fact | 类型 type | 询问对象 asked of | 花名册列 roster column | 说明 help |',
      '|---|---|---|---|---|',
    );
    for (const f of pack.inputs.facts) {
      const who = f.categories
        ? f.categories.map((c) => CATEGORY_LABELS[c]?.zh ?? c).join('、')
        : list(f.subjects.map((k) => KIND_LABELS[k]?.zh ?? k));
      out.push(
        `| ${esc(f.label.zh)}（${esc(f.label.en)}）\`${f.key}\` | ${esc(fieldType(f))} | ${who} | ${esc(columnText(f))} | ${esc(f.help?.zh ?? '—')} |`,
      );
    }
    out.push('');
  }

  out.push(...projectLines(pack));

  out.push('## 户级限额 Household limits', '');
  if (pack.limits.length === 0) out.push('—', '');
  else {
    out.push(
      'Applied after every line is decided: exclusions first, then caps on quantities, then caps on money; each takes off a negative adjustment.',
      '',
      '| id | 条款 clause | 规则 rule | 标准 standards |',
      '|---|---|---|---|',
    );
    for (const l of pack.limits)
      out.push(
        `| \`${l.id}\` | ${esc(l.clause)} | ${esc(`${l.label.zh}：${limitRule(l)}`)} | ${l.standards.map((id) => `\`${id}\``).join('、')} |`,
      );
    out.push('');
    for (const l of pack.limits) {
      out.push(`### \`${l.id}\` — ${l.label.zh} / ${l.label.en}`, '', `> ${l.text}`, '');
      out.push(...datedLines(l.dated));
      for (const n of l.notes) out.push(`- ${n.zh}`, `  ${n.en}`);
      if (l.notes.length) out.push('');
    }
  }

  if (pack.subjectNotes.length) {
    out.push('## 不适用 Not covered', '');
    for (const n of pack.subjectNotes) {
      const who = n.category
        ? (CATEGORY_LABELS[n.category]?.zh ?? n.category)
        : (KIND_LABELS[n.kind]?.zh ?? n.kind);
      out.push(`- ${who}：${n.message.zh}`, `  ${n.message.en}`);
    }
    out.push('');
  }

  out.push('## 条文与说明 Clause texts and notes', '');
  if (!verbatim)
    out.push(
      `以“${SUMMARY_MARK}”开头的条文是惠农对通知的摘要，不是原文；数字、条件和文号以通知为准。`,
      "Texts starting with（摘要）are HuiNong's summary of the notice, not its wording; the numbers, conditions and document numbers are the notice's.",
      '',
    );
  for (const s of pack.standards) {
    out.push(`### \`${s.id}\` — ${s.title.zh} / ${s.title.en}`, '', `${s.clause}`, '', `> ${s.text}`, '');
    if (s.award.kind === 'share' && s.award.ceiling) out.push(`上限 Ceiling: ${s.award.ceiling.text}`, '');
    out.push(...datedLines(s.dated));
    for (const n of s.notes) out.push(`- ${n.zh}`, `  ${n.en}`);
    if (s.notes.length) out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
