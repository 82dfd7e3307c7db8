import Decimal from 'decimal.js';

/**
 * Money is carried as decimal strings ("1234.50") in data and context; `Decimal` is used only
 * inside arithmetic. A private Decimal constructor keeps our rounding settings off the global one.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** Rounds once, half-up, to the fen and returns the two-decimal string. This is a pure function. */
export function toFen(value: Decimal.Value | Decimal): string {
  return (value instanceof Dec ? value : new Dec(value)).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** Sums already-rounded money strings exactly. This is a pure function. */
export function sumMoney(values: readonly string[]): string {
  // two-decimal strings are summed as whole fen while that is exact (below 2^53 fen)
  let fen = 0;
  for (const v of values) {
    const m = /^(\d{1,13})\.(\d{2})$/.exec(v);
    if (!m) return sumDecimal(values);
    fen += Number(m[1]) * 100 + Number(m[2]);
    if (fen > Number.MAX_SAFE_INTEGER / 2) return sumDecimal(values);
  }
  const yuan = Math.floor(fen / 100);
  return `${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

function sumDecimal(values: readonly string[]): string {
  let total = new Dec(0);
  for (const v of values) total = total.plus(v);
  return total.toFixed(2);
}

/** A plain decimal string without exponent or trailing zeros ("49.99", "50", "0.85"). */
export function plain(value: Decimal.Value): string {
  const d = new Dec(value);
  return d.toFixed();
}
