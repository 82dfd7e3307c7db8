import type { Text } from '../core/i18n.ts';
import { Dec, mulToFen, plain, toFen } from '../core/money.ts';
import { traceEntry, wordsEntry } from '../core/trace.ts';
import { unitText } from '../core/units.ts';
import { datedResolver } from '../pack/dated.ts';
import type { GroupRate, PolicyPack, Standard } from '../pack/pack.schema.ts';
import type { Member } from '../schemas/subject.schema.ts';
import { FIELD_LABELS } from '../schemas/validate.ts';
import {
  type Check,
  type CheckInput,
  conditionCheck,
  type Evaluation,
  inForceCheck,
  readPath,
  subjectCheck,
} from './checks.ts';
import { firstGroup } from './groups.ts';
import { bestTrip, placeText, TIER_LABELS, tripsInYear, wholeMonths } from './travel.ts';

/** How a line's amount was reached. */
export interface AwardResult {
  readonly amount: string;
  readonly quantity: string | null;
  readonly unit: string | null;
  readonly unitAmount: string | null;
  readonly rate: string | null;
  readonly source: 'computed' | 'review';
  /** a per-unit ceiling that bound the amount (20% of net income, at most 500 a mu) */
  readonly ceiling?: Ceiling;
}

export interface Ceiling {
  /** the words of the plan ("最高不超过500元/亩") */
  readonly text: string;
  /** what the rate gave before the ceiling, rounded to the fen */
  readonly uncapped: string;
  /** the quantity the ceiling is counted on (亩) and its unit, and the yuan per unit */
  readonly quantity: string;
  readonly unit: string;
  readonly unitAmount: string;
}

/**
 * A machine shape: the ordered checks of a kind of standard and how its award is computed.
 * The standards themselves are data; these few shapes are the code.
 */
export interface Shape {
  readonly checks: readonly Check[];
  readonly award: (input: CheckInput) => AwardResult;
}

