import { describe, expect, test } from 'vitest';
import { formatWan, formatYuan } from '../../src/format/yuan.ts';

describe('formatYuan', () => {
  test.for([
    ['1234.5', '¥1,234.50'],
    ['0', '¥0.00'],
    ['2800', '¥2,800.00'],
    ['1000000', '¥1,000,000.00'],
    ['999.995', '¥1,000.00'],
    ['0.004', '¥0.00'],
    ['-3', '-¥3.00'],
    ['36118.58', '¥36,118.58'],
  ])('%s → %s', ([amount, expected]) => {
    expect(formatYuan(amount as string)).toBe(expected);
  });
});

describe('formatWan', () => {
  test.for([
    ['42000', '4.2'],
    ['50000', '5'],
    ['0', '0'],
    ['1234.56', '0.123456'],
    ['100000', '10'],
    ['99999.99', '9.999999'],
  ])('%s → %s 万', ([amount, expected]) => {
    expect(formatWan(amount as string)).toBe(expected);
  });
});
