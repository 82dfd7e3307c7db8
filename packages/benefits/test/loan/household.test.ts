import { describe, expect, test } from 'vitest';
import { householdLoanWorksheet } from '../../src/loan/index.ts';
import { ctx, loan } from './fixtures.ts';

describe('householdLoanWorksheet', () => {
  test('two loans: per-loan schedules and the household by quarter', () => {
    const a = loan({ id: 'A' });
    // 80,000 with 40,000 back on 2023-11-10: 2023Q4 = 391.96 (see microcredit.test.ts)
    const b = loan({
      id: 'B',
      principal: '80000',
      events: [{ type: 'repayment', date: '2023-11-10', amount: '40000' }],
    });
    // an ordinary household's loan is refused and adds nothing
    const c = loan({ id: 'C', borrowerCategory: 'ordinary' });
    const w = householdLoanWorksheet([a, b, c], ctx('2024-03-20'));
    expect(w.schedules.map((s) => [s.loanId, s.status])).toEqual([
      ['A', 'eligible'],
      ['B', 'eligible'],
      ['C', 'ineligible'],
    ]);
    const q4 = w.quarters[0];
    // 431.25 + 391.96 = 823.21
    expect(q4).toMatchObject({
      quarter: '2023Q4',
      settlementDate: '2023-12-20',
      status: 'due',
      total: '823.21',
    });
    expect(q4?.lines.map((l) => [l.loanId, l.amount])).toEqual([
      ['A', '431.25'],
      ['B', '391.96'],
    ]);
    // 2024Q1: A 91 days on 50000 → 436.04; B 91 days on 40000: 40000 × 0.0345 × 91 / 360
    // = 125580 / 360 = 348.833… → 348.83; 436.04 + 348.83 = 784.87
    expect(w.quarters[1]).toMatchObject({ quarter: '2024Q1', status: 'due', total: '784.87' });
    // due: 823.21 + 784.87 = 1608.08
    expect(w.total).toBe('1608.08');
    expect(w.quarters.slice(2).every((q) => q.status === 'projected')).toBe(true);
    // the household total is the sum of the loans' own totals
    const sum = w.schedules.reduce((s, x) => s + Math.round(Number(x.total) * 100), 0) / 100;
    expect(Number(w.total)).toBe(sum);
  });

  test('no loans: nothing to pay', () => {
    const w = householdLoanWorksheet([], ctx());
    expect(w).toMatchObject({ quarters: [], total: '0.00', projectedTotal: '0.00' });
  });
});
