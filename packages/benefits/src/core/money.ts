import Decimal from 'decimal.js';

/**
 * Money is carried as decimal strings ("1234.50") in data and context; `Decimal` is used only
 * inside arithmetic. A private Decimal constructor keeps our rounding settings off the global one.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** Rounds once, half-up, to the fen and returns the two-decimal string. This is a pure function. */
export function toFen(value: Decimal.Value): string {
  return new Dec(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** Sums already-rounded money strings exactly. This is a pure function. */
export function sumMoney(values: readonly string[]): string {
  let total = new Dec(0);
  for (const v of values) total = total.plus(v);
  return total.toFixed(2);
}

/** A plain decimal string without exponent or trailing zeros ("49.99", "50", "0.85"). */
export function plain(value: Decimal.Value): string {
  const d = new Dec(value);
  return d.toFixed();
}
