import { describe, expect, test } from 'vitest';
import { fullRepaymentDate, Loan, type LoanInput, MicrocreditParams } from '../../src/loan/index.ts';
import { params } from './fixtures.ts';

const base: LoanInput = {
  id: 'L1',
  borrowerCategory: 'poverty-alleviated',
  purpose: 'production',
  principal: '50000',
  disbursedOn: '2023-09-22',
  termMonths: 12,
  events: [],
};

function issues(input: unknown) {
  const r = Loan.safeParse(input);
  expect(r.success).toBe(false);
  return r.error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? [];
}

describe('Loan: bad input is a clear error naming the field', () => {
  interface Bad {
    name: string;
    input: Partial<LoanInput>;
    path: string;
    message: string;
  }
  test.for<Bad>([
    {
      name: 'repayment before disbursement',
      input: { events: [{ type: 'repayment', date: '2023-09-21', amount: '1000' }] },
      path: 'events.0.date',
      message: '还款日期 repayment date: 早于放款日 before disbursement (2023-09-22)',
    },
    {
      name: 'repaying more than outstanding',
      input: {
        events: [
          { type: 'repayment', date: '2023-12-01', amount: '30000' },
          { type: 'repayment', date: '2024-01-01', amount: '30000' },
        ],
      },
      path: 'events.1.amount',
      message: '还款金额 repayment amount: 超过未还本金 more than the outstanding principal (20000.00)',
    },
    {
      name: 'a date that does not exist (2023-02-30)',
      input: { disbursedOn: '2023-02-30' },
      path: 'disbursedOn',
      message: '放款日期 disbursement date: 不是有效日期 not a real date (YYYY-MM-DD)',
    },
    {
      name: 'a repayment on 2023-02-30',
      input: { disbursedOn: '2023-01-05', events: [{ type: 'repayment', date: '2023-02-30', amount: '1' }] },
      path: 'events.0.date',
      message: '还款日期 repayment date: 不是有效日期 not a real date (YYYY-MM-DD)',
    },
    {
      name: '29 February of a common year',
      input: { disbursedOn: '2023-02-29' },
      path: 'disbursedOn',
      message: '放款日期 disbursement date: 不是有效日期 not a real date (YYYY-MM-DD)',
    },
    {
      name: 'an overdue ending before it starts',
      input: { events: [{ type: 'overdue', from: '2023-11-10', to: '2023-11-01' }] },
      path: 'events.0.to',
      message: '逾期结束日 overdue end: 不晚于逾期开始日 not after the overdue start (2023-11-10)',
    },
    {
      name: 'an overdue starting before disbursement',
      input: { events: [{ type: 'overdue', from: '2023-09-01', to: '2023-10-01' }] },
      path: 'events.0.from',
      message: '逾期开始日 overdue start: 早于放款日 before disbursement (2023-09-22)',
    },
    {
      name: 'overlapping overdue stretches',
      input: {
        events: [
          { type: 'overdue', from: '2023-11-01', to: '2023-12-01' },
          { type: 'overdue', from: '2023-11-15', to: '2023-12-15' },
        ],
      },
      path: 'events.1.from',
      message:
        '逾期开始日 overdue start: 与前一逾期区间重叠 overlaps the previous overdue period (from 2023-11-01)',
    },
    {
      name: 'an overdue after full repayment',
      input: {
        events: [
          { type: 'repayment', date: '2023-11-01', amount: '50000' },
          { type: 'overdue', from: '2023-12-01' },
        ],
      },
      path: 'events.1.from',
      message:
        '逾期开始日 overdue start: 不早于全部还清日 on or after the loan was repaid in full (2023-11-01)',
    },
    {
      name: 'an extension on the maturity date',
      input: { events: [{ type: 'extension', date: '2024-09-22', newTermMonths: 24 }] },
      path: 'events.0.date',
      message:
        '展期日期 extension date: 不早于到期日 on or after the maturity (2024-09-22); 展期须在到期前办理 an extension is agreed before maturity',
    },
    {
      name: 'an extension that shortens the term',
      input: { events: [{ type: 'extension', date: '2024-01-10', newTermMonths: 12 }] },
      path: 'events.0.newTermMonths',
      message: '展期后期限 new term: 应长于现期限 must be longer than the current term (12 个月 months)',
    },
    {
      name: 'an extension during an overdue stretch',
      input: {
        events: [
          { type: 'overdue', from: '2024-08-01' },
          { type: 'extension', date: '2024-08-10', newTermMonths: 24 },
        ],
      },
      path: 'events.1.date',
      message: '展期日期 extension date: 处于逾期期间 during an overdue period (from 2024-08-01)',
    },
    {
      name: 'a zero principal',
      input: { principal: '0' },
      path: 'principal',
      message: '贷款本金 principal: 应大于0 must be above 0',
    },
    {
      name: 'a principal with three decimals',
      input: { principal: '50000.001' },
      path: 'principal',
      message:
        '贷款本金 principal: 应为金额（元，最多两位小数） expected an amount in yuan with at most two decimals',
    },
    {
      name: 'a fractional term',
      input: { termMonths: 12.5 },
      path: 'termMonths',
      message: '贷款期限 term: 应为整月数 expected a whole number of months',
    },
    {
      name: 'a monitored type on a 脱贫户 member',
      input: { monitoredType: 'marginal' },
      path: 'monitoredType',
      message: '监测对象类型 monitored type: 仅适用于监测对象 only for a monitored borrower',
    },
  ])('$name', (c) => {
    expect(issues({ ...base, ...c.input })).toContainEqual({ path: c.path, message: c.message });
  });

  test('an unknown event type names the discriminator', () => {
    const found = issues({ ...base, events: [{ type: 'refinance', date: '2023-10-01' }] });
    expect(found[0]?.path).toBe('events.0.type');
    expect(found[0]?.message).toContain('贷款事件类型 loan event type');
  });

  test('an unknown borrower category', () => {
    const found = issues({ ...base, borrowerCategory: 'rich' });
    expect(found[0]).toMatchObject({ path: 'borrowerCategory' });
    expect(found[0]?.message).toContain('借款人类别 borrower category');
  });
});

