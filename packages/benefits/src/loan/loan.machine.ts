import { assign, setup } from 'xstate';
import { Dec } from '../core/money.ts';
import {
  accrueDays,
  closeLine,
  EMPTY_PENDING,
  type LineTerms,
  type PendingQuarter,
  type QuarterLine,
} from './accrual.ts';
import { addDaysIso, addMonthsIso, addYearsIso, maxIso, type SettlementCalendar } from './dates.ts';
import type { DatedValue } from './loan.schema.ts';

/**
 * The life of one microcredit loan as a state machine, accruing the 五(一)1 interest subsidy:
 *
 *   applied → disbursed → accruing ⇄ overdue → repaid | matured
 *                            ↘ extended ↗ (back to accruing with a new maturity)
 *
 * Every event is dated and must be sent in date order; on one day, loan events come before
 * `quarter.settled`. Each event first accrues the days since the previous one — as subsidised days
 * in `accruing`, as overdue days in `overdue` — and then takes effect, so a repayment on day D
 * stops the repaid principal accruing on D (算头不算尾) and the 结息日 itself belongs to the
 * quarter it settles. The arithmetic lives in `accrual.ts`; the machine only sequences it.
 */

export type LoanMachineEvent =
  | { readonly type: 'loan.disbursed'; readonly date: string }
  | { readonly type: 'loan.repaid'; readonly date: string; readonly amount: string }
  | { readonly type: 'loan.overdue.started'; readonly date: string }
  | { readonly type: 'loan.overdue.ended'; readonly date: string }
  | { readonly type: 'loan.extended'; readonly date: string; readonly newTermMonths: number }
  | { readonly type: 'quarter.settled'; readonly date: string };

export interface LoanMachineInput {
  readonly loanId: string;
  readonly principal: string;
  readonly termMonths: number;
  /** annual rate in percent, the LPR in force at disbursement, fixed for the contract */
  readonly rate: string;
  /** subsidised principal cap (50,000) */
  readonly cap: string;
  /** subsidised days stop this many years after disbursement at the latest */
  readonly subsidyYears: number;
  readonly dayCountBasis: 360 | 365;
  readonly share: readonly DatedValue[];
  readonly settlement: SettlementCalendar;
  readonly clause: string;
}

/** Why the subsidy window closes where it does. */
export type WindowEnd = 'maturity' | 'years';

export interface Extension {
  readonly date: string;
  readonly newTermMonths: number;
  /** the contract's new maturity; the subsidy window does not move with it */
  readonly maturity: string;
}

export interface LoanContext {
  readonly terms: LoanMachineInput;
  readonly disbursedOn: string | null;
  /** the contract's maturity, moved by extensions */
  readonly maturity: string | null;
  /** the maturity of the original contract */
  readonly originalMaturity: string | null;
  /** first day without subsidy: min(original maturity, disbursement + subsidyYears) */
  readonly subsidyEnd: string | null;
  readonly subsidyEndBy: WindowEnd | null;
  readonly outstanding: string;
  /** the first day not yet accrued */
  readonly cursor: string | null;
  readonly pending: PendingQuarter;
  readonly lines: readonly QuarterLine[];
  readonly extensions: readonly Extension[];
  readonly repaidOn: string | null;
  /** overdue days inside the subsidy window, settled so far */
  readonly overdueDays: number;
  /** days outstanding after the subsidy window, settled so far */
  readonly afterEndDays: number;
}

// ── plain functions the guards and actions call ─────────────────────────────

/** True when `amount` clears what is outstanding. This is a pure function. */
export function repaysInFull(outstanding: string, amount: string): boolean {
  return new Dec(amount).gte(outstanding);
}

/** True once the accrual has reached the contract's maturity. This is a pure function. */
export function maturityReached(context: LoanContext): boolean {
  return context.maturity !== null && context.cursor !== null && context.cursor >= context.maturity;
}

/** The subsidy window of a loan disbursed on `date`. This is a pure function. */
export function subsidyWindow(
  date: string,
  termMonths: number,
  subsidyYears: number,
): { maturity: string; end: string; by: WindowEnd } {
  const maturity = addMonthsIso(date, termMonths);
  const years = addYearsIso(date, subsidyYears);
  return maturity <= years
    ? { maturity, end: maturity, by: 'maturity' }
    : { maturity, end: years, by: 'years' };
}

/** Accrues from the cursor up to (not including) `until`. This is a pure function. */
export function accrueTo(context: LoanContext, until: string, overdue: boolean): Partial<LoanContext> {
  if (context.cursor === null || context.subsidyEnd === null) return {};
  const pending = accrueDays(
    {
      outstanding: context.outstanding,
      cap: context.terms.cap,
      subsidyEnd: context.subsidyEnd,
      share: context.terms.share,
      pending: context.pending,
    },
    context.cursor,
    until,
    overdue,
  );
  return { pending, cursor: maxIso(context.cursor, until) };
}

function lineTerms(t: LoanMachineInput): LineTerms {
  return {
    rate: t.rate,
    cap: t.cap,
    dayCountBasis: t.dayCountBasis,
    settlement: t.settlement,
    clause: t.clause,
  };
}

/** Closes the pending days into the line settled on `date`. This is a pure function. */
export function settle(context: LoanContext, date: string): Partial<LoanContext> {
  const line = closeLine(context.pending, date, lineTerms(context.terms));
  return {
    lines: line ? [...context.lines, line] : context.lines,
    overdueDays: context.overdueDays + context.pending.overdueDays,
    afterEndDays: context.afterEndDays + context.pending.afterEndDays,
    pending: EMPTY_PENDING,
  };
}

