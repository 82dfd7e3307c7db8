import {
  Dec,
  type GroupMatch,
  type InfraProjectInput,
  type LprFixing,
  type PolicyPack,
  packSchemas,
  plain,
  type ScreenLine,
  type ScreenResult,
  type Standard,
  type SubjectInput,
  screen,
  type Text,
  tryEstimateProject,
} from '@huinong/benefits';

/**
 * Why an input of a worked example has the value it has: at a condition's threshold, derived
 * from another value (亩均, 净收入, 满6个月), the smallest quantity, or an illustrative value where
 * the plan sets no threshold (an occupancy fee, a lease fee).
 */
export type ExampleWhy =
  | 'threshold'
  | 'ratio'
  | 'difference'
  | 'months'
  | 'date'
  | 'attested'
  | 'choice'
  | 'minimum'
  | 'ceiling'
  | 'cap'
  | 'illustrative';

/** One input of the example: the dotted path from the line's source, its value and why. */
export interface ExampleInput {
  readonly path: string;
  readonly value: string | boolean | number;
  readonly why: ExampleWhy;
  /** the condition whose threshold set it */
  readonly condition?: string;
}

/** A subject built to just qualify for one standard, with the as-of date to screen it on. */
export interface ScreenExample {
  readonly kind: 'screen';
  readonly standardId: string;
  readonly subject: SubjectInput;
  readonly asOf: string;
  /** where the inputs sit in the subject: `activities.0`, `members.0.student`, `labor`… */
  readonly at: string;
  readonly inputs: readonly ExampleInput[];
  /** for rates by group: the group the example's household is of */
  readonly group: GroupMatch | null;
}

/** A 五(二) project of one unit (1 km, 1 m², 1 seat), judged by estimateProject instead of screen. */
export interface ProjectExample {
  readonly kind: 'project';
  readonly standardId: string;
  readonly project: InfraProjectInput;
}

/** No example can be computed: the plan sets no number (reviewed amounts, 参照行业规范). */
export interface NoExample {
  readonly kind: 'none';
  readonly standardId: string;
  readonly reason: 'reviewed' | 'no-number' | 'unknown-project';
  readonly message: Text;
}

export type RuleExample = ScreenExample | ProjectExample | NoExample;

/** Money where the plan sets no threshold (占用费, 土地流转费): illustrative, and said so. */
const ILLUSTRATIVE_MONEY = '1000';

/** Provinces for a 省外 work place: the first that is not the home province. */
const OTHER_PROVINCES = ['广东省', '浙江省'];

/** Whether a standard is a 五(二) project cost standard (judged by estimateProject, not screened). */
export function isProjectStandard(standard: Standard): boolean {
  return standard.subject.kinds.includes('project');
}

// ── dates, without a clock ───────────────────────────────────────────────────

