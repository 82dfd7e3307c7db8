import { initialTransition, transition } from 'xstate';
import type { Text } from '../core/i18n.ts';
import { Dec, plain, sumMoney } from '../core/money.ts';
import type { LineStatus } from '../core/result.ts';
import { type TraceEntry, traceEntry, wordsEntry } from '../core/trace.ts';
import { type QuarterLine, shareOn } from './accrual.ts';
import { addDaysIso, addMonthsIso, addYearsIso, maxIso, minIso, settlementsBetween } from './dates.ts';
import { type LoanContext, type LoanMachineEvent, loanMachine } from './loan.machine.ts';
import {
  type BorrowerCategory,
  fullRepaymentDate,
  type Loan,
  type LoanEvent,
  type MicrocreditParams,
  type MonitoredType,
} from './loan.schema.ts';
import { LPR_REFORM_DATE, type LprFixing, lprInForce, lprNextFixingDue } from './lpr.schema.ts';

/**
 * 五(一)1 脱贫人口小额信贷贴息 and 五(一)2 互助资金协会借款占用费贴息: eligibility, the quarterly
 * subsidy schedule of a loan and a household's worksheet. (五(一)2 is a pack standard: the screen
 * decides it with the generic shapes.)
 *
 * Conventions (each shown in the trace of every schedule):
 * - interest period: the bank settles on the 20th of Mar/Jun/Sep/Dec (结息日); a quarter's line
 *   covers (previous 结息日, this 结息日], i.e. the 21st of the previous quarter-end month through
 *   the 20th. A day accrues when the principal is out at the start of it: the disbursement day
 *   counts, the repayment day does not (算头不算尾).
 * - subsidy window: from disbursement to the earliest of full repayment, the original maturity
 *   and 3 years after disbursement; overdue days inside it are excluded. An extension (展期) moves
 *   the contract's maturity but not the window (五(一)1 "3年内").
 * - a loan whose term exceeds 36 months is outside 五(一)1 ("3年内" describes the loan) and is
 *   refused; the trace says so and names the other reading.
 * - as of: a line whose 结息日 is on or before `asOf` is due and counts in `total`; later lines are
 *   projected from the events given (including any dated after `asOf`, e.g. a repayment plan) and
 *   count only in `projected`.
 */

export const MICROCREDIT_ID = 'microcredit-interest';

/** Who 五(一)1 names: 建档立卡脱贫人口和边缘易致贫人口 (the catalogue: members of 监测对象 households). */
const MICROCREDIT_SUBJECTS: readonly BorrowerCategory[] = ['poverty-alleviated', 'monitored'];
/** Who 五(一)2 names: 脱贫户（含监测对象）会员. */

const CATEGORY: Record<BorrowerCategory, Text> = {
  'poverty-alleviated': { zh: '脱贫户成员', en: 'member of a poverty-alleviated household' },
  monitored: { zh: '监测对象成员', en: 'member of a monitored household' },
  ordinary: { zh: '一般农户', en: 'ordinary household' },
};

const MONITORED: Record<MonitoredType, Text> = {
  unstable: { zh: '脱贫不稳定户', en: 'unstable after poverty alleviation' },
  marginal: { zh: '边缘易致贫户', en: 'marginal, prone to poverty' },
  'sudden-hardship': { zh: '突发严重困难户', en: 'sudden severe hardship' },
};

const PURPOSE: Record<Loan['purpose'], Text> = {
  production: { zh: '发展生产', en: 'production' },
  other: { zh: '其他用途', en: 'other use' },
};

/** What a schedule needs besides the loan. */
export interface MicrocreditContext {
  readonly params: MicrocreditParams;
  readonly lpr: readonly LprFixing[];
  /** the as-of date: settlements after it are projected, not due */
  readonly asOf: string;
}

export interface RateInfo {
  /** the LPR tenor used: term ≤ 12 months → one-year, 12 < term ≤ 36 → five-year-and-above */
  readonly tenor: 'one-year' | 'five-year';
  readonly label: Text;
  readonly termMonths: number;
  /** annual rate in percent */
  readonly rate: string;
  /** the fixing in force on the disbursement date */
  readonly fixing: LprFixing;
}

