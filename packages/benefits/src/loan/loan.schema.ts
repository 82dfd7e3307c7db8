import { z } from 'zod';
import { Dec } from '../core/money.ts';
import { readDecimal } from '../schemas/fields.ts';
import { addMonthsIso } from './dates.ts';
import { isoDate } from './lpr.schema.ts';

/**
 * Loans as the calculator receives them (a form, a bank's file row) and the parameters of
 * 五(一)1 / 五(一)2 as the policy pack holds them. Every error names the field in Chinese and English
 * ("还款日期 repayment date: 早于放款日 before disbursement") and carries the field's path.
 */

// ── field helpers ────────────────────────────────────────────────────────────

/** Money in yuan with at most two decimals (fen), as a plain decimal string; numbers are accepted. */
export function money(label: string, { positive }: { positive: boolean }) {
  const message = `${label}: 应为金额（元，最多两位小数） expected an amount in yuan with at most two decimals`;
  return z.union([z.string(), z.number()], { error: message }).transform((v, ctx) => {
    // a comma only groups thousands: "1,5" is refused, never read as 15
    const r = readDecimal(v);
    const s = r.ok ? r.value : '';
    if (!/^\d+(\.\d{1,2})?$/.test(s)) {
      ctx.addIssue({
        code: 'custom',
        message:
          !r.ok && r.problem === 'bad-grouping'
            ? `${label}: 逗号只能用作千位分隔（如 1,500） a comma may only group thousands (1,500): "${String(v).slice(0, 40)}"`
            : message,
      });
      return z.NEVER;
    }
    if (positive && new Dec(s).lte(0)) {
      ctx.addIssue({ code: 'custom', message: `${label}: 应大于0 must be above 0` });
      return z.NEVER;
    }
    return new Dec(s).toFixed();
  });
}

function months(label: string) {
  return z
    .number({ error: `${label}: 应为整月数 expected a whole number of months` })
    .int(`${label}: 应为整月数 expected a whole number of months`)
    .min(1, `${label}: 至少1个月 at least 1 month`)
    .max(600, `${label}: 超过600个月 more than 600 months`);
}

// ── subjects ─────────────────────────────────────────────────────────────────

/**
 * Who borrows. Same values as the household categories of the screen: 脱贫户 member, 监测对象
 * member, 一般农户.
 */
export const BorrowerCategory = z.enum(['poverty-alleviated', 'monitored', 'ordinary'], {
  error:
    '借款人类别 borrower category: 应为 poverty-alleviated（脱贫户）/ monitored（监测对象）/ ordinary（一般农户）',
});
export type BorrowerCategory = z.infer<typeof BorrowerCategory>;

/** 监测对象 types: 脱贫不稳定户, 边缘易致贫户, 突发严重困难户. */
export const MonitoredType = z.enum(['unstable', 'marginal', 'sudden-hardship'], {
  error: '监测对象类型 monitored type: 应为 unstable / marginal / sudden-hardship',
});
export type MonitoredType = z.infer<typeof MonitoredType>;

export const LoanPurpose = z.enum(['production', 'other'], {
  error: '贷款用途 loan purpose: 应为 production（发展生产）/ other（其他）',
});
export type LoanPurpose = z.infer<typeof LoanPurpose>;

// ── loan events ──────────────────────────────────────────────────────────────

/** A repayment of principal on `date` (the repaid part stops accruing that day: 算头不算尾). */
export const RepaymentEvent = z.strictObject({
  type: z.literal('repayment'),
  date: isoDate('还款日期 repayment date'),
  amount: money('还款金额 repayment amount', { positive: true }),
});

/** Overdue from `from` (first day past due) until `to` (the day it was cured, not overdue itself). */
export const OverdueEvent = z.strictObject({
  type: z.literal('overdue'),
  from: isoDate('逾期开始日 overdue start'),
  to: isoDate('逾期结束日 overdue end').optional(),
});

/** An extension (展期) agreed on `date`: the contract term becomes `newTermMonths` from disbursement. */
export const ExtensionEvent = z.strictObject({
  type: z.literal('extension'),
  date: isoDate('展期日期 extension date'),
  newTermMonths: months('展期后期限 new term'),
});

export const LoanEvent = z.discriminatedUnion('type', [RepaymentEvent, OverdueEvent, ExtensionEvent], {
  error: '贷款事件类型 loan event type: 应为 repayment / overdue / extension',
});
export type LoanEvent = z.infer<typeof LoanEvent>;

// ── loan ─────────────────────────────────────────────────────────────────────

const LoanObject = z.strictObject({
  id: z.string().min(1, '贷款编号 loan id: 不能为空 required'),
  borrowerCategory: BorrowerCategory,
  monitoredType: MonitoredType.optional(),
  purpose: LoanPurpose,
  principal: money('贷款本金 principal', { positive: true }),
  disbursedOn: isoDate('放款日期 disbursement date'),
  termMonths: months('贷款期限 term'),
  events: z.array(LoanEvent).default([]),
});

