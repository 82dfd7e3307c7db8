import type { Text } from '../core/i18n.ts';
import { Dec, plain, sumMoney } from '../core/money.ts';
import type { LinePeriod, ScreenLine, ScreenNote, ScreenResult } from '../core/result.ts';
import type { TraceEntry } from '../core/trace.ts';
import type { Loan, MemberLoan, MicrocreditParams } from '../loan/loan.schema.ts';
import type { LprFixing } from '../loan/lpr.schema.ts';
import { scheduleMicrocredit } from '../loan/microcredit.ts';
import type { CheckInput } from '../machine/checks.ts';
import { CATEGORY_LABELS } from '../machine/labels.ts';
import { runMachine, runSteps, type StandardRun, type Step } from '../machine/standard.machine.ts';
import type { PolicyPack } from '../pack/pack.schema.ts';
import type { Household, Subject } from '../schemas/subject.schema.ts';
import { AsOfOutsidePack } from './as-of.ts';
import { type CompiledPack, type CompiledStandard, compilePack } from './compile.ts';
import { applyLimits } from './limits.ts';
import { nearMissOf } from './near-miss.ts';

export interface ScreenOptions {
  readonly pack: PolicyPack | CompiledPack;
  /** the as-of date (ISO); the engine never reads a clock */
  readonly asOf: string;
  /**
   * `fast` (default) evaluates the steps precomputed from each standard's machine; `machine`
   * runs every machine as an xstate actor. Both give the same result (property-tested).
   */
  readonly engine?: 'fast' | 'machine';
  /** the LPR series (dated data), needed for 五(一)1 loans */
  readonly lpr?: readonly LprFixing[];
}

type Ref = ScreenLine['ref'];

const NOT_DECLARED: Text = { zh: '申报情况', en: 'declared' };

const notDeclaredCache = new WeakMap<CompiledStandard, ScreenLine>();

/** A standard the subject declared nothing for: the line is the same every time, so it is shared. */
function notDeclaredLine(cs: CompiledStandard, what: Text): ScreenLine {
  const hit = notDeclaredCache.get(cs);
  if (hit) return hit;
  const line = buildNotDeclared(cs, what);
  notDeclaredCache.set(cs, line);
  return line;
}

function buildNotDeclared(cs: CompiledStandard, what: Text): ScreenLine {
  const s = cs.standard;
  const reason: TraceEntry = {
    clause: s.clause,
    condition: 'declared',
    label: NOT_DECLARED,
    value: null,
    threshold: what.zh,
    op: 'info',
    unit: null,
    passed: false,
  };
  return {
    key: s.id,
    standardId: s.id,
    clause: s.clause,
    clauseText: s.text,
    title: s.title,
    ref: null,
    status: 'ineligible',
    amount: '0.00',
    basis: { quantity: null, unit: null, unitAmount: null, rate: null, source: 'computed' },
    trace: [reason],
    reason,
    nearMiss: null,
    notes: [],
  };
}

const NO_BASIS: ScreenLine['basis'] = Object.freeze({
  quantity: null,
  unit: null,
  unitAmount: null,
  rate: null,
  source: 'computed',
});
const NO_BASIS_REVIEW: ScreenLine['basis'] = Object.freeze({ ...NO_BASIS, source: 'review' });

function toLine(cs: CompiledStandard, ref: Ref, run: StandardRun): ScreenLine {
  const s = cs.standard;
  const status = run.outcome === 'needsInformation' ? 'needs-information' : run.outcome;
  const a = run.award;
  return {
    key: lineKey(s.id, ref),
    standardId: s.id,
    clause: s.clause,
    clauseText: s.text,
    title: s.title,
    ref,
    status,
    amount: a ? a.amount : '0.00',
    basis: a
      ? a.ceiling
        ? {
            quantity: a.quantity,
            unit: a.unit,
            unitAmount: a.unitAmount,
            rate: a.rate,
            source: a.source,
            ceiling: a.ceiling,
          }
        : { quantity: a.quantity, unit: a.unit, unitAmount: a.unitAmount, rate: a.rate, source: a.source }
      : s.award.kind === 'reviewed'
        ? NO_BASIS_REVIEW
        : NO_BASIS,
    trace: run.trace,
    reason: run.stop ? run.stop.entry : null,
    nearMiss: run.stop ? nearMissOf(run.stop) : null,
    notes: s.notes,
  };
}

