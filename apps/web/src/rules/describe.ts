import {
  type ActivityDef,
  type Award,
  CATEGORY_LABELS,
  type Condition,
  Dec,
  formatQuantity,
  formatYuan,
  type InputField,
  type Limit,
  type PolicyPack,
  plain,
  type Standard,
  type Text,
  TIER_LABELS,
  unitText,
} from '@huinong/benefits';

/**
 * A rule page in words, rendered from the pack: who may claim, what the standard reads, each
 * condition with its threshold, the award, the limits over it. Nothing here is typed by hand
 * beside the pack; every figure comes from it. These are pure functions.
 */

const both = (zh: string, en: string): Text => ({ zh, en });

/** "50 亩" / "50 mu": a threshold with its unit in both languages. */
export function quantityText(value: string, unit: string | null): Text {
  return both(formatQuantity(plain(value), unit, 'zh'), formatQuantity(plain(value), unit, 'en'));
}

/** "¥700.00/头" / "¥700.00 per head". */
export function perUnitText(amount: string, unit: string): Text {
  const u = unitText(unit);
  return both(`${formatYuan(amount)}/${u.zh || unit}`, `${formatYuan(amount)} per ${u.en || unit}`);
}

/** The activity a standard reads, when it reads one. */
export function activityOf(pack: PolicyPack, standard: Standard): ActivityDef | null {
  const src = standard.source;
  if (src.kind !== 'activity') return null;
  return pack.inputs.activities.find((a) => a.type === src.types[0]) ?? null;
}

/** The declared field at a path of the standard's source (the activity's `area`), when declared. */
export function fieldOf(pack: PolicyPack, standard: Standard, path: string): InputField | null {
  const def = activityOf(pack, standard);
  return def?.fields.find((f) => f.key === path) ?? null;
}

/** The name of what a path reads: the declared field's label, else the condition's, else the path. */
export function fieldLabel(pack: PolicyPack, standard: Standard, path: string): Text {
  const f = fieldOf(pack, standard, path);
  if (f) return f.label;
  const c = standard.conditions.find((x) => x.field === path);
  if (c) return c.label;
  const fact = pack.inputs.facts.find((x) => x.key === path);
  return fact?.label ?? both(path, path);
}

/** A condition with its threshold: "头数 ≥ 2 头", "亩均收入（当年收入 ÷ 面积）≥ 2000 元/亩". */
export function conditionText(pack: PolicyPack, standard: Standard, c: Condition): Text {
  const l = c.label;
  switch (c.kind) {
    case 'min': {
      const q = quantityText(c.threshold, c.unit);
      return both(`${l.zh} ≥ ${q.zh}`, `${l.en} ≥ ${q.en}`);
    }
    case 'max': {
      const q = quantityText(c.threshold, c.unit);
      return both(`${l.zh} ≤ ${q.zh}`, `${l.en} ≤ ${q.en}`);
    }
    case 'min-ratio': {
      const q = quantityText(c.threshold, c.unit);
      const a = fieldLabel(pack, standard, c.field);
      const b = fieldLabel(pack, standard, c.per);
      return both(`${l.zh}（${a.zh} ÷ ${b.zh}）≥ ${q.zh}`, `${l.en} (${a.en} ÷ ${b.en}) ≥ ${q.en}`);
    }
    case 'min-difference': {
      const q = quantityText(c.threshold, c.unit);
      const a = fieldLabel(pack, standard, c.field);
      const b = fieldLabel(pack, standard, c.minus);
      const op = c.strict ? '>' : '≥';
      return both(`${l.zh}（${a.zh} − ${b.zh}）${op} ${q.zh}`, `${l.en} (${a.en} − ${b.en}) ${op} ${q.en}`);
    }
    case 'attest':
      return both(`${l.zh}：须确认“是”`, `${l.en}: must be attested "yes"`);
    case 'date-from':
      return both(`${l.zh}：${c.date} 或以后`, `${l.en}: on or after ${c.date}`);
    case 'date-to':
      return both(`${l.zh}：${c.date} 或以前`, `${l.en}: on or before ${c.date}`);
    case 'min-months': {
      const until = c.until ? fieldLabel(pack, standard, c.until) : both('测算日', 'the as-of date');
      return both(
        `${l.zh}：至${until.zh}满 ${c.months} 个月`,
        `${l.en}: ${c.months} full months to ${until.en}`,
      );
    }
    case 'one-of': {
      const zh = c.values.map((v) => c.valueLabels[v]?.zh ?? v).join('、');
      const en = c.values.map((v) => c.valueLabels[v]?.en ?? v).join(', ');
      return both(`${l.zh}：${zh}`, `${l.en}: one of ${en}`);
    }
  }
}

