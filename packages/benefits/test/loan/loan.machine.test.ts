import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { type LoanMachineEvent, loanMachine, subsidyWindow } from '../../src/loan/index.ts';
import { params } from './fixtures.ts';

const input = {
  loanId: 'L1',
  principal: '80000',
  termMonths: 12,
  rate: '3.45',
  cap: '50000',
  subsidyYears: 3,
  dayCountBasis: 360 as const,
  share: params.share,
  settlement: params.settlement,
  clause: '五(一)1',
};

function run(events: LoanMachineEvent[]) {
  const actor = createActor(loanMachine, { input }).start();
  const states: string[] = [String(actor.getSnapshot().value)];
  for (const e of events) {
    actor.send(e);
    states.push(String(actor.getSnapshot().value));
  }
  return { snapshot: actor.getSnapshot(), states };
}

describe('loan machine', () => {
  test('applied → accruing ⇄ overdue → repaid, accruing as it goes', () => {
    const { snapshot, states } = run([
      { type: 'loan.disbursed', date: '2023-09-22' },
      { type: 'loan.overdue.started', date: '2023-10-21' },
      { type: 'loan.overdue.ended', date: '2023-11-10' },
      { type: 'loan.repaid', date: '2023-12-01', amount: '30000' },
      { type: 'quarter.settled', date: '2023-12-20' },
      { type: 'loan.repaid', date: '2024-01-10', amount: '50000' },
      { type: 'quarter.settled', date: '2024-03-20' },
    ]);
    expect(states).toEqual([
      'applied',
      'accruing',
      'overdue',
      'accruing',
      'accruing',
      'accruing',
      'repaid',
      'repaid',
    ]);
    const [q4, q1] = snapshot.context.lines;
    // Sep 22 – Oct 20: 29 days on 50000; Oct 21 – Nov 9 overdue (20); Nov 10 – Nov 30: 21 days on
    // 50000 (80000 outstanding); Dec 1 – Dec 20: 20 days on 50000 (50000 outstanding)
    // 50000 × 70 × 0.0345 / 360 = 335.416… → 335.42
    expect(q4).toMatchObject({ days: 70, overdueDays: 20, amount: '335.42' });
    // Dec 21 – Jan 9: 20 days on 50000 → 50000 × 20 × 0.0345 / 360 = 95.833… → 95.83
    expect(q1).toMatchObject({ days: 20, amount: '95.83' });
    expect(snapshot.context.repaidOn).toBe('2024-01-10');
    expect(snapshot.context.outstanding).toBe('0');
  });

  test('an extension returns to accruing with a new maturity and leaves the window alone', () => {
    const { snapshot, states } = run([
      { type: 'loan.disbursed', date: '2023-09-22' },
      { type: 'loan.extended', date: '2024-08-01', newTermMonths: 18 },
    ]);
    expect(states).toEqual(['applied', 'accruing', 'accruing']);
    expect(snapshot.context.maturity).toBe('2025-03-22');
    expect(snapshot.context.originalMaturity).toBe('2024-09-22');
    expect(snapshot.context.subsidyEnd).toBe('2024-09-22');
    expect(snapshot.context.extensions).toEqual([
      { date: '2024-08-01', newTermMonths: 18, maturity: '2025-03-22' },
    ]);
  });

  test('reaching maturity unpaid moves to matured; a late repayment still closes the loan', () => {
    const { snapshot, states } = run([
      { type: 'loan.disbursed', date: '2023-09-22' },
      { type: 'quarter.settled', date: '2024-09-20' },
      { type: 'quarter.settled', date: '2024-12-20' },
      { type: 'loan.repaid', date: '2025-01-15', amount: '80000' },
    ]);
    expect(states).toEqual(['applied', 'accruing', 'accruing', 'matured', 'repaid']);
    // the first settlement accrued Sep 22 2023 – Sep 20 2024 (365 days); the second only Sep 21
    expect(snapshot.context.lines.map((l) => l.days)).toEqual([365, 1]);
    // Sep 22 – Dec 20 2024 after maturity: 90 days outstanding outside the window
    expect(snapshot.context.afterEndDays).toBe(90);
  });

  test('events a state does not handle are refused (can() is false)', () => {
    const actor = createActor(loanMachine, { input }).start();
    expect(actor.getSnapshot().can({ type: 'loan.repaid', date: '2023-10-01', amount: '1' })).toBe(false);
    actor.send({ type: 'loan.disbursed', date: '2023-09-22' });
    expect(actor.getSnapshot().can({ type: 'loan.overdue.ended', date: '2023-10-01' })).toBe(false);
  });

  test.for([
    // 12 months: maturity first
    { date: '2023-09-22', term: 12, maturity: '2024-09-22', end: '2024-09-22', by: 'maturity' },
    // 36 months: maturity and 3 years coincide; maturity named
    { date: '2024-02-29', term: 36, maturity: '2027-02-28', end: '2027-02-28', by: 'maturity' },
    // 48 months (refused by eligibility; the window function still caps at 3 years)
    { date: '2023-09-22', term: 48, maturity: '2027-09-22', end: '2026-09-22', by: 'years' },
  ])('subsidy window of a $term-month loan disbursed $date', (c) => {
    expect(subsidyWindow(c.date, c.term, 3)).toEqual({ maturity: c.maturity, end: c.end, by: c.by });
  });
});