export interface SubsidyWindowInfo {
  readonly from: string;
  /** the last subsidised day, or null when the window is empty */
  readonly lastDay: string | null;
  /** what closes the window */
  readonly endsBy: 'repayment' | 'maturity' | 'years';
  readonly originalMaturity: string;
  /** the contract's maturity after extensions (equals originalMaturity without one) */
  readonly maturity: string;
  readonly yearsLimit: string;
  readonly repaidOn: string | null;
  readonly overdueDays: number;
}

export interface ScheduleLine extends QuarterLine {
  /** due: settled on or before the as-of date; projected: settles after it */
  readonly status: 'due' | 'projected';
}

export interface Totals {
  /** Σ rounded line amounts */
  readonly total: string;
  /** Σ rounded interest on the cap, for the same lines */
  readonly interestOnCap: string;
  readonly days: number;
}

export interface MicrocreditSchedule {
  readonly standardId: typeof MICROCREDIT_ID;
  readonly clause: string;
  readonly clauseText: string;
  readonly loanId: string;
  readonly asOf: string;
  readonly status: LineStatus;
  readonly trace: readonly TraceEntry[];
  /** the first failed or missing check when not eligible */
  readonly reason: TraceEntry | null;
  readonly notes: readonly Text[];
  readonly rate: RateInfo | null;
  readonly window: SubsidyWindowInfo | null;
  /** quarter lines, due then projected, in settlement order */
  readonly lines: readonly ScheduleLine[];
  /** Σ due lines (settled on or before asOf) */
  readonly total: string;
  /** interest on the cap for the subsidised days of the due lines (the subsidy never exceeds it) */
  readonly interestOnCap: string;
  readonly days: number;
  /** lines settling after asOf */
  readonly projected: Totals;
}

function totals(lines: readonly QuarterLine[]): Totals {
  return {
    total: sumMoney(lines.map((l) => l.amount)),
    interestOnCap: sumMoney(lines.map((l) => l.interestOnCap)),
    days: lines.reduce((n, l) => n + l.days, 0),
  };
}

