import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkIdNumber, idNumberCheckDigit, normalizeIdNumber } from '../../src/roster/id-number.ts';

// GB 11643-1999 annex examples and numbers computed by hand with the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
describe('idNumberCheckDigit (ISO 7064 MOD 11-2)', () => {
  test.for([
    // GB 11643-1999 示例: 11010519491231002X
    ['11010519491231002', 'X'],
    // 44052418800101001 → 4 (the standard's second example)
    ['44052418800101001', '4'],
    // 61072419900101123: Σ = 6·7+1·9+0·10+7·5+2·8+4·4+1·2+9·1+9·6+0·3+0·7+1·9+0·10+1·5+1·8+2·4+3·2 = 219, 219 mod 11 = 10 → '2'
    ['61072419900101123', '2'],
  ])('%s → %s', ([first17, digit]) => {
    expect(idNumberCheckDigit(first17 as string)).toBe(digit);
  });

  test('not 17 digits → null', () => {
    expect(idNumberCheckDigit('1234')).toBeNull();
    expect(idNumberCheckDigit('6107241990010112X')).toBeNull();
  });
});

describe('checkIdNumber', () => {
  test('a valid number: birth date and sex read from it', () => {
    const r = checkIdNumber('610724199001011232');
    expect(r).toEqual({ ok: true, value: '610724199001011232', birthDate: '1990-01-01', sex: 'male' });
    expect(checkIdNumber('11010519491231002X')).toMatchObject({
      ok: true,
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  test('full-width digits, spaces and a lower-case x are normalised', () => {
    expect(normalizeIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(checkIdNumber('１１０１０５１９４９１２３１００２ｘ')).toMatchObject({ ok: true });
  });

  test.for([
    ['', 'empty'],
    ['610724900101123', 'old-15-digit'],
    ['61072419900101123', 'length'],
    ['6107241990010112328', 'length'],
    ['61072419900101123A', 'characters'],
    ['6107241990X101123X', 'characters'],
    // 1990-02-30 does not exist
    ['610724199002301230', 'birth-date'],
    ['610724189912311230', 'birth-date'],
    // right shape, wrong check digit (…1232 is right)
    ['610724199001011234', 'check-digit'],
  ])('%s → %s', ([input, problem]) => {
    const r = checkIdNumber(input as string);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe(problem);
      expect(r.message.zh).not.toBe('');
      expect(r.message.en).not.toBe('');
    }
  });

  test('the wrong check digit names the one the first 17 digits give', () => {
    const r = checkIdNumber('610724199001011234');
    expect(r.ok || r.message.zh).toContain('应为 2');
  });

  test('a birth date after the as-of date is refused', () => {
    const n = `61072420240101123${idNumberCheckDigit('61072420240101123')}`;
    expect(checkIdNumber(n).ok).toBe(true);
    expect(checkIdNumber(n, { asOf: '2023-12-31' })).toMatchObject({
      ok: false,
      problem: 'birth-date-future',
    });
  });

  test('property: any 17 digits with a real date plus their check digit pass; any other last character fails', () => {
    const date = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2023-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), date, fc.stringMatching(/^\d{3}$/), (area, birth, seq) => {
        const first17 = `${area}${birth}${seq}`;
        const digit = idNumberCheckDigit(first17) as string;
        expect(checkIdNumber(first17 + digit).ok).toBe(true);
        for (const other of '0123456789X') {
          if (other !== digit) expect(checkIdNumber(first17 + other).ok).toBe(false);
        }
      }),
    );
  });
});
