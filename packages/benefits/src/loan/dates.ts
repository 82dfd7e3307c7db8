import { addDays, addMonths, addYears, differenceInCalendarDays, format, parseISO } from 'date-fns';

/**
 * ISO calendar dates ("2023-08-21") as the loan module carries them. Strings compare in calendar
 * order, so `<` and `>=` on two of them compare the days; date-fns does the arithmetic.
 */
const iso = (d: Date): string => format(d, 'yyyy-MM-dd');

/** The day `n` days after `date` (before it when `n` is negative). This is a pure function. */
export function addDaysIso(date: string, n: number): string {
  return iso(addDays(parseISO(date), n));
}

/** The same day `n` months later; the month's last day when it has no such day (对月对日). */
export function addMonthsIso(date: string, n: number): string {
  return iso(addMonths(parseISO(date), n));
}

/** The same day `n` years later (29 Feb → 28 Feb). This is a pure function. */
export function addYearsIso(date: string, n: number): string {
  return iso(addYears(parseISO(date), n));
}

/** Days from `from` to `to`: counting `from`, not counting `to` (算头不算尾). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

export function minIso(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxIso(a: string, b: string): string {
  return a >= b ? a : b;
}

/** A settlement calendar: interest is settled (结息) on `day` of each month in `months`. */
export interface SettlementCalendar {
  readonly day: number;
  readonly months: readonly number[];
}

function settlementIn(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The settlement date (结息日) whose interest period holds `date`: the first settlement date on or
 * after it. The period of a settlement date S is (previous settlement date, S], so the 结息日
 * itself belongs to the period it closes. This is a pure function.
 */
export function settlementFor(date: string, cal: SettlementCalendar): string {
  const year = Number(date.slice(0, 4));
  const months = [...cal.months].sort((a, b) => a - b);
  for (const y of [year, year + 1]) {
    for (const m of months) {
      const s = settlementIn(y, m, cal.day);
      if (s >= date) return s;
    }
  }
  throw new RangeError(`no settlement date after ${date}`);
}

/** The settlement date before `settlement` (the end of the previous interest period). */
export function previousSettlement(settlement: string, cal: SettlementCalendar): string {
  const year = Number(settlement.slice(0, 4));
  const months = [...cal.months].sort((a, b) => b - a);
  for (const y of [year, year - 1]) {
    for (const m of months) {
      const s = settlementIn(y, m, cal.day);
      if (s < settlement) return s;
    }
  }
  throw new RangeError(`no settlement date before ${settlement}`);
}

/** "2023Q4" for the settlement date 2023-12-20 under the calendar [3, 6, 9, 12]. */
export function quarterLabel(settlement: string, cal: SettlementCalendar): string {
  const months = [...cal.months].sort((a, b) => a - b);
  const index = months.indexOf(Number(settlement.slice(5, 7)));
  return `${settlement.slice(0, 4)}Q${index + 1}`;
}

/** Every settlement date from the one holding `from` to the one holding `to`, in order. */
export function settlementsBetween(from: string, to: string, cal: SettlementCalendar): string[] {
  const out: string[] = [];
  let s = settlementFor(from, cal);
  const last = settlementFor(to, cal);
  while (s <= last) {
    out.push(s);
    s = settlementFor(addDaysIso(s, 1), cal);
  }
  return out;
}