function utc(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The latest start date from which `months` whole months are full on `until` (both days counted,
 * the rule of the engine's `fullMonths`): the day after `until`, `months` months earlier, clamped
 * to the month's last day. 2025-12-31, 6 → 2025-07-01.
 */
export function monthsBefore(until: string, months: number): string {
  const next = utc(until);
  next.setUTCDate(next.getUTCDate() + 1);
  const y = next.getUTCFullYear();
  const m = next.getUTCMonth() - months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return isoOf(new Date(Date.UTC(y, m, Math.min(next.getUTCDate(), last))));
}

// ── the example's values ─────────────────────────────────────────────────────

class Values {
  readonly inputs = new Map<string, ExampleInput>();
  get(path: string): string | boolean | number | undefined {
    return this.inputs.get(path)?.value;
  }
  set(
    path: string,
    value: string | boolean | number,
    why: ExampleWhy,
    condition?: string,
  ): string | boolean | number {
    this.inputs.set(path, { path, value, why, ...(condition ? { condition } : {}) });
    return value;
  }
  /** the larger of the value there and `value` (two minimums on one field: the higher wins) */
  atLeast(path: string, value: string, why: ExampleWhy, condition?: string): string {
    const have = this.get(path);
    if (typeof have === 'string' && new Dec(have).gte(value)) return have;
    return this.set(path, plain(value), why, condition) as string;
  }
  number(path: string, fallback: string, why: ExampleWhy): string {
    const have = this.get(path);
    if (typeof have === 'string') return have;
    return this.set(path, fallback, why) as string;
  }
}

function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = root;
  for (const k of keys.slice(0, -1)) {
    const next = at[k];
    if (next === null || typeof next !== 'object') at[k] = {};
    at = at[k] as Record<string, unknown>;
  }
  at[keys.at(-1) as string] = value;
}

/** A decimal rounded up to the fen: the smallest money that reaches `v`. */
function upToFen(v: InstanceType<typeof Dec>): string {
  return plain(v.toDecimalPlaces(2, Dec.ROUND_UP));
}

/** The later of two ISO dates. */
function laterOf(a: string, b: string): string {
  return [a, b].sort()[1] as string;
}

/** The as-of date of an example: the last day both the pack and the standard are in force. */
function asOfFor(pack: PolicyPack, standard: Standard): string {
  return [standard.dates.to, pack.dates.to].sort()[0] as string;
}

/** Each condition at its threshold; then the ones that read other values (亩均, 净收入, 满N个月). */
function conditionValues(standard: Standard, v: Values, asOf: string): void {
  for (const c of standard.conditions) {
    switch (c.kind) {
      case 'min':
      case 'max':
        v.atLeast(c.field, c.threshold, 'threshold', c.id);
        break;
      case 'one-of':
        v.set(c.field, c.values[0] as string, 'choice', c.id);
        break;
      case 'attest':
        v.set(c.field, true, 'attested', c.id);
        break;
      case 'date-from':
      case 'date-to':
        v.set(c.field, c.date, 'date', c.id);
        break;
      default:
        break;
    }
  }
  for (const c of standard.conditions) {
    if (c.kind === 'min-ratio') {
      const per = v.number(c.per, '1', 'minimum');
      v.atLeast(c.field, upToFen(new Dec(c.threshold).times(per)), 'ratio', c.id);
    } else if (c.kind === 'min-difference') {
      const minus = v.number(c.minus, ILLUSTRATIVE_MONEY, 'illustrative');
      const need = new Dec(minus).plus(c.threshold).plus(c.strict ? 1 : 0);
      v.atLeast(c.field, plain(need), 'difference', c.id);
    } else if (c.kind === 'min-months') {
      let until = asOf;
      if (c.until !== undefined) {
        const u = v.get(c.until);
        until = typeof u === 'string' ? u : (v.set(c.until, asOf, 'date') as string);
      }
      v.set(c.field, monthsBefore(until, c.months), 'months', c.id);
    }
  }
}

/** The award's own inputs: the quantity paid on, the base of a share, the fee reimbursed. */
function awardValues(pack: PolicyPack, standard: Standard, v: Values): void {
  const a = standard.award;
  switch (a.kind) {
    case 'per-unit':
      v.number(a.quantity, '1', 'minimum');
      break;
    case 'share': {
      const minus = a.minus === undefined ? '0' : v.number(a.minus, ILLUSTRATIVE_MONEY, 'illustrative');
      if (a.ceiling) {
        // the share just reaches the ceiling: rate × base = ceiling × per
        const per = v.number(a.ceiling.per, '1', 'minimum');
        const net = new Dec(a.ceiling.amount).times(per).dividedBy(a.rate);
        v.atLeast(a.base, upToFen(net.plus(minus)), 'ceiling');
      } else if (v.get(a.base) === undefined)
        v.set(a.base, plain(new Dec(ILLUSTRATIVE_MONEY).plus(minus)), 'illustrative');
      break;
    }
    case 'fee-reimbursement':
      v.number(a.field, ILLUSTRATIVE_MONEY, 'illustrative');
      break;
    case 'loan-interest': {
      const p = a.params as { subsidisedPrincipalCap?: unknown; maxTermMonths?: unknown };
      v.set(
        'principal',
        typeof p.subsidisedPrincipalCap === 'string' ? p.subsidisedPrincipalCap : '50000',
        'cap',
      );
      v.set('termMonths', typeof p.maxTermMonths === 'number' ? p.maxTermMonths : 12, 'cap');
      v.set('purpose', 'production', 'choice');
      v.set('disbursedOn', laterOf(pack.dates.from, standard.dates.from), 'date');
      break;
    }
    default:
      break;
  }
}

/** The household's group: the first rate's, else the first category listed, else the first other group. */
function householdGroup(standard: Standard, rate: number): GroupMatch | null {
  const a = standard.award;
  if ((a.kind === 'per-unit' || a.kind === 'fixed') && a.rates)
    return (a.rates[rate] ?? a.rates[0])?.group ?? null;
  return null;
}

/**
 * The answers that keep the pack's exclusions by a fact off the example (示范村: 否): an
 * unanswered fact holds the line as "needs information", and the example is of a subject that
 * qualifies.
 */
function clearingFacts(pack: PolicyPack, standard: Standard): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const l of pack.limits) {
    if (l.kind !== 'exclusion' || !l.ifFact || !l.standards.includes(standard.id)) continue;
    const { key, equals } = l.ifFact;
    if (typeof equals === 'boolean') out[key] = !equals;
    else {
      const other = pack.inputs.facts.find((f) => f.key === key)?.choices?.find((c) => c.value !== equals);
      if (other) out[key] = other.value;
    }
  }
  return out;
}

