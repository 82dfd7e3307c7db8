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

/**
 * An as-of date outside the plan's period: the pack is refused for it, saying which period the
 * plan covers (a 2023 plan does not decide a 2024 application).
 */
export class AsOfOutsidePack extends RangeError {
  readonly text: { readonly zh: string; readonly en: string };
  constructor(pack: Pick<PolicyPack, 'id' | 'dates' | 'name'>, asOf: string) {
    const zh = `测算日 ${asOf} 不在方案「${pack.name.zh}」（${pack.id}）的执行期 ${pack.dates.from} 至 ${pack.dates.to} 之内`;
    const en = `the as-of date ${asOf} is outside the period of ${pack.id} (${pack.name.en}): ${pack.dates.from} to ${pack.dates.to}`;
    super(`${zh} / ${en}`);
    this.name = 'AsOfOutsidePack';
    this.text = { zh, en };
  }
}

/** The problem with an as-of date for a pack, or null when the plan covers it. */
export function asOfProblem(
  pack: Pick<PolicyPack, 'id' | 'dates' | 'name'>,
  asOf: string,
): { zh: string; en: string } | null {
  return asOf < pack.dates.from || asOf > pack.dates.to ? new AsOfOutsidePack(pack, asOf).text : null;
}
