import { sumMoney, type Text } from '@huinong/benefits';
import { canonicalJson, type Json } from './canonical.ts';
import type { RegisterCase } from './case.schema.ts';
import { RETURNED_LABEL, STATE_LABELS } from './labels.ts';
import { type EventType, type LifecycleState, Stage } from './lifecycle.schema.ts';

/**
 * The register's queries: a list by village with status, amount and last change; a search by
 * name, ID digits or village; a township's merge of several villages' registers. All pure: the
 * register is an array of cases, wherever it is stored.
 */

/** The stage of a state ("village-publicity.open" → "village-publicity"). This is a pure function. */
export function stageOf(state: LifecycleState): Stage {
  return state.split('.')[0] as Stage;
}

/** How far along a state is: 0 for 申请 … 7 for 发放. This is a pure function. */
export function stageIndex(state: LifecycleState): number {
  return Stage.options.indexOf(stageOf(state));
}

/** True when the case came back to 申请 by a 退回 and waits to be resubmitted. */
export function isReturned(c: RegisterCase): boolean {
  const last = c.lifecycle.log.at(-1);
  return c.lifecycle.state === 'applied' && last !== undefined && last.to === 'applied';
}

/** The case's status as the register shows it, 退回 included. This is a pure function. */
export function statusOf(c: RegisterCase): Text {
  return isReturned(c) ? RETURNED_LABEL : STATE_LABELS[c.lifecycle.state];
}

/** Code-point order: the same on every platform, unlike a locale's collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The register's order: by township, village, applicant name, then case id. */
export function compareCases(a: RegisterCase, b: RegisterCase): number {
  return (
    compareText(a.township, b.township) ||
    compareText(a.village, b.village) ||
    compareText(a.applicant.name, b.applicant.name) ||
    compareText(a.id, b.id)
  );
}

export interface RegisterRow {
  readonly id: string;
  readonly name: string;
  readonly township: string;
  readonly village: string;
  readonly state: LifecycleState;
  readonly status: Text;
  readonly returned: boolean;
  /** the frozen total */
  readonly amount: string;
  /** the last step (or the application, before any) */
  readonly lastChange: {
    readonly date: string;
    readonly event: EventType | null;
    readonly name: string | null;
  };
  /** the last edit, as the caller stamped it */
  readonly updatedAt: string;
}

export interface RegisterQuery {
  readonly township?: string;
  readonly village?: string;
}

/** One row of the register list. This is a pure function. */
export function registerRow(c: RegisterCase): RegisterRow {
  const last = c.lifecycle.log.at(-1);
  return {
    id: c.id,
    name: c.applicant.name || (c.subject.name ?? ''),
    township: c.township,
    village: c.village,
    state: c.lifecycle.state,
    status: statusOf(c),
    returned: isReturned(c),
    amount: c.screening.total,
    lastChange: last
      ? { date: last.date, event: last.event, name: last.name }
      : { date: c.lifecycle.appliedOn, event: null, name: null },
    updatedAt: c.updatedAt,
  };
}

/** The cases of a township and/or village, in the register's order. This is a pure function. */
export function casesIn(cases: readonly RegisterCase[], query: RegisterQuery = {}): RegisterCase[] {
  return cases
    .filter(
      (c) =>
        (query.township === undefined || c.township === query.township) &&
        (query.village === undefined || c.village === query.village),
    )
    .sort(compareCases);
}

/** The register list, by township and village. This is a pure function. */
export function listRegister(cases: readonly RegisterCase[], query: RegisterQuery = {}): RegisterRow[] {
  return casesIn(cases, query).map(registerRow);
}

export interface VillageSummary {
  readonly township: string;
  readonly village: string;
  readonly cases: number;
  readonly total: string;
  /** cases per state */
  readonly byState: Readonly<Partial<Record<LifecycleState, number>>>;
}

