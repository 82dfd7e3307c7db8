/**
 * Rows → subjects. Every row is checked with the engine's own schemas (a part at a time: the
 * household, each member, each activity), its values converted from the sheet's Chinese; a bad
 * cell is reported by sheet, row, column and header, and only its row is left out. Households are
 * linked to their member and activity rows by 户编号; 身份证号 are checked and duplicates flagged.
 */
import {
  type ActivityDef,
  type CompiledPack,
  type FieldError,
  fieldSchema,
  type InputField,
  KIND_LABELS,
  Member,
  MutualFundBorrowing,
  type Place,
  packSchemas,
  plausibilityWarnings,
  type Subject,
  type SubjectKind,
  type Text,
  type Validation,
  validateWith,
  WorkTrip,
} from '@huinong/benefits';
import { z } from 'zod';
import {
  type ActivityColumns,
  CATEGORIES,
  type Choice,
  type ColumnDef,
  choiceIndex,
  FUND_KEYS,
  headerText,
  LOAN_KEYS,
  LOAN_PURPOSES,
  MONITORED_TYPES,
  norm,
  OPERATOR_TYPES,
  ROW_TYPES,
  type RosterLayout,
  rosterLayout,
  SCHOOL_TYPES,
  type SheetDef,
  unitWords,
} from './columns.ts';
import type { IssueKind } from './labels.ts';
import { columnOf, type RawRow, type RawSheet, type RosterSource } from './sources.ts';
import * as V from './values.ts';
import type { CellValue } from './xlsx/read.ts';

export { ISSUE_LABELS, type IssueKind } from './labels.ts';

/** One line of the exceptions sheet. */
export interface RosterIssue {
  readonly kind: IssueKind;
  /** the row was left out of the screen (exit code 1) */
  readonly rejected: boolean;
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  /** the header as written in the file */
  readonly header: string | null;
  /** the column's English key */
  readonly key: string | null;
  readonly subjectId: string | null;
  readonly message: Text;
  /** how many rows a rejecting issue stands for, when more than its own (rows not listed one by one) */
  readonly rows?: number;
}

/** Where a subject, member or activity came from, and how to name it on a result line. */
export interface RefInfo {
  readonly sheet: string;
  readonly row: number | null;
  readonly label: string;
  /** the label in English without the person's name: an activity's, "microcredit", "" */
  readonly labelEn?: string | undefined;
  /** the person the item belongs to, named as the roster names them (a proper name) */
  readonly person?: string | undefined;
}

export interface RosterSubject {
  readonly subject: Subject;
  readonly kindLabel: string;
  readonly township: string;
  readonly village: string;
  /** 户主 name, or the collective's / operator's name */
  readonly name: string;
  /** 户主's 身份证号, normalised */
  readonly idNumber: string | null;
  readonly bankAccount: string | null;
  readonly source: RefInfo;
  /** member and activity ids → their rows */
  readonly refs: ReadonlyMap<string, RefInfo>;
}

export interface AssembledRoster {
  readonly subjects: RosterSubject[];
  readonly issues: RosterIssue[];
  /** data rows read, over all sheets */
  readonly rows: number;
}

const ROW_TYPE_INDEX = choiceIndex(ROW_TYPES);
const CATEGORY_INDEX = choiceIndex(CATEGORIES);
const MONITORED_INDEX = choiceIndex(MONITORED_TYPES);
const SCHOOL_INDEX = choiceIndex(SCHOOL_TYPES);
const OPERATOR_INDEX = choiceIndex(OPERATOR_TYPES);
const LOAN_PURPOSE_INDEX = choiceIndex(LOAN_PURPOSES);
/** A member's 小额信贷 loan, as the engine's `Member` schema checks it. */
const MemberLoan: z.ZodType = Member.shape.loans.unwrap().element;

/**
 * Resolves a work place written by names (务工省份/城市/县) to the GB/T 2260 names and, when the
 * county is known, its code. Injected (the CLI passes @huinong/policy-data's `resolvePlace`), so
 * that this package carries no division data. A name it cannot place, or that fits two places,
 * comes back as the field to blame and a message.
 */
export type PlaceResolver = (place: { province?: string; city?: string; county?: string }) =>
  | { readonly ok: true; readonly place: Place }
  | {
      readonly ok: false;
      readonly field: 'province' | 'city' | 'county' | 'code';
      readonly message: Text;
      /** names to choose from */
      readonly suggestions?: readonly string[];
    };

export interface IndexOptions {
  /** work places given by names only are resolved with it; without it they go as written */
  readonly resolvePlace?: PlaceResolver;
}

const INDEXES = new Map<SheetDef, Map<string, number>>();
function indexOf(def: SheetDef, key: string): number {
  let m = INDEXES.get(def);
  if (!m) {
    m = new Map(def.columns.map((c, i) => [c.key, i]));
    INDEXES.set(def, m);
  }
  const i = m.get(key);
  if (i === undefined) throw new Error(`no column ${key} in ${def.kind}`);
  return i;
}

const KEY_INDEXES = new Map<SheetDef, ReadonlyMap<string, number>>();
/** Column positions by key (a Map: one call site reads every key, which a plain object makes slow). */
function keyIndex(def: SheetDef): ReadonlyMap<string, number> {
  let k = KEY_INDEXES.get(def);
  if (!k) {
    k = new Map(def.columns.map((c, i) => [c.key, i]));
    KEY_INDEXES.set(def, k);
  }
  return k;
}

type Json = Record<string, unknown>;

/**
 * The engine's validation, fast path first: a plain `safeParse` (about twice as fast), and only
 * for a row that fails, `validateWith` again for its bilingual field errors.
 */
function check(schema: z.ZodType, input: Json): Validation<unknown> {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : validateWith(schema, input);
}

