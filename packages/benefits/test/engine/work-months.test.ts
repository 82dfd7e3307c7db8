import { describe, expect, test } from 'vitest';
import { fullMonths, wholeMonths } from '../../src/index.ts';

describe('months of work: both days counted, one rule for the travel grant and min-months', () => {
  test.for([
    ['2023-03-01', '2023-08-31', 6],
    ['2023-03-01', '2023-08-30', 5],
    ['2023-03-10', '2023-09-09', 6],
    ['2023-03-10', '2023-09-08', 5],
    ['2023-01-31', '2023-02-27', 1],
    ['2023-05-01', '2023-05-31', 1],
    ['2023-05-02', '2023-05-31', 0],
    ['2023-08-31', '2023-03-01', 0],
  ] as const)('%s → %s is %i months', ([from, to, months]) => {
    expect(wholeMonths(from, to)).toBe(months);
    expect(wholeMonths(from, to)).toBe(fullMonths(from, to));
  });
});
