/**
 * 五(一)1 microcredit interest subsidy and 五(一)2 mutual-fund occupancy fee: LPR and loan schemas,
 * the loan machine, the quarterly schedule, the household worksheet. (`DatedValue` and
 * `MonitoredType` stay internal: the package index already exports schemas of those names.)
 */

export {
  addDaysIso,
  addMonthsIso,
  addYearsIso,
  daysBetween,
  previousSettlement,
  quarterLabel,
  type SettlementCalendar,
  settlementFor,
  settlementsBetween,
} from './dates.ts';
export {
  BorrowerCategory,
  fullRepaymentDate,
  Loan,
  LoanEvent,
  type LoanInput,
  LoanPurpose,
  MicrocreditParams,
  type MicrocreditParamsInput,
  MutualFundLoan,
  type MutualFundLoanInput,
  MutualFundParams,
  money,
} from './loan.schema.ts';
export {
  isoDate,
  LPR_REFORM_DATE,
  LprFixing,
  LprSeries,
  lprInForce,
  lprNextFixingDue,
  percent,
} from './lpr.schema.ts';
