import { Loan, type LoanInput, type LprFixing, LprSeries, MicrocreditParams } from '../../src/loan/index.ts';

/** 五(一)1 as the xixiang-2023 pack holds it (award.params), plus the standard's clause and text. */
export const CLAUSE_1 =
  '1.脱贫人口小额信贷贴息：为建档立卡脱贫人口和边缘易致贫人口提供5万元（含）以下（对确有能力、有需求的可追加至10万元，超出5万元部分不享受贴息）、3年内、免担保免抵押、同期贷款市场报价利率（LPR）放贷、财政贴息。';
export const CLAUSE_2 =
  '2.互助资金协会借款占用费贴息：对脱贫户（含监测对象）会员发展生产在互助资金协会借款其占用费给予补贴。';

export const params = MicrocreditParams.parse({
  subsidisedPrincipalCap: '50000',
  maxLoanAmount: '100000',
  maxTermMonths: 36,
  subsidyYears: 3,
  dayCountBasis: 360,
  share: [{ from: '2019-01-01', value: '1' }],
  settlement: { day: 20, months: [3, 6, 9, 12] },
  oneYearRateMaxTermMonths: 12,
  clause: '五(一)1',
  clauseText: CLAUSE_1,
});

/**
 * The LPR where it changed (the rate in force is piecewise constant, so the changes are enough for
 * the engine's tests), closed by the last confirmed fixing. The full monthly series lives in
 * @huinong/policy-data, which depends on this package, not the other way round.
 */
export const lpr: LprFixing[] = LprSeries.parse(
  (
    [
      ['2019-08-20', '4.25', '4.85'],
      ['2019-09-20', '4.20', '4.85'],
      ['2019-11-20', '4.15', '4.80'],
      ['2020-02-20', '4.05', '4.75'],
      ['2020-04-20', '3.85', '4.65'],
      ['2021-12-20', '3.80', '4.65'],
      ['2022-01-20', '3.70', '4.60'],
      ['2022-05-20', '3.70', '4.45'],
      ['2022-08-22', '3.65', '4.30'],
      ['2023-06-20', '3.55', '4.20'],
      ['2023-08-21', '3.45', '4.20'],
      ['2024-02-20', '3.45', '3.95'],
      ['2024-07-22', '3.35', '3.85'],
      ['2024-10-21', '3.10', '3.60'],
      ['2025-05-20', '3.00', '3.50'],
      ['2026-02-24', '3.00', '3.50'],
    ] as const
  ).map(([date, oneYear, fiveYear]) => ({ date, oneYear, fiveYear, source: `LPR公告（${date}）` })),
);

/** A 脱贫户 member's 12-month production loan of 50,000 disbursed 2023-09-22, unless overridden. */
export function loan(over: Partial<LoanInput> = {}): Loan {
  return Loan.parse({
    id: 'L1',
    borrowerCategory: 'poverty-alleviated',
    purpose: 'production',
    principal: '50000',
    disbursedOn: '2023-09-22',
    termMonths: 12,
    events: [],
    ...over,
  });
}

export const ctx = (asOf = '2026-01-01') => ({ params, lpr, asOf });
