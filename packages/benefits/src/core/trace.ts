import type { Text } from './i18n.ts';

/**
 * One check of a clause, as the machine made it: the condition, the value found, the threshold
 * it was held against and whether it passed. Explanations and near misses are rendered from
 * these entries, never written by hand.
 */
export interface TraceEntry {
  /** the clause cited, e.g. `五(一)4(4)` */
  readonly clause: string;
  /** stable condition id within the standard, e.g. `head`, `income`, `subject` */
  readonly condition: string;
  readonly label: Text;
  /** the value found, as a plain string ("4", "49.99", "脱贫户"); null when it was missing */
  readonly value: string | null;
  /** the threshold, as a plain string ("5", "≥ 0.85"); null for a yes/no attestation */
  readonly threshold: string | null;
  /** comparison used: gte = 以上 / 及以上 / 不低于 (includes the number) */
  readonly op: 'gte' | 'gt' | 'lte' | 'eq' | 'in' | 'attest' | 'info';
  /** unit code of value and threshold (see units.ts) */
  readonly unit: string | null;
  readonly passed: boolean;
  /**
   * Value and threshold in both languages where they are words, not numbers (a category, a
   * choice, a group's rate): `value` and `threshold` hold their Chinese.
   */
  readonly valueWords?: Text | undefined;
  readonly thresholdWords?: Text | undefined;
}

/** Builds a trace entry (argument order as read aloud: clause, condition, label, op, value, threshold, unit, passed). */
export function traceEntry(
  clause: string,
  condition: string,
  label: Text,
  op: TraceEntry['op'],
  value: string | null,
  threshold: string | null,
  unit: string | null,
  passed: boolean,
): TraceEntry {
  return { clause, condition, label, value, threshold, op, unit, passed };
}

/**
 * A trace entry whose value and threshold are words: each given in both languages, the Chinese
 * also kept as `value` and `threshold`.
 */
export function wordsEntry(
  clause: string,
  condition: string,
  label: Text,
  op: TraceEntry['op'],
  value: Text | null,
  threshold: Text | null,
  passed: boolean,
): TraceEntry {
  return {
    clause,
    condition,
    label,
    value: value?.zh ?? null,
    threshold: threshold?.zh ?? null,
    op,
    unit: null,
    passed,
    valueWords: value ?? undefined,
    thresholdWords: threshold ?? undefined,
  };
}