/** One row being read: its values converted, its problems collected by column. */
class RowReader {
  readonly problems: { key: string | null; message: Text }[] = [];
  readonly notes: { key: string | null; message: Text }[] = [];
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    readonly sheet: RawSheet,
    readonly raw: RawRow,
    private readonly asOf: string,
  ) {
    this.index = keyIndex(sheet.def);
  }

  cell(key: string): CellValue | undefined {
    return this.raw.values[this.index.get(key) as number];
  }

  has(key: string): boolean {
    return !V.isBlank(this.cell(key));
  }

  column(key: string): ColumnDef {
    return this.sheet.def.columns[indexOf(this.sheet.def, key)] as ColumnDef;
  }

  fail(key: string | null, message: Text): void {
    this.problems.push({ key, message });
  }

  /** A note that does not refuse the row. */
  note(key: string | null, message: Text): void {
    this.notes.push({ key, message });
  }

  private take<T>(key: string, parse: (v: CellValue | undefined) => V.Parsed<T>): T | undefined {
    const v = this.cell(key);
    if (V.isBlank(v)) return undefined;
    const r = parse(v);
    if (r.ok) return r.value;
    this.fail(key, r.message);
    return undefined;
  }

  text(key: string): string | undefined {
    const t = this.take(key, V.text);
    return t === '' ? undefined : t;
  }
  quantity(key: string): string | undefined {
    return this.take(key, V.quantity);
  }
  percent(key: string): string | undefined {
    return this.take(key, V.percent);
  }
  money(key: string): string | undefined {
    return this.take(key, V.money);
  }
  months(key: string): number | undefined {
    return this.take(key, V.months);
  }
  yesNo(key: string): boolean | undefined {
    return this.take(key, V.yesNo);
  }
  date(key: string): string | undefined {
    return this.take(key, V.date);
  }
  idNumber(key: string): string | undefined {
    const v = this.cell(key);
    if (V.isBlank(v)) return undefined;
    const r = V.idNumber(v, this.asOf);
    if (r.ok) return r.value;
    this.fail(key, r.message);
    return undefined;
  }
  account(key: string): string | undefined {
    return this.take(key, V.account);
  }
  choice(key: string, choices: readonly Choice[], index: Map<string, Choice>): string | undefined {
    const v = this.cell(key);
    if (V.isBlank(v)) return undefined;
    // the column's own names say what was expected
    const r = V.choice(v, choices, index, this.column(key));
    if (r.ok) return r.value;
    this.fail(key, r.message);
    return undefined;
  }

  /** True when any of the columns has a value. */
  hasAny(keys: readonly string[]): boolean {
    for (const k of keys) if (this.has(k)) return true;
    return false;
  }

  /** Records the engine's field errors against the columns they came from. */
  engineErrors(errors: readonly FieldError[], paths: Readonly<Record<string, string>>): void {
    for (const e of errors) {
      let key: string | null = paths[e.path] ?? null;
      if (key === null) {
        // the longest mapped prefix: "student" for "student.enrolled" when enrolled has no column
        let best = '';
        for (const p of Object.keys(paths))
          if ((e.path === p || e.path.startsWith(`${p}.`)) && p.length > best.length) best = p;
        key = best ? (paths[best] ?? null) : null;
      }
      const mapped = key !== null && paths[e.path] === key;
      this.fail(
        key,
        mapped ? e.message : { zh: `${e.field.zh}：${e.message.zh}`, en: `${e.field.en}: ${e.message.en}` },
      );
    }
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }
}

/** Sets `obj[key] = value` only when there is a value (exactOptionalPropertyTypes). */
function put(obj: Json, key: string, value: unknown): void {
  if (value !== undefined) obj[key] = value;
}

const HOUSEHOLD_PATHS = {
  id: 'householdId',
  name: 'name',
  township: 'township',
  village: 'village',
  category: 'category',
  monitoredType: 'monitoredType',
  zeroEmployment: 'zeroEmployment',
};
const MEMBER_PATHS = {
  name: 'name',
  idNumber: 'idNumber',
  laborer: 'laborer',
  student: 'schoolType',
  'student.schoolType': 'schoolType',
  'student.school': 'school',
  'student.enrolled': 'enrolled',
  workTrips: 'workFrom',
  'workTrips.0': 'workFrom',
  'workTrips.0.from': 'workFrom',
  'workTrips.0.to': 'workTo',
  'workTrips.0.place': 'workProvince',
  'workTrips.0.place.province': 'workProvince',
  'workTrips.0.place.city': 'workCity',
  'workTrips.0.place.county': 'workCounty',
  'workTrips.0.place.code': 'workCode',
  travelGrantsReceived: 'travelGrantsReceived',
  loans: 'loanAmount',
  mutualFundLoans: 'fundMember',
  publicPost: 'postMonths',
  'publicPost.post': 'post',
  'publicPost.months': 'postMonths',
};
/** A trip validated on its own (a 务工 row). */
const TRIP_PATHS = {
  from: 'workFrom',
  to: 'workTo',
  place: 'workProvince',
  'place.province': 'workProvince',
  'place.city': 'workCity',
  'place.county': 'workCounty',
  'place.code': 'workCode',
};
/** A 小额信贷 loan: the repayment is event 0 when there is one, the overdue stretch after it. */
const LOAN_PATHS = {
  principal: 'loanAmount',
  disbursedOn: 'loanDate',
  termMonths: 'loanTerm',
  purpose: 'loanPurpose',
  events: 'loanRepaidOn',
};
const FUND_PATHS = {
  isMember: 'fundMember',
  purpose: 'fundPurpose',
  feePaid: 'fundFee',
  paidOn: 'fundPaidOn',
};
const PLACE_COLUMNS = {
  province: 'workProvince',
  city: 'workCity',
  county: 'workCounty',
  code: 'workCode',
} as const;

const COLLECTIVE_PATHS = {
  id: 'subjectId',
  name: 'name',
  township: 'township',
  village: 'village',
  reviewedSupport: 'reviewedAmount',
  'reviewedSupport.amount': 'reviewedAmount',
  'reviewedSupport.reference': 'reviewReference',
};
const OPERATOR_PATHS = {
  id: 'subjectId',
  name: 'name',
  township: 'township',
  village: 'village',
  operatorType: 'operatorType',
  'labor.poorWorkers': 'poorWorkers',
  'labor.wages': 'wages',
  'orders.households': 'orderHouseholds',
  'orders.purchases': 'purchases',
  'orders.contractAboveMarket': 'contractAboveMarket',
  'land.households': 'landHouseholds',
  'land.leaseFees': 'leaseFees',
  'land.ledgerAndContracts': 'ledgerAndContracts',
};
/** A row of a sheet, before it is read. */
interface RowRef {
  readonly sheet: RawSheet;
  readonly raw: RawRow;
}

/** A subject's rows, linked by id: its own row, its member rows, its activity rows. */
interface Entry {
  readonly kind: 'household' | 'collective' | 'operator';
  readonly id: string;
  readonly head: RowRef;
  readonly members: RowRef[];
  /** 务工 and 贷款 rows: one more trip or loan of a person of the household */
  readonly extras: RowRef[];
  readonly activities: RowRef[];
}

/** A roster indexed by id, its subjects assembled one at a time when screened. */
export interface Roster {
  /** problems found while linking rows (missing or repeated ids, rows with no household) */
  readonly issues: readonly RosterIssue[];
  /** data rows read, over all sheets */
  readonly rows: number;
  /** subjects to screen, before their rows are checked */
  readonly count: number;
  /**
   * The subjects in roster order (households, collectives, operators), each checked with the
   * engine's schemas as it is reached; problems with its rows go to `onIssue`. Only one
   * subject's objects are alive at a time, so memory holds the raw rows and little else.
   */
  subjects(onIssue: (issue: RosterIssue) => void): Generator<RosterSubject, void, undefined>;
}

const WORK_KEYS = ['workFrom', 'workTo', 'workProvince', 'workCity', 'workCounty', 'workCode'] as const;
/** A person's own columns: on a 务工 or 贷款 row only that row's group is read. */
const PERSON_KEYS = [
  'laborer',
  'schoolType',
  'school',
  'enrolled',
  'travelGrantsReceived',
  'post',
  'postMonths',
  ...WORK_KEYS,
  ...LOAN_KEYS,
  ...FUND_KEYS,
];
const EXTRA_ROWS = {
  trip: { zh: '务工', en: 'trip', keys: new Set<string>(WORK_KEYS) },
  loan: { zh: '贷款', en: 'loan', keys: new Set<string>([...LOAN_KEYS, ...FUND_KEYS]) },
} as const;
/** The 产业 sheet's own columns: read for every activity type. */
const ACTIVITY_OWN = new Set(['subjectId', 'type', 'name']);
/** Who a sheet's rows are, in messages ("村集体或经营主体的项目，农户不适用"). */
const KIND_WORDS: Record<SubjectKind, Text> = {
  household: { zh: '农户', en: 'a household' },
  collective: { zh: '村集体', en: 'collectives' },
  operator: { zh: '经营主体', en: 'operators' },
};
const KINDS: readonly SubjectKind[] = ['household', 'collective', 'operator'];

