import { type ScreenResult, Subject, sumMoney, Text } from '@huinong/benefits';
import { z } from 'zod';
import { STATE_LABELS } from './labels.ts';
import { Lifecycle, type LifecycleState } from './lifecycle.schema.ts';

/**
 * A case of the register (台账): one subject screened against one pack, its award frozen as it
 * was screened, and its path from 申请 to 发放. Schema first: a stored or imported register is
 * parsed with `RegisterCase` at the edge and trusted inside.
 */

/**
 * The version of the engine (`@huinong/benefits`) the cases are screened with, written on every
 * case and frozen list; kept equal to that package's version (a test checks it).
 */
export const ENGINE_VERSION = '0.1.0';

const isoDate = z.iso.date({ error: '日期 date: 不是有效日期 not a real date (YYYY-MM-DD)' });
/** a timestamp the caller gives ("2025-10-01T08:30:00.000Z") */
const timestamp = z.iso.datetime({ offset: true, error: '时间 timestamp: 不是ISO时间 not an ISO timestamp' });
/** a rounded amount of yuan, "1234.50" or "-2000.00" */
const money = z
  .string()
  .regex(/^-?\d+\.\d{2}$/, { error: '金额 amount: 应为两位小数 not a two-decimal amount' });

/** A line of the screen as frozen on the case: what lists and tables print. */
export const FrozenLine = z.object({
  key: z.string().min(1),
  standardId: z.string().min(1),
  clause: z.string(),
  title: Text,
  status: z.enum(['eligible', 'ineligible', 'needs-information']),
  amount: money,
  ref: z
    .object({
      kind: z.enum(['activity', 'member', 'loan', 'subject']),
      id: z.string(),
      member: z.string().optional(),
    })
    .nullable(),
  basis: z.object({
    quantity: z.string().nullable(),
    unit: z.string().nullable(),
    unitAmount: z.string().nullable(),
    rate: z.string().nullable(),
    source: z.enum(['computed', 'review']),
  }),
});
export type FrozenLine = z.infer<typeof FrozenLine>;

/** A household-stage adjustment (a negative amount) as frozen on the case. */
export const FrozenAdjustment = z.object({
  key: z.string().min(1),
  limitId: z.string().min(1),
  kind: z.enum(['exclusion', 'quantity-cap', 'money-cap']),
  clause: z.string(),
  label: Text,
  amount: money,
  lines: z.array(z.string()),
});
export type FrozenAdjustment = z.infer<typeof FrozenAdjustment>;

/** The screen result's award, frozen at screening. */
export const Screening = z
  .object({
    lines: z.array(FrozenLine),
    adjustments: z.array(FrozenAdjustment),
    total: money,
  })
  .superRefine((s, ctx) => {
    // the total is the sum of the eligible lines and the adjustments, as the engine makes it
    const sum = sumMoney([
      ...s.lines.filter((l) => l.status === 'eligible').map((l) => l.amount),
      ...s.adjustments.map((a) => a.amount),
    ]);
    if (sum !== s.total)
      ctx.addIssue({
        code: 'custom',
        path: ['total'],
        message: `合计${s.total}不等于各项之和${sum} the total is not the sum of the lines (${sum})`,
      });
  });
export type Screening = z.infer<typeof Screening>;

/** The pack a case was screened with. */
export const PackRef = z.object({ id: z.string().min(1), version: z.string().min(1) });
export type PackRef = z.infer<typeof PackRef>;

/** The person who applies and is paid: the 户主, or the collective's or operator's representative. */
export const Applicant = z.object({
  name: z.string(),
  /** 身份证号: the same person across villages' registers */
  idNumber: z.string().optional(),
});
export type Applicant = z.infer<typeof Applicant>;

export const RegisterCase = z.object({
  id: z.string().min(1),
  subject: Subject,
  applicant: Applicant,
  township: z.string(),
  village: z.string(),
  /** the "一卡通" (惠民惠农财政补贴资金"一卡通") account the award is paid into */
  account: z.string().optional(),
  pack: PackRef,
  engineVersion: z.string().min(1),
  asOf: isoDate,
  screening: Screening,
  lifecycle: Lifecycle,
  createdAt: timestamp,
  updatedAt: timestamp,
  screenedAt: timestamp,
});
export type RegisterCase = z.infer<typeof RegisterCase>;
export type RegisterCaseInput = z.input<typeof RegisterCase>;

/** The award of a screen result, frozen: lines without their trace, adjustments, total. */
export function freezeScreening(result: ScreenResult): Screening {
  return {
    lines: result.lines.map((l) => ({
      key: l.key,
      standardId: l.standardId,
      clause: l.clause,
      title: { zh: l.title.zh, en: l.title.en },
      status: l.status,
      amount: l.amount,
      ref: l.ref
        ? { kind: l.ref.kind, id: l.ref.id, ...(l.ref.member !== undefined ? { member: l.ref.member } : {}) }
        : null,
      basis: {
        quantity: l.basis.quantity,
        unit: l.basis.unit,
        unitAmount: l.basis.unitAmount,
        rate: l.basis.rate,
        source: l.basis.source,
      },
    })),
    adjustments: result.adjustments.map((a) => ({
      key: a.key,
      limitId: a.limitId,
      kind: a.kind,
      clause: a.clause,
      label: { zh: a.label.zh, en: a.label.en },
      amount: a.amount,
      lines: [...a.lines],
    })),
    total: result.total,
  };
}

