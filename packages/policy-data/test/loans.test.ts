import { type ScreenResult, Subject, type SubjectInput, screen } from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { lprSeries, xixiang2023 } from '../src/index.ts';

const withLoan = (
  category: 'poverty-alleviated' | 'monitored' | 'ordinary',
  loan: Record<string, unknown>,
  extra = {},
) =>
  ({
    kind: 'household',
    id: 'h',
    category,
    ...extra,
    members: [
      { id: 'm1', loans: [{ id: 'L1', purpose: 'production', termMonths: 12, events: [], ...loan }] },
    ],
  }) as unknown as SubjectInput;

const run = (
  input: SubjectInput,
  asOf = '2023-12-31',
  lpr: typeof lprSeries | null = lprSeries,
): ScreenResult => screen(Subject.parse(input), { pack: xixiang2023, asOf, ...(lpr ? { lpr } : {}) });

const loanLine = (r: ScreenResult) => {
  const l = r.lines.find((x) => x.standardId === 'microcredit-interest');
  if (!l) throw new Error('no microcredit-interest line');
  return l;
};

describe('五(一)1 microcredit-interest through screen', () => {
  test('a 脱贫户 loan of 50,000 disbursed 2023-06-21 at the one-year LPR 3.55%', () => {
    const line = loanLine(
      run(withLoan('poverty-alleviated', { principal: 50000, disbursedOn: '2023-06-21' })),
    );
    expect(line.status).toBe('eligible');
    expect(line.key).toBe('microcredit-interest#m1/L1');
    // 2023Q3: 06-21 … 09-20 = 10 + 31 + 31 + 20 = 92 days: 50000 × 0.0355 × 92 / 360 = 453.611… → 453.61
    // 2023Q4: 09-21 … 12-20 = 10 + 31 + 30 + 20 = 91 days: 50000 × 0.0355 × 91 / 360 = 448.680… → 448.68
    expect(line.periods?.filter((p) => p.counted).map((p) => [p.quarter, p.days, p.amount])).toEqual([
      ['2023Q3', 92, '453.61'],
      ['2023Q4', 91, '448.68'],
    ]);
    expect(line.amount).toBe('902.29');
    expect(line.basis.rate).toBe('0.0355');
    // the rest of the schedule settles in 2024: outside this plan, shown but not counted
    expect(line.periods?.some((p) => !p.counted && p.settlementDate > '2023-12-31')).toBe(true);
  });

  test('80,000 gets the same subsidy: only the first 50,000 is subsidised', () => {
    const a = loanLine(run(withLoan('poverty-alleviated', { principal: 50000, disbursedOn: '2023-06-21' })));
    const b = loanLine(run(withLoan('poverty-alleviated', { principal: 80000, disbursedOn: '2023-06-21' })));
    expect(b.amount).toBe(a.amount);
  });

  test('the day before and the day of the 2023-08-21 LPR change: 3.55% then 3.45%', () => {
    expect(
      loanLine(
        run(
          withLoan(
            'monitored',
            { principal: 50000, disbursedOn: '2023-08-20' },
            { monitoredType: 'marginal' },
          ),
        ),
      ).basis.rate,
    ).toBe('0.0355');
    expect(
      loanLine(
        run(
          withLoan(
            'monitored',
            { principal: 50000, disbursedOn: '2023-08-21' },
            { monitoredType: 'marginal' },
          ),
        ),
      ).basis.rate,
    ).toBe('0.0345');
  });

  test('a two-year loan takes the five-year-and-above LPR (4.20% on 2023-07-01)', () => {
    expect(
      loanLine(
        run(withLoan('poverty-alleviated', { principal: 30000, disbursedOn: '2023-07-01', termMonths: 24 })),
      ).basis.rate,
    ).toBe('0.042');
  });

  test('an ordinary household is refused with the clause', () => {
    const line = loanLine(run(withLoan('ordinary', { principal: 50000, disbursedOn: '2023-06-21' })));
    expect(line.status).toBe('ineligible');
    expect(line.reason?.clause).toBe('五(一)1');
    expect(line.amount).toBe('0.00');
  });

  test('without the LPR series the line asks for it', () => {
    const line = loanLine(
      run(
        withLoan('poverty-alleviated', { principal: 50000, disbursedOn: '2023-06-21' }),
        '2023-12-31',
        null,
      ),
    );
    expect(line.status).toBe('needs-information');
    expect(line.reason?.condition).toBe('lpr');
  });

  test('a repayment before disbursement is a field error naming the field', () => {
    const r = Subject.safeParse(
      withLoan('poverty-alleviated', {
        principal: 50000,
        disbursedOn: '2023-06-21',
        events: [{ type: 'repayment', date: '2023-06-01', amount: 1000 }],
      }),
    );
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe('members.0.loans.0.events.0.date');
    expect(r.error?.issues[0]?.message).toContain('还款日期 repayment date');
  });
});

describe('五(一)2 mutual-fund-fee through screen: the occupancy fee paid', () => {
  const withFee = (
    category: 'poverty-alleviated' | 'monitored' | 'ordinary',
    loan: Record<string, unknown>,
  ) =>
    ({
      kind: 'household',
      id: 'h',
      category,
      members: [
        {
          id: 'm1',
          mutualFundLoans: [{ id: 'F1', isMember: true, purpose: 'production', feePaid: '320.50', ...loan }],
        },
      ],
    }) as unknown as SubjectInput;
  const feeLine = (r: ScreenResult) => r.lines.find((l) => l.standardId === 'mutual-fund-fee');

  test.for<
    [
      string,
      'poverty-alleviated' | 'monitored' | 'ordinary',
      Record<string, unknown>,
      string,
      string,
      string?,
    ]
  >([
    ['a 脱贫户 member borrowing for production', 'poverty-alleviated', {}, 'eligible', '320.50'],
    ['a 监测对象 member (含监测对象)', 'monitored', { feePaid: 88 }, 'eligible', '88.00'],
    [
      'not a member of the association',
      'poverty-alleviated',
      { isMember: false },
      'ineligible',
      '0.00',
      'member',
    ],
    [
      'borrowing for something else',
      'poverty-alleviated',
      { purpose: 'other' },
      'ineligible',
      '0.00',
      'purpose',
    ],
    ['an ordinary household', 'ordinary', {}, 'ineligible', '0.00', 'subject'],
    [
      'membership not stated',
      'poverty-alleviated',
      { isMember: undefined },
      'needs-information',
      '0.00',
      'member',
    ],
  ])('%s', ([, category, loan, status, amount, reason]) => {
    const line = feeLine(run(withFee(category, loan)));
    expect(line?.status).toBe(status);
    expect(line?.amount).toBe(amount);
    expect(line?.clause).toBe('五(一)2');
    if (reason) expect(line?.reason?.condition).toBe(reason);
  });
});
