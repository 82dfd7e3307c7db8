import { z } from 'zod';

/**
 * The award's path as the county's procedure sets it (standards.md, "Process and publicity"):
 * 农户申请 → 村级评议并公示 → 镇(街道)审核验收并公示 → 县级审批并公示 → 资金通过"一卡通"发放.
 * Schema first: the states, roles, events and log entries a stored case carries.
 */

const isoDate = z.iso.date({ error: '日期 date: 不是有效日期 not a real date (YYYY-MM-DD)' });

/**
 * Who makes a step: the applicant (农户, or a cadre entering the application for them), the
 * village cadre (村干部), the township staff (镇(街道)工作人员), the county staff (县级工作人员).
 */
export const Role = z.enum(['applicant', 'village', 'township', 'county']);
export type Role = z.infer<typeof Role>;

/** The three levels that review and publish: each owns its review and its 公示. */
export const Level = z.enum(['village', 'township', 'county']);
export type Level = z.infer<typeof Level>;

/** The eight stages of the procedure. */
export const Stage = z.enum([
  'applied',
  'village-review',
  'village-publicity',
  'township-review',
  'township-publicity',
  'county-approval',
  'county-publicity',
  'paid',
]);
export type Stage = z.infer<typeof Stage>;

/**
 * Where a case is, as one string: a stage, or a 公示 stage and its phase — `pending` (passed the
 * review, list not yet posted), `open` (posted), `recheck` (an objection under 复核), and for the
 * county `closed` (公示期满, awaiting 发放).
 */
export const LifecycleState = z.enum([
  'applied',
  'village-review',
  'village-publicity.pending',
  'village-publicity.open',
  'village-publicity.recheck',
  'township-review',
  'township-publicity.pending',
  'township-publicity.open',
  'township-publicity.recheck',
  'county-approval',
  'county-publicity.pending',
  'county-publicity.open',
  'county-publicity.recheck',
  'county-publicity.closed',
  'paid',
]);
export type LifecycleState = z.infer<typeof LifecycleState>;

export const EventType = z.enum([
  'application.submitted',
  'review.passed',
  'review.returned',
  'publicity.opened',
  'publicity.closed',
  'objection.raised',
  'recheck.upheld',
  'recheck.returned',
  'payment.made',
]);
export type EventType = z.infer<typeof EventType>;

/** A step someone takes on a case: dated, with the role and name of who made it, and a note. */
export const LifecycleEvent = z.object({
  type: EventType,
  date: isoDate,
  role: Role,
  /** the person who made the step (经办人); a step without a name is refused */
  name: z.string(),
  note: z.string().optional(),
});
export type LifecycleEvent = z.infer<typeof LifecycleEvent>;

/** One transition of the log: every accepted event appends exactly one. */
export const LogEntry = z.object({
  from: LifecycleState,
  to: LifecycleState,
  event: EventType,
  date: isoDate,
  role: Role,
  name: z.string().min(1),
  note: z.string().optional(),
});
export type LogEntry = z.infer<typeof LogEntry>;

/** The lifecycle as a case stores it. */
export const Lifecycle = z.object({
  state: LifecycleState,
  /** the day the application was made; no step can be dated before it */
  appliedOn: isoDate,
  /** the day the current 公示 was posted (or restarted after 复核); null outside an open 公示 */
  openedOn: isoDate.nullable(),
  log: z.array(LogEntry),
});
export type Lifecycle = z.infer<typeof Lifecycle>;

/** 国开办发〔2017〕50号: county-level 公告公示 not less than 10 days. */
export const COUNTY_PUBLICITY_MIN_DAYS = 10;

/**
 * Publicity periods in days. The county's is at least 10 (国开办发〔2017〕50号); the village's
 * and township's are the plan's setting (commonly 5–7 days), so they have no default here.
 */
export const PublicitySettings = z.object({
  villageDays: z.number().int().min(1).max(90),
  townshipDays: z.number().int().min(1).max(90),
  countyDays: z
    .number()
    .int()
    .min(COUNTY_PUBLICITY_MIN_DAYS, {
      error: `县级公示不少于${COUNTY_PUBLICITY_MIN_DAYS}天（国开办发〔2017〕50号） county publicity is at least ${COUNTY_PUBLICITY_MIN_DAYS} days`,
    })
    .max(90)
    .default(COUNTY_PUBLICITY_MIN_DAYS),
});
export type PublicitySettings = z.infer<typeof PublicitySettings>;
export type PublicitySettingsInput = z.input<typeof PublicitySettings>;
