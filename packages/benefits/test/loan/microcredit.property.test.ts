import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec, sumMoney } from '../../src/core/money.ts';
import {
  addDaysIso,
  addMonthsIso,
  addYearsIso,
  Loan,
  type LoanEvent,
  type MicrocreditSchedule,
  scheduleMicrocredit,
} from '../../src/loan/index.ts';
import { ctx } from './fixtures.ts';

const FIRST = '2019-08-20';
const CAP_FEN = 5_000_000;

/** A valid loan built from random parts: repayments never exceed the principal, overdue never overlaps. */
const arbLoan = fc
  .record({
    principalFen: fc.integer({ min: 1, max: 10_000_000 }),
    start: fc.integer({ min: 0, max: 2300 }),
    termMonths: fc.integer({ min: 1, max: 36 }),
    repayments: fc.array(
      fc.record({ at: fc.integer({ min: 0, max: 1200 }), pct: fc.integer({ min: 1, max: 100 }) }),
      {
        maxLength: 4,
      },
    ),
    overdue: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 1200 }),
        length: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
    asOf: fc.integer({ min: 0, max: 1500 }),
  })
  .map((r) => {
    const disbursedOn = addDaysIso(FIRST, r.start);
    const events: LoanEvent[] = [];
    let left = r.principalFen;
    let repaidOn: string | null = null;
    for (const x of [...r.repayments].sort((a, b) => a.at - b.at)) {
      if (left === 0) break;
      const fen = x.pct === 100 ? left : Math.max(1, Math.floor((left * x.pct) / 100));
      left -= fen;
      const date = addDaysIso(disbursedOn, x.at);
      events.push({ type: 'repayment', date, amount: (fen / 100).toFixed(2) });
      if (left === 0) repaidOn = date;
    }
    let from = 0;
    for (const o of [...r.overdue].sort((a, b) => a.at - b.at)) {
      const start = Math.max(o.at, from);
      const date = addDaysIso(disbursedOn, start);
      if (repaidOn !== null && date >= repaidOn) break;
      if (o.length === undefined) {
        events.push({ type: 'overdue', from: date });
        break;
      }
      events.push({ type: 'overdue', from: date, to: addDaysIso(disbursedOn, start + o.length) });
      from = start + o.length;
    }
    const loan = Loan.parse({
      id: 'P',
      borrowerCategory: 'poverty-alleviated',
      purpose: 'production',
      principal: (r.principalFen / 100).toFixed(2),
      disbursedOn,
      termMonths: r.termMonths,
      events,
    });
    return { loan, asOf: addDaysIso(disbursedOn, r.asOf) };
  });

/** Day by day, independently of the machine: Σ min(outstanding, cap) in fen-days, and the day count. */
function reference(loan: Loan): { days: number; principalFenDays: number } {
  const end = [
    addMonthsIso(loan.disbursedOn, loan.termMonths),
    addYearsIso(loan.disbursedOn, 3),
  ].sort()[0] as string;
  const repayments = loan.events.filter((e) => e.type === 'repayment');
  const overdue = loan.events.filter((e) => e.type === 'overdue');
  const principal = Math.round(Number(loan.principal) * 100);
  let days = 0;
  let sum = 0;
  for (let d = loan.disbursedOn; d < end; d = addDaysIso(d, 1)) {
    const repaid = repayments
      .filter((r) => r.date <= d)
      .reduce((s, r) => s + Math.round(Number(r.amount) * 100), 0);
    const outstanding = principal - repaid;
    if (outstanding <= 0) break;
    if (overdue.some((o) => o.from <= d && (o.to === undefined || d < o.to))) continue;
    days += 1;
    sum += Math.min(outstanding, CAP_FEN);
  }
  return { days, principalFenDays: sum };
}

const all = (s: MicrocreditSchedule) => new Dec(s.total).plus(s.projected.total);

// a schedule runs the machine over a few dozen events: allow for slow CI machines
describe('microcredit-interest: properties', { timeout: 30_000 }, () => {
  test('the subsidy never exceeds the interest on 50,000 for the subsidised days, and is never negative', () => {
    fc.assert(
      fc.property(arbLoan, ({ loan, asOf }) => {
        const s = scheduleMicrocredit(loan, ctx(asOf));
        expect(s.status).toBe('eligible');
        for (const l of s.lines) {
          expect(new Dec(l.amount).gte(0)).toBe(true);
          expect(new Dec(l.amount).lte(l.interestOnCap)).toBe(true);
        }
        expect(new Dec(s.total).lte(s.interestOnCap)).toBe(true);
        expect(new Dec(s.projected.total).lte(s.projected.interestOnCap)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('more overdue days never raise it', () => {
    fc.assert(
      fc.property(arbLoan, ({ loan, asOf }) => {
        const overdue = loan.events.filter((e) => e.type === 'overdue');
        const others = loan.events.filter((e) => e.type !== 'overdue');
        // the loan with its first k overdue stretches, k = 0 … n: each adds days, never subsidy
        let previous: Dec | null = null;
        for (let k = 0; k <= overdue.length; k++) {
          const s = scheduleMicrocredit({ ...loan, events: [...others, ...overdue.slice(0, k)] }, ctx(asOf));
          const total = all(s);
          if (previous !== null) expect(total.lte(previous)).toBe(true);
          previous = total;
        }
      }),
      { numRuns: 150 },
    );
  });

  test('the sum of the quarters equals the whole', () => {
    fc.assert(
      fc.property(arbLoan, ({ loan, asOf }) => {
        const s = scheduleMicrocredit(loan, ctx(asOf));
        const ref = reference(loan);
        // days and day-weighted principal: quarter by quarter = day by day over the whole loan
        expect(s.lines.reduce((n, l) => n + l.days, 0)).toBe(ref.days);
        expect(s.days + s.projected.days).toBe(ref.days);
        const principalDays = s.lines.reduce((x, l) => x.plus(l.principalDays), new Dec(0));
        expect(principalDays.times(100).toNumber()).toBe(ref.principalFenDays);
        // money: totals are sums of rounded lines, each within half a fen of its exact value
        expect(all(s).toFixed(2)).toBe(sumMoney(s.lines.map((l) => l.amount)));
        const rate = s.rate?.rate ?? '0';
        const whole = new Dec(ref.principalFenDays).div(100).times(rate).div(36000);
        expect(all(s).minus(whole).abs().lte(new Dec(0.005).times(s.lines.length))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('more principal never lowers it (no repayments)', () => {
    fc.assert(
      fc.property(arbLoan, fc.integer({ min: 1, max: 5_000_000 }), ({ loan, asOf }, extraFen) => {
        const plain = { ...loan, events: loan.events.filter((e) => e.type === 'overdue') };
        const more = { ...plain, principal: new Dec(loan.principal).plus(extraFen / 100).toFixed() };
        if (new Dec(more.principal).gt(100000)) return;
        const a = scheduleMicrocredit(plain, ctx(asOf));
        const b = scheduleMicrocredit(more, ctx(asOf));
        expect(all(b).gte(all(a))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