/** The checks of 五(一)1 on who borrows, for what, how much and how long. */
function eligibilityTrace(loan: Loan, p: MicrocreditParams): { trace: TraceEntry[]; notes: Text[] } {
  const c = p.clause;
  const trace: TraceEntry[] = [];
  const notes: Text[] = [];
  trace.push(
    wordsEntry(
      c,
      'subject',
      { zh: '借款人类别', en: 'borrower' },
      'in',
      CATEGORY[loan.borrowerCategory],
      {
        zh: '建档立卡脱贫人口、边缘易致贫人口（监测对象成员）',
        en: 'registered poverty-alleviated people, people at the margin of poverty (members of monitored households)',
      },
      MICROCREDIT_SUBJECTS.includes(loan.borrowerCategory),
    ),
  );
  if (loan.borrowerCategory === 'monitored') {
    const type = loan.monitoredType;
    trace.push(
      wordsEntry(
        c,
        'monitored-type',
        { zh: '监测对象类型', en: 'monitored type' },
        'info',
        type ? MONITORED[type] : null,
        { zh: '边缘易致贫人口', en: 'people at the margin of poverty' },
        true,
      ),
    );
    if (type !== 'marginal') {
      notes.push({
        zh: '条文只写“边缘易致贫人口”；按标准目录，监测对象成员均可享受（脱贫不稳定户本属脱贫人口；突发严重困难户由审核确认）。',
        en: 'The clause names only 边缘易致贫人口; following the catalogue, members of any monitored household qualify (脱贫不稳定户 are 脱贫人口 anyway; 突发严重困难户 to be confirmed on review).',
      });
    }
  }
  trace.push(
    wordsEntry(
      c,
      'purpose',
      { zh: '贷款用途', en: 'loan purpose' },
      'eq',
      PURPOSE[loan.purpose],
      PURPOSE.production,
      loan.purpose === 'production',
    ),
  );
  trace.push(
    traceEntry(
      c,
      'principal',
      { zh: '贷款金额（可追加至10万元）', en: 'loan amount (up to 100,000)' },
      'lte',
      plain(loan.principal),
      plain(p.maxLoanAmount),
      'yuan',
      new Dec(loan.principal).lte(p.maxLoanAmount),
    ),
  );
  trace.push(
    traceEntry(
      c,
      'subsidised-principal',
      { zh: '贴息本金（超出5万元部分不享受贴息）', en: 'subsidised principal (nothing above 50,000)' },
      'info',
      plain(Dec.min(loan.principal, p.subsidisedPrincipalCap)),
      plain(p.subsidisedPrincipalCap),
      'yuan',
      true,
    ),
  );
  const termOk = loan.termMonths <= p.maxTermMonths;
  trace.push(
    traceEntry(
      c,
      'term',
      { zh: '贷款期限（3年内）', en: 'term (within 3 years)' },
      'lte',
      String(loan.termMonths),
      String(p.maxTermMonths),
      'month',
      termOk,
    ),
  );
  if (!termOk) {
    notes.push({
      zh: `期限${loan.termMonths}个月超过“3年内”：按条文理解为贷款本身须在3年内，故不予贴息；另一种理解是只贴前3年的利息（目录“贴息天数至放款后3年止”），如采用须修改政策包。`,
      en: `A ${loan.termMonths}-month term exceeds "3年内": read literally the loan itself must be within 3 years, so it is refused; the other reading would subsidise the first 3 years only (the catalogue's "subsidised days stop 3 years after disbursement"), which would be a pack change.`,
    });
  }
  return { trace, notes };
}

/**
 * 同期LPR: 银保监发〔2021〕6号 一(四) "1年期（含）以下贷款利率不超过1年期LPR，1年期至3年期（含）贷款
 * 利率不超过5年期以上LPR。贷款利率在贷款合同期内保持不变。" The plan lends at the LPR itself, fixed on
 * the disbursement date for the whole contract.
 */
function rateFor(loan: Loan, p: MicrocreditParams, lpr: readonly LprFixing[]): RateInfo {
  const fixing = lprInForce(lpr, loan.disbursedOn);
  const oneYear = loan.termMonths <= p.oneYearRateMaxTermMonths;
  return {
    tenor: oneYear ? 'one-year' : 'five-year',
    label: oneYear
      ? { zh: '1年期LPR（期限1年以内）', en: 'one-year LPR (term up to 1 year)' }
      : { zh: '5年期以上LPR（期限1至3年）', en: 'five-year-and-above LPR (term 1 to 3 years)' },
    termMonths: loan.termMonths,
    rate: oneYear ? fixing.oneYear : fixing.fiveYear,
    fixing,
  };
}

/** The loan's events for the machine, in date order; on one day loan events precede settlement. */
function machineEvents(loan: Loan, settlements: readonly string[]): LoanMachineEvent[] {
  const order: Record<LoanMachineEvent['type'], number> = {
    'loan.disbursed': 0,
    'loan.overdue.ended': 1,
    'loan.extended': 2,
    'loan.repaid': 3,
    'loan.overdue.started': 4,
    'quarter.settled': 5,
  };
  const out: LoanMachineEvent[] = [{ type: 'loan.disbursed', date: loan.disbursedOn }];
  const add = (e: LoanEvent) => {
    if (e.type === 'repayment') out.push({ type: 'loan.repaid', date: e.date, amount: e.amount });
    else if (e.type === 'extension')
      out.push({ type: 'loan.extended', date: e.date, newTermMonths: e.newTermMonths });
    else {
      out.push({ type: 'loan.overdue.started', date: e.from });
      if (e.to !== undefined) out.push({ type: 'loan.overdue.ended', date: e.to });
    }
  };
  loan.events.forEach(add);
  for (const date of settlements) out.push({ type: 'quarter.settled', date });
  return out
    .map((e, i) => ({ e, i }))
    .sort((a, b) =>
      a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : order[a.e.type] - order[b.e.type] || a.i - b.i,
    )
    .map((x) => x.e);
}

