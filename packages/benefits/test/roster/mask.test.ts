import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { maskMiddle } from '../../src/roster/mask.ts';

describe('maskMiddle', () => {
  test.for([
    // 身份证号: first 6 and last 4 shown
    ['610724199001011232', {}, '610724********1232'],
    // bank card of 19 digits
    ['6228480000000001234', {}, '622848*********1234'],
    ['6228 4800 0000 0001 234', {}, '622848*********1234'],
    ['610724199001011232', { head: 3, tail: 4 }, '610***********1232'],
    ['610724199001011232', { head: 0, tail: 0, char: '×' }, '××××××××××××××××××'],
    // too short for 6 + 4: a quarter at each end at most
    ['12345678', {}, '12****78'],
    ['1234', {}, '1**4'],
    // a 12-digit account: 6 + 4 would hide 2; at least 40% stays hidden
    ['123456789012', {}, '1234*****012'],
    ['610724199001011232', { head: 10, tail: 4 }, '610724********1232'],
    ['123', {}, '***'],
    ['', {}, ''],
  ] as const)('%s %o → %s', ([value, options, masked]) => {
    expect(maskMiddle(value, options)).toBe(masked);
  });

  test('property: never shows the whole value, keeps the length, shows at most head + tail characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9X]{1,30}$/), fc.nat(10), fc.nat(10), (value, head, tail) => {
        const masked = maskMiddle(value, { head, tail });
        expect(masked).toHaveLength(value.length);
        expect(masked).toContain('*');
        expect(masked.replace(/\*/g, '').length).toBeLessThanOrEqual(head + tail);
        expect(masked.replace(/[^*]/g, '').length).toBeGreaterThanOrEqual(Math.ceil(value.length * 0.4));
        expect(masked.startsWith(value.slice(0, Math.min(head, Math.floor(value.length / 4))))).toBe(true);
      }),
    );
  });
});
