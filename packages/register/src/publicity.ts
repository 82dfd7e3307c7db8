import { addDaysIso } from '@huinong/benefits';
import type { Level, PublicitySettings } from './lifecycle.schema.ts';

/**
 * How the days of a 公示 are counted. 民法典第二百零一条: 按照年、月、日计算期间的，开始的当日不计入，
 * 自下一日开始计算. A list posted on day D for N days therefore runs from D+1 to D+N, and it can be
 * closed on D+N+1 at the earliest: posted 2025-10-01 for 10 days, the period is 2025-10-02 to
 * 2025-10-11 and the list closes on or after 2025-10-12. The list stays up N whole days whatever
 * hour it was posted, so "不少于10天" holds. 第二百零三条 (a period ending on a 法定休假日 ends on the
 * next working day) is not applied: it needs a holiday calendar, and could only lengthen a period.
 */
export interface PublicityPeriod {
  /** the day the list was posted */
  readonly posted: string;
  readonly days: number;
  /** first day of the period: the day after posting */
  readonly from: string;
  /** last day of the period */
  readonly to: string;
  /** the first day the list may be taken down: the day after `to` */
  readonly earliestClose: string;
}

/** The period of a list posted on `posted` for `days` days. This is a pure function. */
export function publicityPeriod(posted: string, days: number): PublicityPeriod {
  return {
    posted,
    days,
    from: addDaysIso(posted, 1),
    to: addDaysIso(posted, days),
    earliestClose: addDaysIso(posted, days + 1),
  };
}

/** True when a list posted on `posted` for `days` days may close on `date`. This is a pure function. */
export function mayClose(posted: string, days: number, date: string): boolean {
  return date >= publicityPeriod(posted, days).earliestClose;
}

/** The publicity days of a level. This is a pure function. */
export function publicityDays(settings: PublicitySettings, level: Level): number {
  if (level === 'village') return settings.villageDays;
  if (level === 'township') return settings.townshipDays;
  return settings.countyDays;
}
