import { describe, expect, test } from 'vitest';
import { addDecimals, groupDigits } from './numbers.ts';

describe('addDecimals: exact sums of decimal strings', () => {
  test.for([
    [['3458', '1201'], '4659'],
    [['0.1', '0.2'], '0.3'],
    [['32970.02', '6776.13', '-3711.28', '83.712'], '36118.582'],
    [['1.50', '1.50'], '3'],
    [['-5', '2'], '-3'],
    [['0.001', '-0.002'], '-0.001'],
    [[], '0'],
  ] as const)('%j → %s', ([values, sum]) => {
    expect(addDecimals(values)).toBe(sum);
  });

  test('refuses what is not a plain decimal', () => {
    expect(() => addDecimals(['1,000'])).toThrow(/not a plain decimal/);
  });
});

describe('groupDigits: thousands separators, the fraction as written', () => {
  test.for([
    ['29950', '29,950'],
    ['172220', '172,220'],
    ['999', '999'],
    ['36118.582', '36,118.582'],
    ['-3711.28', '-3,711.28'],
    ['63.4817522889', '63.4817522889'],
    ['1000000', '1,000,000'],
    ['abc', 'abc'],
  ] as const)('%s → %s', ([value, shown]) => {
    expect(groupDigits(value)).toBe(shown);
  });
});
