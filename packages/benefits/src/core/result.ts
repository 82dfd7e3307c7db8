import type { Ceiling } from '../machine/shapes.ts';
import type { Text } from './i18n.ts';
import type { TraceEntry } from './trace.ts';

/** The outcome of one standard for one subject (or one of its activities / members). */
export type LineStatus = 'eligible' | 'ineligible' | 'needs-information';

/** What is missing to qualify, rendered from the first failed check ("差 1 头" / "1 more head"). */
export interface NearMiss {
  readonly condition: string;
  /** shortfall as a plain decimal string in `unit`, or null when it is not a quantity (a yes/no) */
  readonly shortfall: string | null;
  readonly unit: string | null;
  readonly message: Text;
}

/** One line of a screen: a standard applied to one subject, activity or member. */
export interface ScreenLine {
  /** `${standardId}` or `${standardId}#${activityId | memberId}` — unique within one result */
  readonly key: string;
  readonly standardId: string;
  readonly clause: string;
  /** the clause's Chinese text, quoted from the seed */
  readonly clauseText: string;
  readonly title: Text;
  /** the activity or member the line is about, when there is one */
  readonly ref: {
    readonly kind: 'activity' | 'member' | 'loan' | 'subject';
    readonly id: string;
    readonly member?: string;
  } | null;
  readonly status: LineStatus;
  /** money as a two-decimal string; "0.00" unless eligible */
  readonly amount: string;
  /** how the amount was reached, e.g. quantity × unit award */
  readonly basis: {
    readonly quantity: string | null;
    readonly unit: string | null;
    readonly unitAmount: string | null;
    /** share rate as a decimal string ("0.2") for share awards */
    readonly rate: string | null;
    /** 'computed' | 'review' (amount set by county review, 五(一)3 / 五(二)4) */
    readonly source: 'computed' | 'review';
    /** a per-unit ceiling that bound the amount (最高不超过500元/亩) */
    readonly ceiling?: Ceiling;
  };
  readonly trace: readonly TraceEntry[];
  /** the reason when not eligible: the first failed or missing check */
  readonly reason: TraceEntry | null;
  readonly nearMiss: NearMiss | null;
  /** notes the plan's reader must see (ambiguities, expectations stated but not tested) */
  readonly notes: readonly Text[];
  /** loan lines: the quarters (结息日) of the schedule, and whether each counts in this plan */
  readonly periods?: readonly LinePeriod[];
}

/** One settlement period of a loan line. */
export interface LinePeriod {
  readonly quarter: string;
  readonly settlementDate: string;
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly amount: string;
  /** due: settled on or before the as-of date; projected: later */
  readonly status: 'due' | 'projected';
  /** counted in this line's amount: due and settled within the pack's dates */
  readonly counted: boolean;
}

/** A note on something the subject does for which the plan has no standard. */
export interface ScreenNote {
  readonly code: 'no-standard' | 'category-excluded' | 'pack-not-in-force' | 'info';
  readonly ref: { readonly kind: 'activity' | 'member' | 'subject'; readonly id: string } | null;
  readonly message: Text;
}

/**
 * What the household stage took off: an exclusion, a cap on quantity or on money over several
 * lines ("每户最高奖补5000元：−¥2,000.00"). Its amount is negative; the total counts it.
 */
export interface Adjustment {
  /** `limit:${limitId}` — unique within one result */
  readonly key: string;
  readonly limitId: string;
  readonly kind: 'exclusion' | 'quantity-cap' | 'money-cap';
  readonly clause: string;
  /** the words of the plan that set the limit */
  readonly clauseText: string;
  readonly label: Text;
  /** a negative two-decimal string ("-2000.00") */
  readonly amount: string;
  /** the keys of the lines it reduced */
  readonly lines: readonly string[];
  readonly entry: TraceEntry;
  readonly message: Text;
  readonly notes: readonly Text[];
}

/** The result of screening one subject against one policy pack. */
export interface ScreenResult {
  readonly subjectId: string;
  readonly subjectKind: 'household' | 'collective' | 'operator';
  readonly packId: string;
  readonly asOf: string;
  readonly lines: readonly ScreenLine[];
  readonly notes: readonly ScreenNote[];
  /** the household stage: exclusions and caps over several lines, each a negative amount */
  readonly adjustments: readonly Adjustment[];
  /** sum of the rounded eligible lines and the adjustments */
  readonly total: string;
}