/** Every village of the register with its count, total and states. This is a pure function. */
export function villageSummaries(cases: readonly RegisterCase[]): VillageSummary[] {
  const groups = new Map<string, RegisterCase[]>();
  for (const c of casesIn(cases)) {
    const key = canonicalJson([c.township, c.village]);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0] as RegisterCase;
    const byState: Partial<Record<LifecycleState, number>> = {};
    for (const c of list) byState[c.lifecycle.state] = (byState[c.lifecycle.state] ?? 0) + 1;
    return {
      township: first.township,
      village: first.village,
      cases: list.length,
      total: sumMoney(list.map((c) => c.screening.total)),
      byState,
    };
  });
}

/** 身份证号 as compared: no spaces, capital X. This is a pure function. */
export function idKey(idNumber: string | undefined): string | null {
  const k = (idNumber ?? '').replace(/\s+/g, '').toUpperCase();
  return k === '' ? null : k;
}

function idNumbersOf(c: RegisterCase): string[] {
  const ids = [c.applicant.idNumber];
  if (c.subject.kind === 'household') for (const m of c.subject.members) ids.push(m.idNumber);
  return ids.map(idKey).filter((k): k is string => k !== null);
}

function namesOf(c: RegisterCase): string[] {
  const names = [c.applicant.name, c.subject.name ?? ''];
  if (c.subject.kind === 'household') for (const m of c.subject.members) names.push(m.name ?? '');
  return names.filter((n) => n !== '');
}

/**
 * The cases matching a search: a name (the applicant's, the subject's or a member's), digits of a
 * 身份证号 (the applicant's or a member's), or a village or township — any part of each. An
 * empty query matches every case. Results are in the register's order. This is a pure function.
 */
export function searchRegister(cases: readonly RegisterCase[], query: string): RegisterCase[] {
  const q = query.replace(/\s+/g, '').toUpperCase();
  if (q === '') return casesIn(cases);
  const digits = /^[0-9X]+$/.test(q);
  return casesIn(cases).filter((c) => {
    if (digits && idNumbersOf(c).some((id) => id.includes(q))) return true;
    return [...namesOf(c), c.village, c.township].some((t) => t.toUpperCase().includes(q));
  });
}

// ── merging villages' registers ─────────────────────────────────────────────

/** One village's (or device's) register as handed to the township. */
export interface RegisterSource {
  /** how the reports name it: the file, the village */
  readonly source: string;
  readonly cases: readonly RegisterCase[];
}

export interface CaseOrigin {
  readonly source: string;
  readonly id: string;
}

/** The same person twice with the same case: kept once. */
export interface MergedDuplicate {
  /** '' for the very same case repeated without a 身份证号 */
  readonly idNumber: string;
  readonly name: string;
  readonly kept: CaseOrigin;
  readonly dropped: readonly CaseOrigin[];
}

/** The same person twice with different cases: the latest kept, the others reported. */
export interface MergeConflict {
  readonly idNumber: string;
  readonly name: string;
  readonly kept: CaseOrigin;
  readonly others: readonly CaseOrigin[];
  /** the fields that differ between the kept case and any other */
  readonly fields: readonly string[];
  readonly message: Text;
}

/** Two different people under one case id: the later one renamed. */
export interface MergeRename {
  readonly source: string;
  readonly from: string;
  readonly to: string;
}

export interface MergeResult {
  readonly cases: readonly RegisterCase[];
  readonly duplicates: readonly MergedDuplicate[];
  readonly conflicts: readonly MergeConflict[];
  readonly renamed: readonly MergeRename[];
  /** cases without a 身份证号: kept (the very same case once), but no other duplicate can be found */
  readonly withoutIdNumber: readonly CaseOrigin[];
}

/** The fields that make two cases the same case (timestamps left out). */
const CONTENT_FIELDS = [
  'subject',
  'applicant',
  'township',
  'village',
  'account',
  'pack',
  'engineVersion',
  'asOf',
  'screening',
  'lifecycle',
] as const satisfies readonly (keyof RegisterCase)[];

