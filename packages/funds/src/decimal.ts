import Decimal from 'decimal.js';

// a private clone: other packages may configure the global Decimal, and sums of 万元 with a few
// decimals need far fewer than 40 significant digits, so every sum and product here is exact
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/** Sum of decimal strings, exact. */
export const sum = (values: readonly string[]): Dec => values.reduce((acc, v) => acc.plus(v), new Dec(0));

/**
 * Digits after the decimal point as written ('83.712' → 3, '63.50' → 2, '312' → 0): the precision
 * a document states a figure to, which trailing zeros are part of.
 */
export const decimalPlacesOf = (value: string): number => {
  const point = value.indexOf('.');
  return point < 0 ? 0 : value.length - point - 1;
};

/** Half-up rounding to `places` decimals, as a plain decimal string (no exponent). */
export const roundHalfUp = (value: Dec, places: number): string =>
  value.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places);

/** Plain decimal string without exponent and without trailing zeros. */
export const plain = (value: Dec): string => value.toFixed();

/** "1 decimal", "2 decimals": a count of decimal places in an English text. */
export const decimalsEn = (places: number): string => `${places} decimal${places === 1 ? '' : 's'}`;
