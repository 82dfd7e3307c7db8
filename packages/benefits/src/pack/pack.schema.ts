import { z } from 'zod';
import { Text } from '../core/i18n.ts';
import { isoDate } from '../schemas/fields.ts';
import { HouseholdCategory, MonitoredType } from '../schemas/subject.schema.ts';
import { InputField, PackInputs } from './inputs.schema.ts';
import { checkProjects } from './project-checks.ts';

/**
 * The policy pack: every standard of a plan as data. The kinds of standard are code (machine
 * shapes); the standards themselves, with every amount, threshold, rate and date, live here.
 */

const TextSchema = Text;

const decimal = z.string().regex(/^\d+(\.\d+)?$/, 'a non-negative decimal string');

/** A dated value (openfisca style): in force from `from` until the next one, with its source. */
export const DatedValue = z.object({ from: isoDate(), value: decimal, source: z.string().min(1) });
export type DatedValue = z.infer<typeof DatedValue>;

/**
 * Every amount, threshold, rate and cap of a standard (or limit) is in force over the standard's
 * dates and cited by its clause. A value that changes within the plan gives its series here, by
 * the path of the value in the standard: `{ "award.amount": [{ from, value, source }, …] }`,
 * `conditions.0.threshold`, `award.rates.1.amount`, `award.rate`, `award.ceiling.amount`, `max`.
 * The plain field holds the value in force on the first day; screening uses the value in force
 * on the as-of date.
 */
const Dated = z.record(z.string(), z.array(DatedValue).min(1)).optional();

const conditionBase = {
  /** stable id within the standard; also the machine state that checks it */
  id: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/),
  /** the field checked, a dotted path into the line's source (activity, member, part of the subject) */
  field: z.string().min(1),
  label: TextSchema,
  /** the words of the clause this condition encodes, e.g. "收入达到2000元以上" */
  text: z.string().min(1),
};

/** field ≥ threshold: "以上 / 及以上 / 不低于" include the number */
const MinCondition = z.object({
  kind: z.literal('min'),
  ...conditionBase,
  threshold: decimal,
  unit: z.string(),
});
/** field ≤ threshold: "以内 / 以下 / 不超过" include the number */
const MaxCondition = z.object({
  kind: z.literal('max'),
  ...conditionBase,
  threshold: decimal,
  unit: z.string(),
});

/** A check of the clause. "以上 / 及以上 / 不低于" are `min` and include the number. */
export const Condition = z.discriminatedUnion('kind', [
  MinCondition,
  MaxCondition,
  /** field ÷ per ≥ threshold, e.g. 亩均收入 = income ÷ area ≥ 2000 */
  z.object({
    kind: z.literal('min-ratio'),
    ...conditionBase,
    per: z.string().min(1),
    threshold: decimal,
    unit: z.string(),
  }),
  /** a yes/no the applicant or caseworker attests ("依法注册登记", "正常运营") */
  z.object({ kind: z.literal('attest'), ...conditionBase }),
  /** field − minus ≥ threshold (or > with `strict`): 净收入 = 收入 − 成本 > 0 */
  z.object({
    kind: z.literal('min-difference'),
    ...conditionBase,
    minus: z.string().min(1),
    threshold: decimal,
    strict: z.boolean().default(false),
    unit: z.string(),
  }),
  /** a date on or after `date` ("2025年1月1日以后购买") */
  z.object({ kind: z.literal('date-from'), ...conditionBase, date: isoDate() }),
  /** a date on or before `date` */
  z.object({ kind: z.literal('date-to'), ...conditionBase, date: isoDate() }),
  /**
   * At least `months` whole months from the date in `field` to the date in `until` (or the
   * as-of date), both days counted: 登记后存栏满6个月. The rule is `fullMonths` (core/months.ts):
   * registered 2025-03-10, the 6th month is complete on 2025-09-09.
   */
  z.object({
    kind: z.literal('min-months'),
    ...conditionBase,
    months: z.number().int().positive(),
    until: z.string().min(1).optional(),
  }),
  /** the field's value is one of a set (e.g. a vocational school type) */
  z.object({
    kind: z.literal('one-of'),
    ...conditionBase,
    values: z.array(z.string()).min(1),
    valueLabels: z.record(z.string(), TextSchema),
  }),
]);
export type Condition = z.infer<typeof Condition>;

/**
 * A group of households: a category, narrowed by monitored type, 零就业 and the pack's facts
 * (未消除风险 / 风险已消除, 稳定脱贫户). A fact the group needs and the subject lacks is missing
 * information, never a silent no.
 */
