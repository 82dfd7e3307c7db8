import { describe, expect, test } from 'vitest';
import { type LoanInput, MicrocreditParams, scheduleMicrocredit } from '../../src/loan/index.ts';
import { ctx, loan, lpr, params } from './fixtures.ts';

/**
 * Hand-computed cases. Convention: a quarter settles on the 20th of Mar/Jun/Sep/Dec and covers
 * (previous 20th, this 20th]; the disbursement day accrues, the repayment day does not.
 * Daily subsidy = min(outstanding, 50,000) × LPR ÷ 360; a line is rounded once, half-up.
 *
 * The base loan: 50,000, 12 months, disbursed Fri 2023-09-22; the 1-year LPR in force is the
 * 2023-08-21 fixing, 3.45 %. Its first quarter (settled 2023-12-20) holds
 * Sep 22–30 (9) + Oct (31) + Nov (30) + Dec 1–20 (20) = 90 days.
 */

interface Case {
  name: string;
  loan: Partial<LoanInput>;
  /** the settlement date of the line checked */
  settles: string;
  days: number;
  amount: string;
  rate: string;
}

describe('microcredit-interest: quarter lines', () => {
  test.for<Case>([
    {
      // 50000 × 0.0345 × 90 / 360 = 155250 / 360 = 431.25
      name: '50,000 at 3.45 % for 90 days',
      loan: {},
      settles: '2023-12-20',
      days: 90,
      amount: '431.25',
      rate: '3.45',
    },
    {
      // only 50,000 of the 80,000 is subsidised: the same 431.25
      name: '80,000: the part above 50,000 gets nothing',
      loan: { principal: '80000' },
      settles: '2023-12-20',
      days: 90,
      amount: '431.25',
      rate: '3.45',
    },
    {
      // Sep 22 – Nov 9: 49 days on min(80000, 50000) = 50000; Nov 10 – Dec 20: 41 days on 40000
      // (50000 × 49 + 40000 × 41) × 0.0345 / 360 = 4090000 × 0.0345 / 360 = 141105 / 360
      // = 391.958… → 391.96
      name: '80,000 with 40,000 repaid on 2023-11-10 (mid-quarter)',
      loan: { principal: '80000', events: [{ type: 'repayment', date: '2023-11-10', amount: '40000' }] },
      settles: '2023-12-20',
      days: 90,
      amount: '391.96',
      rate: '3.45',
    },
    {
      // (50000 × 49 + 30000 × 41) × 0.0345 / 360 = 3680000 × 0.0345 / 360 = 126960 / 360
      // = 352.666… → 352.67
      name: '50,000 with 20,000 repaid on 2023-11-10',
      loan: { events: [{ type: 'repayment', date: '2023-11-10', amount: '20000' }] },
      settles: '2023-12-20',
      days: 90,
      amount: '352.67',
      rate: '3.45',
    },
    {
      // repaid in full on 2023-11-10: Sep 22 – Nov 9 = 49 days; 50000 × 0.0345 × 49 / 360
      // = 84525 / 360 = 234.791… → 234.79
      name: '50,000 repaid in full on 2023-11-10',
      loan: { events: [{ type: 'repayment', date: '2023-11-10', amount: '50000' }] },
      settles: '2023-12-20',
      days: 49,
      amount: '234.79',
      rate: '3.45',
    },
    {
      // overdue from Oct 21 until cured on Nov 10: Oct 21–31 (11) + Nov 1–9 (9) = 20 days excluded;
      // 90 − 20 = 70 days: 50000 × 0.0345 × 70 / 360 = 120750 / 360 = 335.416… → 335.42
      name: 'an overdue stretch of 20 days',
      loan: { events: [{ type: 'overdue', from: '2023-10-21', to: '2023-11-10' }] },
      settles: '2023-12-20',
      days: 70,
      amount: '335.42',
      rate: '3.45',
    },
    {
      // disbursed Sun 2023-08-20: the 2023-07-20 fixing (3.55) is still in force.
      // Aug 20–31 (12) + Sep 1–20 (20) = 32 days: 50000 × 0.0355 × 32 / 360 = 56800 / 360
      // = 157.777… → 157.78
      name: 'disbursed the day before an LPR change (2023-08-20): 3.55',
      loan: { disbursedOn: '2023-08-20' },
      settles: '2023-09-20',
      days: 32,
      amount: '157.78',
      rate: '3.55',
    },
    {
      // disbursed Mon 2023-08-21, the day of the 3.45 fixing: Aug 21–31 (11) + Sep 1–20 (20) = 31;
      // 50000 × 0.0345 × 31 / 360 = 53475 / 360 = 148.541… → 148.54
      name: 'disbursed the day of an LPR change (2023-08-21): 3.45',
      loan: { disbursedOn: '2023-08-21' },
      settles: '2023-09-20',
      days: 31,
      amount: '148.54',
      rate: '3.45',
    },
    {
      // 24 months → five-year-and-above LPR in force on 2023-09-22: 4.20.
      // 50000 × 0.042 × 90 / 360 = 189000 / 360 = 525.00
      name: 'a 2-year loan at the five-year rate',
      loan: { termMonths: 24 },
      settles: '2023-12-20',
      days: 90,
      amount: '525.00',
      rate: '4.20',
    },
    {
      // 13 months is past the one-year bucket: 4.20 as well
      name: '13 months: five-year rate',
      loan: { termMonths: 13 },
      settles: '2023-12-20',
      days: 90,
      amount: '525.00',
      rate: '4.20',
    },
    {
      // 36 months (3 years, inclusive) is still eligible, at the five-year rate
      name: '36 months: eligible, five-year rate',
      loan: { termMonths: 36 },
      settles: '2023-12-20',
      days: 90,
      amount: '525.00',
      rate: '4.20',
    },
    {
      // the 结息日 belongs to the quarter it closes: one day, 50000 × 0.0345 / 360 = 4.791… → 4.79
      name: 'disbursed on the 结息日 2023-12-20: one day in that quarter',
      loan: { disbursedOn: '2023-12-20' },
      settles: '2023-12-20',
      days: 1,
      amount: '4.79',
      rate: '3.45',
    },
    {
      // repaid in full on 2023-10-01: Sep 22–30 = 9 days; 50000 × 0.0345 × 9 / 360 = 15525 / 360
      // = 43.125 → 43.13 (half-up, and exact: the rate is divided once, at the end)
      name: 'half-up at .xx5: 9 days → 43.125 → 43.13',
      loan: { events: [{ type: 'repayment', date: '2023-10-01', amount: '50000' }] },
      settles: '2023-12-20',
      days: 9,
      amount: '43.13',
      rate: '3.45',
    },
    {
      // maturity 2024-09-22: the last subsidised day, Sep 21, falls after the 2024-09-20 结息日,
      // so it is a one-day line settled 2024-12-20: 50000 × 0.0345 × 1 / 360 = 4.791… → 4.79
      name: 'the day before maturity is settled in the next quarter',
      loan: {},
      settles: '2024-12-20',
      days: 1,
      amount: '4.79',
      rate: '3.45',
    },
  ])('$name', (c) => {
    const s = scheduleMicrocredit(loan(c.loan), ctx());
    expect(s.standardId).toBe('microcredit-interest');
    expect(s.status).toBe('eligible');
    expect(s.rate?.rate).toBe(c.rate);
    const line = s.lines.find((l) => l.settlementDate === c.settles);
    expect(line).toBeDefined();
    expect(line?.days).toBe(c.days);
    expect(line?.amount).toBe(c.amount);
    expect(line?.rate).toBe(c.rate);
    expect(line?.dayCount).toBe('实际天数/360');
    expect(line?.clause).toBe('五(一)1');
  });

  test('the whole base loan: five quarters, 366 days (2024 is a leap year)', () => {
    const s = scheduleMicrocredit(loan(), ctx('2024-12-31'));
    // 2023Q4: 90 days → 431.25
    // 2024Q1: Dec 21 – Mar 20 = 11 + 31 + 29 + 20 = 91 days → 436.041… → 436.04
    // 2024Q2: Mar 21 – Jun 20 = 11 + 30 + 31 + 20 = 92 → 440.833… → 440.83
    // 2024Q3: Jun 21 – Sep 20 = 10 + 31 + 31 + 20 = 92 → 440.83
    // 2024Q4: Sep 21 only (maturity 2024-09-22 is not counted) → 4.79
    expect(s.lines.map((l) => [l.quarter, l.period.from, l.period.to, l.days, l.amount])).toEqual([
      ['2023Q4', '2023-09-21', '2023-12-20', 90, '431.25'],
      ['2024Q1', '2023-12-21', '2024-03-20', 91, '436.04'],
      ['2024Q2', '2024-03-21', '2024-06-20', 92, '440.83'],
      ['2024Q3', '2024-06-21', '2024-09-20', 92, '440.83'],
      ['2024Q4', '2024-09-21', '2024-12-20', 1, '4.79'],
    ]);
    // the total is the sum of rounded lines: 431.25 + 436.04 + 440.83 + 440.83 + 4.79 = 1753.74,
    // a fen below the whole year rounded once (366 × 115/24 = 1753.75)
    expect(s.total).toBe('1753.74');
    expect(s.days).toBe(366);
    // 50000 × 0.0345 / 360 per day on the cap: the same lines
    expect(s.interestOnCap).toBe('1753.74');
    expect(s.window).toMatchObject({ from: '2023-09-22', lastDay: '2024-09-21', endsBy: 'maturity' });
  });

  test('segments show the day-weighted principal', () => {
    const s = scheduleMicrocredit(
      loan({ principal: '80000', events: [{ type: 'repayment', date: '2023-11-10', amount: '40000' }] }),
      ctx(),
    );
    const q4 = s.lines[0];
    expect(q4?.segments).toEqual([
      { from: '2023-09-22', to: '2023-11-09', days: 49, principal: '50000', share: '1' },
      { from: '2023-11-10', to: '2023-12-20', days: 41, principal: '40000', share: '1' },
    ]);
    // 50000 × 49 + 40000 × 41 = 4,090,000
    expect(q4?.principalDays).toBe('4090000');
    expect(q4?.share).toBe('1');
  });

  test('a quarter wholly overdue is shown with 0.00 and its overdue days', () => {
    // overdue from the 2023-12-21 through 2024-03-20 (cured 2024-03-21): the 2024Q1 line is empty
    const s = scheduleMicrocredit(
      loan({ events: [{ type: 'overdue', from: '2023-12-21', to: '2024-03-21' }] }),
      ctx(),
    );
    const q1 = s.lines.find((l) => l.quarter === '2024Q1');
    expect(q1).toMatchObject({ days: 0, overdueDays: 91, amount: '0.00' });
    expect(s.window?.overdueDays).toBe(91);
    expect(s.trace.find((t) => t.condition === 'overdue')?.value).toBe('91');
  });

  test('an open overdue (no end) excludes every later day', () => {
    const s = scheduleMicrocredit(loan({ events: [{ type: 'overdue', from: '2023-12-21' }] }), ctx());
    expect(s.lines.map((l) => l.amount)).toEqual(['431.25', '0.00', '0.00', '0.00', '0.00']);
  });

  test('an overdue stretch recorded as ending after the loan was repaid ends with the loan', () => {
    // overdue from Oct 21, repaid in full Nov 10, overdue recorded to Dec 1: Sep 22 – Oct 20 = 29 days
    // 50000 × 0.0345 × 29 / 360 = 50025 / 360 = 138.958… → 138.96
    const s = scheduleMicrocredit(
      loan({
        events: [
          { type: 'overdue', from: '2023-10-21', to: '2023-12-01' },
          { type: 'repayment', date: '2023-11-10', amount: '50000' },
        ],
      }),
      ctx(),
    );
    expect(s.lines.map((l) => [l.days, l.overdueDays, l.amount])).toEqual([[29, 20, '138.96']]);
    expect(s.window).toMatchObject({ endsBy: 'repayment', lastDay: '2023-11-09', repaidOn: '2023-11-10' });
  });

  test('a dated share change splits a quarter (hypothetical 50 % from 2024-01-01)', () => {
    const p = MicrocreditParams.parse({
      ...params,
      share: [
        { from: '2019-01-01', value: '1' },
        { from: '2024-01-01', value: '0.5' },
      ],
    });
    const s = scheduleMicrocredit(loan(), { params: p, lpr, asOf: '2026-01-01' });
    const q1 = s.lines.find((l) => l.quarter === '2024Q1');
    // Dec 21–31: 11 days at 1; Jan 1 – Mar 20: 80 days at 0.5 → 50000 × 0.0345 / 360 × (11 + 40)
    // = 4.791666… × 51 = 244.375 → 244.38
    expect(q1?.segments.map((x) => [x.days, x.share])).toEqual([
      [11, '1'],
      [80, '0.5'],
    ]);
    expect(q1?.share).toBeNull();
    expect(q1?.amount).toBe('244.38');
    // interestOnCap ignores the share: 50000 × 0.0345 × 91 / 360 = 436.04
    expect(q1?.interestOnCap).toBe('436.04');
  });
});