function num(v: unknown): string | null {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function travelChecks(standard: Standard, pack: PolicyPack): Check[] {
  type In = CheckInput;
  if (standard.award.kind !== 'tiered-travel') return [];
  const { minMonths, perPersonPerYear } = standard.award;
  const home = pack.home;
  return [
    {
      id: 'workTrip',
      guard: 'hasWorkTripThisYear',
      evaluate: ({ source, asOf }: In): Evaluation => {
        const member = source as Member;
        const n = tripsInYear(member, asOf.slice(0, 4)).length;
        const label = { zh: '本年外出务工', en: 'work away from home this year' };
        return {
          outcome: n > 0 ? 'pass' : 'fail',
          entry: traceEntry(standard.clause, 'workTrip', label, 'gte', String(n), '1', 'trip', n > 0),
        };
      },
    },
    {
      id: 'workPlace',
      guard: 'worksOutsideHomeCounty',
      evaluate: ({ source, asOf }: In): Evaluation => {
        const best = bestTrip(source as Member, asOf.slice(0, 4), home);
        const label = { zh: '务工地点（跨县）', en: 'place of work (outside the county)' };
        const threshold = { zh: `${home.county}以外`, en: `outside ${home.county}` };
        // a trip whose place cannot be decided counts when it might earn more than the others
        // (once a year, at the highest tier): 陕西省 without a city might be 市外省内
        if (best.tier === null || best.undecidedHigher)
          return {
            outcome: 'missing',
            entry: wordsEntry(standard.clause, 'workPlace', label, 'in', null, threshold, false),
          };
        const passed = best.tier !== 'sameCounty';
        // in Chinese the place as the household gave it, then how far it is; in English how far
        // (the engine has no English for place names)
        const where = best.trip ? placeText(best.trip.place) : '';
        const tier = TIER_LABELS[best.tier];
        return {
          outcome: passed ? 'pass' : 'fail',
          entry: wordsEntry(
            standard.clause,
            'workPlace',
            label,
            'in',
            { zh: `${where}（${tier.zh}）`, en: tier.en },
            threshold,
            passed,
          ),
        };
      },
    },
    {
      id: 'workPeriod',
      guard: 'workedLongEnough',
      evaluate: ({ source, asOf }: In): Evaluation => {
        const best = bestTrip(source as Member, asOf.slice(0, 4), home);
        const label = { zh: '务工时长', en: 'time in work' };
        const trip = best.trip;
        if (minMonths === 0) {
          const shown = trip?.to ? String(wholeMonths(trip.from, trip.to)) : '—';
          return {
            outcome: 'pass',
            entry: traceEntry(standard.clause, 'workPeriod', label, 'gte', shown, '0', 'month', true),
          };
        }
        if (!trip?.to)
          return {
            outcome: 'missing',
            entry: traceEntry(
              standard.clause,
              'workPeriod',
              label,
              'gte',
              null,
              String(minMonths),
              'month',
              false,
            ),
          };
        const months = wholeMonths(trip.from, trip.to);
        const passed = months >= minMonths;
        return {
          outcome: passed ? 'pass' : 'fail',
          entry: traceEntry(
            standard.clause,
            'workPeriod',
            label,
            'gte',
            String(months),
            String(minMonths),
            'month',
            passed,
          ),
          ...(passed ? {} : { shortfall: String(minMonths - months) }),
        };
      },
    },
    {
      id: 'oncePerYear',
      guard: 'notYetGrantedThisYear',
      evaluate: ({ source }: In): Evaluation => {
        const got = Number((source as Member).travelGrantsReceived ?? 0);
        const label = { zh: '本年已享受次数', en: 'grants already received this year' };
        const passed = got < perPersonPerYear;
        return {
          outcome: passed ? 'pass' : 'fail',
          entry: traceEntry(
            standard.clause,
            'oncePerYear',
            label,
            'lte',
            String(got),
            String(perPersonPerYear - 1),
            'trip',
            passed,
          ),
        };
      },
    },
  ];
}

/**
 * The unit amount by group (2,400 a head for 未消除风险的监测户, 1,200 for 脱贫户 and 风险已消除):
 * a check of its own, so the line says which rate applied and why.
 */
function rateCheck(standard: Standard, rates: readonly GroupRate[], unit: string): Check {
  const label = { zh: '适用奖补标准', en: 'award rate that applies' };
  const per = unitText(unit);
  const words = new Map<GroupRate, Text>();
  const all = {
    zh: rates.map((r) => `${r.group.label.zh} ${plain(r.amount)}`).join('；'),
    en: rates.map((r) => `${r.group.label.en} ${plain(r.amount)}`).join('; '),
  };
  return {
    id: 'rate',
    guard: 'rateApplies',
    evaluate: ({ subject }) => {
      const { outcome, match } = firstGroup(rates, subject);
      let value: Text | null = null;
      if (match) {
        // one text per rate, made the first time it applies
        value = words.get(match) ?? null;
        if (!value) {
          value = {
            zh: `${match.group.label.zh}：${plain(match.amount)} 元/${per.zh || unit}`,
            en: `${match.group.label.en}: ${plain(match.amount)} yuan per ${per.en || unit}`,
          };
          words.set(match, value);
        }
      }
      return {
        outcome,
        entry: wordsEntry(standard.clause, 'rate', label, 'in', value, all, outcome === 'pass'),
      };
    },
  };
}

function ceilingQuantityCheck(
  standard: Standard,
  ceiling: { per: string; unit: string; text: string },
): Check {
  const label = {
    zh: `计算上限的数量（${ceiling.text}）`,
    en: `quantity the ceiling is counted on (${ceiling.text})`,
  };
  return {
    id: 'ceilingQuantity',
    guard: 'hasCeilingQuantity',
    evaluate: ({ source }) => {
      const v = num(readPath(source, ceiling.per));
      return {
        outcome: v === null ? 'missing' : 'pass',
        entry: traceEntry(
          standard.clause,
          'ceilingQuantity',
          label,
          'info',
          v,
          null,
          ceiling.unit,
          v !== null,
        ),
      };
    },
  };
}

function reviewedCheck(standard: Standard): Check {
  const field = standard.award.kind === 'reviewed' ? standard.award.field : '';
  const label = { zh: '县级评审确定的金额', en: 'amount set by county review' };
  return {
    id: 'reviewed',
    guard: 'hasReviewedAmount',
    evaluate: ({ source }) => {
      const v = num(readPath(source, field));
      return v === null
        ? {
            outcome: 'missing',
            entry: traceEntry(standard.clause, 'reviewed', label, 'info', null, null, 'yuan', false),
          }
        : {
            outcome: 'pass',
            entry: traceEntry(standard.clause, 'reviewed', label, 'info', v, null, 'yuan', true),
          };
    },
  };
}

/**
 * The fields an award is counted on (the quantity of a per-unit award, the base of a share, the
 * fee reimbursed) that no condition of the clause reads: "稻渔综合种养按照每亩4000元补助" has no
 * threshold on the area, so without this check an area not given would be paid ¥0.00 as eligible.
 */
function uncheckedAwardFields(standard: Standard): string[] {
  const a = standard.award;
  const fields =
    a.kind === 'per-unit'
      ? [a.quantity]
      : a.kind === 'share'
        ? [a.base, ...(a.minus === undefined ? [] : [a.minus])]
        : a.kind === 'fee-reimbursement'
          ? [a.field]
          : [];
  const read = new Set(
    standard.conditions.flatMap((c) => [
      c.field,
      ...('per' in c ? [c.per] : []),
      ...('minus' in c ? [c.minus] : []),
    ]),
  );
  return fields.filter((f) => !read.has(f));
}

/** The words of a field: the pack's label for an activity's field, else the input's label. */
function fieldLabel(standard: Standard, pack: PolicyPack, field: string): Text {
  const src = standard.source;
  if (src.kind === 'activity')
    for (const a of pack.inputs.activities)
      if (src.types.includes(a.type)) {
        const f = a.fields.find((x) => x.key === field);
        if (f) return f.label;
      }
  const key = field.split('.').at(-1) ?? field;
  return FIELD_LABELS[key] ?? { zh: key, en: key };
}

/** An award's field that must be given before the award can be counted: missing, never ¥0.00. */
function awardFieldCheck(
  standard: Standard,
  pack: PolicyPack,
  fields: readonly string[],
  unit: string,
): Check {
  const labels = fields.map((f) => fieldLabel(standard, pack, f));
  const label = {
    zh: `计算奖补的${labels.map((l) => l.zh).join('、')}`,
    en: `${labels.map((l) => l.en).join(', ')} the award is counted on`,
  };
  return {
    id: 'awardQuantity',
    guard: 'hasAwardQuantity',
    evaluate: ({ source }) => {
      const values = fields.map((f) => num(readPath(source, f)));
      const given = values.every((v) => v !== null);
      return {
        outcome: given ? 'pass' : 'missing',
        entry: traceEntry(
          standard.clause,
          'awardQuantity',
          label,
          'info',
          given ? (values[0] as string) : null,
          null,
          unit,
          given,
        ),
      };
    },
  };
}

/** Builds the shape of a standard: in force → subject → the clause's conditions → award. */
/**
 * The unit amount of a line on its as-of date: the pack's amount, or the rate of the subject's
 * group — each through its dated series when the pack gives one.
 */
function unitAmountOf(
  standard: Standard,
  award: { amount?: string | undefined; rates?: readonly GroupRate[] | undefined },
) {
  if (award.amount !== undefined) {
    const on = datedResolver(award.amount, standard.dated?.['award.amount']);
    return (input: CheckInput) => on(input.asOf);
  }
  const rates = award.rates ?? [];
  const on = rates.map((r, i) => datedResolver(r.amount, standard.dated?.[`award.rates.${i}.amount`]));
  return (input: CheckInput) => {
    const match = firstGroup(rates, input.subject).match;
    return match ? (on[rates.indexOf(match)] as (d: string) => string)(input.asOf) : '0';
  };
}

export function shapeOf(standard: Standard, pack: PolicyPack): Shape {
  const checks: Check[] = [inForceCheck(standard), subjectCheck(standard, pack.inputs.facts)];
  const award = standard.award;
  if ((award.kind === 'per-unit' || award.kind === 'fixed') && award.rates)
    checks.push(rateCheck(standard, award.rates, award.unit));
  standard.conditions.forEach((c, i) => {
    checks.push(conditionCheck(standard, c, i));
  });
  const unchecked = uncheckedAwardFields(standard);
  if (unchecked.length > 0)
    checks.push(awardFieldCheck(standard, pack, unchecked, award.kind === 'per-unit' ? award.unit : 'yuan'));
  switch (award.kind) {
    case 'per-unit': {
      const unitAmount = unitAmountOf(standard, award);
      return {
        checks,
        award: (input) => {
          const q = num(readPath(input.source, award.quantity)) ?? '0';
          const each = unitAmount(input);
          return {
            amount: mulToFen(each, q),
            quantity: q,
            unit: award.unit,
            unitAmount: plain(each),
            rate: null,
            source: 'computed',
          };
        },
      };
    }
    case 'fixed': {
      const unitAmount = unitAmountOf(standard, award);
      // the same for every subject of a group: rounded once per amount
      const fen = new Map<string, string>();
      return {
        checks,
        award: (input) => {
          const each = unitAmount(input);
          let amount = fen.get(each);
          if (amount === undefined) {
            amount = toFen(each);
            fen.set(each, amount);
          }
          return {
            amount,
            quantity: '1',
            unit: award.unit,
            unitAmount: plain(each),
            rate: null,
            source: 'computed',
          };
        },
      };
    }
    case 'share': {
      const rateOn = datedResolver(award.rate, standard.dated?.['award.rate']);
      const ceilingOn = award.ceiling
        ? datedResolver(award.ceiling.amount, standard.dated?.['award.ceiling.amount'])
        : null;
      const { minus, ceiling } = award;
      // a ceiling per unit (500 a mu) cannot be held without the units: missing, never ¥0.00
      if (ceiling) checks.push(ceilingQuantityCheck(standard, ceiling));
      return {
        checks,
        award: ({ source, asOf }) => {
          const rate = rateOn(asOf);
          let base = num(readPath(source, award.base)) ?? '0';
          if (minus !== undefined) {
            // 净收入 = 收入 − 成本; a loss earns nothing (the pack's condition says so on the line)
            const net = new Dec(base).minus(num(readPath(source, minus)) ?? '0');
            base = plain(Dec.max(net, 0));
          }
          const amount = mulToFen(rate, base);
          const result: AwardResult = {
            amount,
            quantity: base,
            unit: 'yuan',
            unitAmount: null,
            rate: plain(rate),
            source: 'computed',
          };
          if (!ceiling || !ceilingOn) return result;
          // 最高不超过 X 元/亩: the exact share is held against the exact ceiling, rounded once
          const per = num(readPath(source, ceiling.per)) ?? '0';
          const perUnit = ceilingOn(asOf);
          const cap = new Dec(perUnit).times(per);
          if (new Dec(rate).times(base).lte(cap)) return result;
          return {
            ...result,
            amount: toFen(cap),
            ceiling: {
              text: ceiling.text,
              uncapped: amount,
              quantity: plain(per),
              unit: ceiling.unit,
              unitAmount: plain(perUnit),
            },
          };
        },
      };
    }
    case 'tiered-travel': {
      checks.push(...travelChecks(standard, pack));
      // each tier's amount, rounded and written once
      const fen = (amount: string) => ({ amount: toFen(amount), unitAmount: plain(amount) });
      const none = fen('0');
      const byTier = {
        outsideProvince: fen(award.tiers.outsideProvince),
        outsideCity: fen(award.tiers.outsideCity),
        outsideCounty: fen(award.tiers.outsideCounty),
      };
      return {
        checks,
        award: ({ source, asOf }) => {
          const best = bestTrip(source as Member, asOf.slice(0, 4), pack.home);
          const tier = best.tier && best.tier !== 'sameCounty' ? best.tier : null;
          const { amount, unitAmount } = tier ? byTier[tier] : none;
          return {
            amount,
            quantity: '1',
            unit: 'trip',
            unitAmount,
            rate: null,
            source: 'computed',
          };
        },
      };
    }
    case 'reviewed':
      checks.push(reviewedCheck(standard));
      return {
        checks,
        award: ({ source }) => ({
          amount: toFen(num(readPath(source, award.field)) ?? '0'),
          quantity: null,
          unit: null,
          unitAmount: null,
          rate: null,
          source: 'review',
        }),
      };
    case 'fee-reimbursement':
      return {
        checks,
        award: ({ source }) => {
          const fee = num(readPath(source, award.field)) ?? '0';
          return {
            amount: toFen(fee),
            quantity: plain(fee),
            unit: 'yuan',
            unitAmount: null,
            rate: '1',
            source: 'computed',
          };
        },
      };
    case 'loan-interest':
    case 'cost-range':
      // loan interest has its own machine (src/loan); cost ranges are judged by estimateProject
      return { checks, award: () => zeroAward };
  }
}

const zeroAward: AwardResult = {
  amount: '0.00',
  quantity: null,
  unit: null,
  unitAmount: null,
  rate: null,
  source: 'computed',
};
