import {
  type Adjustment,
  type CompiledPack,
  explainLine,
  type FieldError,
  formatFieldError,
  type LprFixing,
  plausibilityWarnings,
  type ScreenResult,
  screen,
  validateSubject,
} from '@huinong/benefits';
import { repeatedIds, seenIds } from '@huinong/roster';

/** One subject's result as other tools receive it: ids, two-decimal amounts, reasons. */
export interface JsonResult {
  readonly subjectId: string;
  readonly subjectKind: ScreenResult['subjectKind'];
  readonly total: string;
  readonly lines: readonly {
    readonly standardId: string;
    readonly clause: string;
    readonly ref: ScreenResult['lines'][number]['ref'];
    readonly status: string;
    readonly amount: string;
    readonly basis: ScreenResult['lines'][number]['basis'];
    readonly reason: {
      readonly condition: string;
      readonly value: string | null;
      readonly threshold: string | null;
      readonly label: { zh: string; en: string };
    } | null;
    readonly nearMiss: { zh: string; en: string } | null;
    readonly explanation: { zh: string; en: string };
    readonly trace: ScreenResult['lines'][number]['trace'];
    /** loan lines: the quarters (结息日) of the schedule and whether each is counted */
    readonly periods?: ScreenResult['lines'][number]['periods'];
  }[];
  readonly notes: readonly { code: string; zh: string; en: string }[];
  /** the household stage: exclusions and caps, each a negative amount counted in `total` */
  readonly adjustments: readonly {
    readonly key: string;
    readonly limitId: string;
    readonly kind: Adjustment['kind'];
    readonly clause: string;
    readonly clauseText: string;
    readonly label: { zh: string; en: string };
    readonly amount: string;
    readonly lines: readonly string[];
    readonly message: { zh: string; en: string };
    readonly notes: readonly { zh: string; en: string }[];
  }[];
}

export interface JsonError {
  /** index of the subject in the input array (0 for a single subject) */
  readonly index: number;
  readonly path: string;
  readonly field: { zh: string; en: string };
  readonly message: { zh: string; en: string };
  readonly text: string;
}

/** A value above the pack's plausibility limit: screened, and to be checked before paying. */
export interface JsonWarning {
  readonly index: number;
  readonly path: string;
  readonly field: { zh: string; en: string };
  readonly message: { zh: string; en: string };
  readonly text: string;
}

export interface JsonOutput {
  readonly packId: string;
  readonly asOf: string;
  readonly results: JsonResult[];
  readonly errors: JsonError[];
  readonly warnings: JsonWarning[];
  readonly total: string;
}

function toJson(r: ScreenResult): JsonResult {
  return {
    subjectId: r.subjectId,
    subjectKind: r.subjectKind,
    total: r.total,
    lines: r.lines.map((l) => ({
      standardId: l.standardId,
      clause: l.clause,
      ref: l.ref,
      status: l.status,
      amount: l.amount,
      basis: l.basis,
      reason: l.reason
        ? {
            condition: l.reason.condition,
            value: l.reason.value,
            threshold: l.reason.threshold,
            label: l.reason.label,
          }
        : null,
      nearMiss: l.nearMiss ? l.nearMiss.message : null,
      explanation: { zh: explainLine(l, 'zh'), en: explainLine(l, 'en') },
      trace: l.trace,
      ...(l.periods ? { periods: l.periods } : {}),
    })),
    notes: r.notes.map((n) => ({ code: n.code, ...n.message })),
    adjustments: r.adjustments.map((a) => ({
      key: a.key,
      limitId: a.limitId,
      kind: a.kind,
      clause: a.clause,
      clauseText: a.clauseText,
      label: a.label,
      amount: a.amount,
      lines: a.lines,
      message: a.message,
      notes: a.notes,
    })),
  };
}

/**
 * Screens one subject or an array of subjects given as parsed JSON, each checked against what
 * the pack declares. Invalid subjects become errors naming the field; the valid ones are still
 * screened.
 */
export function screenJson(
  input: unknown,
  pack: CompiledPack,
  asOf: string,
  sum: (xs: string[]) => string,
  lpr?: readonly LprFixing[],
): JsonOutput {
  const items = Array.isArray(input) ? input : [input];
  const results: JsonResult[] = [];
  const errors: JsonError[] = [];
  const warnings: JsonWarning[] = [];
  const seen = seenIds();
  const at = (index: number, p: string) => (Array.isArray(input) ? `[${index}]${p ? `.${p}` : ''}` : p);
  items.forEach((item, index) => {
    const v = validateSubject(item, pack.pack);
    if (!v.ok) {
      for (const e of v.errors as FieldError[]) {
        const path = Array.isArray(input) ? `[${index}]${e.path ? `.${e.path}` : ''}` : e.path;
        errors.push({
          index,
          path,
          field: e.field,
          message: e.message,
          text: `${path}: ${formatFieldError(e)}`,
        });
      }
      return;
    }
    // the same subject, loan or borrowing twice in one file is not paid twice
    const repeated = repeatedIds(v.value, index + 1, seen);
    if (repeated.length) {
      for (const r of repeated) {
        const path = at(index, r.path);
        const field = { zh: '编号', en: 'id' };
        const message = { zh: r.zh, en: r.en };
        errors.push({ index, path, field, message, text: `${path}: ${r.zh} / ${r.en}` });
      }
      return;
    }
    for (const w of plausibilityWarnings(v.value, pack.pack)) {
      const path = at(index, w.path);
      warnings.push({
        index,
        path,
        field: w.field,
        message: w.message,
        text: `${path}: ${w.message.zh} / ${w.message.en}`,
      });
    }
    results.push(toJson(screen(v.value, { pack, asOf, ...(lpr ? { lpr } : {}) })));
  });
  return {
    packId: pack.pack.id,
    asOf,
    results,
    errors,
    warnings,
    total: sum(results.map((r) => r.total)),
  };
}
