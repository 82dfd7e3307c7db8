import { Text } from '@huinong/benefits';
import { z } from 'zod';
import { Dec } from './decimal.ts';

/**
 * Every field of a county plan with its Chinese and English name, keyed by its dotted path. Input
 * errors name the field through these labels, in both languages.
 */
export const planFieldLabels = {
  county: { zh: '县（区）名称', en: 'county' },
  year: { zh: '年度', en: 'year' },
  total: { zh: '计划整合资金总额（万元）', en: 'plan total (10k yuan)' },
  sources: { zh: '资金来源', en: 'sources by level' },
  'sources.central': { zh: '中央资金（万元）', en: 'central funds (10k yuan)' },
  'sources.provincial': { zh: '省级资金（万元）', en: 'provincial funds (10k yuan)' },
  'sources.city': { zh: '市级资金（万元）', en: 'city funds (10k yuan)' },
  'sources.county': { zh: '县级资金（万元）', en: 'county funds (10k yuan)' },
  linkage: { zh: '中省财政衔接补助资金', en: 'central and provincial linkage funds' },
  'linkage.total': { zh: '中省财政衔接补助资金（万元）', en: 'linkage funds (10k yuan)' },
  'linkage.industry': { zh: '用于产业发展资金（万元）', en: 'linkage funds for industry (10k yuan)' },
  'linkage.statedSharePercent': { zh: '方案所列产业发展资金占比（%）', en: 'industry share as stated (%)' },
  'linkage.lastYearSharePercent': { zh: '上年产业发展资金占比（%）', en: "last year's industry share (%)" },
  projects: { zh: '项目个数', en: 'project counts' },
  'projects.start': { zh: '年初项目数（个）', en: 'projects at the start of the year' },
  'projects.added': { zh: '新增项目数（个）', en: 'projects added' },
  'projects.removed': { zh: '调减项目数（个）', en: 'projects removed' },
  'projects.stated': { zh: '调整后项目数（个）', en: 'final project count as stated' },
  funds: { zh: '整合资金调整', en: 'fund adjustments' },
  'funds.start': { zh: '年初计划整合资金（万元）', en: 'funds at the start of the year (10k yuan)' },
  'funds.added': { zh: '新增项目增加资金（万元）', en: 'funds added with new projects (10k yuan)' },
  'funds.removed': { zh: '调减项目减少资金（万元）', en: 'funds removed with dropped projects (10k yuan)' },
  'funds.contentAdjustment': {
    zh: '项目建设内容调整增加资金（万元）',
    en: 'change from adjusted project content (10k yuan)',
  },
  'funds.stated': { zh: '调整后计划整合资金（万元）', en: 'final funds as stated (10k yuan)' },
} as const satisfies Record<string, Text>;
export type PlanField = keyof typeof planFieldLabels;

/** Why a field was rejected. */
export const PlanIssueReason = z.enum([
  'required',
  'not-text',
  'not-a-number',
  'not-a-decimal',
  'negative',
  'not-a-whole-number',
  'over-100',
  'not-an-object',
  'exceeds-linkage-total',
]);
export type PlanIssueReason = z.infer<typeof PlanIssueReason>;

export const planIssueReasonLabels: Record<PlanIssueReason, Text> = {
  required: { zh: '必填', en: 'is required' },
  'not-text': { zh: '须为文字', en: 'must be text' },
  'not-a-number': { zh: '须为数字', en: 'must be a number' },
  'not-a-decimal': {
    zh: '须为数字，如 36118.58（不带千分位逗号和单位）',
    en: 'must be a plain number such as 36118.58 (no commas, no unit)',
  },
  negative: { zh: '不得为负数', en: 'must not be negative' },
  'not-a-whole-number': { zh: '须为非负整数', en: 'must be a whole number, 0 or more' },
  'over-100': { zh: '不得超过100', en: 'must not exceed 100' },
  'not-an-object': { zh: '须为一组字段', en: 'must be a group of fields' },
  'exceeds-linkage-total': { zh: '不得超过中省财政衔接补助资金', en: 'must not exceed the linkage funds' },
};

/** The message of an input issue: the field and the reason, Chinese then English. */
export function planIssueMessage(field: PlanField, reason: PlanIssueReason): string {
  const label = planFieldLabels[field];
  const why = planIssueReasonLabels[reason];
  return `${label.zh}：${why.zh} / ${label.en}: ${why.en}`;
}