/** Each activity's reference: its id, else its type (`TYPE`, `TYPE-2`, … for repeats). */
function lineKey(id: string, ref: Ref): string {
  if (!ref) return id;
  return ref.member ? `${id}#${ref.member}/${ref.id}` : `${id}#${ref.id}`;
}

/**
 * 五(一)1: a member's loan, scheduled by the loan machine (src/loan). The line's amount is the
 * subsidy of the quarters settled (结息日) on or before the as-of date and within the pack's dates —
 * what this plan pays; the whole schedule is in `periods`.
 */
function loanLine(
  cs: CompiledStandard,
  params: MicrocreditParams,
  subject: Household,
  memberLoan: MemberLoan,
  ref: Ref,
  cp: CompiledPack,
  options: ScreenOptions,
): ScreenLine {
  const s = cs.standard;
  const input: CheckInput = { subject, source: memberLoan, asOf: options.asOf };
  const inForce = (cs.steps[0] as Step).check.evaluate(input);
  const base = {
    key: lineKey(s.id, ref),
    standardId: s.id,
    clause: s.clause,
    clauseText: s.text,
    title: s.title,
    ref,
    notes: s.notes,
  };
  const stop = (
    status: ScreenLine['status'],
    trace: TraceEntry[],
    reason: TraceEntry,
    notes = s.notes,
  ): ScreenLine => ({
    ...base,
    notes,
    status,
    amount: '0.00',
    basis: NO_BASIS,
    trace,
    reason,
    nearMiss: null,
  });
  if (inForce.outcome !== 'pass') return stop('ineligible', [inForce.entry], inForce.entry);
  if (!options.lpr) {
    const missing: TraceEntry = {
      clause: s.clause,
      condition: 'lpr',
      label: { zh: '贷款市场报价利率（LPR）数据', en: 'LPR series' },
      value: null,
      threshold: null,
      op: 'info',
      unit: null,
      passed: false,
    };
    return stop('needs-information', [inForce.entry, missing], missing);
  }
  const loan: Loan = {
    ...memberLoan,
    borrowerCategory: subject.category,
    ...(subject.monitoredType ? { monitoredType: subject.monitoredType } : {}),
  };
  const sched = scheduleMicrocredit(loan, { params, lpr: options.lpr, asOf: options.asOf });
  const trace = [inForce.entry, ...sched.trace];
  const notes = [...s.notes, ...sched.notes];
  if (sched.status !== 'eligible')
    return stop(sched.status, trace, sched.reason ?? (trace.at(-1) as TraceEntry), notes);
  const { from, to } = cp.pack.dates;
  const periods: LinePeriod[] = sched.lines.map((l) => ({
    quarter: l.quarter,
    settlementDate: l.settlementDate,
    from: l.period.from,
    to: l.period.to,
    days: l.days,
    amount: l.amount,
    status: l.status,
    counted: l.status === 'due' && l.settlementDate >= from && l.settlementDate <= to,
  }));
  const counted = periods.filter((p) => p.counted);
  return {
    ...base,
    notes: [
      ...notes,
      {
        zh: `本方案只计结息日在${from}至${to}之间、且不晚于测算日的季度；其余季度见贷款贴息测算表。`,
        en: `This plan counts the quarters settled between ${from} and ${to} and on or before the as-of date; the other quarters are on the loan schedule.`,
      },
    ],
    status: 'eligible',
    amount: sumMoney(counted.map((p) => p.amount)),
    basis: {
      quantity: String(counted.reduce((n, p) => n + p.days, 0)),
      unit: 'day',
      unitAmount: null,
      rate: sched.rate ? plain(new Dec(sched.rate.rate).dividedBy(100)) : null,
      source: 'computed',
    },
    trace,
    reason: null,
    nearMiss: null,
    periods,
  };
}