/** The repayments in date order with their index in `events`. */
function repaymentsInOrder(events: readonly LoanEvent[]) {
  return events
    .map((e, index) => ({ e, index }))
    .filter(
      (x): x is { e: Extract<LoanEvent, { type: 'repayment' }>; index: number } => x.e.type === 'repayment',
    )
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.index - b.index));
}

/**
 * The day the loan is repaid in full, or null. Assumes a valid loan (repayments never exceed the
 * principal). This is a pure function.
 */
export function fullRepaymentDate(loan: Pick<Loan, 'principal' | 'events'>): string | null {
  let outstanding = new Dec(loan.principal);
  for (const { e } of repaymentsInOrder(loan.events)) {
    outstanding = outstanding.minus(e.amount);
    if (outstanding.lte(0)) return e.date;
  }
  return null;
}

/**
 * The cross-field checks of a loan (dates after disbursement, repayments within the outstanding
 * principal, …), shared by `Loan` and by the member loans of a household (`MemberLoan`).
 */
export function refineLoan(
  loan: Omit<z.infer<typeof LoanObject>, 'borrowerCategory'> & { borrowerCategory?: BorrowerCategory },
  ctx: z.core.$RefinementCtx,
): void {
  const { disbursedOn, events } = loan;
  if (
    loan.monitoredType !== undefined &&
    loan.borrowerCategory !== undefined &&
    loan.borrowerCategory !== 'monitored'
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['monitoredType'],
      message: '监测对象类型 monitored type: 仅适用于监测对象 only for a monitored borrower',
    });
  }

  // dates before disbursement
  events.forEach((e, i) => {
    const [field, label] =
      e.type === 'repayment'
        ? (['date', '还款日期 repayment date'] as const)
        : e.type === 'overdue'
          ? (['from', '逾期开始日 overdue start'] as const)
          : (['date', '展期日期 extension date'] as const);
    const date = e.type === 'overdue' ? e.from : e.date;
    if (date < disbursedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['events', i, field],
        message: `${label}: 早于放款日 before disbursement (${disbursedOn})`,
      });
    }
    if (e.type === 'overdue' && e.to !== undefined && e.to <= e.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['events', i, 'to'],
        message: `逾期结束日 overdue end: 不晚于逾期开始日 not after the overdue start (${e.from})`,
      });
    }
  });

  // repaying more than outstanding
  let outstanding = new Dec(loan.principal);
  let repaidOn: string | null = null;
  for (const { e, index } of repaymentsInOrder(events)) {
    if (new Dec(e.amount).gt(outstanding)) {
      ctx.addIssue({
        code: 'custom',
        path: ['events', index, 'amount'],
        message: `还款金额 repayment amount: 超过未还本金 more than the outstanding principal (${outstanding.toFixed(2)})`,
      });
      break;
    }
    outstanding = outstanding.minus(e.amount);
    if (outstanding.isZero() && repaidOn === null) repaidOn = e.date;
  }

  // nothing can go overdue or be extended once the loan is repaid in full
  if (repaidOn !== null) {
    const end = repaidOn;
    events.forEach((e, i) => {
      if (e.type === 'overdue' && e.from >= end) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'from'],
          message: `逾期开始日 overdue start: 不早于全部还清日 on or after the loan was repaid in full (${end})`,
        });
      }
      if (e.type === 'extension' && e.date >= end) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'date'],
          message: `展期日期 extension date: 不早于全部还清日 on or after the loan was repaid in full (${end})`,
        });
      }
    });
  }

  // overdue stretches may not overlap
  const overdue = events
    .map((e, index) => ({ e, index }))
    .filter((x): x is { e: Extract<LoanEvent, { type: 'overdue' }>; index: number } => x.e.type === 'overdue')
    .sort((a, b) => (a.e.from < b.e.from ? -1 : a.e.from > b.e.from ? 1 : a.index - b.index));
  for (let k = 1; k < overdue.length; k++) {
    const prev = overdue[k - 1];
    const cur = overdue[k];
    if (prev && cur && (prev.e.to === undefined || cur.e.from < prev.e.to)) {
      ctx.addIssue({
        code: 'custom',
        path: ['events', cur.index, 'from'],
        message: `逾期开始日 overdue start: 与前一逾期区间重叠 overlaps the previous overdue period (from ${prev.e.from})`,
      });
    }
  }

  // extensions: agreed before the current maturity, outside an overdue stretch, longer each time
  let term = loan.termMonths;
  const extensions = events
    .map((e, index) => ({ e, index }))
    .filter(
      (x): x is { e: Extract<LoanEvent, { type: 'extension' }>; index: number } => x.e.type === 'extension',
    )
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.index - b.index));
  for (const { e, index } of extensions) {
    const maturity = addMonthsIso(disbursedOn, term);
    if (e.date >= maturity) {
      ctx.addIssue({
        code: 'custom',
        path: ['events', index, 'date'],
        message: `展期日期 extension date: 不早于到期日 on or after the maturity (${maturity}); 展期须在到期前办理 an extension is agreed before maturity`,
      });
    }
    if (e.newTermMonths <= term) {
      ctx.addIssue({
        code: 'custom',
        path: ['events', index, 'newTermMonths'],
        message: `展期后期限 new term: 应长于现期限 must be longer than the current term (${term} 个月 months)`,
      });
    }
    const during = overdue.find((o) => o.e.from <= e.date && (o.e.to === undefined || e.date < o.e.to));
    if (during) {
      ctx.addIssue({
        code: 'custom',
        path: ['events', index, 'date'],
        message: `展期日期 extension date: 处于逾期期间 during an overdue period (from ${during.e.from})`,
      });
    }
    term = Math.max(term, e.newTermMonths);
  }
}