/**
 * Runs the loan machine over a valid loan and returns its final context. Throws if the machine
 * refuses an event (a loan that did not pass `Loan.parse`). This is a pure function.
 */
export function runLoan(loan: Loan, rate: string, p: MicrocreditParams): LoanContext {
  const years = addYearsIso(loan.disbursedOn, p.subsidyYears);
  const maturity = originalMaturityOf(loan);
  // settle every quarter that can hold a subsidised day; later events still run (repayments)
  const lastPossible = addDaysIso(minIso(years, maturity), -1);
  const settlements = settlementsBetween(loan.disbursedOn, lastPossible, p.settlement);
  let [snapshot] = initialTransition(loanMachine, {
    loanId: loan.id,
    principal: loan.principal,
    termMonths: loan.termMonths,
    rate,
    cap: p.subsidisedPrincipalCap,
    subsidyYears: p.subsidyYears,
    dayCountBasis: p.dayCountBasis,
    share: p.share,
    settlement: p.settlement,
    clause: p.clause,
  });
  for (const event of machineEvents(loan, settlements)) {
    if (!snapshot.can(event)) {
      throw new Error(
        `loan ${loan.id}: ${event.type} on ${event.date} not allowed in state ${String(snapshot.value)}`,
      );
    }
    [snapshot] = transition(loanMachine, snapshot, event);
  }
  return snapshot.context;
}

function originalMaturityOf(loan: Loan): string {
  return addMonthsIso(loan.disbursedOn, loan.termMonths);
}

/**
 * The 五(一)1 subsidy schedule of one loan: eligibility, the rate and its fixing, the subsidy
 * window, and one line per quarter (due up to `asOf`, projected after). `loan` must be the output
 * of `Loan.parse` and `params` of `MicrocreditParams.parse`. This is a pure function.
 */