function householdOf(standard: Standard, group: GroupMatch | null): Record<string, unknown> {
  const rule = standard.subject;
  const g = group ?? (rule.categories?.[0] ? null : (rule.alsoGroups?.[0] ?? null));
  const category = g?.category ?? rule.categories?.[0] ?? 'poverty-alleviated';
  const h: Record<string, unknown> = {
    kind: 'household',
    id: 'example',
    category,
    members: [],
    activities: [],
  };
  if (g?.monitoredTypes?.[0]) h.monitoredType = g.monitoredTypes[0];
  if (g?.zeroEmployment !== undefined) h.zeroEmployment = g.zeroEmployment;
  if (g?.facts) h.facts = { ...g.facts };
  return h;
}

/**
 * The kind of subject an example is: the first the standard names for which its activity is
 * declared (an activity of collectives only cannot be an operator's).
 */
function kindOf(pack: PolicyPack, standard: Standard): 'household' | 'collective' | 'operator' | null {
  const kinds = standard.subject.kinds.filter((k) => k !== 'project') as (
    | 'household'
    | 'collective'
    | 'operator'
  )[];
  const src = standard.source;
  if (src.kind !== 'activity') return kinds[0] ?? null;
  const def = pack.inputs.activities.find((d) => d.type === src.types[0]);
  return kinds.find((k) => def?.subjects.includes(k)) ?? null;
}

/**
 * A subject that just qualifies for `standard`: each condition at its threshold (以上 includes the
 * number), the smallest quantity for a per-unit award, the share at its ceiling, a loan at the
 * subsidised cap; and the as-of date to screen it on (the last day the standard is in force).
 * `rate` picks the group of a rates-by-group award (the first by default). Returns null for the
 * standards no screen can price: 五(二) project cost standards (see `exampleFor`) and amounts set
 * by review. This is a pure function.
 */
export function exampleSubject(
  pack: PolicyPack,
  standard: Standard,
  options: { rate?: number } = {},
): ScreenExample | null {
  const a = standard.award;
  if (isProjectStandard(standard) || a.kind === 'reviewed' || a.kind === 'cost-range') return null;
  const kind = kindOf(pack, standard);
  if (!kind) return null;
  const asOf = asOfFor(pack, standard);
  const v = new Values();
  conditionValues(standard, v, asOf);
  awardValues(pack, standard, v);
  const root: Record<string, unknown> = {};
  for (const input of v.inputs.values()) setPath(root, input.path, input.value);

  const group = kind === 'household' ? householdGroup(standard, options.rate ?? 0) : null;
  const subject: Record<string, unknown> =
    kind === 'household' ? householdOf(standard, group) : { kind, id: 'example', activities: [] };
  const clear = clearingFacts(pack, standard);
  if (Object.keys(clear).length)
    subject.facts = { ...clear, ...((subject.facts as Record<string, unknown> | undefined) ?? {}) };
  const src = standard.source;
  let at: string;
  if (src.kind === 'activity') {
    subject.activities = [{ type: src.types[0], ...root }];
    at = 'activities.0';
  } else if (src.kind === 'member') {
    const member: Record<string, unknown> = { id: 'm1', laborer: true };
    if (a.kind === 'tiered-travel') {
      const province = OTHER_PROVINCES.find((p) => p !== pack.home.province) as string;
      const trip: Record<string, unknown> = { from: pack.dates.from, place: { province } };
      if (a.minMonths > 0) {
        trip.from = monthsBefore(asOf, a.minMonths);
        trip.to = asOf;
      }
      member.workTrips = [trip];
      v.set('workTrips.0.place.province', province, 'choice');
      at = 'members.0';
    } else if (src.each) {
      member[src.field] = [
        {
          id: `${src.field === 'loans' ? 'L' : 'B'}1`,
          ...(a.kind === 'loan-interest' ? { events: [] } : {}),
          ...root,
        },
      ];
      at = `members.0.${src.field}.0`;
    } else {
      Object.assign(member, root);
      at = 'members.0';
    }
    subject.members = [member];
  } else if (src.field) {
    subject[src.field] = root;
    at = src.field;
  } else {
    Object.assign(subject, root);
    at = '';
  }
  return {
    kind: 'screen',
    standardId: standard.id,
    subject: subject as unknown as SubjectInput,
    asOf,
    at,
    inputs: [...v.inputs.values()],
    group,
  };
}

