import { describe, expect, test } from 'vitest';
import { checkBreakdown, PlanBreakdown, xiji2025Plan } from '../src/index.ts';

describe('西吉县 2025: the plan by category', () => {
  test('the figures of counties.md add up: 38,611.92 + 6,809.3 + 17,043 + 1,670 + 2,600 = 66,734.22; 43 + 7 + 21 + 3 + 2 = 76', () => {
    const checks = checkBreakdown(xiji2025Plan);
    expect(checks.map((c) => [c.id, c.passed, c.actual, c.expected])).toEqual([
      ['categories-sum', true, '66734.22', '66734.22'],
      ['categories-count', true, '76', '76'],
      // 38,611.92 / 66,734.22 = 57.8593…% → 57.9
      ['share-stated:industry', true, '57.9', '57.9'],
    ]);
  });

  test.for([
    ['a category off by 0.01 万元', { total: '66734.23' }, 'categories-sum'],
    ['one project missing from the count', { projects: 77 }, 'categories-count'],
  ] as const)('%s fails its check and no other', ([, change, failing]) => {
    const plan = PlanBreakdown.parse({ ...xiji2025Plan, ...change });
    const failed = checkBreakdown(plan)
      .filter((c) => !c.passed)
      .map((c) => c.id);
    // 38,611.92 / 66,734.23 still rounds to 57.9%: only the sum fails
    expect(failed).toEqual([failing]);
  });

  test('a stated share that is not the exact one rounded fails (57.8 for 57.86%)', () => {
    const plan = PlanBreakdown.parse({
      ...xiji2025Plan,
      categories: xiji2025Plan.categories.map((c) =>
        c.key === 'industry' ? { ...c, statedSharePercent: '57.8' } : c,
      ),
    });
    expect(checkBreakdown(plan).find((c) => c.id === 'share-stated:industry')?.passed).toBe(false);
  });
});