function activityRefs(activities: readonly { type: string; id?: string | undefined }[]): string[] {
  const refs: string[] = [];
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i] as { type: string; id?: string };
    if (a.id) {
      refs.push(a.id);
      continue;
    }
    let n = 1;
    for (let j = 0; j < i; j++)
      if ((activities[j] as { type: string; id?: string }).type === a.type && !activities[j]?.id) n++;
    refs.push(n === 1 ? a.type : `${a.type}-${n}`);
  }
  return refs;
}

function categoryText(cs: CompiledStandard): string {
  const r = cs.standard.subject;
  return r.label.zh;
}

/**
 * The lines of one standard for one subject (one per activity or member it reads, or the shared
 * not-declared line). A module-level function, not a closure of `screen`: no function object is
 * made per subject.
 */
function emit(
  cs: CompiledStandard,
  subject: Subject,
  activities: readonly { type: string; id?: string }[],
  refs: readonly string[],
  lines: ScreenLine[],
  run: (cs: CompiledStandard, input: CheckInput) => StandardRun,
  cp: CompiledPack,
  options: ScreenOptions,
): void {
  const { asOf } = options;
  const src = cs.standard.source;
  if (src.kind === 'activity') {
    let any = false;
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i] as (typeof activities)[number];
      if (!src.types.includes(a.type)) continue;
      any = true;
      const ref: Ref = { kind: 'activity', id: refs[i] as string };
      lines.push(toLine(cs, ref, run(cs, { subject, source: a, asOf })));
    }
    if (!any) lines.push(notDeclaredLine(cs, cp.activityLabel(src.types[0] as string)));
  } else if (src.kind === 'member') {
    if (subject.kind !== 'household') return;
    let any = false;
    for (const m of subject.members) {
      const value = (m as Record<string, unknown>)[src.field];
      if (value === undefined) continue;
      if (!src.each) {
        any = true;
        lines.push(toLine(cs, { kind: 'member', id: m.id }, run(cs, { subject, source: m, asOf })));
        continue;
      }
      // one line per item (a loan, a mutual-fund borrowing) of the member
      for (const item of value as { id: string }[]) {
        any = true;
        const ref: Ref = { kind: 'loan', id: item.id, member: m.id };
        lines.push(
          cs.loanParams
            ? loanLine(cs, cs.loanParams, subject, item as MemberLoan, ref, cp, options)
            : toLine(cs, ref, run(cs, { subject, source: item, asOf })),
        );
      }
    }
    const categoryListed = cs.standard.subject.categories?.includes(subject.category) ?? true;
    if (!any && categoryListed)
      lines.push(notDeclaredLine(cs, { zh: categoryText(cs), en: cs.standard.subject.label.en }));
  } else {
    const part = src.field ? (subject as Record<string, unknown>)[src.field] : subject;
    if (part === undefined && cs.standard.award.kind !== 'reviewed') {
      lines.push(notDeclaredLine(cs, cs.standard.title));
      return;
    }
    lines.push(
      toLine(cs, { kind: 'subject', id: subject.id }, run(cs, { subject, source: part ?? {}, asOf })),
    );
  }
}

const noStandardMessages = new WeakMap<CompiledPack, Map<string, Map<string, Text | null>>>();

/** The cache of no-standard messages of a pack for one kind of subject or household category. */
function noStandardCache(cp: CompiledPack, who: string): Map<string, Text | null> {
  let byWho = noStandardMessages.get(cp);
  if (!byWho) {
    byWho = new Map();
    noStandardMessages.set(cp, byWho);
  }
  let known = byWho.get(who);
  if (!known) {
    known = new Map();
    byWho.set(who, known);
  }
  return known;
}

