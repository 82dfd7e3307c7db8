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
  Operator,
  Project,
  type Subject,
  type Text,
  type Validation,
  validateWith,
} from '@huinong/benefits';
import type { z } from 'zod';
import {
  CATEGORIES,
  type Choice,
  type ColumnDef,
  choiceIndex,
  HOUSEHOLD_ACTIVITIES,
  headerText,
  MONITORED_TYPES,
  norm,
  OPERATOR_TYPES,
  PROJECTS,
  ROW_TYPES,
  SCHOOL_TYPES,
  type SheetDef,
} from './columns.ts';
import { columnOf, type RawRow, type RawSheet, type RosterSource } from './sources.ts';
import * as V from './values.ts';
import type { CellValue } from './xlsx/read.ts';

export type IssueKind =
  | 'rejected'
  | 'duplicate-household'
  | 'duplicate-person'
  | 'not-linked'
  | 'not-screened'
  | 'once-per-year'
  | 'warning';

export const ISSUE_LABELS: Record<IssueKind, Text> = {
  rejected: { zh: '数据错误', en: 'rejected' },
  'duplicate-household': { zh: '重复户编号', en: 'duplicate household' },
  'duplicate-person': { zh: '重复人员', en: 'duplicate person' },
  'not-linked': { zh: '找不到所属户', en: 'not linked' },
  'not-screened': { zh: '未筛查', en: 'not screened' },
  'once-per-year': { zh: '每年一次', en: 'once per year' },
  warning: { zh: '提示', en: 'note' },
};

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
  publicPost: 'postMonths',
  'publicPost.post': 'post',
  'publicPost.months': 'postMonths',
};
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

/**
 * Links the rows of a roster into subjects. `asOf` bounds birth dates; `pack` gives the unit of
 * each activity's area. This reads no files: it works on rows already read.
 */
export function indexRoster(source: RosterSource, pack: CompiledPack, asOf: string): Roster {
  const issues: RosterIssue[] = [];
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
  const memberRows: { ref: RowRef; id: string }[] = [];
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
      if (rowType === 'member' || (rowType === undefined && existing)) {
        memberRows.push({ ref: { sheet, raw }, id });
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
      entries.set(id, { kind: 'household', id, head: { sheet, raw }, members: [], activities: [] });
    }
  }
  for (const { ref, id } of memberRows) {
    const e = entries.get(id);
    if (e) e.members.push(ref);
    else
      issues.push(
        makeIssue('not-linked', true, ref.sheet, ref.raw.row, 'householdId', id, {
          zh: `户编号“${id}”没有户主行，本成员行未筛查`,
          en: `household id "${id}" has no 户主 row; this member row was not screened`,
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
      entries.set(id, { kind, id, head: { sheet, raw }, members: [], activities: [] });
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
    for (const ref of [...e.members, ...e.activities])
      onIssue(
        makeIssue('not-screened', true, ref.sheet, ref.raw.row, null, e.id, {
          zh: `所属户/主体（「${e.head.sheet.label}」第${e.head.raw.row}行）有错误，本行未筛查`,
          en: `its household or subject (${e.head.sheet.label} row ${e.head.raw.row}) was rejected; this row was not screened`,
        }),
      );
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
    if (r.hasAny(WORK_KEYS)) {
      const place: Json = {};
      put(place, 'province', r.text('workProvince'));
      put(place, 'city', r.text('workCity'));
      put(place, 'county', r.text('workCounty'));
      put(place, 'code', r.text('workCode'));
      const trip: Json = { place };
      put(trip, 'from', r.date('workFrom'));
      put(trip, 'to', r.date('workTo'));
      m.workTrips = [trip];
    }
    put(m, 'travelGrantsReceived', r.quantity('travelGrantsReceived'));
    if (r.has('post') || r.has('postMonths')) {
      const post: Json = {};
      put(post, 'post', r.text('post'));
      put(post, 'months', r.quantity('postMonths'));
      m.publicPost = post;
    }
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
    return true;
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
        for (const ref of e.members) {
          const mr = new RowReader(ref.sheet, ref.raw, asOf);
          const m = memberOf(mr);
          if (m) addMember(e, m, ref, into, onIssue);
          else emit(mr, e.id, onIssue);
        }
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
