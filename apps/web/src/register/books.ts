/**
 * Reading and writing the register's files in the browser: a roster workbook imported into the
 * register (a register export restores its cases; any other roster is screened row by row), the
 * "一卡通"发放清册 written as .xlsx with its frozen list, and a list exported earlier read back to be
 * checked against the register (`verifyList`).
 */
import { compilePack, type PolicyPack, screen, type Text } from '@huinong/benefits';
import { lprSeries, resolvePlace } from '@huinong/policy-data';
import {
  type FrozenList,
  FrozenList as FrozenListSchema,
  newCase,
  type PaymentList,
} from '@huinong/register';
import {
  blobSource,
  type CellValue,
  loadRoster,
  RosterFileError,
  type RosterIssue,
  XlsxReader,
  XlsxWriter,
} from '@huinong/roster';
import { casesOfData, type ExportedCase, XLSX_TYPE } from './roster-book.ts';

/** The rows of a sheet as plain values (index 0 is column A). */
async function sheetRows(reader: XlsxReader, name: string): Promise<CellValue[][] | null> {
  const sheet = reader.sheets.find((s) => s.name === name);
  if (!sheet) return null;
  const rows: CellValue[][] = [];
  for await (const r of reader.rows(sheet)) rows.push(r.cells.slice(1));
  return rows;
}

export interface Imported {
  readonly cases: ExportedCase[];
  /** the file was a register export (its cases restored) rather than a roster screened afresh */
  readonly restored: boolean;
  /** rows or cases that could not be taken, as the roster screen words them */
  readonly problems: readonly Text[];
}

/**
 * The cases of a workbook: those kept on a register export's 说明 sheet, or, for any other roster,
 * each subject screened with `pack` as of `asOf` and made a new case at 申请 (its 户编号 or
 * 主体编号 as the case id). Throws `RosterFileError` (bilingual) when the file cannot be used.
 */
export async function importWorkbook(
  file: Blob & { readonly name: string },
  pack: PolicyPack,
  asOf: string,
  at: string,
): Promise<Imported> {
  let reader: XlsxReader;
  try {
    reader = await XlsxReader.open(blobSource(file));
  } catch {
    throw new RosterFileError({
      zh: `${file.name} 不是有效的 .xlsx 文件`,
      en: `${file.name} is not a valid .xlsx file`,
    });
  }
  const data = await sheetRows(reader, '说明');
  const kept = data ? casesOfData(data) : null;
  if (kept)
    return {
      cases: kept.cases,
      restored: true,
      problems: kept.errors.map((e) => ({
        zh: `有一条案件数据无法读取：${e}`,
        en: `a case could not be read: ${e}`,
      })),
    };
  const compiled = compilePack(pack);
  const notes: RosterIssue[] = [];
  const roster = await loadRoster(
    [{ name: file.name, source: blobSource(file) }],
    { pack: compiled, asOf, resolvePlace },
    notes,
  );
  const problems: Text[] = [];
  const report = (i: RosterIssue) => {
    if (i.rejected) problems.push(i.message);
  };
  for (const i of [...notes, ...roster.issues]) report(i);
  const cases: ExportedCase[] = [];
  for (const rs of roster.subjects(report)) {
    const result = screen(rs.subject, { pack: compiled, asOf, lpr: lprSeries });
    cases.push({
      serial: '',
      case: newCase({
        id: rs.subject.id,
        subject: rs.subject,
        result,
        pack: { id: pack.id, version: pack.version },
        at,
        applicant: { name: rs.name, ...(rs.idNumber ? { idNumber: rs.idNumber } : {}) },
        ...(rs.bankAccount ? { account: rs.bankAccount } : {}),
        township: rs.township,
        village: rs.village,
      }),
    });
  }
  return { cases, restored: false, problems };
}

/** The frozen list kept in a workbook's 校验 sheet (a 发放清册 written here). */
const CHECK_SHEET = '校验';
const PIECE = 30_000;

/** A list exported earlier, read back: its JSON file, or a 发放清册 workbook's 校验 sheet. */
export async function readFrozenList(file: Blob & { readonly name: string }): Promise<FrozenList> {
  let json: string;
  if (/\.json$/i.test(file.name)) json = await file.text();
  else {
    let rows: CellValue[][] | null = null;
    try {
      rows = await sheetRows(await XlsxReader.open(blobSource(file)), CHECK_SHEET);
    } catch {
      rows = null;
    }
    if (!rows)
      throw new RosterFileError({
        zh: `${file.name} 中没有名单的校验数据（「${CHECK_SHEET}」表）`,
        en: `${file.name} holds no list check data (no "${CHECK_SHEET}" sheet)`,
      });
    json = (rows[1] ?? []).filter((c): c is string => typeof c === 'string').join('');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new RosterFileError({ zh: `${file.name} 不是名单文件`, en: `${file.name} is not a list file` });
  }
  const r = FrozenListSchema.safeParse(parsed);
  if (!r.success)
    throw new RosterFileError({ zh: `${file.name} 不是名单文件`, en: `${file.name} is not a list file` });
  return r.data;
}

/** A frozen list as the JSON file that can be checked later. */
export function frozenListBlob(list: FrozenList): Blob {
  return new Blob([JSON.stringify(list, null, 1)], { type: 'application/json' });
}

export interface PaymentBookMeta {
  readonly place: string;
  readonly packName: string;
  readonly preparer: string;
}

/**
 * The "一卡通"发放清册 as .xlsx: the title, the pack, engine, date and hash, one row per paid line
 * (amounts as numbers, 2 decimals), the total in figures and 大写, the signature line; and the
 * frozen list on a 校验 sheet, for checking the file against the register later.
 */
export async function paymentWorkbook(
  list: PaymentList,
  frozen: FrozenList,
  meta: PaymentBookMeta,
): Promise<Blob> {
  const book = new XlsxWriter();
  const sheet = book.addSheet('发放清册', {
    widths: [6, 10, 22, 24, 28, 14, 12],
    formats: [null, null, null, null, null, 'money', null],
  });
  const m = frozen.meta;
  sheet.addRow([`${meta.place}${list.title.zh}`], 'header');
  sheet.addRow([
    `政策包 ${m.pack.id} v${m.pack.version}（${meta.packName}）　引擎 ${m.engineVersion}　制表日期 ${m.date}`,
  ]);
  sheet.addRow([`校验值 SHA-256：${frozen.hash}`], 'note');
  sheet.addRow(
    list.columns.map((c) => c.zh),
    'header',
  );
  for (const r of list.rows)
    sheet.addRow([
      r.seq,
      r.name,
      r.idNumber,
      r.account,
      r.item,
      { n: Number(r.amount), fmt: 'money' },
      r.village,
    ]);
  sheet.addRow(['合计', `${list.households}户`, '', '', '', { n: Number(list.total), fmt: 'money' }, '']);
  sheet.addRow(['大写', list.totalCapital]);
  sheet.addRow([`制表人：${meta.preparer}`, '', '审核：', '', '审批：', '', '日期：']);
  const check = book.addSheet(CHECK_SHEET, { widths: [60] });
  check.addRow(['名单校验数据（请勿修改） list check data: do not edit'], 'note');
  const json = JSON.stringify(frozen);
  const pieces: string[] = [];
  for (let i = 0; i < json.length; i += PIECE) pieces.push(json.slice(i, i + PIECE));
  check.addRow(pieces);
  return new Blob((await book.bytes()) as BlobPart[], { type: XLSX_TYPE });
}

/** Saves a blob as a download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