/** The context before disbursement. This is a pure function. */
export function initialLoanContext(input: LoanMachineInput): LoanContext {
  return {
    terms: input,
    disbursedOn: null,
    maturity: null,
    originalMaturity: null,
    subsidyEnd: null,
    subsidyEndBy: null,
    outstanding: '0',
    cursor: null,
    pending: EMPTY_PENDING,
    lines: [],
    extensions: [],
    repaidOn: null,
    overdueDays: 0,
    afterEndDays: 0,
  };
}

type Accrual = { readonly until: string; readonly overdue: boolean };

const accrueOn = (overdue: boolean) => ({
  type: 'accrue' as const,
  params: ({ event }: { event: LoanMachineEvent }): Accrual => ({ until: event.date, overdue }),
});

/** The settlement day belongs to the quarter it closes: accrue through it. */
const accrueThrough = (overdue: boolean) => ({
  type: 'accrue' as const,
  params: ({ event }: { event: LoanMachineEvent }): Accrual => ({
    until: addDaysIso(event.date, 1),
    overdue,
  }),
});

// ── the machine ──────────────────────────────────────────────────────────────

export const loanMachine = setup({
  types: {
    context: {} as LoanContext,
    events: {} as LoanMachineEvent,
    input: {} as LoanMachineInput,
  },
  guards: {
    repaysInFull: ({ context, event }) =>
      event.type === 'loan.repaid' && repaysInFull(context.outstanding, event.amount),
    maturityReached: ({ context }) => maturityReached(context),
  },
  actions: {
    disburse: assign(({ context, event }) => {
      if (event.type !== 'loan.disbursed') return {};
      const w = subsidyWindow(event.date, context.terms.termMonths, context.terms.subsidyYears);
      return {
        disbursedOn: event.date,
        maturity: w.maturity,
        originalMaturity: w.maturity,
        subsidyEnd: w.end,
        subsidyEndBy: w.by,
        outstanding: context.terms.principal,
        cursor: event.date,
      };
    }),
    accrue: assign(({ context }, params: Accrual) => accrueTo(context, params.until, params.overdue)),
    repay: assign(({ context, event }) => {
      if (event.type !== 'loan.repaid') return {};
      const left = Dec.max(new Dec(context.outstanding).minus(event.amount), 0);
      return { outstanding: left.toFixed(), repaidOn: left.isZero() ? event.date : context.repaidOn };
    }),
    // 五(一)1 "3年内": an extension moves the contract's maturity, not the subsidy window
    extend: assign(({ context, event }) => {
      if (event.type !== 'loan.extended' || context.disbursedOn === null) return {};
      const maturity = addMonthsIso(context.disbursedOn, event.newTermMonths);
      return {
        maturity,
        extensions: [
          ...context.extensions,
          { date: event.date, newTermMonths: event.newTermMonths, maturity },
        ],
      };
    }),
    settle: assign(({ context, event }) =>
      event.type === 'quarter.settled' ? settle(context, event.date) : {},
    ),
  },
}).createMachine({
  id: 'loan',
  initial: 'applied',
  context: ({ input }) => initialLoanContext(input),
  states: {
    applied: {
      on: { 'loan.disbursed': { target: 'disbursed', actions: 'disburse' } },
    },
    disbursed: {
      always: 'accruing',
    },
    accruing: {
      always: { guard: 'maturityReached', target: 'matured' },
      on: {
        'loan.repaid': [
          { guard: 'repaysInFull', target: 'repaid', actions: [accrueOn(false), 'repay'] },
          { actions: [accrueOn(false), 'repay'] },
        ],
        'loan.overdue.started': { target: 'overdue', actions: accrueOn(false) },
        'loan.extended': { target: 'extended', actions: [accrueOn(false), 'extend'] },
        'quarter.settled': { actions: [accrueThrough(false), 'settle'] },
      },
    },
    overdue: {
      always: { guard: 'maturityReached', target: 'matured' },
      on: {
        'loan.repaid': [
          { guard: 'repaysInFull', target: 'repaid', actions: [accrueOn(true), 'repay'] },
          { actions: [accrueOn(true), 'repay'] },
        ],
        'loan.overdue.ended': { target: 'accruing', actions: accrueOn(true) },
        'quarter.settled': { actions: [accrueThrough(true), 'settle'] },
      },
    },
    extended: {
      always: 'accruing',
    },
    // past the contract's maturity: past the subsidy window too, so nothing more is subsidised
    matured: {
      on: {
        'loan.repaid': [
          { guard: 'repaysInFull', target: 'repaid', actions: [accrueOn(true), 'repay'] },
          { actions: [accrueOn(true), 'repay'] },
        ],
        'loan.overdue.started': { actions: accrueOn(true) },
        'loan.overdue.ended': { actions: accrueOn(true) },
        'quarter.settled': { actions: [accrueThrough(true), 'settle'] },
      },
    },
    // repaid in full: only the last quarter's settlement is still to come; an overdue stretch
    // recorded as ending later ended with the loan
    repaid: {
      on: {
        'quarter.settled': { actions: 'settle' },
        'loan.overdue.ended': { actions: accrueOn(true) },
      },
    },
  },
});

export type LoanMachine = typeof loanMachine;
