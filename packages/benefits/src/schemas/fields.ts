import { z } from 'zod';

/**
 * Field helpers shared by every input schema. Quantities arrive as numbers or numeric strings
 * (a spreadsheet cell, a form input) and leave as plain decimal strings, so that no binary
 * float reaches the arithmetic.
 */
const DECIMAL = /^-?\d+(\.\d+)?$/;

function decimalString(v: unknown): string | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    return String(v).includes('e') ? null : String(v);
  }
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/,/g, '');
  return DECIMAL.test(s) ? s.replace(/^(-?)0+(?=\d)/, '$1') : null;
}

/**
 * A non-negative decimal quantity (area, head count, income…), as a plain decimal string. One
 * transform reads a number or a string (a union of the two before it cost a quarter of the
 * validation time); the JSON Schema still says "number or string".
 */
export function quantity() {
  return z
    .unknown()
    .transform((v, ctx) => {
      const s = decimalString(v);
      if (s === null) {
        ctx.addIssue({ code: 'custom', message: 'not-a-number', params: { value: String(v) } });
        return z.NEVER;
      }
      if (s.startsWith('-')) {
        ctx.addIssue({ code: 'custom', message: 'negative', params: { value: s } });
        return z.NEVER;
      }
      return s;
    })
    .meta({ type: ['number', 'string'] } as never);
}

/** A whole count (heads, birds, boxes, people, households). */
export function count() {
  return quantity().refine((s) => !s.includes('.') || /\.0+$/.test(s), { message: 'not-an-integer' });
}

/** A rate between 0 and 1 inclusive (survival rate 0.85 = 85%). */
export function rate() {
  return quantity().refine((s) => Number(s) <= 1, { message: 'rate-above-one' });
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