/** What reading a roster needs, made once per roster: the pack's layout, schemas and indexes. */
interface Context {
  readonly pack: CompiledPack;
  readonly layout: RosterLayout;
  readonly asOf: string;
  readonly resolver: PlaceResolver | undefined;
  /** a village's workers go to a few places: each set of names is resolved once */
  readonly resolved: Map<string, ReturnType<PlaceResolver>>;
  /** the position of a second sheet of a kind, so that ids of its rows differ */
  readonly ordinal: ReadonlyMap<RawSheet, number>;
  /** where each 身份证号 first appears, filled in roster order as subjects are read */
  readonly people: Map<string, { household: string; sheet: RawSheet; row: number }>;
  /** each loan and mutual-fund borrowing by person, amount and date: where it first appears */
  readonly loans: Map<string, { household: string; sheet: string; row: number }>;
  readonly typeIndex: Readonly<Record<SubjectKind, Map<string, Choice>>>;
}

/** Ids of members (m12), trips, loans and activities (a7) name their row. */
function refId(ctx: Context, prefix: string, sheet: RawSheet, row: number): string {
  const n = ctx.ordinal.get(sheet) ?? 0;
  return n === 0 ? `${prefix}${row}` : `${prefix}${n + 1}-${row}`;
}

function makeIssue(
  kind: IssueKind,
  rejected: boolean,
  sheet: RawSheet,
  row: number | null,
  key: string | null,
  subjectId: string | null,
  message: Text,
): RosterIssue {
  const c = key === null ? { column: null, header: null } : columnOf(sheet, indexOf(sheet.def, key));
  return {
    kind,
    rejected,
    sheet: sheet.label,
    row,
    column: c.column,
    header: c.header,
    key,
    subjectId,
    message,
  };
}

function problemsOf(r: RowReader, subjectId: string | null): RosterIssue[] {
  return r.problems.map((p) => makeIssue('rejected', true, r.sheet, r.raw.row, p.key, subjectId, p.message));
}

/** A row's problems and notes, as issues. */
function emit(r: RowReader, subjectId: string, onIssue: (i: RosterIssue) => void): void {
  for (const i of problemsOf(r, subjectId)) onIssue(i);
  for (const n of r.notes)
    onIssue(makeIssue('warning', false, r.sheet, r.raw.row, n.key, subjectId, n.message));
}

function requiredId(r: RowReader, key: string): string | undefined {
  const v = r.text(key);
  if (v === undefined && r.ok)
    r.fail(key, { zh: `${r.column(key).zh}必填`, en: `${r.column(key).en} is required` });
  return v;
}

const emptyEntry = (kind: Entry['kind'], id: string, head: RowRef): Entry => ({
  kind,
  id,
  head,
  members: [],
  extras: [],
  activities: [],
});

// ---------------------------------------------------------------------------------------------
// Linking rows into subjects by 户编号 / 主体编号
// ---------------------------------------------------------------------------------------------

/**
 * 户主 rows open households (a row with no 行类型 is the 户主 when it is the first row of its
 * 户编号); member, 务工 and 贷款 rows join them wherever they are.
 */
function linkHouseholds(
  ctx: Context,
  sheets: readonly RawSheet[],
  entries: Map<string, Entry>,
  issues: RosterIssue[],
) {
  const memberRows: { ref: RowRef; id: string; extra: boolean }[] = [];
  for (const sheet of sheets) {
    for (const raw of sheet.rows) {
      const r = new RowReader(sheet, raw, ctx.asOf);
      const id = requiredId(r, 'householdId');
      const rowType = r.choice('rowType', ROW_TYPES, ROW_TYPE_INDEX);
      if (id === undefined || !r.ok) {
        issues.push(...problemsOf(r, id ?? null));
        continue;
      }
      const existing = entries.get(id);
      if (
        rowType === 'member' ||
        rowType === 'trip' ||
        rowType === 'loan' ||
        (rowType === undefined && existing)
      ) {
        memberRows.push({ ref: { sheet, raw }, id, extra: rowType === 'trip' || rowType === 'loan' });
        continue;
      }
      if (existing) {
        issues.push(
          makeIssue('duplicate-household', true, sheet, raw.row, 'householdId', id, {
            zh: `户编号“${id}”重复：已在「${existing.head.sheet.label}」第${existing.head.raw.row}行出现，本行未筛查`,
            en: `household id "${id}" repeats ${existing.head.sheet.label} row ${existing.head.raw.row}; this row was not screened`,
          }),
        );
        continue;
      }
      entries.set(id, emptyEntry('household', id, { sheet, raw }));
    }
  }
  for (const { ref, id, extra } of memberRows) {
    const e = entries.get(id);
    if (e) (extra ? e.extras : e.members).push(ref);
    else
      issues.push(
        makeIssue('not-linked', true, ref.sheet, ref.raw.row, 'householdId', id, {
          zh: `户编号“${id}”没有户主行，本${extra ? '' : '成员'}行未筛查`,
          en: `household id "${id}" has no 户主 row; this ${extra ? '' : 'member '}row was not screened`,
        }),
      );
  }
}

/** One row per collective or operator. */
function linkSubjects(
  sheets: readonly RawSheet[],
  asOf: string,
  entries: Map<string, Entry>,
  issues: RosterIssue[],
) {
  for (const sheet of sheets) {
    const kind = sheet.def.kind === 'collectives' ? 'collective' : 'operator';
    for (const raw of sheet.rows) {
      const r = new RowReader(sheet, raw, asOf);
      const id = requiredId(r, 'subjectId');
      if (id === undefined || !r.ok) {
        issues.push(...problemsOf(r, id ?? null));
        continue;
      }
      const existing = entries.get(id);
      if (existing) {
        issues.push(
          makeIssue('duplicate-household', true, sheet, raw.row, 'subjectId', id, {
            zh: `编号“${id}”重复：已在「${existing.head.sheet.label}」第${existing.head.raw.row}行出现，本行未筛查`,
            en: `id "${id}" repeats ${existing.head.sheet.label} row ${existing.head.raw.row}; this row was not screened`,
          }),
        );
        continue;
      }
      entries.set(id, emptyEntry(kind, id, { sheet, raw }));
    }
  }
}

