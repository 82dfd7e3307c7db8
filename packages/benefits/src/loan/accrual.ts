import { Dec, plain, toFen } from '../core/money.ts';
import {
  addDaysIso,
  daysBetween,
  minIso,
  previousSettlement,
  quarterLabel,
  type SettlementCalendar,
} from './dates.ts';
import type { DatedValue } from './loan.schema.ts';

/**
 * The arithmetic of the interest subsidy, as plain functions the loan machine's actions call.
 * Money stays a decimal string; `Dec` is used only inside. Interest on a day counts the day the
 * principal is lent and not the day it comes back (算头不算尾); a day's subsidy is
 * min(outstanding, cap) × rate ÷ basis × share, and a quarter's line is rounded once, half-up.
 */

/** Days of constant subsidised principal and share within one interest period. */
export interface Segment {
  readonly from: string;
  /** the last day of the segment (inclusive) */
  readonly to: string;
  readonly days: number;
  /** min(outstanding, cap) on each of these days */
  readonly principal: string;
  readonly share: string;
}

/** What has accrued since the last settlement and is not yet a line. */
export interface PendingQuarter {
  readonly segments: readonly Segment[];
  /** overdue days inside the subsidy window: no subsidy (逾期不贴息) */
  readonly overdueDays: number;
  /** days with principal outstanding after the subsidy window closed (original maturity / 3 years) */
  readonly afterEndDays: number;
}

export const EMPTY_PENDING: PendingQuarter = { segments: [], overdueDays: 0, afterEndDays: 0 };

/** One quarter's subsidy: what a 结息日 settles. */
export interface QuarterLine {
  /** "2023Q4" */
  readonly quarter: string;
  /** the 结息日 */
  readonly settlementDate: string;
  /** the bank's interest period (previous 结息日, this 结息日], both ends shown inclusive */
  readonly period: { readonly from: string; readonly to: string };
  /** subsidised days in the period */
  readonly days: number;
  /** overdue days in the period that would otherwise have been subsidised */
  readonly overdueDays: number;
  /** segments of constant subsidised principal (the day-weighted detail) */
  readonly segments: readonly Segment[];
  /** Σ principal × days (积数) */
  readonly principalDays: string;
  /** annual rate in percent, fixed at disbursement */
  readonly rate: string;
  readonly dayCount: '实际天数/360' | '实际天数/365';
  readonly dayCountBasis: 360 | 365;
  /** the share paid, or null when it changed within the period (see the segments) */
  readonly share: string | null;
  /** Σ principal × days × share × rate ÷ basis, unrounded (for checks) */
  readonly exact: string;
  /** the subsidy, rounded once to the fen, half-up */
  readonly amount: string;
  /** the interest on the cap for the subsidised days (cap × days × rate ÷ basis), rounded */
  readonly interestOnCap: string;
  readonly clause: string;
}

/** The share in force on `date`: the last dated value on or before it. Throws when none. */
export function shareOn(values: readonly DatedValue[], date: string): string {
  let found: DatedValue | undefined;
  for (const v of values) {
    if (v.from <= date) found = v;
    else break;
  }
  if (!found) throw new RangeError(`no share in force on ${date}`);
  return found.value;
}

/** The dates inside (from, to) on which the share changes. */
function shareChanges(values: readonly DatedValue[], from: string, to: string): string[] {
  return values.map((v) => v.from).filter((d) => d > from && d < to);
}

/** What one accrual step needs to know about the loan. */
export interface AccrualState {
  readonly outstanding: string;
  readonly cap: string;
  /** first day without subsidy (exclusive end of the subsidy window) */
  readonly subsidyEnd: string;
  readonly share: readonly DatedValue[];
  readonly pending: PendingQuarter;
}

/**
 * Accrues the days [from, until): as overdue days when `overdue`, else as subsidised segments up
 * to `subsidyEnd` and after-end days beyond it. Days with nothing outstanding add nothing. This is
 * a pure function.
 */
export function accrueDays(
  state: AccrualState,
  from: string,
  until: string,
  overdue: boolean,
): PendingQuarter {
  if (until <= from || new Dec(state.outstanding).lte(0)) return state.pending;
  const windowEnd = minIso(until, state.subsidyEnd);
  const inWindow = windowEnd > from ? daysBetween(from, windowEnd) : 0;
  const afterEnd = daysBetween(from, until) - inWindow;
  let { segments, overdueDays, afterEndDays } = state.pending;
  afterEndDays += afterEnd;
  if (inWindow > 0 && overdue) overdueDays += inWindow;
  if (inWindow > 0 && !overdue) {
    const principal = Dec.min(state.outstanding, state.cap).toFixed();
    const cuts = [from, ...shareChanges(state.share, from, windowEnd), windowEnd];
    const next = [...segments];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const a = cuts[k] as string;
      const b = cuts[k + 1] as string;
      const share = shareOn(state.share, a);
      const seg: Segment = { from: a, to: addDaysIso(b, -1), days: daysBetween(a, b), principal, share };
      const last = next[next.length - 1];
      if (last && last.principal === principal && last.share === share && addDaysIso(last.to, 1) === a) {
        next[next.length - 1] = { ...last, to: seg.to, days: last.days + seg.days };
      } else {
        next.push(seg);
      }
    }
    segments = next;
  }
  return { segments, overdueDays, afterEndDays };
}

/** What closing a line needs. */
export interface LineTerms {
  readonly rate: string;
  readonly cap: string;
  readonly dayCountBasis: 360 | 365;
  readonly settlement: SettlementCalendar;
  readonly clause: string;
}

/**
 * Turns the pending days into the line settled on `settlementDate`, or null when the period had
 * neither subsidised nor overdue days. This is a pure function.
 */
export function closeLine(
  pending: PendingQuarter,
  settlementDate: string,
  terms: LineTerms,
): QuarterLine | null {
  const days = pending.segments.reduce((n, s) => n + s.days, 0);
  if (days === 0 && pending.overdueDays === 0) return null;
  // divide once, last: 445.625 must stay 445.625, not 445.6249… from a rounded daily rate
  const perYear = (x: Dec) => x.times(terms.rate).div(100 * terms.dayCountBasis);
  let principalDays = new Dec(0);
  let weighted = new Dec(0);
  for (const s of pending.segments) {
    const pd = new Dec(s.principal).times(s.days);
    principalDays = principalDays.plus(pd);
    weighted = weighted.plus(pd.times(s.share));
  }
  const shares = new Set(pending.segments.map((s) => s.share));
  const exact = perYear(weighted);
  return {
    quarter: quarterLabel(settlementDate, terms.settlement),
    settlementDate,
    period: { from: addDaysIso(previousSettlement(settlementDate, terms.settlement), 1), to: settlementDate },
    days,
    overdueDays: pending.overdueDays,
    segments: pending.segments,
    principalDays: plain(principalDays),
    rate: terms.rate,
    dayCount: terms.dayCountBasis === 360 ? '实际天数/360' : '实际天数/365',
    dayCountBasis: terms.dayCountBasis,
    share: shares.size === 1 ? ([...shares][0] ?? null) : null,
    exact: plain(exact),
    amount: toFen(exact),
    interestOnCap: toFen(perYear(new Dec(terms.cap).times(days))),
    clause: terms.clause,
  };
}
