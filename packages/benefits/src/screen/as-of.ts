import type { PolicyPack } from '../pack/pack.schema.ts';

/**
 * The as-of date to use when the user gives none: today when the pack is in force today,
 * otherwise the pack's last day (a 2023 pack screened in 2026 is screened as at 2023-12-31).
 * `today` is an input: this is a pure function.
 */
export function defaultAsOf(pack: Pick<PolicyPack, 'dates'>, today: string): string {
  if (today >= pack.dates.from && today <= pack.dates.to) return today;
  return today > pack.dates.to ? pack.dates.to : pack.dates.from;
}