/** The 户主 of a household: the member named as the household, else its first member. */
function defaultApplicant(subject: Subject): Applicant {
  const name = subject.name ?? '';
  if (subject.kind !== 'household') return { name };
  const head = subject.members.find((m) => m.name !== undefined && m.name === name) ?? subject.members[0];
  const idNumber = head?.idNumber;
  return { name: name || (head?.name ?? ''), ...(idNumber ? { idNumber } : {}) };
}

export interface NewCaseInput {
  readonly id: string;
  readonly subject: Subject;
  readonly result: ScreenResult;
  /** the pack screened with: a `PolicyPack` will do */
  readonly pack: PackRef;
  /** when the case is saved (an ISO timestamp from the caller's clock) */
  readonly at: string;
  /** the application date; the screen's as-of date by default */
  readonly appliedOn?: string;
  /** the 户主 / representative; by default the household's member named as the household */
  readonly applicant?: Applicant;
  readonly account?: string;
  /** the subject's own by default */
  readonly village?: string;
  readonly township?: string;
}

/**
 * A new case at 申请, with the screen result frozen. Throws a RangeError when the result is not
 * the subject's or not the pack's, and a ZodError when a field is invalid. This is a pure function.
 */
export function newCase(input: NewCaseInput): RegisterCase {
  if (input.result.subjectId !== input.subject.id)
    throw new RangeError(`the result is for subject ${input.result.subjectId}, not ${input.subject.id}`);
  if (input.result.packId !== input.pack.id)
    throw new RangeError(`the result is for pack ${input.result.packId}, not ${input.pack.id}`);
  const account = input.account?.replace(/\s+/g, '');
  return RegisterCase.parse({
    id: input.id,
    subject: input.subject,
    applicant: input.applicant ?? defaultApplicant(input.subject),
    township: input.township ?? input.subject.township ?? '',
    village: input.village ?? input.subject.village ?? '',
    ...(account ? { account } : {}),
    pack: { id: input.pack.id, version: input.pack.version },
    engineVersion: ENGINE_VERSION,
    asOf: input.result.asOf,
    screening: freezeScreening(input.result),
    lifecycle: {
      state: 'applied',
      appliedOn: input.appliedOn ?? input.result.asOf,
      openedOn: null,
      log: [],
    },
    createdAt: input.at,
    updatedAt: input.at,
    screenedAt: input.at,
  } satisfies RegisterCaseInput);
}

/** The states in which a case may still be re-screened: before anything is posted. */
export const RESCREEN_STATES: readonly LifecycleState[] = ['applied', 'village-review'];

export interface RescreenOptions {
  /** when (an ISO timestamp from the caller's clock) */
  readonly at: string;
  /** the subject as edited, when it changed */
  readonly subject?: Subject;
  /** the pack, when a new version was screened with */
  readonly pack?: PackRef;
}

export type RescreenResult =
  | { readonly ok: true; readonly case: RegisterCase }
  | { readonly ok: false; readonly reason: Text };

/**
 * The case with a new screen result frozen — only before 村级公示: once a list is posted, the
 * amount on it is what the public saw, and changing it needs a 退回 first. Refused, the case is
 * unchanged and the reason is given in Chinese and English. This is a pure function.
 */
export function rescreen(c: RegisterCase, result: ScreenResult, options: RescreenOptions): RescreenResult {
  const state = c.lifecycle.state;
  if (!RESCREEN_STATES.includes(state)) {
    const at = STATE_LABELS[state];
    return {
      ok: false,
      reason: {
        zh: `案件已进入“${at.zh}”，公示后不能重新筛查；如需更正，请先退回`,
        en: `the case is at "${at.en}": it cannot be re-screened after publicity; return it first to correct it`,
      },
    };
  }
  const subject = options.subject ?? c.subject;
  const pack = options.pack ?? c.pack;
  if (result.subjectId !== subject.id || result.packId !== pack.id)
    return {
      ok: false,
      reason: {
        zh: '筛查结果与本案件的对象或政策包不符',
        en: "the screen result is not for this case's subject or pack",
      },
    };
  return {
    ok: true,
    case: RegisterCase.parse({
      ...c,
      subject,
      pack: { id: pack.id, version: pack.version },
      engineVersion: ENGINE_VERSION,
      asOf: result.asOf,
      screening: freezeScreening(result),
      updatedAt: options.at,
      screenedAt: options.at,
    }),
  };
}