/** The note for an activity no standard listed for the subject reads; null when one does. */
function noStandardMessage(
  cp: CompiledPack,
  subject: Subject,
  category: Household['category'] | undefined,
  a: { type: string },
): Text | null {
  const listedIds = cp.idsForSubject(subject.kind, category);
  const readers = cp.readersOf(a.type);
  if (readers.some((r) => listedIds.has(r.standard.id))) return null;
  const what = cp.activityLabel(a.type);
  const name = a.type === 'other' ? `（${String((a as { name?: string }).name ?? '')}）` : '';
  const who = subject.kind === 'household' ? CATEGORY_LABELS[subject.category] : undefined;
  const whoZh = who?.zh ?? (subject.kind === 'collective' ? '村集体' : '新型经营主体');
  const whoEn = who?.en ?? (subject.kind === 'collective' ? 'village collectives' : 'new-type operators');
  const others = readers.map(
    (r) => `${r.standard.id}（${r.standard.clause}，${r.standard.subject.label.zh}）`,
  );
  return {
    zh: `本方案没有针对${whoZh}「${what.zh}${name}」的奖补标准${others.length ? `；该项标准仅适用于：${others.join('、')}` : ''}。`,
    en: `This plan has no standard for ${what.en}${name} by ${whoEn}${others.length ? `; the plan's standard is for others only: ${readers.map((r) => r.standard.id).join(', ')}` : ''}.`,
  };
}

/**
 * Screens one subject against a policy pack: a line for every standard that can apply to it
 * (with its award or the reason it fails, and a near miss), notes for what the plan has no
 * standard for, and the total of the rounded lines.
 *
 * This is a pure function: the as-of date is an input and nothing is read from the environment.
 */
export function screen(subject: Subject, options: ScreenOptions): ScreenResult {
  const cp = compilePack(options.pack);
  const { asOf } = options;
  if (asOf < cp.pack.dates.from || asOf > cp.pack.dates.to) throw new AsOfOutsidePack(cp.pack, asOf);
  const run = options.engine === 'machine' ? runByMachine : runFast;
  const category = subject.kind === 'household' ? subject.category : undefined;
  const listed = cp.forSubject(subject.kind, category);
  const lines: ScreenLine[] = [];
  const notes: ScreenNote[] = [];

  const activities = subject.activities as readonly { type: string; id?: string }[];
  const refs = activityRefs(activities);

  for (const cs of listed) {
    const start = lines.length;
    emit(cs, subject, activities, refs, lines, run, cp, options);
    // several lines of one standard (one per activity or member) are ordered by key, so that the
    // result does not depend on the order of the input
    if (lines.length - start > 1) {
      const group = lines.splice(start).sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
      lines.push(...group);
    }
  }

  // what the subject does for which this plan has no standard for it
  for (const n of cp.pack.subjectNotes) {
    if (n.kind !== subject.kind || (n.category !== undefined && n.category !== category)) continue;
    notes.push({ code: 'category-excluded', ref: { kind: 'subject', id: subject.id }, message: n.message });
  }
  let known: Map<string, Text | null> | undefined;
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i] as (typeof activities)[number];
    // the note depends only on who the subject is and the activity type (and an 其他 activity's
    // name): it is written once per pack, kind or category, and type
    let message: Text | null | undefined;
    if (a.type !== 'other') {
      known ??= noStandardCache(cp, subject.kind === 'household' ? subject.category : subject.kind);
      message = known.get(a.type);
      if (message === undefined) {
        message = noStandardMessage(cp, subject, category, a);
        known.set(a.type, message);
      }
    } else message = noStandardMessage(cp, subject, category, a);
    if (message === null) continue;
    notes.push({ code: 'no-standard', ref: { kind: 'activity', id: refs[i] as string }, message });
  }

  const adjustments = applyLimits(cp.limits, subject, lines, cp.pack.inputs.facts, asOf);
  const amounts: string[] = [];
  for (const l of lines) if (l.status === 'eligible') amounts.push(l.amount);
  for (const a of adjustments) amounts.push(a.amount);
  const total = sumMoney(amounts);
  return {
    subjectId: subject.id,
    subjectKind: subject.kind,
    packId: cp.pack.id,
    asOf,
    lines,
    notes,
    adjustments,
    total,
  };
}

function runFast(cs: CompiledStandard, input: CheckInput): StandardRun {
  return runSteps(cs.steps, cs.shape, input);
}

function runByMachine(cs: CompiledStandard, input: CheckInput): StandardRun {
  return runMachine(cs.machine, input);
}
