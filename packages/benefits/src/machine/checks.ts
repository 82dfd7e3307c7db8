import type { Text } from '../core/i18n.ts';
import { Dec, minusPlain, plain } from '../core/money.ts';
import { daysUntilFull, fullMonths } from '../core/months.ts';
import { type TraceEntry, traceEntry, wordsEntry } from '../core/trace.ts';
import { datedResolver } from '../pack/dated.ts';
import type { FactDef } from '../pack/inputs.schema.ts';
import type { Condition, GroupMatch, Standard, SubjectRule } from '../pack/pack.schema.ts';
import type { Subject } from '../schemas/subject.schema.ts';
import { factKeysOf, firstGroup } from './groups.ts';
import { CATEGORY_LABELS, KIND_LABELS, MONITORED_TYPE_LABELS } from './labels.ts';

/** What a check sees: the subject, the object the line is about, the as-of date. */
export interface CheckInput {
  readonly subject: Subject;
  /** the activity, member or part of the subject this line is about (null when absent) */
  readonly source: unknown;
  readonly asOf: string;
}

export type Outcome = 'pass' | 'fail' | 'missing';

export interface Evaluation {
  readonly outcome: Outcome;
  readonly entry: TraceEntry;
  /** for quantity checks: how much more is needed to pass (in the entry's unit) */
  readonly shortfall?: string;
  /** the unit of the shortfall when it differs from the entry's (亩均收入: yuan of income) */
  readonly shortfallUnit?: string;
}

/**
 * One check of a clause. `guard` names the machine guard that decides it; `evaluate` is the plain
 * function the guard calls, so the machine and the fast path share the arithmetic.
 */
export interface Check {
  readonly id: string;
  readonly guard: string;
  readonly evaluate: (input: CheckInput) => Evaluation;
}