/** Activity rows join their subject by 户编号 / 主体编号. */
function linkActivities(
  sheets: readonly RawSheet[],
  asOf: string,
  entries: Map<string, Entry>,
  issues: RosterIssue[],
) {
  for (const sheet of sheets) {
    for (const raw of sheet.rows) {
      const r = new RowReader(sheet, raw, asOf);
      const id = requiredId(r, 'subjectId');
      if (!r.has('type')) r.fail('type', { zh: '产业类型必填', en: 'the activity type is required' });
      if (id === undefined || !r.ok) {
        issues.push(...problemsOf(r, id ?? null));
        continue;
      }
      const e = entries.get(id);
      if (e) e.activities.push({ sheet, raw });
      else
        issues.push(
          makeIssue('not-linked', true, sheet, raw.row, 'subjectId', id, {
            zh: `找不到户编号/主体编号“${id}”（农户及成员、村集体、经营主体中都没有），本行未筛查`,
            en: `no household, collective or operator has the id "${id}"; this row was not screened`,
          }),
        );
    }
  }
}

/** Issues for the other rows of a subject whose own row was refused. */
function notScreened(e: Entry, onIssue: (i: RosterIssue) => void): void {
  for (const ref of [...e.members, ...e.extras, ...e.activities])
    onIssue(
      makeIssue('not-screened', true, ref.sheet, ref.raw.row, null, e.id, {
        zh: `所属户/主体（「${e.head.sheet.label}」第${e.head.raw.row}行）有错误，本行未筛查`,
        en: `its household or subject (${e.head.sheet.label} row ${e.head.raw.row}) was rejected; this row was not screened`,
      }),
    );
}

// ---------------------------------------------------------------------------------------------
// A person's row: the member, a work trip, a loan, a mutual-fund borrowing
// ---------------------------------------------------------------------------------------------

/** A work place by names, resolved once per set of names; problems go to the row's columns. */
function readPlace(ctx: Context, r: RowReader): Json {
  const place: Json = {};
  put(place, 'province', r.text('workProvince'));
  put(place, 'city', r.text('workCity'));
  put(place, 'county', r.text('workCounty'));
  put(place, 'code', r.text('workCode'));
  // a code decides the tier by itself; names without a province are left to the schema
  if (!ctx.resolver || place.code !== undefined || place.province === undefined) return place;
  const key = `${place.province}\u0001${place.city ?? ''}\u0001${place.county ?? ''}`;
  let res = ctx.resolved.get(key);
  if (!res) {
    res = ctx.resolver(place as { province: string; city?: string; county?: string });
    ctx.resolved.set(key, res);
  }
  if (res.ok) return { ...res.place };
  const column = PLACE_COLUMNS[res.field];
  // an ambiguous name's message lists its candidates already
  const listed = res.suggestions?.some((n) => res.message.zh.includes(n)) ?? false;
  const shown = listed ? [] : (res.suggestions ?? []).slice(0, 8);
  const more = (res.suggestions ?? []).length > shown.length;
  r.fail(column, {
    zh: `${res.message.zh}${shown.length ? `；可选：${shown.join('、')}${more ? '等' : ''}` : ''}（行政区划 GB/T 2260；也可填务工地区划代码）`,
    en: `${res.message.en}${shown.length ? `; for example: ${shown.join(', ')}` : ''} (GB/T 2260 divisions; or give the division code)`,
  });
  return place;
}

/** The row's work trip, or undefined when it has none. */
function readTrip(ctx: Context, r: RowReader): Json | undefined {
  if (!r.hasAny(WORK_KEYS)) return undefined;
  // the trip's id names its row, so a travel-grant line can point at the trip that earned it
  const trip: Json = { id: refId(ctx, 't', r.sheet, r.raw.row), place: readPlace(ctx, r) };
  put(trip, 'from', r.date('workFrom'));
  put(trip, 'to', r.date('workTo'));
  return trip;
}

/** Says which columns a loan needs once one of them is filled in. */
function requireAll(r: RowReader, keys: readonly string[], what: Text): void {
  for (const key of keys)
    if (!r.has(key))
      r.fail(key, {
        zh: `填写${what.zh}时「${headerText(r.column(key))}」必填`,
        en: `${r.column(key).en} is required for a ${what.en}`,
      });
}

/** The row's 小额信贷 loan (五(一)1), checked with the engine's schema; undefined when none. */
function readLoan(ctx: Context, r: RowReader): Json | undefined {
  if (!r.hasAny(LOAN_KEYS)) return undefined;
  requireAll(r, ['loanAmount', 'loanDate', 'loanTerm', 'loanPurpose'], {
    zh: '小额信贷',
    en: 'microcredit loan',
  });
  const loan: Json = { id: refId(ctx, 'l', r.sheet, r.raw.row) };
  put(loan, 'principal', r.money('loanAmount'));
  put(loan, 'disbursedOn', r.date('loanDate'));
  put(loan, 'termMonths', r.months('loanTerm'));
  put(loan, 'purpose', r.choice('loanPurpose', LOAN_PURPOSES, LOAN_PURPOSE_INDEX));
  const events: Json[] = [];
  const paths: Record<string, string> = { ...LOAN_PATHS };
  const repaidOn = r.date('loanRepaidOn');
  const repaid = r.money('loanRepaid');
  if (repaid !== undefined && repaidOn === undefined)
    r.fail('loanRepaidOn', { zh: '填了还款金额，还须填还款日期', en: 'a repayment needs its date' });
  if (repaidOn !== undefined) {
    // a date alone: repaid in full that day
    paths[`events.${events.length}.date`] = 'loanRepaidOn';
    paths[`events.${events.length}.amount`] = repaid === undefined ? 'loanRepaidOn' : 'loanRepaid';
    events.push({ type: 'repayment', date: repaidOn, amount: repaid ?? loan.principal });
  }
  const overdueFrom = r.date('loanOverdueFrom');
  const overdueTo = r.date('loanOverdueTo');
  if (overdueTo !== undefined && overdueFrom === undefined)
    r.fail('loanOverdueFrom', {
      zh: '填了逾期结束日期，还须填逾期开始日期',
      en: 'an overdue end needs the overdue start',
    });
  if (overdueFrom !== undefined) {
    paths[`events.${events.length}.from`] = 'loanOverdueFrom';
    paths[`events.${events.length}.to`] = 'loanOverdueTo';
    const overdue: Json = { type: 'overdue', from: overdueFrom };
    put(overdue, 'to', overdueTo);
    events.push(overdue);
  }
  loan.events = events;
  if (!r.ok) return undefined;
  const v = check(MemberLoan, loan);
  if (v.ok) return v.value as Json;
  r.engineErrors(v.errors, paths);
  return undefined;
}

/** The row's 互助资金协会 borrowing (五(一)2); undefined when none. */
function readFund(ctx: Context, r: RowReader): Json | undefined {
  if (!r.hasAny(FUND_KEYS)) return undefined;
  // 五(一)2 pays the occupancy fee actually paid: without it there is nothing to pay
  requireAll(r, ['fundFee'], { zh: '互助资金借款', en: 'mutual-fund loan' });
  const f: Json = { id: refId(ctx, 'f', r.sheet, r.raw.row) };
  put(f, 'isMember', r.yesNo('fundMember'));
  put(f, 'purpose', r.choice('fundPurpose', LOAN_PURPOSES, LOAN_PURPOSE_INDEX));
  put(f, 'feePaid', r.money('fundFee'));
  put(f, 'paidOn', r.date('fundPaidOn'));
  if (!r.ok) return undefined;
  const v = check(MutualFundBorrowing, f);
  if (v.ok) return v.value as Json;
  r.engineErrors(v.errors, FUND_PATHS);
  return undefined;
}