describe('microcredit-interest: eligibility', () => {
  interface Refusal {
    name: string;
    loan: Partial<LoanInput>;
    condition: string;
    value: string;
    threshold: string;
  }
  test.for<Refusal>([
    {
      name: 'an ordinary household',
      loan: { borrowerCategory: 'ordinary' },
      condition: 'subject',
      value: '一般农户',
      threshold: '建档立卡脱贫人口、边缘易致贫人口（监测对象成员）',
    },
    {
      name: 'a loan for other use',
      loan: { purpose: 'other' },
      condition: 'purpose',
      value: '其他用途',
      threshold: '发展生产',
    },
    {
      name: '100,000.01: above the 100,000 limit',
      loan: { principal: '100000.01' },
      condition: 'principal',
      value: '100000.01',
      threshold: '100000',
    },
    { name: '37 months', loan: { termMonths: 37 }, condition: 'term', value: '37', threshold: '36' },
    {
      name: 'a 4-year loan (48 months)',
      loan: { termMonths: 48 },
      condition: 'term',
      value: '48',
      threshold: '36',
    },
  ])('refuses $name, citing 五(一)1', (c) => {
    const s = scheduleMicrocredit(loan(c.loan), ctx());
    expect(s.status).toBe('ineligible');
    expect(s.reason).toMatchObject({
      clause: '五(一)1',
      condition: c.condition,
      value: c.value,
      threshold: c.threshold,
    });
    expect(s.reason?.passed).toBe(false);
    expect(s.clauseText).toContain('3年内');
    expect(s.lines).toEqual([]);
    expect(s.total).toBe('0.00');
  });

  test('the 4-year loan names the other reading of "3年内"', () => {
    const s = scheduleMicrocredit(loan({ termMonths: 48 }), ctx());
    expect(s.notes.some((n) => n.zh.includes('只贴前3年') && n.en.includes('first 3 years'))).toBe(true);
  });

  test.for([
    { name: 'exactly 100,000', loan: { principal: '100000' } },
    {
      name: 'a monitored member (边缘易致贫户)',
      loan: { borrowerCategory: 'monitored', monitoredType: 'marginal' },
    },
    { name: 'a monitored member, type not given', loan: { borrowerCategory: 'monitored' } },
  ] as { name: string; loan: Partial<LoanInput> }[])('accepts $name', (c) => {
    const s = scheduleMicrocredit(loan(c.loan), ctx());
    expect(s.status).toBe('eligible');
    expect(s.trace.filter((t) => t.op !== 'info').every((t) => t.passed)).toBe(true);
  });

  test('a sudden-hardship monitored member is accepted with the reading noted', () => {
    const s = scheduleMicrocredit(
      loan({ borrowerCategory: 'monitored', monitoredType: 'sudden-hardship' }),
      ctx(),
    );
    expect(s.status).toBe('eligible');
    expect(s.notes.some((n) => n.zh.includes('边缘易致贫人口'))).toBe(true);
  });

  test('every eligibility check is in the trace with value, threshold and result', () => {
    const s = scheduleMicrocredit(loan({ principal: '80000' }), ctx());
    const byId = Object.fromEntries(s.trace.map((t) => [t.condition, t]));
    expect(byId.subject).toMatchObject({ op: 'in', value: '脱贫户成员', passed: true });
    expect(byId.purpose).toMatchObject({ op: 'eq', value: '发展生产', passed: true });
    expect(byId.principal).toMatchObject({
      op: 'lte',
      value: '80000',
      threshold: '100000',
      unit: 'yuan',
      passed: true,
    });
    expect(byId['subsidised-principal']).toMatchObject({ value: '50000', threshold: '50000' });
    expect(byId.term).toMatchObject({ op: 'lte', value: '12', threshold: '36', unit: 'month', passed: true });
    expect(byId.rate).toMatchObject({ value: '3.45', threshold: '2023-08-21 1年期LPR', unit: 'percent' });
    expect(byId['day-count']?.value).toBe('实际天数/360');
    expect(byId['interest-period']).toMatchObject({
      value: '每季末月20日结息（3、6、9、12月）',
      threshold: '(上一结息日, 本结息日]',
    });
    expect(byId.share?.value).toBe('1');
    expect(s.rate).toMatchObject({ tenor: 'one-year', rate: '3.45', fixing: { date: '2023-08-21' } });
  });
});

