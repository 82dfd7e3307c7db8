import { type ScreenLine, Subject, screen } from '@huinong/benefits';
import { lprSeries, xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import { loanQuarters } from './loan-quarters.ts';

const household = Subject.parse({
  kind: 'household',
  id: 'h',
  category: 'poverty-alleviated',
  members: [
    {
      id: 'm1',
      loans: [
        { id: 'A', purpose: 'production', principal: 50000, disbursedOn: '2023-06-21', termMonths: 12 },
        { id: 'B', purpose: 'production', principal: 20000, disbursedOn: '2023-06-21', termMonths: 12 },
      ],
    },
  ],
});

describe('the household loan schedule by quarter', () => {
  test('two loans: each quarter sums both, and the counted quarters make the plan total', () => {
    const r = screen(household, { pack: xixiang2023, asOf: '2023-12-31', lpr: lprSeries });
    const q = loanQuarters(r.lines, (l: ScreenLine) => l.key);
    expect(q.loans.map((l) => l.key)).toEqual(['microcredit-interest#m1/A', 'microcredit-interest#m1/B']);
    const q3 = q.quarters.find((x) => x.quarter === '2023Q3');
    // A: 50000 × 0.0355 × 92 / 360 = 453.61; B: 20000 × 0.0355 × 92 / 360 = 181.444… → 181.44
    expect(q3?.amounts).toEqual({
      'microcredit-interest#m1/A': '453.61',
      'microcredit-interest#m1/B': '181.44',
    });
    expect(q3?.total).toBe('635.05');
    // Q4: A 448.68; B 20000 × 0.0355 × 91 / 360 = 179.472… → 179.47 — total 628.15
    expect(q.quarters.find((x) => x.quarter === '2023Q4')?.total).toBe('628.15');
    expect(q.countedTotal).toBe('1263.20');
    const lineSum = r.lines
      .filter((l) => l.standardId === 'microcredit-interest')
      .map((l) => Number(l.amount));
    expect(lineSum.reduce((a, b) => a + b, 0).toFixed(2)).toBe('1263.20');
    expect(q.quarters.some((x) => !x.counted)).toBe(true);
  });
});