type MemberRead = { member: Json; idNumber: string | null; name: string | undefined; label: string };

/** A member from a row (the 户主 row is also its 户主's member row); null when refused. */
function readMember(ctx: Context, r: RowReader): MemberRead | null {
  const m: Json = { id: refId(ctx, 'm', r.sheet, r.raw.row) };
  const name = r.text('name');
  put(m, 'name', name);
  const idNumber = r.idNumber('idNumber');
  put(m, 'idNumber', idNumber);
  put(m, 'laborer', r.yesNo('laborer'));
  if (r.has('schoolType') || r.has('school') || r.has('enrolled')) {
    const student: Json = {};
    put(student, 'schoolType', r.choice('schoolType', SCHOOL_TYPES, SCHOOL_INDEX));
    put(student, 'school', r.text('school'));
    put(student, 'enrolled', r.yesNo('enrolled'));
    m.student = student;
  }
  const trip = readTrip(ctx, r);
  if (trip) m.workTrips = [trip];
  put(m, 'travelGrantsReceived', r.quantity('travelGrantsReceived'));
  if (r.has('post') || r.has('postMonths')) {
    const post: Json = {};
    put(post, 'post', r.text('post'));
    put(post, 'months', r.quantity('postMonths'));
    m.publicPost = post;
  }
  const loan = readLoan(ctx, r);
  if (loan) m.loans = [loan];
  const fund = readFund(ctx, r);
  if (fund) m.mutualFundLoans = [fund];
  if (!r.ok) return null;
  const v = check(Member, m);
  if (!v.ok) {
    r.engineErrors(v.errors, MEMBER_PATHS);
    return null;
  }
  return { member: v.value as Json, idNumber: idNumber ?? null, name, label: name ?? `第${r.raw.row}行成员` };
}

/** A household being assembled: its members so far, the rows they came from, numbers seen. */
interface Household {
  readonly entry: Entry;
  readonly members: Json[];
  readonly refs: Map<string, RefInfo>;
  readonly seen: Map<string, number>;
  /** the row each loan and borrowing was written on */
  readonly itemRows: Map<string, RowRef>;
}

/**
 * Names the loans and trips of a person's row: "王建国 小额信贷", "王建国 互助资金借款",
 * "王建国 外出务工" — each with the row it was written on.
 */
function itemRefs(member: Json, label: string, ref: RowRef, h: Household): void {
  for (const [field, what, whatEn] of [
    ['loans', '小额信贷', 'microcredit'],
    ['mutualFundLoans', '互助资金借款', 'mutual-fund loan'],
    ['workTrips', '外出务工', 'work away from home'],
  ] as const)
    for (const item of (member[field] as { id: string }[] | undefined) ?? [])
      if (!h.refs.has(item.id)) {
        h.refs.set(item.id, {
          sheet: ref.sheet.label,
          row: ref.raw.row,
          label: `${label} ${what}`,
          labelEn: whatEn,
          person: label,
        });
        h.itemRows.set(item.id, ref);
      }
}

/**
 * The same loan (same person, principal and date of disbursement) or the same mutual-fund
 * borrowing (same person, fee and date) written twice — on two rows of a household, or in two
 * households — is paid once: every later copy is refused on its row.
 */
function dropRepeatedLoans(ctx: Context, h: Household, onIssue: (i: RosterIssue) => void): void {
  for (const m of h.members) {
    const id = m.idNumber as string | undefined;
    if (!id) continue;
    for (const [field, what, column, keyOf] of [
      ['loans', { zh: '小额信贷', en: 'loan' }, 'loanAmount', (l: Json) => `${l.principal}|${l.disbursedOn}`],
      [
        'mutualFundLoans',
        { zh: '互助资金借款', en: 'mutual-fund borrowing' },
        'fundFee',
        (f: Json) => `${f.feePaid ?? ''}|${f.paidOn ?? ''}`,
      ],
    ] as const) {
      const items = m[field] as Json[] | undefined;
      if (!items?.length) continue;
      const kept = items.filter((item) => {
        const key = `${field}|${id}|${keyOf(item)}`;
        const first = ctx.loans.get(key);
        const ref = h.itemRows.get(String(item.id));
        if (!first) {
          if (ref) ctx.loans.set(key, { household: h.entry.id, sheet: ref.sheet.label, row: ref.raw.row });
          return true;
        }
        if (ref)
          onIssue(
            makeIssue('duplicate-loan', true, ref.sheet, ref.raw.row, column, h.entry.id, {
              zh: `同一人的同一笔${what.zh}（金额、日期相同）已在「${first.sheet}」第${first.row}行（户“${first.household}”）：本行不计，不重复发放`,
              en: `the same ${what.en} of this person (same amount and date) is already on ${first.sheet} row ${first.row} (household "${first.household}"): not counted twice`,
            }),
          );
        return false;
      });
      if (kept.length !== items.length) {
        if (kept.length) m[field] = kept;
        else delete m[field];
      }
    }
  }
}

/** Adds a member to a household being assembled; false when it repeats a member's number. */
function addMember(
  ctx: Context,
  h: Household,
  m: MemberRead,
  ref: RowRef,
  onIssue: (i: RosterIssue) => void,
): boolean {
  const e = h.entry;
  if (m.idNumber) {
    const twice = h.seen.get(m.idNumber);
    if (twice !== undefined) {
      onIssue(
        makeIssue('duplicate-person', true, ref.sheet, ref.raw.row, 'idNumber', e.id, {
          zh: `同一户中身份证号重复（与第${twice}行相同），本行未筛查`,
          en: `the same ID number twice in one household (as row ${twice}); this row was not screened`,
        }),
      );
      return false;
    }
    h.seen.set(m.idNumber, ref.raw.row);
    const first = ctx.people.get(m.idNumber);
    if (!first) ctx.people.set(m.idNumber, { household: e.id, sheet: ref.sheet, row: ref.raw.row });
    else if (first.household !== e.id)
      onIssue(
        makeIssue('duplicate-person', false, ref.sheet, ref.raw.row, 'idNumber', e.id, {
          zh: `同一身份证号也在户“${first.household}”（「${first.sheet.label}」第${first.row}行）：两户都筛查，每人每年一次的补助只计一次`,
          en: `the same ID number is also in household "${first.household}" (${first.sheet.label} row ${first.row}): both are screened, and once-per-person grants count once`,
        }),
      );
  }
  h.members.push(m.member);
  h.refs.set(String(m.member.id), {
    sheet: ref.sheet.label,
    row: ref.raw.row,
    label: m.label,
    labelEn: m.name === undefined ? `member on row ${ref.raw.row}` : '',
    person: m.name,
  });
  if (m.member.loans || m.member.mutualFundLoans || m.member.workTrips) itemRefs(m.member, m.label, ref, h);
  return true;
}

/**
 * A 务工 or 贷款 row: one more work trip, or one more loan, of the person of the household with
 * the same 身份证号. It is not a person, so it is never a duplicate; only its own group of
 * columns is read.
 */
