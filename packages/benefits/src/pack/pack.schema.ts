import { z } from 'zod';
import { isoDate } from '../schemas/fields.ts';
import { HouseholdCategory, MonitoredType } from '../schemas/subject.schema.ts';

/**
 * The policy pack: every standard of a plan as data. The kinds of standard are code (machine
 * shapes); the standards themselves, with every amount, threshold, rate and date, live here.
 */

export const TextSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

const decimal = z.string().regex(/^\d+(\.\d+)?$/, 'a non-negative decimal string');

/** A dated value (openfisca style): in force from `from` until the next one. */
export const DatedValue = z.object({ from: isoDate(), value: decimal, source: z.string().optional() });

const conditionBase = {
  /** stable id within the standard; also the machine state that checks it */
  id: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/),
  /** the field checked, a dotted path into the line's source (activity, member, part of the subject) */
  field: z.string().min(1),
  label: TextSchema,
  /** the words of the clause this condition encodes, e.g. "收入达到2000元以上" */
  text: z.string().min(1),
};

/** A check of the clause. "以上 / 及以上 / 不低于" are `min` and include the number. */
export const Condition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('min'), ...conditionBase, threshold: decimal, unit: z.string() }),
  z.object({ kind: z.literal('max'), ...conditionBase, threshold: decimal, unit: z.string() }),
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
  /** the field's value is one of a set (e.g. a vocational school type) */
  z.object({
    kind: z.literal('one-of'),
    ...conditionBase,
    values: z.array(z.string()).min(1),
    valueLabels: z.record(z.string(), TextSchema),
  }),
]);
export type Condition = z.infer<typeof Condition>;

/** Who may claim: subject kinds, household categories, and alternatives for special groups. */
export const SubjectRule = z.object({
  /** `project` marks 五(二) cost standards: judged by estimateProject, never screened */
  kinds: z.array(z.enum(['household', 'collective', 'operator', 'project'])).min(1),
  /** household categories allowed (households only) */
  categories: z.array(HouseholdCategory).optional(),
  /** further groups allowed, e.g. "零就业" 边缘易致贫户 for 公益性岗位 */
  alsoGroups: z
    .array(
      z.object({
        category: HouseholdCategory,
        monitoredTypes: z.array(MonitoredType).optional(),
        zeroEmployment: z.boolean().optional(),
        label: TextSchema,
      }),
    )
    .optional(),
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

export const Award = z.discriminatedUnion('kind', [
  /** unit amount × quantity (per mu, per head, per m², per bag, per month) */
  z.object({ kind: z.literal('per-unit'), quantity: z.string(), unit: z.string(), amount: decimal }),
  /** a fixed amount per activity / member (3,000 per business, 3,000 per student-year) */
  z.object({ kind: z.literal('fixed'), unit: z.string(), amount: decimal }),
  /** rate × an amount paid (20% of wages, 5% of purchases, 10% of lease fees) */
  z.object({ kind: z.literal('share'), base: z.string(), rate: decimal }),
  /** one-off grant by tier of the work place against the home county; once per person per year */
  z.object({
    kind: z.literal('tiered-travel'),
    tiers: z.object({ outsideProvince: decimal, outsideCity: decimal, outsideCounty: decimal }),
    perPersonPerYear: z.number().int().positive(),
    minMonths: z.number().int().min(0),
  }),
  /** no formula: the amount is set by review and recorded */
  z.object({ kind: z.literal('reviewed'), field: z.string() }),
  /** project cost standard (五(二)): a range per unit, judged against a budget */
  z.object({
    kind: z.literal('cost-range'),
    per: z.enum(['km', 'm2', 'seat']),
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
  /** things the reader must see: ambiguities, expectations stated but not tested */
  notes: z.array(TextSchema).default([]),
});
export type Standard = z.infer<typeof Standard>;
export type StandardInput = z.input<typeof Standard>;

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
    standards: z.array(Standard).min(1),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.standards.forEach((s, i) => {
      if (ids.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['standards', i, 'id'], message: `duplicate id ${s.id}` });
      ids.add(s.id);
      const cids = new Set<string>();
      s.conditions.forEach((c, j) => {
        if (cids.has(c.id))
          ctx.addIssue({
            code: 'custom',
            path: ['standards', i, 'conditions', j, 'id'],
            message: 'duplicate',
          });
        cids.add(c.id);
      });
    });
  });
export type PolicyPack = z.infer<typeof PolicyPack>;
export type PolicyPackInput = z.input<typeof PolicyPack>;
