import { z } from 'zod';
import { MemberLoan } from '../loan/loan.schema.ts';
import { attestation, count, isoDate, quantity } from './fields.ts';

// ---------------------------------------------------------------------------------------------
// Households (脱贫户 / 监测对象 / 一般农户), their members and their production activities
// ---------------------------------------------------------------------------------------------

/** 脱贫户 (建档立卡脱贫户), 监测对象 (防返贫监测对象), 一般农户. */
export const HouseholdCategory = z.enum(['poverty-alleviated', 'monitored', 'ordinary']);
export type HouseholdCategory = z.infer<typeof HouseholdCategory>;

/** 脱贫不稳定户, 边缘易致贫户, 突发严重困难户. */
export const MonitoredType = z.enum(['unstable', 'marginal', 'sudden-hardship']);
export type MonitoredType = z.infer<typeof MonitoredType>;

// Every object of a subject is strict: a misspelt key ("are" for "area", "workTrip" for
// "workTrips") is an error naming the nearest known field, never a value silently lost.

/** A place of work: province, city and county names (normalised against the division dataset). */
export const Place = z.strictObject({
  province: z.string().min(1),
  city: z.string().optional(),
  county: z.string().optional(),
  /** GB/T 2260 six-digit code, when known; it decides the tier before the names do */
  code: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
export type Place = z.infer<typeof Place>;

/** A stretch of work away from home (跨县务工). */
export const WorkTrip = z
  .strictObject({
    id: z.string().min(1).optional(),
    from: isoDate(),
    to: isoDate().optional(),
    place: Place,
  })
  .superRefine((trip, ctx) => {
    // a trip that ends before it starts is a slip, never a trip of 0 months
    if (trip.to !== undefined && trip.to < trip.from)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'ends-before-start',
        params: { value: trip.to },
      });
  });
export type WorkTrip = z.infer<typeof WorkTrip>;

/** 技工类院校 / 中职 / 高职 are vocational; 普通高中 and 本科 are not. */
export const SchoolType = z.enum([
  'technical',
  'secondary-vocational',
  'higher-vocational',
  'general',
  'university',
  'other',
]);
export type SchoolType = z.infer<typeof SchoolType>;

export const Student = z.strictObject({
  schoolType: SchoolType,
  school: z.string().optional(),
  enrolled: attestation(),
});
export type Student = z.infer<typeof Student>;

export const PublicPost = z.strictObject({
  post: z.string().optional(),
  /** months held in the plan year, 0–12 */
  months: count().refine((s) => Number(s) <= 12, { message: 'months-above-twelve' }),
});
export type PublicPost = z.infer<typeof PublicPost>;

/** A loan from a 互助资金协会 and the occupancy fee (占用费) paid on it. */
export const MutualFundBorrowing = z.strictObject({
  id: z.string().min(1),
  /** 互助资金协会会员 */
  isMember: attestation().optional(),
  purpose: z.enum(['production', 'other']).optional(),
  /** 占用费 actually paid */
  feePaid: quantity().optional(),
  paidOn: isoDate().optional(),
});
export type MutualFundBorrowing = z.infer<typeof MutualFundBorrowing>;

export const Member = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  idNumber: z.string().optional(),
  /** 劳动力: able to work */
  laborer: z.boolean().optional(),
  student: Student.optional(),
  workTrips: z.array(WorkTrip).optional(),
  /** 交通补助 already received this year (每人每年只能享受一次) */
  travelGrantsReceived: count().optional(),
  publicPost: PublicPost.optional(),
  /** 五(一)1 小额信贷: the member's loans (the borrower's category is the household's) */
  loans: z.array(MemberLoan).optional(),
  /** 五(一)2 互助资金协会借款 */
  mutualFundLoans: z.array(MutualFundBorrowing).optional(),
});
export type Member = z.infer<typeof Member>;

/**
 * What a subject grows, raises, builds or runs: the activity types and their fields are the
 * pack's (`inputs.activities`, see pack-subject.ts); this generic shape is what the engine reads.
 * `other` is an activity no standard of the pack covers, named by the applicant.
 */
export const Activity = z.looseObject({
  type: z.string().min(1),
  id: z.string().min(1).optional(),
  name: z.string().optional(),
});
export type Activity = z.infer<typeof Activity>;

/** Facts of the subject that a pack declares (`inputs.facts`): 风险已消除, 示范村, 稳定脱贫户… */
export const Facts = z.record(z.string(), z.union([z.string(), z.boolean()]));
export type Facts = z.infer<typeof Facts>;