function addExtra(
  ctx: Context,
  h: Household,
  ref: RowRef,
  refused: ReadonlySet<string>,
  onIssue: (i: RosterIssue) => void,
): void {
  const e = h.entry;
  const r = new RowReader(ref.sheet, ref.raw, ctx.asOf);
  const type = r.choice('rowType', ROW_TYPES, ROW_TYPE_INDEX) === 'trip' ? 'trip' : 'loan';
  const kind = EXTRA_ROWS[type];
  const idNumber = r.idNumber('idNumber');
  if (idNumber === undefined && r.ok)
    r.fail('idNumber', {
      zh: `“${kind.zh}”行须填身份证号，以对应本户的户主或成员`,
      en: `a ${kind.en} row needs the ID number of the person of the household it adds to`,
    });
  if (!r.ok || idNumber === undefined) {
    emit(r, e.id, onIssue);
    return;
  }
  const person = h.members.find((m) => m.idNumber === idNumber);
  if (!person) {
    onIssue(
      refused.has(idNumber)
        ? makeIssue('not-screened', true, ref.sheet, ref.raw.row, 'idNumber', e.id, {
            zh: '此人的户主或成员行有错误，本行未筛查',
            en: "this person's own row was rejected; this row was not screened",
          })
        : makeIssue('not-linked', true, ref.sheet, ref.raw.row, 'idNumber', e.id, {
            zh: `户编号“${e.id}”中没有此身份证号的户主或成员行：“${kind.zh}”行只为本户已有的人补充，请先填此人的户主或成员行`,
            en: `household "${e.id}" has no 户主 or 成员 row with this ID number: a ${kind.en} row only adds to a person already listed`,
          }),
    );
    return;
  }
  const name = r.text('name');
  if (name !== undefined && person.name !== undefined && name !== person.name)
    r.fail('name', {
      zh: `姓名“${name}”与本户该身份证号的“${String(person.name)}”不一致`,
      en: `the name "${name}" is not the name of this ID number in the household ("${String(person.name)}")`,
    });
  const label = String(person.name ?? idNumber);
  let trip: Json | undefined;
  let loan: Json | undefined;
  let fund: Json | undefined;
  if (type === 'trip') {
    if (!r.hasAny(WORK_KEYS))
      r.fail('workFrom', {
        zh: '“务工”行没有外出务工的信息（开始日期、务工地点）',
        en: 'a trip row without the trip (start date, place of work)',
      });
    const t = readTrip(ctx, r);
    if (t && r.ok) {
      const v = check(WorkTrip, t);
      if (v.ok) trip = v.value as Json;
      else r.engineErrors(v.errors, TRIP_PATHS);
    }
  } else {
    if (!r.hasAny(LOAN_KEYS) && !r.hasAny(FUND_KEYS))
      r.fail('loanAmount', {
        zh: '“贷款”行没有小额信贷或互助资金借款的信息',
        en: 'a loan row without a microcredit loan or a mutual-fund loan',
      });
    loan = readLoan(ctx, r);
    fund = readFund(ctx, r);
  }
  const ignored = PERSON_KEYS.filter((k) => !kind.keys.has(k) && r.has(k));
  if (ignored.length > 0)
    r.note(ignored[0] as string, {
      zh: `“${kind.zh}”行只读${type === 'trip' ? '外出务工' : '小额信贷和互助资金'}的列，已忽略：${ignored.map((k) => `「${headerText(r.column(k))}」`).join('')}（请填在此人的户主或成员行）`,
      en: `a ${kind.en} row is read for its ${type === 'trip' ? 'trip' : 'loan'} columns only; ignored: ${ignored.join(', ')} (they go on the person's own row)`,
    });
  emit(r, e.id, onIssue);
  if (!r.ok) return;
  if (trip) person.workTrips = [...((person.workTrips as Json[] | undefined) ?? []), trip];
  if (loan) person.loans = [...((person.loans as Json[] | undefined) ?? []), loan];
  if (fund) person.mutualFundLoans = [...((person.mutualFundLoans as Json[] | undefined) ?? []), fund];
  if (loan || fund || trip) itemRefs(person, label, ref, h);
}

// ---------------------------------------------------------------------------------------------
// The pack's inputs: a field of an activity or a fact, read by its type
// ---------------------------------------------------------------------------------------------

const FIELD_CHOICES = new WeakMap<InputField, { choices: Choice[]; index: Map<string, Choice> }>();

function fieldChoices(f: InputField): { choices: Choice[]; index: Map<string, Choice> } {
  let c = FIELD_CHOICES.get(f);
  if (!c) {
    const choices = (f.choices ?? []).map((x) => ({
      code: x.value,
      zh: x.label.zh,
      aliases: [...x.aliases, x.label.en],
    }));
    c = { choices, index: choiceIndex(choices) };
    FIELD_CHOICES.set(f, c);
  }
  return c;
}

/** A cell of a pack's field, converted by the field's type (the engine's schema judges it). */
function readField(r: RowReader, key: string, f: InputField): unknown {
  switch (f.type) {
    case 'quantity':
    case 'count':
      return r.quantity(key);
    case 'money':
      return r.money(key);
    case 'rate':
      return r.percent(key);
    case 'yesno':
      return r.yesNo(key);
    case 'date':
      return r.date(key);
    case 'choice': {
      const { choices, index } = fieldChoices(f);
      return r.choice(key, choices, index);
    }
    default:
      return r.text(key);
  }
}

/** The pack's facts on a subject's own row, as `facts`; `paths` learns their columns. */
function readFacts(ctx: Context, r: RowReader, paths: Record<string, string>): Json | undefined {
  const facts = ctx.layout.facts[r.sheet.def.kind];
  let out: Json | undefined;
  for (const { fact, column } of facts) {
    if (!r.has(column.key)) continue;
    out ??= {};
    put(out, fact.key, readField(r, column.key, fact));
    paths[`facts.${fact.key}`] = column.key;
  }
  return out;
}

const ACTIVITY_SCHEMAS = new WeakMap<ActivityDef, z.ZodType>();
const OTHER_SCHEMA = z.strictObject({
  type: z.literal('other'),
  id: z.string().min(1),
  name: z.string().min(1),
});

/** One declared activity's schema, as the pack's subject schema has it. */
function activitySchema(def: ActivityDef | undefined): z.ZodType {
  if (!def) return OTHER_SCHEMA;
  let s = ACTIVITY_SCHEMAS.get(def);
  if (!s) {
    const shape: Record<string, z.ZodType> = { type: z.literal(def.type), id: z.string().min(1) };
    for (const f of def.fields) shape[f.key] = fieldSchema(f);
    s = z.strictObject(shape);
    ACTIVITY_SCHEMAS.set(def, s);
  }
  return s;
}

/** The activity type of a row, for a subject of `kind`; undefined when refused (on `r`). */
function activityType(ctx: Context, r: RowReader, kind: SubjectKind): string | undefined {
  const choices = ctx.layout.activityChoices[kind];
  const type = r.choice('type', choices, ctx.typeIndex[kind]);
  if (type !== undefined) return type;
  const written = String(r.cell('type'));
  const elsewhere = KINDS.filter((k) => k !== kind && ctx.typeIndex[k].has(norm(written)));
  if (elsewhere.length > 0)
    r.problems.splice(0, r.problems.length, {
      key: 'type',
      message: {
        zh: `“${written}”是${elsewhere.map((k) => KIND_WORDS[k].zh).join('或')}的项目，${KIND_WORDS[kind].zh}不适用`,
        en: `"${written}" is a project of ${elsewhere.map((k) => KIND_WORDS[k].en).join(' or ')}, not of ${KIND_WORDS[kind].en}`,
      },
    });
  return undefined;
}