/** The award in words: "¥700.00/头 × 头数", "工资总额 × 20%", "省外 ¥500.00 …". */
export function awardText(pack: PolicyPack, standard: Standard): Text {
  const a: Award = standard.award;
  switch (a.kind) {
    case 'per-unit': {
      const q = fieldLabel(pack, standard, a.quantity);
      if (a.amount !== undefined) {
        const p = perUnitText(a.amount, a.unit);
        return both(`${p.zh} × ${q.zh}`, `${p.en} × ${q.en}`);
      }
      return both(`按农户类别分档（见下） × ${q.zh}`, `by group of household (below) × ${q.en}`);
    }
    case 'fixed': {
      const u = unitText(a.unit);
      if (a.amount !== undefined)
        return both(
          `每${u.zh || a.unit} ${formatYuan(a.amount)}`,
          `${formatYuan(a.amount)} per ${u.en || a.unit}`,
        );
      return both(
        `每${u.zh || a.unit}按农户类别分档（见下）`,
        `per ${u.en || a.unit}, by group of household (below)`,
      );
    }
    case 'share': {
      const base = fieldLabel(pack, standard, a.base);
      const pct = `${plain(new Dec(a.rate).times(100))}%`;
      const minus = a.minus ? fieldLabel(pack, standard, a.minus) : null;
      const zhBase = minus ? `（${base.zh} − ${minus.zh}）` : base.zh;
      const enBase = minus ? `(${base.en} − ${minus.en})` : base.en;
      let zh = `${zhBase} × ${pct}`;
      let en = `${enBase} × ${pct}`;
      if (a.ceiling) {
        const per = perUnitText(a.ceiling.amount, a.ceiling.unit);
        const on = fieldLabel(pack, standard, a.ceiling.per);
        zh += `，最高 ${per.zh}（按${on.zh}计；“${a.ceiling.text}”）`;
        en += `, at most ${per.en} (of ${on.en}; “${a.ceiling.text}”)`;
      }
      return both(zh, en);
    }
    case 'tiered-travel': {
      const t = a.tiers;
      const tiers = [
        ['outsideProvince', t.outsideProvince],
        ['outsideCity', t.outsideCity],
        ['outsideCounty', t.outsideCounty],
      ] as const;
      const zh = tiers.map(([k, v]) => `${TIER_LABELS[k].zh} ${formatYuan(v)}`).join('；');
      const en = tiers.map(([k, v]) => `${TIER_LABELS[k].en} ${formatYuan(v)}`).join('; ');
      const min = a.minMonths > 0 ? `；务工满 ${a.minMonths} 个月` : '；方案未设最短务工时间';
      const minEn =
        a.minMonths > 0 ? `; at least ${a.minMonths} months of work` : '; no minimum time in work';
      return both(
        `一次性交通补助：${zh}；每人每年 ${a.perPersonPerYear} 次${min}`,
        `one-off travel grant: ${en}; ${a.perPersonPerYear} per person per year${minEn}`,
      );
    }
    case 'reviewed':
      return both(
        '方案未规定计算公式：金额由评审确定后记录',
        'no formula in the plan: the amount set by review is recorded',
      );
    case 'cost-range': {
      const u = unitText(a.per);
      const range = a.min === a.max ? formatYuan(a.min) : `${formatYuan(a.min)}–${formatYuan(a.max)}`;
      return a.average
        ? both(`平均 ${range}/${u.zh}`, `${range} per ${u.en} on average`)
        : both(`${range}/${u.zh}`, `${range} per ${u.en}`);
    }
    case 'loan-interest': {
      const p = a.params as {
        subsidisedPrincipalCap?: string;
        maxLoanAmount?: string;
        maxTermMonths?: number;
      };
      const cap = p.subsidisedPrincipalCap ? formatYuan(p.subsidisedPrincipalCap) : '—';
      const max = p.maxLoanAmount ? formatYuan(p.maxLoanAmount) : '—';
      const term = p.maxTermMonths ?? '—';
      return both(
        `按同期LPR计息、财政贴息：贴息本金最高 ${cap}（贷款最高 ${max}，超出部分不贴息），期限 ${term} 个月以内`,
        `interest at the LPR of the same term, paid by the budget: on at most ${cap} of principal (loans up to ${max}; no subsidy above the cap), terms up to ${term} months`,
      );
    }
    case 'fee-reimbursement':
      return both('按实际缴纳的占用费给予补贴', 'the occupancy fee actually paid is reimbursed');
  }
}