/** The household's fields, before the checks across them (see `householdChecks`). */
export const HouseholdObject = z.strictObject({
  kind: z.literal('household'),
  id: z.string().min(1),
  name: z.string().optional(),
  township: z.string().optional(),
  village: z.string().optional(),
  category: HouseholdCategory,
  monitoredType: MonitoredType.optional(),
  /** "零就业" household: no member in work (priority for 公益性岗位) */
  zeroEmployment: z.boolean().optional(),
  /** the account awards are paid to: shown (masked, or not at all) on the 公示名单, never read by a standard */
  bankAccount: z.string().optional(),
  members: z.array(Member).default([]),
  activities: z.array(Activity).default([]),
  facts: Facts.optional(),
});

/** Checks across a household's fields: a monitored type only for 监测对象; member ids unique. */
export function householdChecks(h: z.infer<typeof HouseholdObject>, ctx: z.RefinementCtx): void {
  if (h.category !== 'monitored' && h.monitoredType !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['monitoredType'], message: 'monitored-type-without-monitored' });
  }
  const ids = new Set<string>();
  // a loan or a mutual-fund borrowing listed twice would be paid twice: ids are unique in the household
  const loans = new Set<string>();
  const funds = new Set<string>();
  h.members.forEach((m, i) => {
    if (ids.has(m.id)) ctx.addIssue({ code: 'custom', path: ['members', i, 'id'], message: 'duplicate-id' });
    ids.add(m.id);
    m.loans?.forEach((l, j) => {
      if (loans.has(l.id))
        ctx.addIssue({ code: 'custom', path: ['members', i, 'loans', j, 'id'], message: 'duplicate-id' });
      loans.add(l.id);
    });
    m.mutualFundLoans?.forEach((f, j) => {
      if (funds.has(f.id))
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'mutualFundLoans', j, 'id'],
          message: 'duplicate-id',
        });
      funds.add(f.id);
    });
  });
}

export const Household = HouseholdObject.superRefine(householdChecks);
export type Household = z.infer<typeof Household>;

// ---------------------------------------------------------------------------------------------
// Projects of village collectives and new-type operators: 五(一)4(1) and 五(一)4(2)
// ---------------------------------------------------------------------------------------------

/** 村集体经济组织 / 村集体经济合作社. */
export const Collective = z.strictObject({
  kind: z.literal('collective'),
  id: z.string().min(1),
  name: z.string().optional(),
  township: z.string().optional(),
  village: z.string().optional(),
  activities: z.array(Activity).default([]),
  facts: Facts.optional(),
  /** the account awards are paid to: shown (masked, or not at all) on the 公示名单, never read by a standard */
  bankAccount: z.string().optional(),
  /** 五(一)3: the amount decided by the county's review, when it has been decided */
  reviewedSupport: z.strictObject({ amount: quantity(), reference: z.string().optional() }).optional(),
});
export type Collective = z.infer<typeof Collective>;

/** 新型经营主体: 合作社, 家庭农场, 农业企业. */
export const OperatorType = z.enum(['cooperative', 'family-farm', 'enterprise']);
export type OperatorType = z.infer<typeof OperatorType>;

export const Operator = z.strictObject({
  kind: z.literal('operator'),
  id: z.string().min(1),
  name: z.string().optional(),
  township: z.string().optional(),
  village: z.string().optional(),
  operatorType: OperatorType.optional(),
  activities: z.array(Activity).default([]),
  facts: Facts.optional(),
  /** the account awards are paid to: shown (masked, or not at all) on the 公示名单, never read by a standard */
  bankAccount: z.string().optional(),
  /** 五(一)4(5)1 劳务用工 */
  labor: z
    .strictObject({
      /** 当年吸纳脱贫人口 入园务工 人数 */
      poorWorkers: count().optional(),
      /** 年度支付脱贫户、监测对象工资总额 */
      wages: quantity().optional(),
    })
    .optional(),
  /** 五(一)4(5)2 订单收购 */
  orders: z
    .strictObject({
      /** 带动脱贫户、监测对象 户数 */
      households: count().optional(),
      /** 年收购脱贫户、监测对象农副产品总额 */
      purchases: quantity().optional(),
      /** 采取订单协议, 高于市场价收购 */
      contractAboveMarket: attestation().optional(),
    })
    .optional(),
  /** 五(一)4(5)3 土地流转 */
  land: z
    .strictObject({
      /** 流转脱贫户、监测对象土地 户数 */
      households: count().optional(),
      /** 当年流转脱贫户、监测对象土地费用 */
      leaseFees: quantity().optional(),
      /** 建立健全土地流转台账和协议 */
      ledgerAndContracts: attestation().optional(),
    })
    .optional(),
});
export type Operator = z.infer<typeof Operator>;

/** Anything that can be screened. */
export const Subject = z.discriminatedUnion('kind', [Household, Collective, Operator]);
export type Subject = z.infer<typeof Subject>;
export type SubjectInput = z.input<typeof Subject>;
