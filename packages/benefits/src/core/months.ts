import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * Whole months from one ISO date to another, both days counted, by one stated rule: `n` months
 * from a day are complete on the day before the same day `n` months later, that day taken as the
 * month's last when the month is shorter (date-fns `addMonths`). So 2023-03-01 to 2023-08-31 is
 * 6 months (March to August, each whole); from 2025-03-10 the 6th month is complete on
 * 2025-09-09; from 2025-03-31 on 2025-09-29 (the day before 2025-09-30); from 2025-01-31 one month
 * is complete on 2025-02-27. This is a pure function.
 */
export function fullMonths(from: string, until: string): number {
  if (until < from) return 0;
  const a = parseISO(from);
  // both days count: the months are those that end on or before the day after `until`
  const end = iso(addDays(parseISO(until), 1));
  let n =
    (Number(until.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(until.slice(5, 7)) -
    Number(from.slice(5, 7));
  n = Math.max(0, n + 1);
  while (n > 0 && iso(addMonths(a, n)) > end) n--;
  return n;
}

/** The last day of the `months`-th full month from `from` (the rule of `fullMonths`). */
export function monthsComplete(from: string, months: number): string {
  return iso(addDays(addMonths(parseISO(from), months), -1));
}

/** Days from `until` to the day the months are full (0 when they already are). */
export function daysUntilFull(from: string, until: string, months: number): number {
  return Math.max(0, differenceInCalendarDays(parseISO(monthsComplete(from, months)), parseISO(until)));
}