export const GroupMatch = z.object({
  category: HouseholdCategory,
  monitoredTypes: z.array(MonitoredType).optional(),
  zeroEmployment: z.boolean().optional(),
  facts: z.record(z.string(), z.union([z.string(), z.boolean()])).optional(),
  label: TextSchema,
});
export type GroupMatch = z.infer<typeof GroupMatch>;

/** Who may claim: subject kinds, household categories, and alternatives for special groups. */
export const SubjectRule = z.object({
  /** `project` marks 五(二) cost standards: judged by estimateProject, never screened */
  kinds: z.array(z.enum(['household', 'collective', 'operator', 'project'])).min(1),
  /** household categories allowed (households only) */
  categories: z.array(HouseholdCategory).optional(),
  /** further groups allowed, e.g. "零就业" 边缘易致贫户 for 公益性岗位 */
  alsoGroups: z.array(GroupMatch).optional(),
  label: TextSchema,
});
export type SubjectRule = z.infer<typeof SubjectRule>;

/** What a standard reads: an activity / project of the subject, a member, or the subject itself. */
export const Source = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('activity'), types: z.array(z.string()).min(1) }),
  /** a member, when the member has `field` (student, workTrips, publicPost, loans…) */
  z.object({ kind: z.literal('member'), field: z.string().min(1), each: z.boolean().default(false) }),
  /** a part of the subject (`labor`, `orders`, `land`, `reviewedSupport`), or the whole when omitted */
  z.object({ kind: z.literal('subject'), field: z.string().optional() }),
]);
export type Source = z.infer<typeof Source>;

/**
 * A unit amount that depends on the household's group (2,400 a head for 未消除风险的监测户,
 * 1,200 for 脱贫户 and 风险已消除): the first group that matches sets the amount.
 */
export const GroupRate = z.object({ group: GroupMatch, amount: decimal });
export type GroupRate = z.infer<typeof GroupRate>;

/** a unit amount, or rates by group (exactly one of the two: checked with the pack) */
const amountOrRates = { amount: decimal.optional(), rates: z.array(GroupRate).min(1).optional() };

export const Award = z.discriminatedUnion('kind', [
  /** unit amount × quantity (per mu, per head, per m², per bag, per month) */
  z.object({ kind: z.literal('per-unit'), quantity: z.string(), unit: z.string(), ...amountOrRates }),
  /** a fixed amount per activity / member / household (3,000 per business, 500 per 微菜园) */
  z.object({ kind: z.literal('fixed'), unit: z.string(), ...amountOrRates }),
  /**
   * rate × an amount (20% of wages; 20% of net income = income − cost), at most `ceiling`
   * yuan per unit of `per` (500 a mu) when the plan sets one
   */
  z.object({
    kind: z.literal('share'),
    base: z.string(),
    minus: z.string().optional(),
    rate: decimal,
    ceiling: z.object({ per: z.string(), unit: z.string(), amount: decimal, text: z.string() }).optional(),
  }),
  /** one-off grant by tier of the work place against the home county; once per person per year */
  z.object({
    kind: z.literal('tiered-travel'),
    tiers: z.object({ outsideProvince: decimal, outsideCity: decimal, outsideCounty: decimal }),
    perPersonPerYear: z.number().int().positive(),
    minMonths: z.number().int().min(0),
  }),
  /** no formula: the amount is set by review and recorded */
  z.object({ kind: z.literal('reviewed'), field: z.string() }),
  /**
   * project cost standard (五(二)): a range per unit of the project's quantity (`per` is its unit
   * code: km, m2, seat…), judged against a budget
   */
  z.object({
    kind: z.literal('cost-range'),
    per: z.string().min(1),
    min: decimal,
    max: decimal,
    average: z.boolean().default(false),
  }),
  /** 五(一)1 loan interest subsidy: parameters for the loan module */
  z.object({ kind: z.literal('loan-interest'), params: z.record(z.string(), z.unknown()) }),
  /** 五(一)2 the occupancy fee paid is reimbursed */
  z.object({ kind: z.literal('fee-reimbursement'), field: z.string() }),
]);
export type Award = z.infer<typeof Award>;

/**
 * A design check of a project standard ("路基宽不低于4.5米", "路面厚度18厘米"): reported with its
 * value, threshold and clause; it never decides which standard applies. `min` and `max` are the
 * condition kinds; `equal` is a number the plan states exactly.
 */