/** What every issue raised by these schemas carries in `params`. */
export type PlanIssueParams = { field: PlanField; label: Text; reason: PlanIssueReason };

type Ctx = z.core.$RefinementCtx;
const reject = (ctx: Ctx, field: PlanField, reason: PlanIssueReason, input: unknown): typeof z.NEVER => {
  const params: PlanIssueParams = { field, label: planFieldLabels[field], reason };
  ctx.addIssue({ code: 'custom', message: planIssueMessage(field, reason), input, params });
  return z.NEVER;
};

// a plain decimal: digits, one optional point; no exponent, no thousands separator, no unit
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * An amount: a JS number or a decimal string ('36118.58'), kept as a decimal string as written, so
 * that '63.50' keeps the precision it was stated to. Text that is not a plain decimal is rejected.
 */
const amount = (field: PlanField, opts: { signed?: boolean; max?: string } = {}) =>
  z
    .custom<string | number>()
    .transform((input, ctx): string => {
      if (input === undefined || input === null || input === '') return reject(ctx, field, 'required', input);
      let text: string;
      if (typeof input === 'number') {
        if (!Number.isFinite(input)) return reject(ctx, field, 'not-a-decimal', input);
        text = new Dec(input).toFixed();
      } else if (typeof input === 'string') {
        text = input.trim();
      } else {
        return reject(ctx, field, 'not-a-decimal', input);
      }
      if (!DECIMAL.test(text)) return reject(ctx, field, 'not-a-decimal', input);
      if (!opts.signed && new Dec(text).isNegative() && !new Dec(text).isZero()) {
        return reject(ctx, field, 'negative', input);
      }
      if (opts.max !== undefined && new Dec(text).gt(opts.max)) return reject(ctx, field, 'over-100', input);
      return text;
    })
    .meta({ field, label: planFieldLabels[field] });

/** A count or a year: a whole number ≥ 0 (a JS number; text is rejected). */
const whole = (field: PlanField) =>
  z
    .custom<number>()
    .transform((input, ctx): number => {
      if (input === undefined || input === null) return reject(ctx, field, 'required', input);
      if (typeof input !== 'number' || !Number.isFinite(input))
        return reject(ctx, field, 'not-a-number', input);
      if (!Number.isSafeInteger(input) || input < 0) return reject(ctx, field, 'not-a-whole-number', input);
      return input;
    })
    .meta({ field, label: planFieldLabels[field] });

const text = (field: PlanField) =>
  z
    .custom<string>()
    .transform((input, ctx): string => {
      if (input === undefined || input === null || input === '') return reject(ctx, field, 'required', input);
      if (typeof input !== 'string') return reject(ctx, field, 'not-text', input);
      return input.trim();
    })
    .meta({ field, label: planFieldLabels[field] });

// a group of fields; a missing group is reported once, with its name, not once per field
const group = <Shape extends z.ZodRawShape>(field: PlanField, shape: Shape) => {
  const inner = z.object(shape);
  return z
    .custom<z.input<typeof inner>>()
    .superRefine((input, ctx) => {
      if (input === undefined || input === null) reject(ctx, field, 'required', input);
      else if (typeof input !== 'object' || Array.isArray(input)) reject(ctx, field, 'not-an-object', input);
    })
    .pipe(inner)
    .meta({ field, label: planFieldLabels[field] });
};

/**
 * A county's 统筹整合使用财政涉农资金 plan after its mid-year adjustment (中期调整), in 万元: the
 * figures the plan checker reconciles. Amounts are numbers or decimal strings and come out as
 * decimal strings; counts are whole numbers. Every rejected field is reported with its dotted path
 * and its Chinese and English name (see `planFieldLabels`, `PlanIssueParams`).
 */