/**
 * The worked example of any standard: a subject to screen, a one-unit project for a 五(二) cost
 * standard, or the reason there is none (an amount set by review, a standard that defers to
 * industry norms). This is a pure function.
 */
export function exampleFor(
  pack: PolicyPack,
  standard: Standard,
  options: { rate?: number } = {},
): RuleExample {
  const a = standard.award;
  if (isProjectStandard(standard)) {
    if (a.kind !== 'cost-range')
      return {
        kind: 'none',
        standardId: standard.id,
        reason: 'no-number',
        message: {
          zh: '方案未给出造价数额（参照行业技术规范执行），无法测算示例。',
          en: 'The plan gives no cost figure (it defers to industry norms): no example can be computed.',
        },
      };
    const project = projectOf(pack, standard);
    if (project === null)
      return {
        kind: 'none',
        standardId: standard.id,
        reason: 'unknown-project',
        message: {
          zh: '无法为这项标准构造示例项目。',
          en: 'No example project can be made for this standard.',
        },
      };
    return { kind: 'project', standardId: standard.id, project };
  }
  const example = exampleSubject(pack, standard, options);
  if (example) return example;
  return {
    kind: 'none',
    standardId: standard.id,
    reason: 'reviewed',
    message: {
      zh: '方案未规定计算公式，金额由评审确定：没有可测算的示例。',
      en: 'The plan gives no formula; the amount is set by review: there is no example to compute.',
    },
  };
}

/**
 * One unit of the project (1 km, 1 m², 1 seat), each field its conditions read at the threshold
 * (以内 and 以上 include it); when an earlier alternative of its group holds there too (10 m is
 * both 10米以内 and 10米以上), one unit past the shared bound, so that the example is of this
 * standard. Null when no such project is found.
 */
function projectOf(pack: PolicyPack, standard: Standard): InfraProjectInput | null {
  for (const step of [0, 1]) {
    const fields: Record<string, string> = {};
    for (const c of standard.conditions) {
      if (c.kind === 'min') fields[c.field] = plain(new Dec(c.threshold).plus(step));
      else if (c.kind === 'max') fields[c.field] = plain(Dec.max(new Dec(c.threshold).minus(step), 0));
      else if (c.kind === 'one-of' && c.values[0]) fields[c.field] = c.values[0];
      else if (c.kind === 'attest') fields[c.field] = 'true';
    }
    const q = standard.project?.quantity?.key;
    const quantity = q && fields[q] !== undefined ? fields[q] : '1';
    if (q) delete fields[q];
    const attested = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, v === 'true' ? true : v] as const),
    );
    const project: InfraProjectInput = {
      standardId: standard.id,
      quantity,
      ...(Object.keys(attested).length ? { fields: attested } : {}),
    };
    if (tryEstimateProject(project, pack).ok) return project;
  }
  return null;
}

/** The screen of an example and its line for the standard. */
export interface ExampleRun {
  readonly result: ScreenResult;
  readonly line: ScreenLine;
}

/**
 * Screens an example with the engine: the subject is parsed with the pack's own input schema
 * first, so an example is a valid input of the pack. This is a pure function.
 */
export function runExample(pack: PolicyPack, example: ScreenExample, lpr?: readonly LprFixing[]): ExampleRun {
  const subject = packSchemas(pack).subject.parse(example.subject);
  const result = screen(subject, { pack, asOf: example.asOf, ...(lpr ? { lpr } : {}) });
  const line = result.lines.find((l) => l.standardId === example.standardId);
  if (!line) throw new Error(`the example for ${example.standardId} has no line`);
  return { result, line };
}