/**
 * A filled column the activity does not read: refused when the activity reads the same field
 * from another column (an area in ㎡ where this activity counts in 亩), else noted as ignored.
 */
function foreignColumn(
  ctx: Context,
  r: RowReader,
  key: string,
  a: ActivityColumns | undefined,
  type: string,
): boolean {
  const label = ctx.layout.activityLabel(type);
  const fieldKeys = ctx.layout.columnFields.get(key);
  if (a && fieldKeys)
    for (const [other, f] of a.fields)
      if (other !== key && fieldKeys.has(f.key)) {
        const target = r.column(other);
        const unit = unitWords(f.unit);
        r.fail(key, {
          zh: `${label.zh}的${target.zh}按${unit.zh}计，请填在「${headerText(target)}」列`,
          en: `the ${f.label.en.toLowerCase()} of ${label.en} is counted in ${unit.en}: use the column ${target.key}`,
        });
        return true;
      }
  return false;
}

/** An activity row of a subject; null when refused (its problems are on `r`). */
function readActivity(
  ctx: Context,
  r: RowReader,
  kind: SubjectKind,
  earlier: Map<string, number>,
): { activity: Json; type: string } | null {
  const type = activityType(ctx, r, kind);
  if (type === undefined) return null;
  const a = ctx.layout.activityTypes.get(type);
  const activity: Json = { type, id: refId(ctx, 'a', r.sheet, r.raw.row) };
  const paths: Record<string, string> = { type: 'type' };
  const ignored: string[] = [];
  for (const column of r.sheet.def.columns) {
    const key = column.key;
    if (key === 'subjectId' || key === 'type' || !r.has(key)) continue;
    const f = a?.fields.get(key);
    if (f) {
      put(activity, f.key, readField(r, key, f));
      paths[f.key] = key;
    } else if (key === 'name' && type === 'other') {
      put(activity, 'name', r.text(key));
      paths.name = key;
    } else if (ACTIVITY_OWN.has(key) || !foreignColumn(ctx, r, key, a, type)) ignored.push(key);
  }
  let parsed: Json | null = null;
  if (r.ok) {
    const v = check(activitySchema(a?.def), activity);
    if (v.ok) parsed = v.value as Json;
    else r.engineErrors(v.errors, paths);
  }
  // one row per activity unless the pack lets it repeat (two batches bought on two dates)
  if (r.ok && a && !a.def.repeatable) {
    const first = earlier.get(type);
    const who =
      kind === 'household'
        ? { zh: '同一户的同一产业', en: 'household' }
        : { zh: '同一主体的同一项目', en: 'subject' };
    if (first !== undefined)
      r.fail('type', {
        zh: `${who.zh}只填一行（请合并数量）：与「${r.sheet.label}」第${first}行重复`,
        en: `one row per activity type and ${who.en} (add the quantities together): repeats ${r.sheet.label} row ${first}`,
      });
  }
  if (!r.ok || !parsed) return null;
  earlier.set(type, r.raw.row);
  const label = ctx.layout.activityLabel(type);
  for (const key of ignored)
    r.note(key, {
      zh: `「${headerText(r.column(key))}」不适用于${label.zh}，已忽略`,
      en: `${r.column(key).key} does not apply to ${label.en}; ignored`,
    });
  return { activity: parsed, type };
}

/**
 * Values above the pack's plausibility limits (3,000 pigs): the row is screened, and the value is
 * listed in 异常 to be checked before anything is paid.
 */
function reviewWarnings(
  ctx: Context,
  subject: Subject,
  rows: readonly { ref: RowRef; type: string }[],
  onIssue: (i: RosterIssue) => void,
): void {
  for (const w of plausibilityWarnings(subject, ctx.pack.pack)) {
    const [, index, field] = w.path.split('.');
    const at = rows[Number(index)];
    if (!at) continue;
    let column: string | null = null;
    for (const [key, f] of ctx.layout.activityTypes.get(at.type)?.fields ?? [])
      if (f.key === field) column = key;
    onIssue(makeIssue('review', false, at.ref.sheet, at.ref.raw.row, column, subject.id, w.message));
  }
}

// ---------------------------------------------------------------------------------------------
// A subject from its rows
// ---------------------------------------------------------------------------------------------

/** A household's own part (its 户主 row) and its people; null when the 户主 row is refused. */
function readHousehold(ctx: Context, e: Entry, r: RowReader, part: Json, onIssue: (i: RosterIssue) => void) {
  const category = r.choice('category', CATEGORIES, CATEGORY_INDEX);
  if (category === undefined && !r.has('category'))
    r.fail('category', { zh: '户主行必须填写农户类别', en: 'the 户主 row needs the household category' });
  put(part, 'category', category);
  put(part, 'monitoredType', r.choice('monitoredType', MONITORED_TYPES, MONITORED_INDEX));
  put(part, 'zeroEmployment', r.yesNo('zeroEmployment'));
  const paths: Record<string, string> = { ...HOUSEHOLD_PATHS };
  put(part, 'facts', readFacts(ctx, r, paths));
  const head = readMember(ctx, r);
  let value: Json | null = null;
  if (r.ok) {
    const v = check(packSchemas(ctx.pack.pack).household, part);
    if (v.ok) value = v.value as Json;
    else r.engineErrors(v.errors, paths);
  }
  if (!r.ok || !head || !value) return null;
  const h: Household = { entry: e, members: [], refs: new Map(), seen: new Map(), itemRows: new Map() };
  addMember(ctx, h, head, e.head, onIssue);
  let refused: Set<string> | null = null;
  for (const ref of e.members) {
    const mr = new RowReader(ref.sheet, ref.raw, ctx.asOf);
    const m = readMember(ctx, mr);
    if (m) addMember(ctx, h, m, ref, onIssue);
    else {
      emit(mr, e.id, onIssue);
      const n = V.idNumber(mr.cell('idNumber'), ctx.asOf);
      if (n.ok && e.extras.length > 0) {
        refused ??= new Set();
        refused.add(n.value);
      }
    }
  }
  for (const ref of e.extras) addExtra(ctx, h, ref, refused ?? NONE, onIssue);
  dropRepeatedLoans(ctx, h, onIssue);
  return { value, head, household: h };
}