export function scheduleMicrocredit(loan: Loan, ctx: MicrocreditContext): MicrocreditSchedule {
  const { params: p, lpr, asOf } = ctx;
  const c = p.clause;
  const { trace, notes } = eligibilityTrace(loan, p);
  const base = {
    standardId: MICROCREDIT_ID,
    clause: c,
    clauseText: p.clauseText,
    loanId: loan.id,
    asOf,
  } as const;
  const empty = { rate: null, window: null, lines: [], total: '0.00', interestOnCap: '0.00', days: 0 };
  const none: Totals = { total: '0.00', interestOnCap: '0.00', days: 0 };

  const failed = trace.find((t) => !t.passed);
  if (failed) {
    return { ...base, status: 'ineligible', trace, reason: failed, notes, ...empty, projected: none };
  }

  // the LPR in force at disbursement must be known
  const first = lpr[0];
  const due = lpr.length > 0 ? lprNextFixingDue(lpr) : null;
  const knownFrom = first ? maxIso(first.date, LPR_REFORM_DATE) : null;
  if (knownFrom === null || due === null || loan.disbursedOn < knownFrom || loan.disbursedOn >= due) {
    const missing = traceEntry(
      c,
      'lpr',
      { zh: '放款日适用的LPR', en: 'LPR in force at disbursement' },
      'info',
      null,
      knownFrom && due ? `${knownFrom} – ${addDaysIso(due, -1)}` : null,
      'percent',
      false,
    );
    trace.push(missing);
    notes.push(
      loan.disbursedOn < LPR_REFORM_DATE
        ? {
            zh: `放款日早于LPR改革（${LPR_REFORM_DATE}）：需提供合同利率。`,
            en: `Disbursed before the LPR reform (${LPR_REFORM_DATE}): the contract rate is needed.`,
          }
        : {
            zh: 'LPR数据未覆盖放款日：请更新LPR序列（新的LPR是一次数据变更）。',
            en: 'The LPR data does not cover the disbursement date: update the LPR series (a new LPR is a data change).',
          },
    );
    return { ...base, status: 'needs-information', trace, reason: missing, notes, ...empty, projected: none };
  }
  const firstShare = p.share[0];
  if (!firstShare || loan.disbursedOn < firstShare.from) {
    const missing = traceEntry(
      c,
      'share',
      { zh: '贴息比例', en: 'share subsidised' },
      'info',
      null,
      firstShare?.from ?? null,
      null,
      false,
    );
    trace.push(missing);
    return { ...base, status: 'needs-information', trace, reason: missing, notes, ...empty, projected: none };
  }

  const rate = rateFor(loan, p, lpr);
  trace.push(
    traceEntry(
      c,
      'rate',
      { zh: `利率：${rate.label.zh}，放款日适用`, en: `rate: ${rate.label.en} in force at disbursement` },
      'info',
      plain(rate.rate),
      `${rate.fixing.date} ${rate.tenor === 'one-year' ? '1年期' : '5年期以上'}LPR`,
      'percent',
      true,
    ),
    traceEntry(
      c,
      'day-count',
      { zh: '计息天数 / 日利率', en: 'day count / daily rate' },
      'info',
      p.dayCountBasis === 360 ? '实际天数/360' : '实际天数/365',
      `年利率 ÷ ${p.dayCountBasis}`,
      null,
      true,
    ),
    // 人民币利率管理规定: 按季结息的，每季度末月的二十日为结息日
    traceEntry(
      c,
      'interest-period',
      {
        zh: '计息期：上一结息日（不含）至本结息日（含），算头不算尾',
        en: 'interest period: after the previous settlement day through this one; the first day counts, the last does not',
      },
      'info',
      `每季末月${p.settlement.day}日结息（${p.settlement.months.join('、')}月）`,
      `(上一结息日, 本结息日]`,
      null,
      true,
    ),
    traceEntry(
      c,
      'share',
      { zh: '贴息比例（放款日适用）', en: 'share subsidised (in force at disbursement)' },
      'info',
      plain(shareOn(p.share, loan.disbursedOn)),
      null,
      null,
      true,
    ),
  );

  const m = runLoan(loan, rate.rate, p);
  const yearsLimit = addYearsIso(loan.disbursedOn, p.subsidyYears);
  const originalMaturity = m.originalMaturity ?? originalMaturityOf(loan);
  const repaidOn = fullRepaymentDate(loan);
  const windowEnd = m.subsidyEnd ?? originalMaturity;
  const endsBy: SubsidyWindowInfo['endsBy'] =
    repaidOn !== null && repaidOn < windowEnd ? 'repayment' : (m.subsidyEndBy ?? 'maturity');
  const closes = endsBy === 'repayment' && repaidOn !== null ? repaidOn : windowEnd;
  const window: SubsidyWindowInfo = {
    from: loan.disbursedOn,
    lastDay: closes > loan.disbursedOn ? addDaysIso(closes, -1) : null,
    endsBy,
    originalMaturity,
    maturity: m.maturity ?? originalMaturity,
    yearsLimit,
    repaidOn,
    overdueDays: m.overdueDays,
  };
  trace.push(
    traceEntry(
      c,
      'subsidy-window',
      {
        zh: '贴息期间（至还清、原到期日、放款满3年孰早）',
        en: 'subsidy window (to repayment, original maturity or 3 years, whichever first)',
      },
      'info',
      window.lastDay ? `${window.from} – ${window.lastDay}` : null,
      `还清 ${repaidOn ?? '—'}；原到期日 ${originalMaturity}；满${p.subsidyYears}年 ${yearsLimit}`,
      null,
      true,
    ),
  );
  for (const x of m.extensions) {
    trace.push(
      traceEntry(
        c,
        'extension',
        { zh: '展期：贴息不随展期延长', en: 'extension: the subsidy does not follow it' },
        'info',
        `${x.date} 展期至 ${x.maturity}（${x.newTermMonths}个月）`,
        `贴息止于原到期日 ${originalMaturity}`,
        null,
        true,
      ),
    );
  }
  if (m.extensions.length > 0) {
    notes.push({
      zh: '展期：按“3年内”及原合同期限，贴息止于原到期日；展期期间的利息由借款人承担。部分地方文件规定展期期间政策不变，如适用须修改政策包。',
      en: 'Extension: under "3年内" and the original term, the subsidy stops at the original maturity; interest during the extension is the borrower\'s. Some local notices keep the policy during an extension; that would be a pack change.',
    });
  }
  if (m.overdueDays > 0) {
    trace.push(
      traceEntry(
        c,
        'overdue',
        { zh: '逾期天数（不贴息）', en: 'overdue days (no subsidy)' },
        'info',
        String(m.overdueDays),
        '0',
        null,
        true,
      ),
    );
  }

  const lines: ScheduleLine[] = m.lines.map((l) => ({
    ...l,
    status: l.settlementDate <= asOf ? 'due' : 'projected',
  }));
  const dueLines = lines.filter((l) => l.status === 'due');
  const projectedLines = lines.filter((l) => l.status === 'projected');
  trace.push(
    traceEntry(
      c,
      'as-of',
      {
        zh: '截至日：已到结息日的季度计入合计，其余为预计',
        en: 'as of: quarters settled by then count; later ones are projected',
      },
      'info',
      asOf,
      `${dueLines.length} 已结 due / ${projectedLines.length} 预计 projected`,
      null,
      true,
    ),
  );
  const dueTotals = totals(dueLines);
  return {
    ...base,
    status: 'eligible',
    trace,
    reason: null,
    notes,
    rate,
    window,
    lines,
    total: dueTotals.total,
    interestOnCap: dueTotals.interestOnCap,
    days: dueTotals.days,
    projected: totals(projectedLines),
  };
}