describe('microcredit-interest: rate data', () => {
  test.for([
    { name: 'before the LPR reform (2019-08-19)', disbursedOn: '2019-08-19' },
    { name: 'on the day the next fixing is due after the data (2026-03-20)', disbursedOn: '2026-03-20' },
  ])('needs information when disbursed $name', ({ disbursedOn }) => {
    const s = scheduleMicrocredit(loan({ disbursedOn }), ctx('2026-12-31'));
    expect(s.status).toBe('needs-information');
    expect(s.reason).toMatchObject({ condition: 'lpr', value: null, passed: false });
    expect(s.lines).toEqual([]);
  });

  test('the first reformed fixing applies from 2019-08-20', () => {
    const s = scheduleMicrocredit(loan({ disbursedOn: '2019-08-20' }), ctx());
    expect(s.rate?.rate).toBe('4.25');
  });

  test('the last fixing still applies the day before the next is due (2026-03-19)', () => {
    const s = scheduleMicrocredit(loan({ disbursedOn: '2026-03-19' }), ctx());
    expect(s.status).toBe('eligible');
    expect(s.rate?.fixing.date).toBe('2026-02-24');
  });
});

describe('microcredit-interest: extension', () => {
  test('an extension does not extend the subsidy beyond the original term', () => {
    const extended = scheduleMicrocredit(
      loan({ events: [{ type: 'extension', date: '2024-08-01', newTermMonths: 24 }] }),
      ctx('2026-01-01'),
    );
    const plain = scheduleMicrocredit(loan(), ctx('2026-01-01'));
    expect(extended.lines).toEqual(plain.lines);
    expect(extended.total).toBe('1753.74');
    expect(extended.window).toMatchObject({
      originalMaturity: '2024-09-22',
      maturity: '2025-09-22',
      lastDay: '2024-09-21',
    });
    const x = extended.trace.find((t) => t.condition === 'extension');
    expect(x).toMatchObject({
      value: '2024-08-01 展期至 2025-09-22（24个月）',
      threshold: '贴息止于原到期日 2024-09-22',
    });
    expect(extended.notes.some((n) => n.en.includes('original maturity'))).toBe(true);
  });
});

describe('microcredit-interest: as of', () => {
  test.for([
    // the day before the 2024Q1 结息日: only 2023Q4 is due;
    // projected 436.04 + 440.83 + 440.83 + 4.79 = 1322.49
    { asOf: '2024-03-19', due: ['2023Q4'], total: '431.25', projected: '1322.49' },
    // on the 结息日 itself the quarter is due: 431.25 + 436.04 = 867.29; 440.83 + 440.83 + 4.79 = 886.45
    { asOf: '2024-03-20', due: ['2023Q4', '2024Q1'], total: '867.29', projected: '886.45' },
    // before the first settlement nothing is due
    { asOf: '2023-10-01', due: [], total: '0.00', projected: '1753.74' },
  ])('as of $asOf', (c) => {
    const s = scheduleMicrocredit(loan(), ctx(c.asOf));
    expect(s.lines.filter((l) => l.status === 'due').map((l) => l.quarter)).toEqual(c.due);
    expect(s.total).toBe(c.total);
    expect(s.projected.total).toBe(c.projected);
    expect(s.trace.find((t) => t.condition === 'as-of')?.value).toBe(c.asOf);
  });
});
