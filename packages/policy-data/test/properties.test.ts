import { Dec, type ScreenResult, Subject, type SubjectInput, screen, sumMoney } from '@huinong/benefits';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { xixiang2023 } from '../src/index.ts';
import { subjectArb } from './arbitraries.ts';

const AS_OF = '2023-09-30';
const screenOf = (input: SubjectInput, engine: 'fast' | 'machine' = 'fast'): ScreenResult =>
  screen(Subject.parse(input), { pack: xixiang2023, asOf: AS_OF, engine });

/** Award quantity fields that no min-ratio condition divides by (see the tianma test below). */
const QUANTITY_FIELDS = ['area', 'contiguousArea', 'trellisArea', 'bags', 'head', 'boxes', 'birds', 'stock'];

describe('properties of every screen', () => {
  test('awards are never negative and the total is the sum of the rounded lines', () => {
    fc.assert(
      fc.property(subjectArb, (input) => {
        const r = screenOf(input);
        for (const l of r.lines) {
          expect(new Dec(l.amount).gte(0)).toBe(true);
          expect(l.amount).toMatch(/^\d+\.\d{2}$/);
          if (l.status !== 'eligible') expect(l.amount).toBe('0.00');
        }
        expect(r.total).toBe(sumMoney(r.lines.filter((l) => l.status === 'eligible').map((l) => l.amount)));
      }),
      { numRuns: 400 },
    );
  });

  test('the fast path gives exactly what the machines give', () => {
    fc.assert(
      fc.property(subjectArb, (input) => {
        expect(screenOf(input, 'fast')).toEqual(screenOf(input, 'machine'));
      }),
      { numRuns: 300 },
    );
  });

  test('the same answer whatever the order of activities and members', () => {
    fc.assert(
      fc.property(subjectArb, fc.integer(), (input, seed) => {
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((x, i) => ({ x, k: (i * 2654435761 + seed) % 1000003 }))
            .sort((a, b) => a.k - b.k)
            .map((p) => p.x);
        const i = input as { activities?: unknown[]; members?: unknown[] };
        const shuffled = {
          ...input,
          activities: shuffle(i.activities ?? []),
          ...(i.members ? { members: shuffle(i.members) } : {}),
        } as SubjectInput;
        const a = screenOf(input);
        const b = screenOf(shuffled);
        expect(b.total).toBe(a.total);
        const key = (r: ScreenResult) => r.lines.map((l) => `${l.standardId}|${l.status}|${l.amount}`).sort();
        expect(key(b)).toEqual(key(a));
      }),
      { numRuns: 300 },
    );
  });

  test('an award is never smaller for more of the same quantity', () => {
    fc.assert(
      fc.property(subjectArb, fc.integer({ min: 1, max: 500 }), (input, extra) => {
        const before = screenOf(input);
        const i = input as { activities?: Record<string, unknown>[] };
        const grown = {
          ...input,
          activities: (i.activities ?? []).map((a) => {
            if (a.type === 'tianma') return a; // 亩均收入: see the next test
            const out: Record<string, unknown> = { ...a };
            for (const f of QUANTITY_FIELDS)
              if (typeof a[f] === 'string') out[f] = new Dec(a[f] as string).plus(extra).toFixed();
            return out;
          }),
        } as SubjectInput;
        const after = screenOf(grown);
        expect(new Dec(after.total).gte(before.total)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('tianma is the literal exception: more area at the same income lowers 亩均收入 and can lose the award', () => {
    const at = (area: number) =>
      screenOf({
        kind: 'household',
        id: 'h',
        category: 'monitored',
        activities: [{ type: 'tianma', area, income: 2000 }],
      }).total;
    expect(at(1)).toBe('1000.00'); // 2000/1 = 2000 per mu ≥ 2000
    expect(at(1.01)).toBe('0.00'); // 2000/1.01 = 1980.2 per mu < 2000
  });
});