// ── household worksheet ──────────────────────────────────────────────────────

export interface WorksheetQuarter {
  readonly quarter: string;
  readonly settlementDate: string;
  readonly status: 'due' | 'projected';
  readonly lines: readonly { readonly loanId: string; readonly amount: string; readonly days: number }[];
  /** Σ rounded loan lines */
  readonly total: string;
}

export interface HouseholdLoanWorksheet {
  readonly asOf: string;
  readonly schedules: readonly MicrocreditSchedule[];
  readonly quarters: readonly WorksheetQuarter[];
  /** Σ due quarters */
  readonly total: string;
  /** Σ projected quarters */
  readonly projectedTotal: string;
}

/**
 * Every loan of a household scheduled, and the household's subsidy by quarter (each quarter the
 * sum of its rounded loan lines). This is a pure function.
 */
export function householdLoanWorksheet(
  loans: readonly Loan[],
  ctx: MicrocreditContext,
): HouseholdLoanWorksheet {
  const schedules = loans.map((loan) => scheduleMicrocredit(loan, ctx));
  const byDate = new Map<
    string,
    { quarter: string; lines: { loanId: string; amount: string; days: number }[] }
  >();
  for (const s of schedules) {
    for (const l of s.lines) {
      const q = byDate.get(l.settlementDate) ?? { quarter: l.quarter, lines: [] };
      q.lines.push({ loanId: s.loanId, amount: l.amount, days: l.days });
      byDate.set(l.settlementDate, q);
    }
  }
  const quarters: WorksheetQuarter[] = [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([settlementDate, q]) => ({
      quarter: q.quarter,
      settlementDate,
      status: settlementDate <= ctx.asOf ? 'due' : 'projected',
      lines: q.lines,
      total: sumMoney(q.lines.map((l) => l.amount)),
    }));
  return {
    asOf: ctx.asOf,
    schedules,
    quarters,
    total: sumMoney(quarters.filter((q) => q.status === 'due').map((q) => q.total)),
    projectedTotal: sumMoney(quarters.filter((q) => q.status === 'projected').map((q) => q.total)),
  };
}
