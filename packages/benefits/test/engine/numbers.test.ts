import { describe, expect, test } from 'vitest';
import { rate, readDecimal } from '../../src/schemas/fields.ts';
import { WorkTrip } from '../../src/schemas/subject.schema.ts';

describe('numbers as people type them', () => {
  test.for([
    ['12', '12'],
    ['１２', '12'],
    ['１２．５', '12.5'],
    ['1,500', '1500'],
    ['12,345.5', '12345.5'],
    ['1,000,000', '1000000'],
    [' 007 ', '7'],
    [3000.5, '3000.5'],
    ['999999999999', '999999999999'],
  ] as const)('%j reads as %s', ([input, out]) => {
    expect(readDecimal(input)).toEqual({ ok: true, value: out });
  });

  test.for([
    ['1,5', 'bad-grouping'],
    ['15,00', 'bad-grouping'],
    ['1,5000', 'bad-grouping'],
    ['１，５', 'bad-grouping'],
    ['1e3', 'not-a-number'],
    ['三亩', 'not-a-number'],
    [1e21, 'too-large'],
    [`1${'0'.repeat(400)}`, 'too-large'],
    ['1000000000000', 'too-large'],
    [Number.NaN, 'not-a-number'],
    [true, 'not-a-number'],
  ] as const)('%j is refused: %s', ([input, problem]) => {
    expect(readDecimal(input)).toEqual({ ok: false, problem });
  });

  test.for([
    ['1', true],
    ['1.000', true],
    ['0.85', true],
    ['1.0000000000000001', false],
    ['1.5', false],
    ['2', false],
  ] as const)('a rate of %s is accepted: %s', ([input, ok]) => {
    expect(rate().safeParse(input).success).toBe(ok);
  });

  test('a work trip that ends before it starts is refused at its end date', () => {
    const r = WorkTrip.safeParse({ from: '2023-08-31', to: '2023-03-01', place: { province: '广东省' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['to']);
    expect(
      WorkTrip.safeParse({ from: '2023-03-01', to: '2023-03-01', place: { province: '广东省' } }).success,
    ).toBe(true);
  });
});
