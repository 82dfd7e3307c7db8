import { z } from 'zod';

/**
 * Field helpers shared by every input schema. Quantities arrive as numbers or numeric strings
 * (a spreadsheet cell, a form input) and leave as plain decimal strings, so that no binary
 * float reaches the arithmetic.
 */
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** thousands grouped by commas, as a cadre types 1,500 or 12,345.5 */
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** more integer digits than any quantity of a plan can have (10^12 亩 or yuan): a slip, refused */
const MAX_INTEGER_DIGITS = 12;

/** Full-width digits, point, comma and minus from a Chinese keyboard (１２．５ = 12.5). */
function halfWidth(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0xff0e) return '.';
    if (code === 0xff0c) return ',';
    if (code === 0xff0d) return '-';
    return String.fromCharCode(code - 0xff10 + 48);
  });
}

type Read =
  | { ok: true; value: string }
  | { ok: false; problem: 'not-a-number' | 'bad-grouping' | 'too-large' };
const NOT_A_NUMBER: Read = Object.freeze({ ok: false, problem: 'not-a-number' });
const BAD_GROUPING: Read = Object.freeze({ ok: false, problem: 'bad-grouping' });
const TOO_LARGE: Read = Object.freeze({ ok: false, problem: 'too-large' });
/** a plain decimal as it is kept: no sign, no leading zero, at most 12 integer digits */
const PLAIN = /^(?:0|[1-9]\d{0,11})(?:\.\d+)?$/;

/**
 * A number as people type it, to a plain decimal string: full-width digits are read; a comma is
 * accepted only as a thousands grouping ("1,500" = 1500), so that "1,5" — a decimal comma, or a
 * slip — is refused rather than read as 15; exponents and magnitudes no plan can have are refused.
 */
export function readDecimal(v: unknown): Read {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return NOT_A_NUMBER;
    // 10^12 and more, or what a double writes with an exponent, is no quantity of a plan
    if (v >= 1e12 || v <= -1e12) return TOO_LARGE;
    const s = String(v);
    return s.includes('e') ? TOO_LARGE : { ok: true, value: s };
  }
  if (typeof v !== 'string') return NOT_A_NUMBER;
  // most cells and fields are a plain decimal already: no copy is made for them
  if (PLAIN.test(v)) return { ok: true, value: v };
  let s = v.trim();
  if (s.length > 64) return TOO_LARGE;
  if (/[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D]/.test(s)) s = halfWidth(s);
  if (s.includes(',')) {
    if (!GROUPED.test(s)) return BAD_GROUPING;
    s = s.replace(/,/g, '');
  }
  if (!DECIMAL.test(s)) return NOT_A_NUMBER;
  s = s.replace(/^(-?)0+(?=\d)/, '$1');
  const point = s.indexOf('.');
  const digits = (point < 0 ? s.length : point) - (s.startsWith('-') ? 1 : 0);
  if (digits > MAX_INTEGER_DIGITS) return TOO_LARGE;
  return { ok: true, value: s };
}

/**
 * A non-negative decimal quantity (area, head count, income…), as a plain decimal string. It is
 * read by one check that writes the normalised string back (no union of number and string, and
 * no transform pipe: both cost a large part of validation); the JSON Schema still says "number
 * or string", and a refused value stops the checks after it.
 */
export function quantity() {
  return z
    .unknown()
    .check((ctx) => {
      const v = ctx.value;
      const r = readDecimal(v);
      if (!r.ok) {
        ctx.issues.push({
          code: 'custom',
          message: r.problem,
          input: v,
          params: { value: String(v).slice(0, 40) },
        } as never);
        return;
      }
      if (r.value.startsWith('-')) {
        ctx.issues.push({
          code: 'custom',
          message: 'negative',
          input: v,
          params: { value: r.value },
        } as never);
        return;
      }
      ctx.value = r.value;
    })
    .meta({ type: ['number', 'string'] } as never) as unknown as z.ZodType<string, unknown>;
}

/** A whole count (heads, birds, boxes, people, households). */
export function count() {
  // (a value the quantity check refused is not a string: its own issue is enough)
  return quantity().refine((s) => typeof s !== 'string' || !s.includes('.') || /\.0+$/.test(s), {
    message: 'not-an-integer',
  });
}

/** At most 1, decided on the digits: "1.0000000000000001" is above 1 though the double is not. */
function atMostOne(s: string): boolean {
  if (typeof s !== 'string') return true;
  const [int, frac = ''] = s.split('.') as [string, string?];
  return int === '0' || (int === '1' && /^0*$/.test(frac));
}

/** A rate between 0 and 1 inclusive (survival rate 0.85 = 85%). */
export function rate() {
  return quantity().refine(atMostOne, { message: 'rate-above-one' });
}

/** A real calendar date in ISO form (2023-02-30 is refused). */
export function isoDate() {
  return z.string().refine(isRealIsoDate, { message: 'not-a-date' });
}

/** True for `YYYY-MM-DD` strings naming a day that exists (no time zone involved). */
export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

/** A yes/no attestation ("依法注册登记", "正常运营"): the applicant or caseworker answers it. */
export function attestation() {
  return z.boolean();
}
