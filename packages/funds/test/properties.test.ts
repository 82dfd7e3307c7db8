import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAllocation, totalsByCategory, totalsByCityAndCategory } from '../src/allocation.ts';
import { CountyPlan } from '../src/plan-check.schema.ts';
import { checkPlan } from '../src/plan-check.ts';
import { ProvinceAllocation } from '../src/shanxi-2023.schema.ts';
import { shanxi2023 } from '../src/shanxi-2023.ts';
import { xixiang2023Plan } from '../src/xixiang-2023-plan.ts';

// amounts in fen (0.01 万元) as integers, so the oracle below is plain integer arithmetic
const fen = fc.integer({ min: 0, max: 100_000_000 });
const wan = (f: number) => (f / 100).toFixed(2);

describe('properties', () => {
  test('the industry-share check passes exactly when industry × 100 ≥ 60 × total', () => {
    fc.assert(
      fc.property(
        fen.filter((t) => t > 0),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (totalFen, ratio) => {
          const industryFen = Math.floor(totalFen * ratio);
          const plan = CountyPlan.parse({
            ...xixiang2023Plan,
            linkage: { total: wan(totalFen), industry: wan(industryFen) },
          });
          const check = checkPlan(plan).find((c) => c.id === 'industry-share-min');
          expect(check?.passed).toBe(BigInt(industryFen) * 100n >= 60n * BigInt(totalFen));
        },
      ),
    );
  });

  test('more industry money never turns a passing share check into a failing one', () => {
    fc.assert(
      fc.property(
        fen.filter((t) => t > 0),
        fen,
        fen,
        (totalFen, a, b) => {
          const [low, high] = [Math.min(a, b, totalFen), Math.min(Math.max(a, b), totalFen)];
          const passedAt = (industryFen: number) =>
            checkPlan(
              CountyPlan.parse({
                ...xixiang2023Plan,
                linkage: { total: wan(totalFen), industry: wan(industryFen) },
              }),
            ).find((c) => c.id === 'industry-share-min')?.passed;
          if (passedAt(low)) expect(passedAt(high)).toBe(true);
        },
      ),
    );
  });

  test('with any amounts, the category totals and the city × category grid add up to all rows', () => {
    const rowCount = shanxi2023.cities.reduce((n, city) => n + city.counties.length, 0);
    fc.assert(
      fc.property(fc.array(fen, { minLength: rowCount, maxLength: rowCount }), (amounts) => {
        const doc = ProvinceAllocation.parse(shanxi2023);
        let i = 0;
        for (const city of doc.cities) for (const row of city.counties) row.amount = wan(amounts[i++] ?? 0);
        const all = amounts.reduce((s, a) => s + a, 0);
        const byCategory = totalsByCategory(doc).reduce((s, t) => s + Math.round(Number(t.amount) * 100), 0);
        const byGrid = totalsByCityAndCategory(doc).reduce(
          (s, t) => s + Math.round(Number(t.amount) * 100),
          0,
        );
        expect([byCategory, byGrid]).toEqual([all, all]);
        // the rows moved, so the stated figures no longer match unless by chance: the checks say so
        const checks = checkAllocation(doc);
        const rowsCheck = checks.find((c) => c.id === 'province-total.counties.amount');
        expect(rowsCheck?.actual).toBe(wan(all).replace(/\.?0+$/, '') || '0');
        expect(rowsCheck?.passed).toBe(wan(all) === '172220.00');
      }),
      { numRuns: 50 },
    );
  });
});
