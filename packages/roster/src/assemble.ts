/**
 * Rows → subjects. Every row is checked with the engine's own schemas (a part at a time: the
 * household, each member, each activity), its values converted from the sheet's Chinese; a bad
 * cell is reported by sheet, row, column and header, and only its row is left out. Households are
 * linked to their member and activity rows by 户编号; 身份证号 are checked and duplicates flagged.
 */
import {
  ACTIVITY_LABELS,
  Collective,
  type CompiledPack,
  type FieldError,
  Household,
  HouseholdActivity,
  KIND_LABELS,
  Member,
  MutualFundBorrowing,
  Operator,
  type Place,
  Project,
  type Subject,
  type Text,
  type Validation,
  validateWith,
  WorkTrip,
} from '@huinong/benefits';
import type { z } from 'zod';
import {
  CATEGORIES,
  type Choice,
  type ColumnDef,
  choiceIndex,
  FUND_KEYS,
  HOUSEHOLD_ACTIVITIES,
  headerText,
  LOAN_KEYS,
  LOAN_PURPOSES,
  MONITORED_TYPES,
  norm,
  OPERATOR_TYPES,
  PROJECTS,
  ROW_TYPES,
  SCHOOL_TYPES,
  type SheetDef,
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
}

/** Where a subject, member or activity came from, and how to name it on a result line. */
export interface RefInfo {
  readonly sheet: string;
  readonly row: number | null;
  readonly label: string;
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
const HOUSEHOLD_ACTIVITY_INDEX = choiceIndex(HOUSEHOLD_ACTIVITIES);
const PROJECT_INDEX = choiceIndex(PROJECTS);
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

/** The fields each activity type takes, read from the engine's schemas. */
function fieldsByType(schema: z.ZodType): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const options = (schema as unknown as { options: { shape: Record<string, { value?: unknown }> }[] })
    .options;
  for (const o of options) out.set(String(o.shape.type?.value), new Set(Object.keys(o.shape)));
  return out;
}
const HOUSEHOLD_FIELDS = fieldsByType(HouseholdActivity);
const PROJECT_FIELDS = fieldsByType(Project);

/**
 * The unit of `area` for each activity type, read from the pack: the unit of the per-unit award
 * or the condition on `area` (㎡ for greenhouses, silkworm rooms, pens and cold-water fish).
 */
function areaUnits(pack: CompiledPack): Map<string, string> {
  const units = new Map<string, string>();
  for (const { standard: s } of pack.standards) {
    if (s.source.kind !== 'activity') continue;
    let unit: string | undefined;
    if (s.award.kind === 'per-unit' && s.award.quantity === 'area') unit = s.award.unit;
    for (const c of s.conditions ?? [])
      if ('field' in c && c.field === 'area' && 'unit' in c && typeof c.unit === 'string') unit ??= c.unit;
    if (unit) for (const t of s.source.types) units.set(t, unit);
  }
  return units;
}

/** Activity columns and the field each fills (`area` is decided by the unit). */
const ACTIVITY_COLUMNS: readonly [
  key: string,
  fields: readonly string[],
  parse: 'quantity' | 'percent' | 'yesNo' | 'text',
][] = [
  ['crop', ['crop', 'species'], 'text'],
  ['name', ['name'], 'text'],
  ['contiguousArea', ['contiguousArea'], 'quantity'],
  ['trellisArea', ['trellisArea'], 'quantity'],
  ['head', ['head'], 'quantity'],
  ['birds', ['birds', 'stock'], 'quantity'],
  ['boxes', ['boxes'], 'quantity'],
  ['bags', ['bags'], 'quantity'],
  ['income', ['income'], 'quantity'],
  ['survivalRate', ['survivalRate'], 'percent'],
  ['plantsPerMu', ['plantsPerMu'], 'quantity'],
  ['stemDiameterCm', ['stemDiameterCm'], 'quantity'],
  ['investment', ['investment'], 'quantity'],
  ['annualRevenue', ['annualRevenue'], 'quantity'],
  ['registered', ['registered'], 'yesNo'],
  ['operating', ['operating'], 'yesNo'],
  ['standardized', ['standardized'], 'yesNo'],
];

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