/**
 * A microcredit loan: who borrowed, for what, how much, when, for how long, and what happened since
 * (repayments, overdue stretches, extensions). Cross-field errors carry the path of the field.
 */
export const Loan = LoanObject.superRefine(refineLoan);

/** A loan as a household member's (the borrower's category comes from the household). */
export const MemberLoan = LoanObject.omit({ borrowerCategory: true, monitoredType: true }).superRefine(
  refineLoan,
);
export type MemberLoan = z.infer<typeof MemberLoan>;
export type Loan = z.infer<typeof Loan>;
export type LoanInput = z.input<typeof Loan>;

// ── parameters (they live in the policy pack) ────────────────────────────────

/** A dated value (openfisca style): in force from `from` until the next one. */
export const DatedValue = z.object({
  from: isoDate('起始日期 in force from'),
  value: z.string().regex(/^\d+(\.\d+)?$/, '参数值 value: 应为小数字符串 expected a decimal string'),
  source: z.string().optional(),
});
export type DatedValue = z.infer<typeof DatedValue>;

function datedValues(label: string) {
  return z
    .array(DatedValue)
    .min(1, `${label}: 至少一个取值 at least one dated value`)
    .superRefine((values, ctx) => {
      for (let i = 1; i < values.length; i++) {
        const prev = values[i - 1];
        const cur = values[i];
        if (prev && cur && cur.from <= prev.from) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'from'],
            message: `${label}: 起始日期应严格递增 dates must be strictly increasing`,
          });
        }
      }
    });
}

/**
 * 五(一)1 parameters: the amounts, terms and conventions of the microcredit interest subsidy. The
 * policy pack embeds this schema; `clauseText` is the clause quoted from the seed.
 */
export const MicrocreditParams = z
  .object({
    /** 5万元（含）以下 … 超出5万元部分不享受贴息 */
    subsidisedPrincipalCap: money('贴息本金上限 subsidised principal cap', { positive: true }),
    /** 对确有能力、有需求的可追加至10万元 */
    maxLoanAmount: money('贷款金额上限 loan amount limit', { positive: true }),
    /** 3年内 */
    maxTermMonths: months('贷款期限上限 term limit'),
    /** subsidised days stop 3 years after disbursement at the latest */
    subsidyYears: z.number().int().min(1),
    /** daily rate = annual rate ÷ 360 (Chinese bank convention), actual days */
    dayCountBasis: z.union([z.literal(360), z.literal(365)]),
    /** share of the interest the budget pays (财政贴息 = 1), dated */
    share: datedValues('贴息比例 share').refine(
      (values) => values.every((v) => Number(v.value) <= 1),
      '贴息比例 share: 不超过1 at most 1',
    ),
    /** 结息日: the 20th of the last month of each quarter */
    settlement: z.object({
      day: z.number().int().min(1).max(28),
      months: z.array(z.number().int().min(1).max(12)).min(1),
    }),
    /** term ≤ this → one-year LPR; longer → five-year-and-above LPR (银保监发〔2021〕6号) */
    oneYearRateMaxTermMonths: months('1年期LPR适用期限 one-year LPR term limit'),
    clause: z.string().min(1),
    clauseText: z.string().min(1),
  })
  .superRefine((p, ctx) => {
    if (new Dec(p.subsidisedPrincipalCap).gt(p.maxLoanAmount)) {
      ctx.addIssue({
        code: 'custom',
        path: ['subsidisedPrincipalCap'],
        message: '贴息本金上限 subsidised principal cap: 超过贷款金额上限 above the loan amount limit',
      });
    }
    if (p.oneYearRateMaxTermMonths > p.maxTermMonths) {
      ctx.addIssue({
        code: 'custom',
        path: ['oneYearRateMaxTermMonths'],
        message: '1年期LPR适用期限 one-year LPR term limit: 超过贷款期限上限 above the term limit',
      });
    }
  });
export type MicrocreditParams = z.infer<typeof MicrocreditParams>;
export type MicrocreditParamsInput = z.input<typeof MicrocreditParams>;
