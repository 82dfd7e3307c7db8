/**
 * A roster given as JSON subjects (the input of `huinong screen FILE.json`), for the roster
 * outputs: each subject checked with the engine's schema, members' 身份证号 checked, duplicate
 * ids and people flagged, as for a workbook. The "row" of a JSON subject is its 1-based position.
 */
import {
  type CompiledPack,
  checkIdNumber,
  KIND_LABELS,
  type PolicyPack,
  plausibilityWarnings,
  type Subject,
  validateSubject,
} from '@huinong/benefits';
import type { AssembledRoster, IndexOptions, RefInfo, RosterIssue, RosterSubject } from './assemble.ts';

type Member = Extract<Subject, { kind: 'household' }>['members'][number];

/** An id that repeats one met earlier in the same input: where, and in both languages. */
export interface RepeatedId {
  readonly path: string;
  readonly zh: string;
  readonly en: string;
}

/** Ids seen so far in one input: subjects, loans and mutual-fund borrowings. */
export interface SeenIds {
  readonly subjects: Map<string, number>;
  readonly loans: Map<string, number>;
  readonly funds: Map<string, number>;
}

export const seenIds = (): SeenIds => ({ subjects: new Map(), loans: new Map(), funds: new Map() });

/**
 * The ids of a subject that repeat an earlier item's (`item` is its 1-based position): the same
 * subject, loan or mutual-fund borrowing twice in one file would be paid twice, so the later one
 * is refused. Records the subject's ids when none repeats.
 */
export function repeatedIds(s: Subject, item: number, seen: SeenIds): RepeatedId[] {
  const out: RepeatedId[] = [];
  const first = seen.subjects.get(s.id);
  if (first !== undefined)
    out.push({
      path: 'id',
      zh: `编号“${s.id}”重复（与第${first}项相同），未筛查`,
      en: `id "${s.id}" repeats item ${first}; not screened`,
    });
  const items: { path: string; id: string; map: Map<string, number>; what: { zh: string; en: string } }[] =
    [];
  if (s.kind === 'household')
    s.members.forEach((m, k) => {
      m.loans?.forEach((l, j) => {
        items.push({
          path: `members.${k}.loans.${j}.id`,
          id: l.id,
          map: seen.loans,
          what: { zh: '贷款编号', en: 'loan id' },
        });
      });
      m.mutualFundLoans?.forEach((f, j) => {
        items.push({
          path: `members.${k}.mutualFundLoans.${j}.id`,
          id: f.id,
          map: seen.funds,
          what: { zh: '互助资金借款编号', en: 'mutual-fund borrowing id' },
        });
      });
    });
  for (const x of items) {
    const at = x.map.get(x.id);
    if (at !== undefined && at !== item)
      out.push({
        path: x.path,
        zh: `${x.what.zh}“${x.id}”已在第${at}项出现：同一笔不重复发放，本项未筛查`,
        en: `${x.what.en} "${x.id}" already appears in item ${at}: not paid twice; not screened`,
      });
  }
  if (out.length === 0) {
    seen.subjects.set(s.id, item);
    for (const x of items) x.map.set(x.id, item);
  }
  return out;
}

/**
 * JSON subjects as a roster, each checked against what `pack` declares. With `options.resolvePlace`, work places given by names only are
 * resolved to their division (as for a workbook); a name that is unknown or ambiguous rejects the
 * subject, naming the field.
 */
