import type { Text } from '../core/i18n.ts';
import { isRealIsoDate } from '../schemas/fields.ts';

/** Why a 身份证号 was refused. */
export type IdNumberProblem =
  | 'empty'
  | 'old-15-digit'
  | 'length'
  | 'characters'
  | 'birth-date'
  | 'birth-date-future'
  | 'check-digit';

export type IdNumberCheck =
  | {
      readonly ok: true;
      /** the number as stored: half-width digits, upper-case X, no spaces */
      readonly value: string;
      /** YYYY-MM-DD from positions 7–14 */
      readonly birthDate: string;
      /** from position 17: odd = male, even = female */
      readonly sex: 'male' | 'female';
    }
  | { readonly ok: false; readonly problem: IdNumberProblem; readonly message: Text };

// GB 11643-1999 §8.2: ISO 7064 MOD 11-2, weights 2^(18-i) mod 11 for positions 1–17
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/**
 * The check digit (0–9 or X) of the first 17 digits of a 身份证号, per GB 11643-1999 (ISO 7064
 * MOD 11-2). Returns null when the input is not 17 digits. This is a pure function.
 */
export function idNumberCheckDigit(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as string;
}

const CLEAN = /^\d{17}[\dX]$/;

/** Half-width digits, upper-case X, no spaces: "６１０７２４ … x" → "610724…X". */
export function normalizeIdNumber(input: string): string {
  if (CLEAN.test(input)) return input;
  return input.normalize('NFKC').replace(/\s+/g, '').replace(/x$/, 'X');
}

function fail(problem: IdNumberProblem, zh: string, en: string): IdNumberCheck {
  return { ok: false, problem, message: { zh, en } };
}

/**
 * Checks a citizen ID number (居民身份证号码, GB 11643-1999): 18 characters, the first 17 digits,
 * a real birth date (not after `asOf` when given, not before 1900) and the MOD 11-2 check
 * character. 15-digit numbers (issued before 1999) are refused with a hint. This is a pure
 * function.
 */
export function checkIdNumber(input: string, options: { readonly asOf?: string } = {}): IdNumberCheck {
  const value = normalizeIdNumber(input);
  if (value === '') return fail('empty', '身份证号为空', 'the ID number is empty');
  if (/^\d{15}$/.test(value))
    return fail(
      'old-15-digit',
      '这是15位旧身份证号，请填写18位身份证号',
      'this is an old 15-digit ID number; give the 18-character number',
    );
  if (value.length !== 18)
    return fail(
      'length',
      `身份证号应为18位，实际${value.length}位`,
      `an ID number has 18 characters, this one has ${value.length}`,
    );
  if (!/^\d{17}[\dX]$/.test(value))
    return fail(
      'characters',
      '身份证号前17位应为数字，最后一位为数字或X',
      'the first 17 characters must be digits and the last a digit or X',
    );
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isRealIsoDate(birthDate) || birthDate < '1900-01-01')
    return fail(
      'birth-date',
      `身份证号中的出生日期 ${value.slice(6, 14)} 不是有效日期`,
      `the birth date in the ID number, ${value.slice(6, 14)}, is not a real date`,
    );
  if (options.asOf !== undefined && birthDate > options.asOf)
    return fail(
      'birth-date-future',
      `身份证号中的出生日期 ${birthDate} 晚于筛查日期 ${options.asOf}`,
      `the birth date in the ID number, ${birthDate}, is after the as-of date ${options.asOf}`,
    );
  const expected = idNumberCheckDigit(value.slice(0, 17)) as string;
  if (value[17] !== expected)
    return fail(
      'check-digit',
      `身份证号校验码不符：按前17位应为 ${expected}，请核对号码`,
      `the check character does not match: the first 17 digits give ${expected}; check the number`,
    );
  return { ok: true, value, birthDate, sex: Number(value[16]) % 2 === 1 ? 'male' : 'female' };
}