/** Who may claim, as a list: the pack's label, the categories, the further groups. */
export function subjectLines(standard: Standard): Text[] {
  const r = standard.subject;
  const out: Text[] = [r.label];
  if (r.categories?.length)
    out.push(
      both(
        `农户类别：${r.categories.map((c) => CATEGORY_LABELS[c]?.zh ?? c).join('、')}`,
        `household categories: ${r.categories.map((c) => CATEGORY_LABELS[c]?.en ?? c).join(', ')}`,
      ),
    );
  for (const g of r.alsoGroups ?? []) out.push(both(`另：${g.label.zh}`, `also: ${g.label.en}`));
  return out;
}

/** The limits of the pack that include a standard, and those it triggers (an exclusion of others). */
export function limitsOf(
  pack: PolicyPack,
  standardId: string,
): { limit: Limit; role: 'member' | 'trigger' }[] {
  const out: { limit: Limit; role: 'member' | 'trigger' }[] = [];
  for (const l of pack.limits) {
    if (l.standards.includes(standardId)) out.push({ limit: l, role: 'member' });
    else if (l.kind === 'exclusion' && l.ifAwarded?.includes(standardId))
      out.push({ limit: l, role: 'trigger' });
  }
  return out;
}

/** A limit's rule in words: "每户合计最多 5 头", "每户最高 ¥5,000.00", "已享受…者不得享受". */
export function limitRule(pack: PolicyPack, limit: Limit): Text {
  const title = (id: string) => pack.standards.find((s) => s.id === id)?.title ?? both(id, id);
  switch (limit.kind) {
    case 'quantity-cap': {
      const q = quantityText(limit.max, limit.unit);
      const order =
        limit.order === 'highest-first'
          ? both('超出时先计单价高的', 'above the cap, the highest unit awards are paid first')
          : both('超出时按所列标准的顺序计', 'above the cap, paid in the order the standards are listed');
      return both(
        `每户合计最多 ${q.zh}（${order.zh}）`,
        `at most ${q.en} per household in all (${order.en})`,
      );
    }
    case 'money-cap':
      return both(`每户最高 ${formatYuan(limit.max)}`, `at most ${formatYuan(limit.max)} per household`);
    case 'exclusion': {
      const zh: string[] = [];
      const en: string[] = [];
      if (limit.ifAwarded?.length) {
        zh.push(`已享受${limit.ifAwarded.map((id) => title(id).zh).join('、')}的`);
        en.push(`awarded ${limit.ifAwarded.map((id) => title(id).en).join(', ')}`);
      }
      if (limit.ifFact) {
        const fact = pack.inputs.facts.find((f) => f.key === limit.ifFact?.key);
        const label = fact?.label ?? both(limit.ifFact.key, limit.ifFact.key);
        const value =
          typeof limit.ifFact.equals === 'boolean'
            ? limit.ifFact.equals
              ? both('', '')
              : both('非', 'not ')
            : both(`${limit.ifFact.equals}的`, `${limit.ifFact.equals} `);
        zh.push(`${value.zh}${label.zh}`);
        en.push(`${value.en}${label.en}`);
      }
      return both(`${zh.join('或')}不享受`, `not paid to households ${en.join(' or ')}`);
    }
  }
}
