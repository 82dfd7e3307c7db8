import type { DatedValue } from './pack.schema.ts';

/**
 * The value of a standard's (or limit's) number on a date: the plain value, or — when the pack
 * gives a series for its path — the last value in force on that date. `resolve` is made once per
 * value when a pack is compiled: a plain value costs nothing per screen.
 */
export function datedResolver(
  plainValue: string,
  series: readonly DatedValue[] | undefined,
): (asOf: string) => string {
  if (!series || series.length === 0) return () => plainValue;
  let lastDate = '';
  let last = plainValue;
  return (asOf) => {
    if (asOf === lastDate) return last;
    let v = plainValue;
    for (const d of series) if (d.from <= asOf) v = d.value;
    lastDate = asOf;
    last = v;
    return v;
  };
}

/** The source of a value on a date, when the pack gives a series (for the trace and rule pages). */
export function datedSource(series: readonly DatedValue[] | undefined, asOf: string): string | null {
  let found: DatedValue | undefined;
  for (const d of series ?? []) if (d.from <= asOf) found = d;
  return found?.source ?? null;
}