export function assembleJson(
  input: unknown,
  label: string,
  asOf: string,
  pack: PolicyPack | CompiledPack,
  options: IndexOptions = {},
): AssembledRoster {
  const plain = 'compiled' in pack ? pack.pack : pack;
  const activityLabel = (t: string) => plain.inputs.activities.find((a) => a.type === t)?.label.zh ?? t;
  const resolver = options.resolvePlace;
  const items = Array.isArray(input) ? input : [input];
  const issues: RosterIssue[] = [];
  const subjects: RosterSubject[] = [];
  const ids = seenIds();
  const people = new Map<string, { subject: string; row: number }>();
  const fail = (
    row: number,
    header: string | null,
    subjectId: string | null,
    zh: string,
    en: string,
    rejected = true,
  ) =>
    issues.push({
      kind: rejected ? 'rejected' : 'duplicate-person',
      rejected,
      sheet: label,
      row,
      column: null,
      header,
      key: header,
      subjectId,
      message: { zh, en },
    });

  items.forEach((item, index) => {
    const row = index + 1;
    const v = validateSubject(item, plain);
    if (!v.ok) {
      const id =
        item && typeof item === 'object' ? String((item as { id?: unknown }).id ?? '') || null : null;
      for (const e of v.errors)
        fail(row, e.path || null, id, `${e.field.zh}：${e.message.zh}`, `${e.field.en}: ${e.message.en}`);
      return;
    }
    const s: Subject = v.value;
    const repeated = repeatedIds(s, row, ids);
    if (repeated.length) {
      for (const r of repeated) fail(row, r.path, s.id, r.zh, r.en);
      return;
    }
    for (const w of plausibilityWarnings(s, plain))
      issues.push({
        kind: 'review',
        rejected: false,
        sheet: label,
        row,
        column: null,
        header: w.path,
        key: w.path,
        subjectId: s.id,
        message: w.message,
      });
    const refs = new Map<string, RefInfo>();
    let headId: string | null = null;
    let bad = false;
    if (s.kind === 'household') {
      s.members.forEach((m, k) => {
        refs.set(m.id, { sheet: label, row, label: m.name ?? m.id });
        if (!m.idNumber) return;
        const c = checkIdNumber(m.idNumber, { asOf });
        if (!c.ok) {
          fail(row, `members.${k}.idNumber`, s.id, c.message.zh, c.message.en);
          bad = true;
          return;
        }
        if (headId === null || (s.name !== undefined && m.name === s.name)) headId = c.value;
        const seen = people.get(c.value);
        if (seen && seen.subject !== s.id)
          fail(
            row,
            `members.${k}.idNumber`,
            s.id,
            `同一身份证号也在“${seen.subject}”（第${seen.row}项）：两户都筛查，每人每年一次的补助只计一次`,
            `the same ID number is also in "${seen.subject}" (item ${seen.row}): once-per-person grants count once`,
            false,
          );
        else people.set(c.value, { subject: s.id, row });
      });
    }
    if (bad) return;
    let subject: Subject = s;
    if (resolver && s.kind === 'household') {
      const members = s.members.map((m, k): Member => {
        if (!m.workTrips) return m;
        const trips = m.workTrips.map((t, j) => {
          const { province, city, county, code } = t.place;
          if (code !== undefined) return t;
          const res = resolver({
            province,
            ...(city !== undefined ? { city } : {}),
            ...(county !== undefined ? { county } : {}),
          });
          if (res.ok) return { ...t, place: res.place };
          const path = `members.${k}.workTrips.${j}.place.${res.field}`;
          fail(row, path, s.id, res.message.zh, res.message.en);
          bad = true;
          return t;
        });
        return { ...m, workTrips: trips };
      });
      subject = { ...s, members };
    }
    if (bad) return;
    const seen = new Map<string, number>();
    for (const a of s.activities as readonly { type: string; id?: string }[]) {
      // the engine's activity refs: the id, else the type (type-2, type-3 for repeats)
      let ref = a.id;
      if (!ref) {
        const n = (seen.get(a.type) ?? 0) + 1;
        seen.set(a.type, n);
        ref = n === 1 ? a.type : `${a.type}-${n}`;
      }
      refs.set(ref, { sheet: label, row, label: activityLabel(a.type) });
    }
    const raw = s as { bankAccount?: unknown };
    subjects.push({
      subject,
      kindLabel: KIND_LABELS[s.kind]?.zh ?? s.kind,
      township: s.township ?? '',
      village: s.village ?? '',
      name: s.name ?? '',
      idNumber: headId,
      bankAccount: typeof raw.bankAccount === 'string' ? raw.bankAccount.replace(/[\s-]/g, '') : null,
      source: { sheet: label, row, label: s.name ?? s.id },
      refs,
    });
  });
  return { subjects, issues, rows: items.length };
}