/**
 * Links the rows of a roster into subjects. `asOf` bounds birth dates; `pack` gives the unit of
 * each activity's area; `options.resolvePlace` turns work places written by names into codes.
 * This reads no files: it works on rows already read.
 */
export function indexRoster(
  source: RosterSource,
  pack: CompiledPack,
  asOf: string,
  options: IndexOptions = {},
): Roster {
  const issues: RosterIssue[] = [];
  const resolver = options.resolvePlace;
  // a village's workers go to a few places: each set of names is resolved once
  const resolved = new Map<string, ReturnType<PlaceResolver>>();
  const units = areaUnits(pack);
  // ids of members (m12) and activities (a7) name their row; a second sheet of a kind adds its number
  const ordinal = new Map<RawSheet, number>();
  for (const kind of ['households', 'activities'] as const)
    source.sheets
      .filter((s) => s.def.kind === kind)
      .forEach((s, i) => {
        ordinal.set(s, i);
      });
  const refId = (prefix: string, sheet: RawSheet, row: number): string => {
    const n = ordinal.get(sheet) ?? 0;
    return n === 0 ? `${prefix}${row}` : `${prefix}${n + 1}-${row}`;
  };
  const entries = new Map<string, Entry>();
  let rows = 0;

  const makeIssue = (
    kind: IssueKind,
    rejected: boolean,
    sheet: RawSheet,
    row: number | null,
    key: string | null,
    subjectId: string | null,
    message: Text,
  ): RosterIssue => {
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
  };
  const problemsOf = (r: RowReader, subjectId: string | null): RosterIssue[] =>
    r.problems.map((p) => makeIssue('rejected', true, r.sheet, r.raw.row, p.key, subjectId, p.message));
  const requiredId = (r: RowReader, key: string): string | undefined => {
    const v = r.text(key);
    if (v === undefined && r.ok)
      r.fail(key, { zh: `${r.column(key).zh}必填`, en: `${r.column(key).en} is required` });
    return v;
  };

  // ---- households: a 户主 row opens a household (a row with no 行类型 is the 户主 when it is the
  // first row of its 户编号); member rows join it wherever they are
  const memberRows: { ref: RowRef; id: string; extra: boolean }[] = [];
  for (const sheet of source.sheets.filter((s) => s.def.kind === 'households')) {
    for (const raw of sheet.rows) {
      rows++;
      const r = new RowReader(sheet, raw, asOf);
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
      entries.set(id, {
        kind: 'household',
        id,
        head: { sheet, raw },
        members: [],
        extras: [],
        activities: [],
      });
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

  // ---- collectives and operators
  for (const sheet of source.sheets.filter(
    (s) => s.def.kind === 'collectives' || s.def.kind === 'operators',
  )) {
    const kind = sheet.def.kind === 'collectives' ? 'collective' : 'operator';
    for (const raw of sheet.rows) {
      rows++;
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
      entries.set(id, { kind, id, head: { sheet, raw }, members: [], extras: [], activities: [] });
    }
  }

  // ---- activities, linked by 户编号 / 主体编号
  for (const sheet of source.sheets.filter((s) => s.def.kind === 'activities')) {
    for (const raw of sheet.rows) {
      rows++;
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

  // ---- people: where each 身份证号 first appears, filled in roster order as subjects are read
  const people = new Map<string, { household: string; sheet: RawSheet; row: number }>();

  const ordered: (Entry | null)[] = [...entries.values()].sort(
    (a, b) => kindOrder(a.kind) - kindOrder(b.kind),
  );
  entries.clear();
  // the entries now hold the rows: the sheets let go of them, and each subject's rows are let go
  // once it is read, so memory falls as the screen goes on
  for (const sheet of source.sheets) sheet.rows.length = 0;

  /** Issues for the other rows of a subject whose own row was refused. */
  const notScreened = (e: Entry, onIssue: (i: RosterIssue) => void) => {
    for (const ref of [...e.members, ...e.extras, ...e.activities])
      onIssue(
        makeIssue('not-screened', true, ref.sheet, ref.raw.row, null, e.id, {
          zh: `所属户/主体（「${e.head.sheet.label}」第${e.head.raw.row}行）有错误，本行未筛查`,
          en: `its household or subject (${e.head.sheet.label} row ${e.head.raw.row}) was rejected; this row was not screened`,
        }),
      );
  };

  /** A work place by names, resolved once per set of names; problems go to the row's columns. */
  const placeOf = (r: RowReader): Json => {
    const place: Json = {};
    put(place, 'province', r.text('workProvince'));
    put(place, 'city', r.text('workCity'));
    put(place, 'county', r.text('workCounty'));
    put(place, 'code', r.text('workCode'));
    // a code decides the tier by itself; names without a province are left to the schema
    if (!resolver || place.code !== undefined || place.province === undefined) return place;
    const key = `${place.province}\u0001${place.city ?? ''}\u0001${place.county ?? ''}`;
    let res = resolved.get(key);
    if (!res) {
      res = resolver(place as { province: string; city?: string; county?: string });
      resolved.set(key, res);
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
  };

  /** The row's work trip, or undefined when it has none. */
  const tripOf = (r: RowReader): Json | undefined => {
    if (!r.hasAny(WORK_KEYS)) return undefined;
    // the trip's id names its row, so a travel-grant line can point at the trip that earned it
    const trip: Json = { id: refId('t', r.sheet, r.raw.row), place: placeOf(r) };
    put(trip, 'from', r.date('workFrom'));
    put(trip, 'to', r.date('workTo'));
    return trip;
  };

  /** Says which columns a loan needs once one of them is filled in. */
  const requireAll = (r: RowReader, keys: readonly string[], what: Text) => {
    for (const key of keys)
      if (!r.has(key))
        r.fail(key, {
          zh: `填写${what.zh}时「${headerText(r.column(key))}」必填`,
          en: `${r.column(key).en} is required for a ${what.en}`,
        });
  };

  /** The row's 小额信贷 loan (五(一)1), checked with the engine's schema; undefined when none. */
  const loanOf = (r: RowReader): Json | undefined => {
    if (!r.hasAny(LOAN_KEYS)) return undefined;
    requireAll(r, ['loanAmount', 'loanDate', 'loanTerm', 'loanPurpose'], {
      zh: '小额信贷',
      en: 'microcredit loan',
    });
    const loan: Json = { id: refId('l', r.sheet, r.raw.row) };
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
  };

  /** The row's 互助资金协会 borrowing (五(一)2); undefined when none. */
  const fundOf = (r: RowReader): Json | undefined => {
    if (!r.hasAny(FUND_KEYS)) return undefined;
    // 五(一)2 pays the occupancy fee actually paid: without it there is nothing to pay
    requireAll(r, ['fundFee'], { zh: '互助资金借款', en: 'mutual-fund loan' });
    const f: Json = { id: refId('f', r.sheet, r.raw.row) };
    put(f, 'isMember', r.yesNo('fundMember'));
    put(f, 'purpose', r.choice('fundPurpose', LOAN_PURPOSES, LOAN_PURPOSE_INDEX));
    put(f, 'feePaid', r.money('fundFee'));
    put(f, 'paidOn', r.date('fundPaidOn'));
    if (!r.ok) return undefined;
    const v = check(MutualFundBorrowing, f);
    if (v.ok) return v.value as Json;
    r.engineErrors(v.errors, FUND_PATHS);
    return undefined;
  };

  /** A member from a row (the 户主 row is also its 户主's member row); null when refused. */
  const memberOf = (r: RowReader): { member: Json; idNumber: string | null; label: string } | null => {
    const m: Json = { id: refId('m', r.sheet, r.raw.row) };
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
    const trip = tripOf(r);
    if (trip) m.workTrips = [trip];
    put(m, 'travelGrantsReceived', r.quantity('travelGrantsReceived'));
    if (r.has('post') || r.has('postMonths')) {
      const post: Json = {};
      put(post, 'post', r.text('post'));
      put(post, 'months', r.quantity('postMonths'));
      m.publicPost = post;
    }
    const loan = loanOf(r);
    if (loan) m.loans = [loan];
    const fund = fundOf(r);
    if (fund) m.mutualFundLoans = [fund];
    if (!r.ok) return null;
    const v = check(Member, m);
    if (!v.ok) {
      r.engineErrors(v.errors, MEMBER_PATHS);
      return null;
    }
    return { member: v.value as Json, idNumber: idNumber ?? null, label: name ?? `第${r.raw.row}行成员` };
  };

  /** An activity row of a subject; null when refused (its problems are on `r`). */
  const activityOf = (
    r: RowReader,
    household: boolean,
    earlier: Map<string, number>,
  ): { activity: Json; type: string } | null => {
    const type = household
      ? r.choice('type', HOUSEHOLD_ACTIVITIES, HOUSEHOLD_ACTIVITY_INDEX)
      : r.choice('type', PROJECTS, PROJECT_INDEX);
    if (type === undefined) {
      const written = String(r.cell('type'));
      if (household && PROJECT_INDEX.has(norm(written)))
        r.problems.splice(0, r.problems.length, {
          key: 'type',
          message: {
            zh: `“${written}”是村集体或经营主体的项目，农户不适用`,
            en: `"${written}" is a project of collectives or operators, not of a household`,
          },
        });
      return null;
    }
    const fields = (household ? HOUSEHOLD_FIELDS : PROJECT_FIELDS).get(type) ?? new Set<string>();
    const activity: Json = { type, id: refId('a', r.sheet, r.raw.row) };
    const paths: Record<string, string> = { type: 'type' };
    const ignored: string[] = [];
    // area: 亩 or ㎡ as the pack counts this activity
    const unit = units.get(type) ?? 'mu';
    const areaField = fields.has('area') ? 'area' : fields.has('contiguousArea') ? 'contiguousArea' : null;
    const right = unit === 'm2' ? 'areaM2' : 'areaMu';
    const wrong = unit === 'm2' ? 'areaMu' : 'areaM2';
    if (r.has(wrong) && areaField === 'area') {
      const target = r.column(right);
      r.fail(wrong, {
        zh: `${ACTIVITY_LABELS[type]?.zh ?? type}的面积按${unit === 'm2' ? '平方米（㎡）' : '亩'}计，请填在「${headerText(target)}」列`,
        en: `the area of ${ACTIVITY_LABELS[type]?.en ?? type} is counted in ${unit === 'm2' ? 'm²' : 'mu'}: use the column ${target.key}`,
      });
    }
    if (r.has(right) && areaField && !(areaField === 'contiguousArea' && r.has('contiguousArea'))) {
      put(activity, areaField, r.quantity(right));
      paths[areaField] = right;
    } else if (r.has(right)) ignored.push(right);
    if (r.has(wrong) && areaField !== 'area') ignored.push(wrong);
    for (const [key, targets, how] of ACTIVITY_COLUMNS) {
      if (!r.has(key)) continue;
      let field: string | undefined;
      for (const f of targets)
        if (fields.has(f)) {
          field = f;
          break;
        }
      if (!field) {
        ignored.push(key);
        continue;
      }
      const value =
        how === 'percent'
          ? r.percent(key)
          : how === 'yesNo'
            ? r.yesNo(key)
            : how === 'text'
              ? r.text(key)
              : r.quantity(key);
      put(activity, field, value);
      paths[field] = key;
    }
    let parsed: Json | null = null;
    if (r.ok) {
      const v = check(household ? HouseholdActivity : Project, activity);
      if (v.ok) parsed = v.value as Json;
      else r.engineErrors(v.errors, paths);
    }
    if (household && r.ok && type !== 'other') {
      const first = earlier.get(type);
      if (first !== undefined)
        r.fail('type', {
          zh: `同一户的同一产业只填一行（请合并数量）：与「${r.sheet.label}」第${first}行重复`,
          en: `one row per activity type and household (add the quantities together): repeats ${r.sheet.label} row ${first}`,
        });
    }
    if (!r.ok || !parsed) return null;
    earlier.set(type, r.raw.row);
    for (const key of ignored)
      r.note(key, {
        zh: `「${headerText(r.column(key))}」不适用于${ACTIVITY_LABELS[type]?.zh ?? type}，已忽略`,
        en: `${r.column(key).key} does not apply to ${ACTIVITY_LABELS[type]?.en ?? type}; ignored`,
      });
    return { activity: parsed, type };
  };

  // one subject at a time, in a plain function: V8 optimises it, where the body of a long-running
  // generator would stay in the interpreter
  /** A row's problems and notes, as issues. */
  const emit = (r: RowReader, subjectId: string, onIssue: (i: RosterIssue) => void) => {
    for (const i of problemsOf(r, subjectId)) onIssue(i);
    for (const n of r.notes)
      onIssue(makeIssue('warning', false, r.sheet, r.raw.row, n.key, subjectId, n.message));
  };

  /** Adds a member to a household being assembled; false when it repeats a member's number. */
  const addMember = (
    e: Entry,
    m: NonNullable<ReturnType<typeof memberOf>>,
    ref: RowRef,
    into: { members: Json[]; refs: Map<string, RefInfo>; seen: Map<string, number> },
    onIssue: (i: RosterIssue) => void,
  ): boolean => {
    if (m.idNumber) {
      const twice = into.seen.get(m.idNumber);
      if (twice !== undefined) {
        onIssue(
          makeIssue('duplicate-person', true, ref.sheet, ref.raw.row, 'idNumber', e.id, {
            zh: `同一户中身份证号重复（与第${twice}行相同），本行未筛查`,
            en: `the same ID number twice in one household (as row ${twice}); this row was not screened`,
          }),
        );
        return false;
      }
      into.seen.set(m.idNumber, ref.raw.row);
      const first = people.get(m.idNumber);
      if (!first) people.set(m.idNumber, { household: e.id, sheet: ref.sheet, row: ref.raw.row });
      else if (first.household !== e.id)
        onIssue(
          makeIssue('duplicate-person', false, ref.sheet, ref.raw.row, 'idNumber', e.id, {
            zh: `同一身份证号也在户“${first.household}”（「${first.sheet.label}」第${first.row}行）：两户都筛查，每人每年一次的补助只计一次`,
            en: `the same ID number is also in household "${first.household}" (${first.sheet.label} row ${first.row}): both are screened, and once-per-person grants count once`,
          }),
        );
    }
    into.members.push(m.member);
    into.refs.set(String(m.member.id), { sheet: ref.sheet.label, row: ref.raw.row, label: m.label });
    if (m.member.loans || m.member.mutualFundLoans || m.member.workTrips)
      itemRefs(m.member, m.label, ref, into.refs);
    return true;
  };

  /**
   * Names the loans and trips of a person's row: "王建国 小额信贷", "王建国 互助资金借款",
   * "王建国 外出务工" — each with the row it was written on.
   */
  const itemRefs = (member: Json, label: string, ref: RowRef, refs: Map<string, RefInfo>) => {
    for (const [field, what] of [
      ['loans', '小额信贷'],
      ['mutualFundLoans', '互助资金借款'],
      ['workTrips', '外出务工'],
    ] as const)
      for (const item of (member[field] as { id: string }[] | undefined) ?? [])
        if (!refs.has(item.id))
          refs.set(item.id, { sheet: ref.sheet.label, row: ref.raw.row, label: `${label} ${what}` });
  };

  /**
   * A 务工 or 贷款 row: one more work trip, or one more loan, of the person of the household with
   * the same 身份证号. It is not a person, so it is never a duplicate; only its own group of
   * columns is read.
   */
  const addExtra = (
    e: Entry,
    ref: RowRef,
    into: { members: Json[]; refs: Map<string, RefInfo> },
    refused: ReadonlySet<string>,
    onIssue: (i: RosterIssue) => void,
  ): void => {
    const r = new RowReader(ref.sheet, ref.raw, asOf);
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
    const person = into.members.find((m) => m.idNumber === idNumber);
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
      const t = tripOf(r);
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
      loan = loanOf(r);
      fund = fundOf(r);
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
    if (loan || fund || trip) itemRefs(person, label, ref, into.refs);
  };

  // closures are made once per roster, not once per subject: tsx names every function it creates
  const assemble = (e: Entry, onIssue: (i: RosterIssue) => void): RosterSubject | null => {
    {
      const { sheet, raw } = e.head;
      const r = new RowReader(sheet, raw, asOf);
      const part: Json = { kind: e.kind, id: e.id };
      put(part, 'name', r.text('name'));
      put(part, 'township', r.text('township'));
      put(part, 'village', r.text('village'));
      const bankAccount = r.account('bankAccount') ?? null;
      const refs = new Map<string, RefInfo>();
      const members: Json[] = [];
      let headId: string | null = null;
      let value: Json | null = null;
      if (e.kind === 'household') {
        const category = r.choice('category', CATEGORIES, CATEGORY_INDEX);
        if (category === undefined && !r.has('category'))
          r.fail('category', {
            zh: '户主行必须填写农户类别',
            en: 'the 户主 row needs the household category',
          });
        put(part, 'category', category);
        put(part, 'monitoredType', r.choice('monitoredType', MONITORED_TYPES, MONITORED_INDEX));
        put(part, 'zeroEmployment', r.yesNo('zeroEmployment'));
        const head = memberOf(r);
        if (r.ok) {
          const v = check(Household, part);
          if (v.ok) value = v.value as Json;
          else r.engineErrors(v.errors, HOUSEHOLD_PATHS);
        }
        if (!r.ok || !head || !value) {
          emit(r, e.id, onIssue);
          notScreened(e, onIssue);
          return null;
        }
        headId = head.idNumber;
        const into = { members, refs, seen: new Map<string, number>() };
        addMember(e, head, e.head, into, onIssue);
        let refused: Set<string> | null = null;
        for (const ref of e.members) {
          const mr = new RowReader(ref.sheet, ref.raw, asOf);
          const m = memberOf(mr);
          if (m) addMember(e, m, ref, into, onIssue);
          else {
            emit(mr, e.id, onIssue);
            const n = V.idNumber(mr.cell('idNumber'), asOf);
            if (n.ok && e.extras.length > 0) {
              refused ??= new Set();
              refused.add(n.value);
            }
          }
        }
        for (const ref of e.extras) addExtra(e, ref, into, refused ?? NONE, onIssue);
      } else {
        let paths: Record<string, string>;
        let schema: z.ZodType;
        if (e.kind === 'collective') {
          if (r.has('reviewedAmount') || r.has('reviewReference')) {
            const support: Json = {};
            put(support, 'amount', r.quantity('reviewedAmount'));
            put(support, 'reference', r.text('reviewReference'));
            part.reviewedSupport = support;
          }
          paths = COLLECTIVE_PATHS;
          schema = Collective;
        } else {
          put(part, 'operatorType', r.choice('operatorType', OPERATOR_TYPES, OPERATOR_INDEX));
          const group = (name: string, fields: [string, string, 'quantity' | 'yesNo'][]) => {
            if (!fields.some(([key]) => r.has(key))) return;
            const g: Json = {};
            for (const [key, field, how] of fields)
              put(g, field, how === 'yesNo' ? r.yesNo(key) : r.quantity(key));
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
          paths = OPERATOR_PATHS;
          schema = Operator;
        }
        if (r.ok) {
          const v = check(schema, part);
          if (v.ok) value = v.value as Json;
          else r.engineErrors(v.errors, paths);
        }
        if (!r.ok || !value) {
          emit(r, e.id, onIssue);
          notScreened(e, onIssue);
          return null;
        }
      }
      const activities: Json[] = [];
      const earlier = new Map<string, number>();
      for (const ref of e.activities) {
        const ar = new RowReader(ref.sheet, ref.raw, asOf);
        const a = activityOf(ar, e.kind === 'household', earlier);
        emit(ar, e.id, onIssue);
        if (!a) continue;
        activities.push(a.activity);
        refs.set(String(a.activity.id), {
          sheet: ref.sheet.label,
          row: ref.raw.row,
          label: ACTIVITY_LABELS[a.type]?.zh ?? a.type,
        });
      }
      const subject = (e.kind === 'household'
        ? { ...value, members, activities }
        : { ...value, activities }) as unknown as Subject;
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
  };

  function* subjects(onIssue: (i: RosterIssue) => void): Generator<RosterSubject, void, undefined> {
    for (let i = 0; i < ordered.length; i++) {
      const e = ordered[i];
      if (!e) continue;
      // a roster is screened once: each subject's rows are let go as soon as it is read
      ordered[i] = null;
      const rs = assemble(e, onIssue);
      if (rs) yield rs;
    }
  }

  return { issues, rows, count: ordered.length, subjects };
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