export const ProjectCheck = z.discriminatedUnion('kind', [
  MinCondition,
  MaxCondition,
  z.object({ kind: z.literal('equal'), ...conditionBase, threshold: decimal, unit: z.string() }),
]);
export type ProjectCheck = z.infer<typeof ProjectCheck>;

/**
 * What a project of a 五(二) standard gives: the quantity its cost is per (its unit is the award's
 * `per`: km, m2, seat…; none when the plan gives no number), the other fields it reads (span,
 * widths, thickness), and its design checks. The standard's `conditions` read these fields and
 * decide whether it applies; standards that are alternatives of one clause (a small and a large
 * bridge, chosen by span) name the same `group`. Fields are declared as activities' are (type,
 * unit, label, question, help), so that the web and the CLI can ask for them.
 */
export const ProjectSpec = z.object({
  /** the id of the pack's `projectGroups` entry this standard is an alternative of */
  group: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
  quantity: InputField.optional(),
  fields: z.array(InputField).default([]),
  checks: z.array(ProjectCheck).default([]),
});
export type ProjectSpec = z.infer<typeof ProjectSpec>;

/**
 * Standards that are alternatives of one clause: a project of the group is judged by the first
 * of them (in pack order) whose conditions all hold. `overlap` is the plan's reading shown when
 * the conditions of more than one hold ("以内、以上均含本数" at a span of exactly 10 m).
 */
export const ProjectGroup = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  clause: z.string().min(1),
  label: TextSchema,
  overlap: TextSchema.optional(),
});
export type ProjectGroup = z.infer<typeof ProjectGroup>;

export const Standard = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  clause: z.string().min(1),
  /** the clause's Chinese text, verbatim from the seed */
  text: z.string().min(1),
  title: TextSchema,
  subject: SubjectRule,
  source: Source,
  conditions: z.array(Condition).default([]),
  award: Award,
  dates: z.object({ from: isoDate(), to: isoDate() }),
  /** values that change within the plan: their series by path (see `Dated`) */
  dated: Dated,
  /** things the reader must see: ambiguities, expectations stated but not tested */
  notes: z.array(TextSchema).default([]),
  /** a project standard's quantity, fields and design checks (see `ProjectSpec`) */
  project: ProjectSpec.optional(),
});
export type Standard = z.infer<typeof Standard>;
export type StandardInput = z.input<typeof Standard>;

const limitBase = {
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  clause: z.string().min(1),
  /** the words of the plan that set the limit ("每户合计最多5头") */
  text: z.string().min(1),
  label: TextSchema,
  /** the standards whose lines the limit applies to */
  standards: z.array(z.string()).min(1),
  /** a cap that changes within the plan: `{ "max": [{ from, value, source }, …] }` */
  dated: Dated,
  notes: z.array(TextSchema).default([]),
};

/**
 * The household stage: after every line is decided on its own, limits adjust the lines of one
 * subject together. Each adjustment is its own explanation line with a negative amount.
 */
export const Limit = z.discriminatedUnion('kind', [
  /**
   * At most `max` units paid per subject over these standards' lines (每户合计最多5头). Which
   * units are paid when there are more is a reading of the plan: `order` says which (the lines
   * of the standards in the order listed, or the highest unit award first).
   */
  z.object({
    kind: z.literal('quantity-cap'),
    ...limitBase,
    max: decimal,
    unit: z.string(),
    order: z.enum(['listed', 'highest-first']).default('listed'),
  }),
  /** At most `max` yuan per subject over these standards' lines (每户最高奖补5000元). */
  z.object({ kind: z.literal('money-cap'), ...limitBase, max: decimal }),
  /**
   * These standards' lines are not paid when the subject is awarded under `ifAwarded` in the same
   * screen, or has the fact `ifFact` (the household lives in a 示范村).
   */
  z.object({
    kind: z.literal('exclusion'),
    ...limitBase,
    ifAwarded: z.array(z.string()).optional(),
    ifFact: z.object({ key: z.string(), equals: z.union([z.string(), z.boolean()]) }).optional(),
  }),
]);
export type Limit = z.infer<typeof Limit>;

/** A note for a group that the plan's standards leave out (一般农户 and the industry awards). */
export const SubjectNote = z.object({
  kind: z.enum(['household', 'collective', 'operator']),
  category: HouseholdCategory.optional(),
  message: TextSchema,
});

/** The value at a dotted path of a standard or limit ("conditions.0.threshold"). */
function valueAtPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split('.'))
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  return cur;
}

/**
 * A series must name a value the standard has, start on or before its first day, run in date
 * order, and agree with the plain field on the first day.
 */
