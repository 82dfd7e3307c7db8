/**
 * The register as a roster workbook: the pack's template layout (农户及成员, 产业, 村集体, 经营主体;
 * row 1 the Chinese headers, row 2 the English keys), so that 名册筛查 and `huinong screen` read it
 * as any village roster, plus the cases themselves (status, log, frozen award) as JSON on the
 * 说明 sheet, which the roster reader passes over, so that importing the file elsewhere restores
 * the register exactly. Written with the roster package's streaming xlsx writer, in the browser.
 */
import { Dec, type Member, type PolicyPack, type Subject } from '@huinong/benefits';
import { compareCases, RegisterCase } from '@huinong/register';
import {
  CATEGORIES,
  type Choice,
  headerText,
  LOAN_PURPOSES,
  MONITORED_TYPES,
  OPERATOR_TYPES,
  type OutCell,
  type RosterLayout,
  rosterLayout,
  SCHOOL_TYPES,
  type SheetDef,
  type SheetKind,
  XlsxWriter,
} from '@huinong/roster';
import type { Draft } from '../wizard/draft.ts';
import { parseStored } from '../wizard/persistence.ts';

type Row = Record<string, string | number>;

/** The first cell of the 说明 row that starts the register's data. */
export const DATA_MARK = '惠农台账数据 HuiNong register data';
/** Excel's limit is 32,767 characters a cell: a case's JSON is cut into pieces below it. */
const PIECE = 30_000;

const zhOf = (choices: readonly Choice[], code: string | undefined): string | undefined =>
  code === undefined ? undefined : (choices.find((c) => c.code === code)?.zh ?? code);
const yesNo = (v: boolean | undefined): string | undefined => (v === undefined ? undefined : v ? '是' : '否');
/** A decimal string as a number when it is one (Excel shows it as a number), else as written. */
const num = (v: string | number | undefined): string | number | undefined => {
  if (v === undefined) return undefined;
  const s = String(v);
  return /^-?\d+(\.\d+)?$/.test(s) && Number(s).toString() === new Dec(s).toString() ? Number(s) : s;
};

function put(row: Row, key: string, value: string | number | undefined): void {
  if (value !== undefined && value !== '') row[key] = value;
}

/** A value of a pack field as a cadre writes it: 是/否, a choice by its Chinese name, 85%. */
function fieldCell(
  f: { type: string; choices?: readonly { value: string; label: { zh: string } }[] | undefined },
  v: unknown,
): string | number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (f.type === 'choice') return f.choices?.find((c) => c.value === v)?.label.zh ?? String(v);
  if (f.type === 'rate') return `${new Dec(String(v)).times(100).toString()}%`;
  if (f.type === 'date' || f.type === 'text') return String(v);
  return num(String(v));
}

function factCells(layout: RosterLayout, kind: SheetKind, facts: Subject['facts'], row: Row): void {
  for (const { fact, column } of layout.facts[kind]) put(row, column.key, fieldCell(fact, facts?.[fact.key]));
}

/** A person's own columns: the first trip, loan and borrowing; the rest go on 务工 / 贷款 rows. */
function personCells(m: Member | undefined, row: Row): void {
  if (!m) return;
  put(row, 'laborer', yesNo(m.laborer));
  if (m.student) {
    put(row, 'schoolType', zhOf(SCHOOL_TYPES, m.student.schoolType));
    put(row, 'school', m.student.school);
    put(row, 'enrolled', yesNo(m.student.enrolled));
  }
  tripCells(m.workTrips?.[0], row);
  put(row, 'travelGrantsReceived', num(m.travelGrantsReceived));
  if (m.publicPost) {
    put(row, 'post', m.publicPost.post);
    put(row, 'postMonths', num(m.publicPost.months));
  }
  loanCells(m.loans?.[0], row);
  fundCells(m.mutualFundLoans?.[0], row);
}

function tripCells(t: NonNullable<Member['workTrips']>[number] | undefined, row: Row): void {
  if (!t) return;
  put(row, 'workFrom', t.from);
  put(row, 'workTo', t.to);
  put(row, 'workProvince', t.place.province);
  put(row, 'workCity', t.place.city);
  put(row, 'workCounty', t.place.county);
  put(row, 'workCode', t.place.code);
}