export const CountyPlan = z
  .object({
    county: text('county'),
    year: whole('year'),
    total: amount('total'),
    sources: group('sources', {
      central: amount('sources.central'),
      provincial: amount('sources.provincial'),
      city: amount('sources.city'),
      county: amount('sources.county'),
    }),
    linkage: group('linkage', {
      total: amount('linkage.total'),
      industry: amount('linkage.industry'),
      statedSharePercent: amount('linkage.statedSharePercent', { max: '100' }).optional(),
      lastYearSharePercent: amount('linkage.lastYearSharePercent', { max: '100' }).optional(),
    }),
    projects: group('projects', {
      start: whole('projects.start'),
      added: whole('projects.added'),
      removed: whole('projects.removed'),
      stated: whole('projects.stated'),
    }),
    funds: group('funds', {
      start: amount('funds.start'),
      added: amount('funds.added'),
      removed: amount('funds.removed'),
      // the content adjustment may go either way; 西乡's is +83.712
      contentAdjustment: amount('funds.contentAdjustment', { signed: true }),
      stated: amount('funds.stated'),
    }),
  })
  .superRefine((plan, ctx) => {
    // the part cannot exceed the whole: a share above 100% is a typing slip, not a plan to check
    const { total, industry } = plan.linkage ?? {};
    if (typeof total === 'string' && typeof industry === 'string' && new Dec(industry).gt(total)) {
      const params: PlanIssueParams = {
        field: 'linkage.industry',
        label: planFieldLabels['linkage.industry'],
        reason: 'exceeds-linkage-total',
      };
      ctx.addIssue({
        code: 'custom',
        message: planIssueMessage('linkage.industry', 'exceeds-linkage-total'),
        path: ['linkage', 'industry'],
        input: industry,
        params,
      });
    }
  });
/** A plan as parsed: amounts are decimal strings. */
export type CountyPlan = z.output<typeof CountyPlan>;
/** A plan as entered: amounts may be numbers or decimal strings. */
export type CountyPlanInput = z.input<typeof CountyPlan>;

/** Ids of the plan checks, in the order `checkPlan` returns them. */
export const PlanCheckId = z.enum([
  'sources-sum',
  'funds-final-equals-total',
  'projects-reconcile',
  'funds-reconcile',
  'industry-share-min',
  'industry-share-last-year',
  'industry-share-stated',
]);
export type PlanCheckId = z.infer<typeof PlanCheckId>;

/** One figure of a check's working, labelled. */
export const PlanValue = z.object({
  key: z.string(),
  label: Text,
  value: z.string(),
  unit: z.enum(['万元', '个', '%']),
});
export type PlanValue = z.infer<typeof PlanValue>;

/** The result of one plan check; a failed rule is a result, never an exception. */
export const PlanCheck = z.object({
  id: PlanCheckId,
  /** the section of the source the rule or the figures come from: '四', '三(三)', '一、四' */
  clause: z.string(),
  /** the document of that section */
  source: z.string(),
  /** the clause's Chinese text */
  quote: z.string(),
  label: Text,
  status: z.enum(['passed', 'failed', 'not-applicable']),
  /** null when not applicable */
  passed: z.boolean().nullable(),
  relation: z.enum(['=', '≥']),
  /** the computed side, as compared (rounded where `note` says so) */
  actual: z.string(),
  /** the stated figure or threshold; null when not applicable */
  expected: z.string().nullable(),
  unit: z.enum(['万元', '个', '%']),
  /** every figure used, exact, so a reader can redo the sum */
  values: z.array(PlanValue),
  note: Text.optional(),
});
export type PlanCheck = z.infer<typeof PlanCheck>;

/** An input issue in a form a screen can show next to the field. */
export const PlanIssue = z.object({
  /** dotted path: 'sources.central' */
  path: z.string(),
  label: Text.nullable(),
  reason: PlanIssueReason.nullable(),
  message: z.string(),
});
export type PlanIssue = z.infer<typeof PlanIssue>;

/** Where a plan states a group of figures: its section and the section's Chinese text. */
export const PlanCitation = z.object({ clause: z.string().min(1), quote: z.string().min(1) });
export type PlanCitation = z.infer<typeof PlanCitation>;

/** The plan document and where it states each group of figures the checker reconciles. */
export const PlanCitations = z.object({
  source: z.string().min(1),
  /** the plan total and its split by level */
  sources: PlanCitation,
  /** project counts at the start, added, removed, final */
  projects: PlanCitation,
  /** funds at the start, added, removed, content adjustment, final */
  funds: PlanCitation,
  /** linkage funds, the part for industry and the share as stated */
  share: PlanCitation,
});
export type PlanCitations = z.infer<typeof PlanCitations>;
