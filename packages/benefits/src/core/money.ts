import Decimal from 'decimal.js';

/**
 * Money is carried as decimal strings ("1234.50") in data and context; `Decimal` is used only
 * inside arithmetic. A private Decimal constructor keeps our rounding settings off the global one.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** Rounds once, half-up, to the fen and returns the two-decimal string. This is a pure function. */
export function toFen(value: Decimal.Value | Decimal): string {
  if (typeof value === 'string') {
    // a plain decimal string ("1234.5", "0.005") is rounded in integers, exactly
    const x = scaled(value);
    const fen = x ? fenOf(x[0], x[1]) : null;
    if (fen !== null) return fen;
  }
  return (value instanceof Dec ? value : new Dec(value)).toFixed(2, Decimal.ROUND_HALF_UP);
}

/**
 * n × 10^−places rounded half-up to the fen, as a two-decimal string; null when the integers
 * would not be exact (beyond 2^53). n is a non-negative safe integer.
 */
function fenOf(n: number, places: number): string | null {
  if (!Number.isSafeInteger(n)) return null;
  let fen: number;
  if (places >= 2) {
    if (places - 2 >= SCALE.length) return null;
    const div = SCALE[places - 2] as number;
    fen = Math.floor(n / div);
    if ((n - fen * div) * 2 >= div) fen += 1;
  } else {
    fen = n * (SCALE[2 - places] as number);
    if (!Number.isSafeInteger(fen)) return null;
  }
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** Sums already-rounded money strings exactly. This is a pure function. */
export function sumMoney(values: readonly string[]): string {
  // two-decimal strings are summed as whole fen while that is exact (below 2^53 fen)
  let fen = 0;
  for (const v of values) {
    const f = fenOfMoney(v);
    if (f < 0) return sumDecimal(values);
    fen += f;
    if (fen > Number.MAX_SAFE_INTEGER / 2) return sumDecimal(values);
  }
  const yuan = Math.floor(fen / 100);
  return `${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

/** "1234.50" → 123450 fen: 1 to 13 digits, a point, 2 digits; −1 for anything else. */
function fenOfMoney(v: string): number {
  const len = v.length;
  if (len < 4 || len > 16 || v.charCodeAt(len - 3) !== 46) return -1;
  let fen = 0;
  for (let i = 0; i < len; i++) {
    if (i === len - 3) continue;
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    fen = fen * 10 + (c - 48);
  }
  return fen;
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

const SCALE = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000];

/** "123.45" → [12345, 2]; null when not a plain non-negative decimal of ≤ 15 digits. */
function scaled(s: string): [number, number] | null {
  // one pass over the characters: digits and at most one point, no substring or regex
  let n = 0;
  let digits = 0;
  let places = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (places >= 0) return null;
      places = 0;
      continue;
    }
    if (c < 48 || c > 57) return null;
    n = n * 10 + (c - 48);
    digits++;
    if (places >= 0) places++;
  }
  if (digits === 0 || digits > 15 || places > 9) return null;
  return [n, Math.max(places, 0)];
}

/**
 * a − b for plain decimal strings, exactly (integers while safe, Decimal otherwise), as a plain
 * decimal string. This is a pure function.
 */
export function minusPlain(a: string, b: string): string {
  const x = scaled(a);
  const y = scaled(b);
  if (x && y) {
    const places = Math.max(x[1], y[1]);
    const xi = x[0] * (SCALE[places - x[1]] as number);
    const yi = y[0] * (SCALE[places - y[1]] as number);
    if (Number.isSafeInteger(xi) && Number.isSafeInteger(yi)) {
      const d = xi - yi;
      const neg = d < 0;
      const abs = String(Math.abs(d)).padStart(places + 1, '0');
      const int = abs.slice(0, abs.length - places);
      const frac = places ? abs.slice(abs.length - places).replace(/0+$/, '') : '';
      return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
    }
  }
  return new Dec(a).minus(b).toFixed();
}

/**
 * a × b rounded once, half-up, to the fen, as a two-decimal string. Exact: the product is formed
 * in integers while it stays below 2^53, otherwise with Decimal. This is a pure function.
 */
export function mulToFen(a: string, b: string): string {
  const x = scaled(a);
  const y = scaled(b);
  if (x && y) {
    const product = x[0] * y[0];
    const places = x[1] + y[1];
    if (Number.isSafeInteger(product) && places >= 2 && places - 2 < SCALE.length) {
      const div = SCALE[places - 2] as number;
      let fen = Math.floor(product / div);
      if ((product - fen * div) * 2 >= div) fen += 1;
      return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
    }
    if (Number.isSafeInteger(product) && places < 2) {
      const fen = product * (SCALE[2 - places] as number);
      if (Number.isSafeInteger(fen)) return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
    }
  }
  return toFen(new Dec(a).times(b));
}