describe('Loan: good input', () => {
  test.for([
    { name: '29 February of a leap year', input: { disbursedOn: '2024-02-29' } },
    { name: 'numbers for money', input: { principal: 50000 } },
    {
      name: 'an overdue ending the day after it starts',
      input: { events: [{ type: 'overdue', from: '2023-11-01', to: '2023-11-02' }] },
    },
    {
      name: 'back-to-back overdue stretches',
      input: {
        events: [
          { type: 'overdue', from: '2023-11-01', to: '2023-11-10' },
          { type: 'overdue', from: '2023-11-10', to: '2023-11-20' },
        ],
      },
    },
    {
      name: 'repaying exactly what is owed',
      input: { events: [{ type: 'repayment', date: '2024-09-22', amount: '50000.00' }] },
    },
  ] as { name: string; input: Partial<LoanInput> }[])('accepts $name', (c) => {
    expect(Loan.safeParse({ ...base, ...c.input }).success).toBe(true);
  });

  test('money leaves as a plain decimal string', () => {
    expect(Loan.parse({ ...base, principal: '50,000.50' }).principal).toBe('50000.5');
    expect(Loan.parse({ ...base, principal: 80000 }).principal).toBe('80000');
  });

  test('fullRepaymentDate finds the day the principal is cleared, in date order', () => {
    const l = Loan.parse({
      ...base,
      events: [
        { type: 'repayment', date: '2024-03-01', amount: '30000' },
        { type: 'repayment', date: '2023-12-01', amount: '20000' },
      ],
    });
    expect(fullRepaymentDate(l)).toBe('2024-03-01');
    expect(fullRepaymentDate(Loan.parse(base))).toBeNull();
  });
});

describe('MicrocreditParams', () => {
  test('the pack values parse', () => {
    expect(params.subsidisedPrincipalCap).toBe('50000');
    expect(params.share).toEqual([{ from: '2019-01-01', value: '1' }]);
  });

  test.for([
    {
      name: 'a cap above the loan limit',
      patch: { subsidisedPrincipalCap: '150000' },
      path: 'subsidisedPrincipalCap',
    },
    { name: 'a share above 1', patch: { share: [{ from: '2019-01-01', value: '1.2' }] }, path: 'share' },
    {
      name: 'share dates out of order',
      patch: {
        share: [
          { from: '2024-01-01', value: '1' },
          { from: '2019-01-01', value: '1' },
        ],
      },
      path: 'share.1.from',
    },
    { name: 'a 365-day basis is allowed, 366 is not', patch: { dayCountBasis: 366 }, path: 'dayCountBasis' },
  ])('refuses $name', (c) => {
    const r = MicrocreditParams.safeParse({ ...params, ...c.patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(c.path);
  });
});