function loanCells(l: NonNullable<Member['loans']>[number] | undefined, row: Row): void {
  if (!l) return;
  put(row, 'loanAmount', num(l.principal));
  put(row, 'loanDate', l.disbursedOn);
  put(row, 'loanTerm', l.termMonths);
  put(row, 'loanPurpose', zhOf(LOAN_PURPOSES, l.purpose));
  const repaid = l.events.find((e) => e.type === 'repayment');
  if (repaid?.type === 'repayment') {
    put(row, 'loanRepaidOn', repaid.date);
    if (repaid.amount !== l.principal) put(row, 'loanRepaid', num(repaid.amount));
  }
  const overdue = l.events.find((e) => e.type === 'overdue');
  if (overdue?.type === 'overdue') {
    put(row, 'loanOverdueFrom', overdue.from);
    put(row, 'loanOverdueTo', overdue.to);
  }
}

function fundCells(f: NonNullable<Member['mutualFundLoans']>[number] | undefined, row: Row): void {
  if (!f) return;
  put(row, 'fundMember', yesNo(f.isMember));
  put(row, 'fundPurpose', zhOf(LOAN_PURPOSES, f.purpose));
  put(row, 'fundFee', num(f.feePaid));
  put(row, 'fundPaidOn', f.paidOn);
}

/** The roster rows of one case, by sheet. This is a pure function. */
export function caseRows(c: RegisterCase, layout: RosterLayout): Record<SheetKind, Row[]> {
  const out: Record<SheetKind, Row[]> = { households: [], activities: [], collectives: [], operators: [] };
  const s = c.subject;
  const place = { township: c.township, village: c.village };
  const own: Row = {};
  if (s.kind === 'household') {
    // the 户主 row is the household and its head: the member of the applicant's name, if any
    const head =
      s.members.find((m) => m.idNumber && m.idNumber === c.applicant.idNumber) ??
      s.members.find((m) => m.name !== undefined && m.name === c.applicant.name);
    const row: Row = {
      rowType: '户主',
      ...place,
      householdId: c.id,
      name: c.applicant.name || (s.name ?? ''),
    };
    put(row, 'idNumber', c.applicant.idNumber);
    put(row, 'category', zhOf(CATEGORIES, s.category));
    put(row, 'monitoredType', zhOf(MONITORED_TYPES, s.monitoredType));
    put(row, 'zeroEmployment', yesNo(s.zeroEmployment));
    put(row, 'bankAccount', c.account ?? s.bankAccount);
    factCells(layout, 'households', s.facts, row);
    personCells(head, row);
    out.households.push(row);
    s.members.forEach((m, i) => {
      if (m === head) return;
      const r: Row = { rowType: '成员', ...place, householdId: c.id, name: m.name ?? `成员${i + 1}` };
      put(r, 'idNumber', m.idNumber);
      personCells(m, r);
      out.households.push(r);
    });
    // a person's second trip or loan: a 务工 or 贷款 row with the person's 身份证号
    for (const m of s.members) {
      const idNumber = m === head ? c.applicant.idNumber : m.idNumber;
      if (!idNumber) continue;
      const person = { householdId: c.id, name: m === head ? c.applicant.name : (m.name ?? ''), idNumber };
      for (const t of m.workTrips?.slice(1) ?? []) {
        const r: Row = { rowType: '务工', ...person };
        tripCells(t, r);
        out.households.push(r);
      }
      const extra = Math.max(m.loans?.length ?? 0, m.mutualFundLoans?.length ?? 0);
      for (let i = 1; i < extra; i++) {
        const r: Row = { rowType: '贷款', ...person };
        loanCells(m.loans?.[i], r);
        fundCells(m.mutualFundLoans?.[i], r);
        out.households.push(r);
      }
    }
  } else {
    Object.assign(own, place, { subjectId: c.id, name: c.applicant.name || (s.name ?? '') });
    put(own, 'bankAccount', c.account ?? s.bankAccount);
    if (s.kind === 'collective') {
      put(own, 'reviewedAmount', num(s.reviewedSupport?.amount));
      put(own, 'reviewReference', s.reviewedSupport?.reference);
      factCells(layout, 'collectives', s.facts, own);
      out.collectives.push(own);
    } else {
      put(own, 'operatorType', zhOf(OPERATOR_TYPES, s.operatorType));
      put(own, 'poorWorkers', num(s.labor?.poorWorkers));
      put(own, 'wages', num(s.labor?.wages));
      put(own, 'orderHouseholds', num(s.orders?.households));
      put(own, 'purchases', num(s.orders?.purchases));
      put(own, 'contractAboveMarket', yesNo(s.orders?.contractAboveMarket));
      put(own, 'landHouseholds', num(s.land?.households));
      put(own, 'leaseFees', num(s.land?.leaseFees));
      put(own, 'ledgerAndContracts', yesNo(s.land?.ledgerAndContracts));
      factCells(layout, 'operators', s.facts, own);
      out.operators.push(own);
    }
  }
  for (const a of s.activities) {
    const row: Row = { subjectId: c.id, type: layout.activityLabel(a.type).zh };
    put(row, 'name', typeof a.name === 'string' ? a.name : undefined);
    const def = layout.activityTypes.get(a.type);
    for (const [column, f] of def?.fields ?? [])
      put(row, column, fieldCell(f, (a as Record<string, unknown>)[f.key]));
    out.activities.push(row);
  }
  return out;
}

