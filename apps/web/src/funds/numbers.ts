// exact arithmetic on the plain decimal strings of the funds data ('3458', '83.712'): BigInt
// scaled to the longest fraction, so the web app needs no decimal library of its own

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

const parse = (value: string): { sign: bigint; int: string; frac: string } => {
  const m = PLAIN.exec(value.trim());
  if (!m) throw new Error(`not a plain decimal: ${value}`);
  return { sign: m[1] === '-' ? -1n : 1n, int: m[2] ?? '0', frac: m[3] ?? '' };
};

/**
 * Exact sum of plain decimal strings, as a plain decimal string without trailing zeros
 * ('3458' + '1201' → '4659'; '0.1' + '0.2' → '0.3'). Throws on anything else. This is a pure function.
 */
export function addDecimals(values: readonly string[]): string {
  const parts = values.map(parse);
  const scale = Math.max(0, ...parts.map((p) => p.frac.length));
  const total = parts.reduce((acc, p) => acc + p.sign * BigInt(p.int + p.frac.padEnd(scale, '0')), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/**
 * Thousands separators on the whole part, the fraction kept as written
 * ('29950' → '29,950'; '36118.582' → '36,118.582'; '-3711.28' → '-3,711.28'). Text that is not a
 * plain decimal comes back unchanged. This is a pure function.
 */
export function groupDigits(value: string): string {
  const m = PLAIN.exec(value);
  if (!m) return value;
  const int = (m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${m[1] ?? ''}${int}${m[3] === undefined ? '' : `.${m[3]}`}`;
}