/** A collective's or an operator's own row; null when refused. */
function readOrganisation(ctx: Context, e: Entry, r: RowReader, part: Json): Json | null {
  let paths: Record<string, string>;
  if (e.kind === 'collective') {
    if (r.has('reviewedAmount') || r.has('reviewReference')) {
      const support: Json = {};
      put(support, 'amount', r.quantity('reviewedAmount'));
      put(support, 'reference', r.text('reviewReference'));
      part.reviewedSupport = support;
    }
    paths = { ...COLLECTIVE_PATHS };
  } else {
    put(part, 'operatorType', r.choice('operatorType', OPERATOR_TYPES, OPERATOR_INDEX));
    const group = (name: string, fields: [string, string, 'quantity' | 'yesNo'][]) => {
      if (!fields.some(([key]) => r.has(key))) return;
      const g: Json = {};
      for (const [key, field, how] of fields) put(g, field, how === 'yesNo' ? r.yesNo(key) : r.quantity(key));
      part[name] = g;
    };
    group('labor', [
      ['poorWorkers', 'poorWorkers', 'quantity'],
      ['wages', 'wages', 'quantity'],
    ]);
    group('orders', [
      ['orderHouseholds', 'households', 'quantity'],
      ['purchases', 'purchases', 'quantity'],
      ['contractAboveMarket', 'contractAboveMarket', 'yesNo'],
    ]);
    group('land', [
      ['landHouseholds', 'households', 'quantity'],
      ['leaseFees', 'leaseFees', 'quantity'],
      ['ledgerAndContracts', 'ledgerAndContracts', 'yesNo'],
    ]);
    paths = { ...OPERATOR_PATHS };
  }
  put(part, 'facts', readFacts(ctx, r, paths));
  if (!r.ok) return null;
  const schemas = packSchemas(ctx.pack.pack);
  const v = check(e.kind === 'collective' ? schemas.collective : schemas.operator, part);
  if (v.ok) return v.value as Json;
  r.engineErrors(v.errors, paths);
  return null;
}

/** A subject from its linked rows; null when its own row is refused (its other rows are reported). */
function assembleEntry(ctx: Context, e: Entry, onIssue: (i: RosterIssue) => void): RosterSubject | null {
  const { sheet, raw } = e.head;
  const r = new RowReader(sheet, raw, ctx.asOf);
  const part: Json = { kind: e.kind, id: e.id };
  put(part, 'name', r.text('name'));
  put(part, 'township', r.text('township'));
  put(part, 'village', r.text('village'));
  const bankAccount = r.account('bankAccount') ?? null;
  let refs = new Map<string, RefInfo>();
  let members: Json[] | null = null;
  let headId: string | null = null;
  let value: Json | null;
  if (e.kind === 'household') {
    const h = readHousehold(ctx, e, r, part, onIssue);
    value = h?.value ?? null;
    if (h) {
      members = h.household.members;
      refs = h.household.refs;
      headId = h.head.idNumber;
    }
  } else value = readOrganisation(ctx, e, r, part);
  if (!value) {
    emit(r, e.id, onIssue);
    notScreened(e, onIssue);
    return null;
  }
  const activities: Json[] = [];
  const activityRows: { ref: RowRef; type: string }[] = [];
  const earlier = new Map<string, number>();
  for (const ref of e.activities) {
    const ar = new RowReader(ref.sheet, ref.raw, ctx.asOf);
    const a = readActivity(ctx, ar, e.kind, earlier);
    emit(ar, e.id, onIssue);
    if (!a) continue;
    activities.push(a.activity);
    activityRows.push({ ref, type: a.type });
    const label = ctx.layout.activityLabel(a.type);
    refs.set(String(a.activity.id), {
      sheet: ref.sheet.label,
      row: ref.raw.row,
      label: label.zh,
      labelEn: label.en,
    });
  }
  const subject = (members
    ? { ...value, members, activities }
    : { ...value, activities }) as unknown as Subject;
  reviewWarnings(ctx, subject, activityRows, onIssue);
  return {
    subject,
    kindLabel: KIND_LABELS[e.kind]?.zh ?? e.kind,
    township: (part.township as string | undefined) ?? '',
    village: (part.village as string | undefined) ?? '',
    name: (part.name as string | undefined) ?? '',
    idNumber: headId,
    bankAccount,
    source: { sheet: sheet.label, row: raw.row, label: (part.name as string | undefined) ?? e.id },
    refs,
  };
}

/**
 * Links the rows of a roster into subjects. `asOf` bounds birth dates; `pack` declares the
 * activities, their fields and columns, and the facts (the source must have been read with the
 * same pack's layout); `options.resolvePlace` turns work places written by names into codes.
 * This reads no files: it works on rows already read.
 */
export function indexRoster(
  source: RosterSource,
  pack: CompiledPack,
  asOf: string,
  options: IndexOptions = {},
): Roster {
  const layout = rosterLayout(pack);
  const ordinal = new Map<RawSheet, number>();
  for (const kind of ['households', 'activities'] as const)
    source.sheets
      .filter((s) => s.def.kind === kind)
      .forEach((s, i) => {
        ordinal.set(s, i);
      });
  const ctx: Context = {
    pack,
    layout,
    asOf,
    resolver: options.resolvePlace,
    resolved: new Map(),
    ordinal,
    people: new Map(),
    loans: new Map(),
    typeIndex: typeIndexes(layout),
  };
  const of = (...kinds: string[]) => source.sheets.filter((s) => kinds.includes(s.def.kind));
  const issues: RosterIssue[] = [];
  const entries = new Map<string, Entry>();
  linkHouseholds(ctx, of('households'), entries, issues);
  linkSubjects(of('collectives', 'operators'), asOf, entries, issues);
  linkActivities(of('activities'), asOf, entries, issues);
  let rows = 0;
  for (const s of source.sheets) rows += s.rows.length;

  const ordered: (Entry | null)[] = [...entries.values()].sort(
    (a, b) => kindOrder(a.kind) - kindOrder(b.kind),
  );
  entries.clear();
  // the entries now hold the rows: the sheets let go of them, and each subject's rows are let go
  // once it is read, so memory falls as the screen goes on
  for (const sheet of source.sheets) sheet.rows.length = 0;

  function* subjects(onIssue: (i: RosterIssue) => void): Generator<RosterSubject, void, undefined> {
    for (let i = 0; i < ordered.length; i++) {
      const e = ordered[i];
      if (!e) continue;
      // a roster is screened once: each subject's rows are let go as soon as it is read
      ordered[i] = null;
      const rs = assembleEntry(ctx, e, onIssue);
      if (rs) yield rs;
    }
  }

  return { issues, rows, count: ordered.length, subjects };
}

const TYPE_INDEXES = new WeakMap<RosterLayout, Record<SubjectKind, Map<string, Choice>>>();
function typeIndexes(layout: RosterLayout): Record<SubjectKind, Map<string, Choice>> {
  let t = TYPE_INDEXES.get(layout);
  if (!t) {
    t = {
      household: choiceIndex(layout.activityChoices.household),
      collective: choiceIndex(layout.activityChoices.collective),
      operator: choiceIndex(layout.activityChoices.operator),
    };
    TYPE_INDEXES.set(layout, t);
  }
  return t;
}

const NONE: ReadonlySet<string> = new Set();

function kindOrder(kind: Entry['kind']): number {
  return kind === 'household' ? 0 : kind === 'collective' ? 1 : 2;
}

/** A roster already assembled (JSON input) as a `Roster`. */
export function rosterOf(assembled: AssembledRoster): Roster {
  return {
    issues: assembled.issues,
    rows: assembled.rows,
    count: assembled.subjects.length,
    *subjects() {
      yield* assembled.subjects;
    },
  };
}
