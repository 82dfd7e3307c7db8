import { type ScreenLine, sumMoney } from '@huinong/benefits';

/** One 结息日 of a household's loans: each loan's subsidy that quarter and the quarter's total. */
export interface LoanQuarter {
  readonly quarter: string;
  readonly settlementDate: string;
  /** by line key (one per loan) */
  readonly amounts: Readonly<Record<string, string>>;
  readonly total: string;
  /** counted in this plan's amounts (due and within the pack's dates) */
  readonly counted: boolean;
}

export interface LoanQuarters {
  readonly loans: readonly { key: string; title: string }[];
  readonly quarters: readonly LoanQuarter[];
  /** Σ counted quarters: what the plan pays */
  readonly countedTotal: string;
  /** Σ every quarter of the schedule */
  readonly scheduleTotal: string;
}

/**
 * The household's loan schedule quarter by quarter, across all its loans (五(一)1), from the
 * periods the engine put on each eligible loan line. This is a pure function.
 */
export function loanQuarters(lines: readonly ScreenLine[], title: (l: ScreenLine) => string): LoanQuarters {
  const loanLines = lines.filter((l) => l.status === 'eligible' && l.periods && l.periods.length > 0);
  const byDate = new Map<string, { quarter: string; counted: boolean; amounts: Record<string, string> }>();
  for (const l of loanLines) {
    for (const p of l.periods ?? []) {
      const q = byDate.get(p.settlementDate) ?? { quarter: p.quarter, counted: p.counted, amounts: {} };
      q.amounts[l.key] = p.amount;
      q.counted = q.counted && p.counted;
      byDate.set(p.settlementDate, q);
    }
  }
  const quarters = [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([settlementDate, q]) => ({
      quarter: q.quarter,
      settlementDate,
      amounts: q.amounts,
      counted: q.counted,
      total: sumMoney(Object.values(q.amounts)),
    }));
  return {
    loans: loanLines.map((l) => ({ key: l.key, title: title(l) })),
    quarters,
    countedTotal: sumMoney(quarters.filter((q) => q.counted).map((q) => q.total)),
    scheduleTotal: sumMoney(quarters.map((q) => q.total)),
  };
}