function differing(a: RegisterCase, b: RegisterCase): string[] {
  return CONTENT_FIELDS.filter(
    (f) =>
      canonicalJson(a[f] as unknown as Json | undefined) !==
      canonicalJson(b[f] as unknown as Json | undefined),
  );
}

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

/**
 * Merges several registers into one, as a township does with its villages' files: the same person
 * (the applicant's 身份证号, compared without spaces and with a capital X) is never duplicated. Two
 * identical cases of one person are kept once (`duplicates`); two different ones keep the most
 * recently updated (the first source's on a tie) and are reported with the fields that differ
 * (`conflicts`), for the township to settle. A case id taken by another person is renamed
 * `${source}/${id}`. The result is in the register's order. This is a pure function.
 */
export function mergeRegisters(sources: readonly RegisterSource[]): MergeResult {
  type Entry = { readonly origin: CaseOrigin; readonly case: RegisterCase };
  const byPerson = new Map<string, Entry[]>();
  const alone: Entry[] = [];
  const withoutIdNumber: CaseOrigin[] = [];
  const duplicates: MergedDuplicate[] = [];
  for (const s of sources)
    for (const c of s.cases) {
      const entry = { origin: { source: s.source, id: c.id }, case: c };
      const key = idKey(c.applicant.idNumber);
      if (key === null) {
        withoutIdNumber.push(entry.origin);
        // without a 身份证号 only the very same case (same id, same content) is known to repeat
        const twin = alone.find((e) => e.case.id === c.id && differing(e.case, c).length === 0);
        if (twin)
          duplicates.push({
            idNumber: '',
            name: c.applicant.name,
            kept: twin.origin,
            dropped: [entry.origin],
          });
        else alone.push(entry);
        continue;
      }
      const list = byPerson.get(key);
      if (list) list.push(entry);
      else byPerson.set(key, [entry]);
    }

  const conflicts: MergeConflict[] = [];
  const kept: Entry[] = [];
  for (const [idNumber, entries] of byPerson) {
    const winner = entries.reduce((best, e) =>
      time(e.case.updatedAt) > time(best.case.updatedAt) ? e : best,
    );
    kept.push(winner);
    const rest = entries.filter((e) => e !== winner);
    if (rest.length === 0) continue;
    const name = winner.case.applicant.name;
    const fields = [...new Set(rest.flatMap((e) => differing(winner.case, e.case)))];
    if (fields.length === 0) {
      duplicates.push({ idNumber, name, kept: winner.origin, dropped: rest.map((e) => e.origin) });
      continue;
    }
    const where = rest.map((e) => e.origin.source).join('、');
    conflicts.push({
      idNumber,
      name,
      kept: winner.origin,
      others: rest.map((e) => e.origin),
      fields: CONTENT_FIELDS.filter((f) => fields.includes(f)),
      message: {
        zh: `${name}（${idNumber}）在${winner.origin.source}和${where}的记录不一致，已保留最近更新的${winner.origin.source}记录，请核对`,
        en: `${name} (${idNumber}) differs between ${winner.origin.source} and ${rest.map((e) => e.origin.source).join(', ')}: the most recently updated record (${winner.origin.source}) is kept; please check`,
      },
    });
  }

  // one id per case: a second person under a taken id is renamed after its source
  const taken = new Set<string>();
  const renamed: MergeRename[] = [];
  const cases: RegisterCase[] = [];
  for (const e of [...kept, ...alone]) {
    let id = e.case.id;
    if (taken.has(id)) {
      const base = `${e.origin.source}/${e.case.id}`;
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      renamed.push({ source: e.origin.source, from: e.case.id, to: id });
    }
    taken.add(id);
    cases.push(id === e.case.id ? e.case : { ...e.case, id });
  }
  return { cases: cases.sort(compareCases), duplicates, conflicts, renamed, withoutIdNumber };
}