function writeSheet(book: XlsxWriter, def: SheetDef, rows: readonly Row[]): void {
  const sheet = book.addSheet(def.name, {
    widths: def.columns.map((c) => c.width ?? 12),
    freezeRows: 2,
  });
  sheet.addRow(def.columns.map(headerText), 'header');
  sheet.addRow(
    def.columns.map((c) => c.key),
    'note',
  );
  for (const r of rows) sheet.addRow(def.columns.map((c): OutCell => r[c.key]));
}

/** The 说明 sheet: what the file is, then one row per case holding its JSON. */
function writeData(book: XlsxWriter, pack: PolicyPack, cases: readonly ExportedCase[], at: string): void {
  const sheet = book.addSheet('说明', { widths: [120] });
  sheet.addRow(
    [`惠农 HuiNong 台账导出 / register export（政策包 ${pack.id} v${pack.version}：${pack.name.zh}；${at}）`],
    'header',
  );
  sheet.addRow([
    '「农户及成员」「产业」「村集体」「经营主体」四张表与名册模板相同，可用名册筛查或 huinong screen 重新筛查。',
  ]);
  sheet.addRow([
    'The four roster sheets are the template’s: 名册筛查 and huinong screen read them as any roster.',
  ]);
  sheet.addRow(['以下各行是台账的案件数据（状态、办理记录、冻结的测算结果），导入台账时读取，请勿修改。']);
  sheet.addRow([
    'The rows below hold the cases (status, log, frozen award) for importing into a register: do not edit.',
  ]);
  sheet.addRow([DATA_MARK, String(cases.length)], 'note');
  for (const c of cases) {
    const json = JSON.stringify({ serial: c.serial, case: c.case, ...(c.draft ? { draft: c.draft } : {}) });
    const pieces: string[] = [];
    for (let i = 0; i < json.length; i += PIECE) pieces.push(json.slice(i, i + PIECE));
    sheet.addRow(pieces);
  }
}

/** The register's cases of one pack as a roster workbook (see the module's comment). */
export async function registerWorkbook(
  cases: readonly ExportedCase[],
  pack: PolicyPack,
  at: string,
): Promise<Blob> {
  const layout = rosterLayout(pack);
  const rows: Record<SheetKind, Row[]> = { households: [], activities: [], collectives: [], operators: [] };
  const ordered = [...cases].sort((a, b) => compareCases(a.case, b.case));
  for (const c of ordered) {
    const r = caseRows(c.case, layout);
    for (const k of Object.keys(rows) as SheetKind[]) rows[k].push(...r[k]);
  }
  const book = new XlsxWriter();
  writeData(book, pack, ordered, at);
  for (const def of layout.sheets) writeSheet(book, def, rows[def.kind]);
  const bytes = await book.bytes();
  return new Blob(bytes as BlobPart[], { type: XLSX_TYPE });
}

/** A case as exported: the case and its serial number on the device it comes from. */
export interface ExportedCase {
  readonly case: RegisterCase;
  readonly serial: string;
  /** the calculator's answers, so that the case opens in the calculator on the other device too */
  readonly draft?: Draft;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The cases kept on a register export's 说明 sheet, or null when the workbook has none. */
export function casesOfData(rows: readonly (readonly unknown[])[]): {
  cases: ExportedCase[];
  errors: string[];
} | null {
  const start = rows.findIndex((r) => r[0] === DATA_MARK);
  if (start < 0) return null;
  const cases: ExportedCase[] = [];
  const errors: string[] = [];
  for (const r of rows.slice(start + 1)) {
    const json = r.filter((x): x is string => typeof x === 'string').join('');
    if (json.trim() === '') continue;
    try {
      const data = JSON.parse(json) as { serial?: unknown; case?: unknown; draft?: unknown };
      const c = RegisterCase.safeParse(data.case);
      const draft = parseStored(JSON.stringify({ step: 'results', draft: data.draft }))?.draft;
      if (c.success)
        cases.push({
          case: c.data,
          serial: typeof data.serial === 'string' ? data.serial : '',
          ...(data.draft && draft ? { draft } : {}),
        });
      else errors.push(c.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  return { cases, errors };
}
