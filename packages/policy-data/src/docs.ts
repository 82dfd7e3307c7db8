import { type Condition, type GroupRate, type PolicyPack, type Standard, unitText } from '@huinong/benefits';

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
      return `${a.average ? '平均 ' : ''}${a.min}${a.max !== a.min ? `–${a.max}` : ''} 元/${a.per === 'km' ? '公里' : a.per === 'm2' ? '㎡' : '座'}`;
    case 'loan-interest':
      return `贴息：min(未还本金, ${String(a.params.subsidisedPrincipalCap)}) × 同期LPR ÷ ${String(a.params.dayCountBasis)} × 实际天数；贷款不超过 ${String(a.params.maxLoanAmount)} 元、期限不超过 ${String(a.params.maxTermMonths)} 个月`;
    case 'fee-reimbursement':
      return '实际缴纳的占用费 (the occupancy fee paid)';
  }
}

/** docs/standards.md, generated from the pack: id, clause, Chinese text, subject, conditions, award. */
export function renderStandardsDoc(pack: PolicyPack): string {
  const lines: string[] = [
    `# 补助标准 Standards — \`${pack.id}\``,
    '',
    '<!-- Generated from packages/policy-data by `pnpm docs`; do not edit by hand. CI checks it is current. -->',
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
  lines.push('', '## Clause texts and notes', '');
  for (const s of pack.standards) {
    lines.push(`### \`${s.id}\` — ${s.title.zh} / ${s.title.en}`, '', `${s.clause}：> ${s.text}`, '');
    for (const n of s.notes) lines.push(`- ${n.zh}`, `  ${n.en}`);
    if (s.notes.length) lines.push('');
  }
  return `${lines.join('\n').replace(/：> /g, '\n\n> ')}\n`;
}