/** Reads a dotted path ("labor.wages") from an object. This is a pure function. */
export function readPath(obj: unknown, path: string): unknown {
  // most paths are one key ("area"): no array of keys is made for them
  if (path.indexOf('.') < 0) {
    if (obj === null || typeof obj !== 'object') return undefined;
    return (obj as Record<string, unknown>)[path];
  }
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** The plan year's dates: the standard applies only on the days it is in force. */
export function inForceCheck(standard: Standard): Check {
  const { from, to } = standard.dates;
  const label = { zh: '政策执行期', en: 'period in force' };
  let last: Evaluation | undefined;
  return {
    id: 'inForce',
    guard: 'isInForce',
    evaluate: ({ asOf }) => {
      // a screen run uses one as-of date: the evaluation is built once and shared (it is immutable)
      if (last?.entry.value === asOf) return last;
      const passed = asOf >= from && asOf <= to;
      last = {
        outcome: passed ? 'pass' : 'fail',
        entry: traceEntry(standard.clause, 'inForce', label, 'in', asOf, `${from} – ${to}`, null, passed),
      };
      return last;
    },
  };
}

/** How the subject reads in a trace: "监测对象（脱贫不稳定户）·零就业·风险已消除". */
/** Who the subject is, in words: "监测对象（脱贫不稳定户）·零就业·未消除风险". */
function subjectValue(subject: Subject, facts: readonly FactDef[]): Text {
  if (subject.kind !== 'household')
    return KIND_LABELS[subject.kind] ?? { zh: subject.kind, en: subject.kind };
  const cat = CATEGORY_LABELS[subject.category] ?? { zh: subject.category, en: subject.category };
  const type = subject.monitoredType ? MONITORED_TYPE_LABELS[subject.monitoredType] : undefined;
  let zh = `${cat.zh}${type ? `（${type.zh}）` : ''}${subject.zeroEmployment ? '·零就业' : ''}`;
  let en = `${cat.en}${type ? ` (${type.en})` : ''}${subject.zeroEmployment ? ' · zero-employment' : ''}`;
  for (const f of facts) {
    const v = subject.facts?.[f.key];
    if (v === undefined) continue;
    if (typeof v === 'boolean') {
      zh += `·${v ? '' : '非'}${f.label.zh}`;
      en += ` · ${v ? '' : 'not '}${f.label.en}`;
    } else {
      const choice = f.choices?.find((c) => c.value === v)?.label;
      zh += `·${choice?.zh ?? v}`;
      en += ` · ${choice?.en ?? v}`;
    }
  }
  return { zh, en };
}

const MONITORED_TYPE_LABEL: Text = { zh: '监测对象类型', en: 'monitored type' };
const ZERO_EMPLOYMENT_LABEL: Text = { zh: '是否零就业户', en: 'zero-employment household or not' };

/** The first thing a group reads that the household lacks: a fact, its monitored type, 零就业. */
function lackingLabel(
  subject: Subject,
  groups: readonly GroupMatch[],
  facts: readonly FactDef[],
): Text | undefined {
  const fact = facts.find((f) => subject.facts?.[f.key] === undefined);
  if (fact) return fact.label;
  if (subject.kind !== 'household') return undefined;
  if (subject.monitoredType === undefined && groups.some((g) => g.monitoredTypes !== undefined))
    return MONITORED_TYPE_LABEL;
  if (subject.zeroEmployment === undefined && groups.some((g) => g.zeroEmployment !== undefined))
    return ZERO_EMPLOYMENT_LABEL;
  return undefined;
}

/** Who may claim: kind of subject, household category, and the special groups (with facts). */
export function subjectCheck(standard: Standard, facts: readonly FactDef[] = []): Check {
  const rule: SubjectRule = standard.subject;
  const cats = rule.categories ? new Set(rule.categories) : null;
  const groups = rule.alsoGroups ?? [];
  const factKeys = factKeysOf(groups);
  const shownFacts = facts.filter((f) => factKeys.includes(f.key));
  const label = { zh: '申请主体', en: 'applicant' };
  // the outcome depends only on kind, category, sub-type, 零就业 and the facts the groups read
  const memo: Record<string, Record<string, Evaluation[]>> = {};
  return {
    id: 'subject',
    guard: 'subjectMatches',
    evaluate: ({ subject }) => {
      // memo without building a key string when no fact is read: kind/category → sub-type → 零就业
      const k1 = subject.kind === 'household' ? subject.category : subject.kind;
      let k2 = subject.kind === 'household' ? (subject.monitoredType ?? '') : '';
      if (factKeys.length > 0) for (const k of factKeys) k2 += `|${String(subject.facts?.[k] ?? '')}`;
      // 零就业 yes, no, or not given (which a group that names it cannot decide)
      const k3 =
        subject.kind !== 'household' || subject.zeroEmployment === undefined
          ? 2
          : subject.zeroEmployment
            ? 1
            : 0;
      const hit = memo[k1]?.[k2]?.[k3];
      if (hit) return hit;
      let outcome: Outcome = rule.kinds.includes(subject.kind as never) ? 'pass' : 'fail';
      if (outcome === 'pass' && subject.kind === 'household') {
        outcome = cats === null || cats.has(subject.category) ? 'pass' : 'fail';
        if (outcome === 'fail' && groups.length > 0)
          outcome = firstGroup(
            groups.map((group) => ({ group })),
            subject,
          ).outcome;
      }
      const value = subjectValue(subject, shownFacts);
      // what the groups need and the household lacks is named: "风险状态：未填写"
      const lacking = outcome === 'missing' ? lackingLabel(subject, groups, shownFacts) : undefined;
      const ev: Evaluation = {
        outcome,
        entry: wordsEntry(
          standard.clause,
          'subject',
          lacking ?? label,
          'in',
          outcome === 'missing' ? null : value,
          rule.label,
          outcome === 'pass',
        ),
      };
      const byType = memo[k1] ?? {};
      memo[k1] = byType;
      const slots = byType[k2] ?? [];
      byType[k2] = slots;
      slots[k3] = ev;
      return ev;
    },
  };
}

/**
 * Compares a decimal string with a threshold exactly. Short decimals (≤ 15 characters, so at most
 * 14 significant digits) map to distinct doubles in the same order, so the double comparison is
 * exact for them; anything longer goes through Decimal. Returns -1, 0 or 1.
 */
function compareDecimal(value: string, threshold: number, exact: InstanceType<typeof Dec>): number {
  if (value.length <= 15) {
    const v = Number(value);
    return v < threshold ? -1 : v > threshold ? 1 : 0;
  }
  return new Dec(value).comparedTo(exact);
}

function asDecimalString(v: unknown): string | null {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function asDecimal(v: unknown): InstanceType<typeof Dec> | null {
  if (typeof v === 'string' && v !== '') return new Dec(v);
  if (typeof v === 'number' && Number.isFinite(v)) return new Dec(v);
  return null;
}

const GUARD_BY_KIND: Record<Condition['kind'], string> = {
  min: 'reachesMinimum',
  max: 'withinMaximum',
  'min-ratio': 'ratioReachesMinimum',
  attest: 'isAttested',
  'one-of': 'isOneOf',
  'min-difference': 'differenceReaches',
  'date-from': 'isOnOrAfter',
  'date-to': 'isOnOrBefore',
  'min-months': 'heldLongEnough',
};

interface Threshold {
  readonly dec: InstanceType<typeof Dec>;
  readonly num: number;
  readonly text: string;
}

/** A condition's threshold on a date, computed once per distinct value. */
function thresholdResolver(standard: Standard, index: number, value: string): (asOf: string) => Threshold {
  const make = (v: string): Threshold => {
    const dec = new Dec(v);
    return { dec, num: dec.toNumber(), text: plain(dec) };
  };
  const on = datedResolver(value, standard.dated?.[`conditions.${index}.threshold`]);
  const built = new Map<string, Threshold>([[value, make(value)]]);
  return (asOf) => {
    const v = on(asOf);
    let t = built.get(v);
    if (!t) {
      t = make(v);
      built.set(v, t);
    }
    return t;
  };
}

function isoDay(v: unknown): string | null {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
}

/** A condition of the clause, from the pack. "以上" is ≥ (reading rule: includes the number). */
export function conditionCheck(
  standard: Standard,
  c: Condition,
  index = standard.conditions.indexOf(c),
): Check {
  // the threshold on the as-of date: the plain value, or the pack's series for it
  const thresholdOn = thresholdResolver(standard, index, 'threshold' in c ? c.threshold : '0');
  const guard = GUARD_BY_KIND[c.kind];
  switch (c.kind) {
    case 'min':
    case 'max': {
      const op = c.kind === 'min' ? 'gte' : 'lte';
      const path = c.field.includes('.') ? null : c.field;
      return {
        id: c.id,
        guard,
        evaluate: ({ source, asOf }) => {
          const { dec: threshold, num: tNum, text: t } = thresholdOn(asOf);
          const raw =
            path !== null && source !== null && typeof source === 'object'
              ? (source as Record<string, unknown>)[path]
              : readPath(source, c.field);
          const v = asDecimalString(raw);
          if (v === null)
            return {
              outcome: 'missing',
              entry: traceEntry(standard.clause, c.id, c.label, op, null, t, c.unit, false),
            };
          const cmp = compareDecimal(v, tNum, threshold);
          const passed = c.kind === 'min' ? cmp >= 0 : cmp <= 0;
          const entry = traceEntry(standard.clause, c.id, c.label, op, v, t, c.unit, passed);
          if (passed) return { outcome: 'pass', entry };
          return c.kind === 'max'
            ? { outcome: 'fail', entry }
            : { outcome: 'fail', entry, shortfall: minusPlain(t, v) };
        },
      };
    }
    case 'min-ratio': {
      return {
        id: c.id,
        guard,
        evaluate: ({ source, asOf }) => {
          const { dec: threshold, text: t } = thresholdOn(asOf);
          const v = asDecimal(readPath(source, c.field));
          const per = asDecimal(readPath(source, c.per));
          if (v === null || per === null || per.isZero())
            return {
              outcome: 'missing',
              entry: traceEntry(standard.clause, c.id, c.label, 'gte', null, t, c.unit, false),
            };
          // 亩均 = field ÷ per; compared as field ≥ threshold × per so that no division rounds
          const needed = threshold.times(per);
          const passed = v.gte(needed);
          const shown = v.dividedBy(per).toDecimalPlaces(2);
          const ev: Evaluation = {
            outcome: passed ? 'pass' : 'fail',
            entry: traceEntry(standard.clause, c.id, c.label, 'gte', plain(shown), t, c.unit, passed),
          };
          // the shortfall is stated in the total (e.g. yuan of income), which is what can be raised
          if (passed) return ev;
          return {
            ...ev,
            shortfall: plain(needed.minus(v)),
            shortfallUnit: c.unit.split('-per-')[0] ?? c.unit,
          };
        },
      };
    }
    case 'attest':
      return {
        id: c.id,
        guard,
        evaluate: ({ source }) => {
          const v = readPath(source, c.field);
          if (typeof v !== 'boolean')
            return {
              outcome: 'missing',
              entry: traceEntry(standard.clause, c.id, c.label, 'attest', null, null, null, false),
            };
          return {
            outcome: v ? 'pass' : 'fail',
            entry: traceEntry(standard.clause, c.id, c.label, 'attest', v ? '是' : '否', '是', null, v),
          };
        },
      };
    case 'min-difference': {
      const op = c.strict ? 'gt' : 'gte';
      return {
        id: c.id,
        guard,
        evaluate: ({ source, asOf }) => {
          const { dec: threshold, text: t } = thresholdOn(asOf);
          const a = asDecimal(readPath(source, c.field));
          const b = asDecimal(readPath(source, c.minus));
          if (a === null || b === null)
            return {
              outcome: 'missing',
              entry: traceEntry(standard.clause, c.id, c.label, op, null, t, c.unit, false),
            };
          const diff = a.minus(b);
          const cmp = diff.comparedTo(threshold);
          const passed = c.strict ? cmp > 0 : cmp >= 0;
          const entry = traceEntry(standard.clause, c.id, c.label, op, plain(diff), t, c.unit, passed);
          return passed ? { outcome: 'pass', entry } : { outcome: 'fail', entry };
        },
      };
    }
    case 'date-from':
    case 'date-to': {
      const op = c.kind === 'date-from' ? 'gte' : 'lte';
      return {
        id: c.id,
        guard,
        evaluate: ({ source }) => {
          const v = isoDay(readPath(source, c.field));
          if (v === null)
            return {
              outcome: 'missing',
              entry: traceEntry(standard.clause, c.id, c.label, op, null, c.date, 'date', false),
            };
          const passed = c.kind === 'date-from' ? v >= c.date : v <= c.date;
          return {
            outcome: passed ? 'pass' : 'fail',
            entry: traceEntry(standard.clause, c.id, c.label, op, v, c.date, 'date', passed),
          };
        },
      };
    }
    case 'min-months': {
      const months = String(c.months);
      return {
        id: c.id,
        guard,
        evaluate: ({ source, asOf }) => {
          const from = isoDay(readPath(source, c.field));
          const until = c.until === undefined ? asOf : isoDay(readPath(source, c.until));
          if (from === null || until === null)
            return {
              outcome: 'missing',
              entry: traceEntry(standard.clause, c.id, c.label, 'gte', null, months, 'month', false),
            };
          const held = fullMonths(from, until);
          const passed = held >= c.months;
          const entry = traceEntry(
            standard.clause,
            c.id,
            c.label,
            'gte',
            String(held),
            months,
            'month',
            passed,
          );
          if (passed) return { outcome: 'pass', entry };
          // what is missing is time: the days until the months are full
          return {
            outcome: 'fail',
            entry,
            shortfall: String(daysUntilFull(from, until, c.months)),
            shortfallUnit: 'day',
          };
        },
      };
    }
    case 'one-of': {
      const allowed = new Set(c.values);
      const words = (x: string): Text => c.valueLabels[x] ?? { zh: x, en: x };
      const t: Text = {
        zh: c.values.map((x) => words(x).zh).join('、'),
        en: c.values.map((x) => words(x).en).join(', '),
      };
      return {
        id: c.id,
        guard,
        evaluate: ({ source }) => {
          const v = readPath(source, c.field);
          if (typeof v !== 'string')
            return {
              outcome: 'missing',
              entry: wordsEntry(standard.clause, c.id, c.label, 'in', null, t, false),
            };
          const passed = allowed.has(v);
          return {
            outcome: passed ? 'pass' : 'fail',
            entry: wordsEntry(standard.clause, c.id, c.label, 'in', words(v), t, passed),
          };
        },
      };
    }
  }
}