function checkDated(
  owner: { dated?: Record<string, DatedValue[]> | undefined },
  first: string,
  at: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  for (const [path, series] of Object.entries(owner.dated ?? {})) {
    const plainValue = valueAtPath(owner, path);
    const where = [...at, 'dated', path];
    if (typeof plainValue !== 'string') {
      ctx.addIssue({ code: 'custom', path: where, message: 'dated-unknown-path', params: { value: path } });
      continue;
    }
    if ((series[0] as DatedValue).from > first)
      ctx.addIssue({
        code: 'custom',
        path: [...where, 0, 'from'],
        message: 'dated-starts-late',
        params: { value: first },
      });
    series.forEach((v, j) => {
      if (j > 0 && v.from <= (series[j - 1] as DatedValue).from)
        ctx.addIssue({ code: 'custom', path: [...where, j, 'from'], message: 'dated-out-of-order' });
    });
    const onFirst = [...series].reverse().find((v) => v.from <= first);
    if (onFirst && onFirst.value !== plainValue)
      ctx.addIssue({
        code: 'custom',
        path: where,
        message: 'dated-disagrees',
        params: { value: plainValue },
      });
  }
}

export const PolicyPack = z
  .object({
    id: z.string().min(1),
    name: TextSchema,
    /** the document the pack encodes */
    document: z.object({
      title: z.string(),
      file: z.string(),
      /** year-month (or date) of the document as the seed gives it */
      published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
      publishedNote: z.string().optional(),
    }),
    dates: z.object({ from: isoDate(), to: isoDate() }),
    home: z.object({
      province: z.string(),
      city: z.string(),
      county: z.string(),
      code: z.string().regex(/^\d{6}$/),
    }),
    /** county, year and the documents the pack encodes, for pickers and titles */
    county: TextSchema.optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    sources: z
      .array(
        z.object({
          title: z.string(),
          ref: z.string().optional(),
          date: z.string().optional(),
          note: z.string().optional(),
        }),
      )
      .default([]),
    /** pack version: changes when a value does, so a frozen list can name what it was computed with */
    version: z.string().default('1'),
    inputs: PackInputs.default({ activities: [], facts: [] }),
    standards: z.array(Standard).min(1),
    limits: z.array(Limit).default([]),
    subjectNotes: z.array(SubjectNote).default([]),
    /** project standards that are alternatives of one clause (see `ProjectGroup`) */
    projectGroups: z.array(ProjectGroup).default([]),
  })
  .superRefine((p, ctx) => {
    checkProjects(p, ctx);
    const ids = new Set<string>();
    p.standards.forEach((s, i) => {
      if (ids.has(s.id))
        ctx.addIssue({
          code: 'custom',
          path: ['standards', i, 'id'],
          message: 'duplicate-id',
          params: { value: s.id },
        });
      ids.add(s.id);
      const cids = new Set<string>();
      const a = s.award;
      if (
        (a.kind === 'per-unit' || a.kind === 'fixed') &&
        (a.amount === undefined) === (a.rates === undefined)
      )
        ctx.addIssue({
          code: 'custom',
          path: ['standards', i, 'award', 'amount'],
          message: 'amount-or-rates',
        });
      checkDated(s, s.dates.from, ['standards', i], ctx);
      if (s.source.kind === 'activity')
        for (const t of s.source.types)
          if (t !== 'other' && !p.inputs.activities.some((a) => a.type === t))
            ctx.addIssue({
              code: 'custom',
              path: ['standards', i, 'source', 'types'],
              message: 'undeclared-activity',
              params: { value: t },
            });
      s.conditions.forEach((c, j) => {
        if (cids.has(c.id))
          ctx.addIssue({
            code: 'custom',
            path: ['standards', i, 'conditions', j, 'id'],
            message: 'duplicate-id',
            params: { value: c.id },
          });
        cids.add(c.id);
      });
    });
    p.limits.forEach((l, i) => {
      checkDated(l, p.dates.from, ['limits', i], ctx);
      for (const [key, list] of [
        ['standards', l.standards],
        ['ifAwarded', l.kind === 'exclusion' ? (l.ifAwarded ?? []) : []],
      ] as const)
        list.forEach((id, j) => {
          if (!ids.has(id))
            ctx.addIssue({
              code: 'custom',
              path: ['limits', i, key, j],
              message: 'unknown-standard',
              params: { value: id },
            });
        });
    });
  });
export type PolicyPack = z.infer<typeof PolicyPack>;
export type PolicyPackInput = z.input<typeof PolicyPack>;
