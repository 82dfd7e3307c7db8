/**
 * 五(一)1 microcredit interest subsidy: LPR and loan schemas,
 * the loan machine, the quarterly schedule, the household worksheet. (`DatedValue` and
 * `MonitoredType` stay internal: the package index already exports schemas of those names.)
 */

export {
  accrueDays,
  closeLine,
  EMPTY_PENDING,
  type PendingQuarter,
  type QuarterLine,
  type Segment,
  shareOn,
} from './accrual.ts';
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
  type Extension,
  type LoanContext,
  type LoanMachine,
  type LoanMachineEvent,
  type LoanMachineInput,
  loanMachine,
  maturityReached,
  repaysInFull,
  subsidyWindow,
} from './loan.machine.ts';
export {
  BorrowerCategory,
  fullRepaymentDate,
  Loan,
  LoanEvent,
  type LoanInput,
  LoanPurpose,
  MicrocreditParams,
  type MicrocreditParamsInput,
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
export {
  type HouseholdLoanWorksheet,
  householdLoanWorksheet,
  MICROCREDIT_ID,
  type MicrocreditContext,
  type MicrocreditSchedule,
  type RateInfo,
  runLoan,
  type ScheduleLine,
  type SubsidyWindowInfo,
  scheduleMicrocredit,
  type Totals,
  type WorksheetQuarter,
} from './microcredit.ts';
