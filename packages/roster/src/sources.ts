/**
 * Reading a roster file into sheets of raw rows: an .xlsx workbook (streamed) or CSV files (one
 * sheet each). Header rows are found by their Chinese headers or English keys, so columns may be
 * moved, left out or renamed with or without the unit. The time spent is bounded: a sheet stops
 * after a long run of blank rows, and every part has a size cap.
 */
import { closestName, type Text } from '@huinong/benefits';
import { type ColumnDef, headerText, norm, type RosterLayout, type SheetDef } from './columns.ts';
import { CsvError, decodeCsv, eachCsvRecord } from './csv.ts';
import type { IssueKind } from './labels.ts';
import { LimitError, limitText, ROSTER_LIMITS, type RosterBounds } from './limits.ts';
import { isBlank } from './values.ts';
import type { ByteSource, Codec } from './xlsx/codec.ts';
import { type CellValue, columnLetter, type MergedRange, XlsxReader, type XlsxSheet } from './xlsx/read.ts';
import { ZipError } from './xlsx/zip.ts';

/** The file cannot be used at all (exit code 2). */
export class RosterFileError extends Error {
  constructor(readonly text: Text) {
    super(`${text.zh}\n${text.en}`);
  }
}

export interface RawRow {
  /** 1-based row as Excel shows it (the record number in a CSV file) */
  readonly row: number;
  /** values by the definition's column order (undefined when the column is absent) */
  readonly values: readonly (CellValue | undefined)[];
}

export interface RawSheet {
  readonly def: SheetDef;
  /** the sheet's name in the workbook, or the CSV file's name */
  readonly label: string;
  /** for each column of the definition: its 1-based column in the file, or 0 when absent */
  readonly columns: readonly number[];
  /** the header text as written in the file, by definition column */
  readonly headers: readonly string[];
  readonly rows: RawRow[];
}

/** A note about the file that does not stop the screen (`rejected`: rows were left out). */
export interface SourceNote {
  readonly sheet: string;
  readonly row: number | null;
  readonly message: Text;
  /** default `warning` */
  readonly kind?: IssueKind;
  readonly rejected?: boolean;
  /** the row's 户编号 / 主体编号, when the note is about one row left out */
  readonly subjectId?: string | null;
  /** the column letter and the header as written, when the note is about a column */
  readonly column?: string | null;
  readonly header?: string | null;
  /** how many rows a rejecting note stands for, when more than its own (rows not listed one by one) */
  readonly rows?: number;
}

export interface RosterSource {
  readonly sheets: RawSheet[];
  readonly notes: SourceNote[];
}

export interface ReadOptions {
  /** stop a sheet after this many blank rows in a row (default 1,000) */
  readonly blankRun?: number;
  /** progress: bytes read of `total` */
  readonly onProgress?: (done: number, total: number) => void;
  /** the compression codec (default: the web platform's streams) */
  readonly codec?: Codec;
  /** bounds lower than `ROSTER_LIMITS` (tests at the bound and one past it) */
  readonly bounds?: RosterBounds;
}

/**
 * The rows of a sheet searched for its header: a title block of notes above it (填表说明, 填报单位,
 * 日期) is common, often 20 or 30 rows, hardly ever 100. The bound is said in the message of a
 * sheet without a header, so that a cadre knows where to put it.
 */
export const HEADER_SCAN_ROWS = 100;
/**
 * The rows of hidden sheets reported one by one (over the whole workbook), each as not screened:
 * enough for a caseworker to find the households; past it, one more note gives the count.
 */
export const HIDDEN_ROWS_LISTED = 1000;
/** Rows above a header listed by number in the note about them. */
const ABOVE_LISTED = 10;
/** The largest CSV file read (it is read whole). */
export const MAX_CSV_BYTES = ROSTER_LIMITS.csvBytes;
/** Headers of columns a roster often has and nobody needs reported (序号, 备注). */
const QUIET_HEADERS = new Set(['序号', '编号序号', '备注', '说明', 'no', 'no.', '#']);

/**
 * Rows kept over the whole roster (every sheet of a workbook, every CSV file of one screen),
 * against `ROSTER_LIMITS.rows` or a lower bound; `over` once it went past.
 */
class RowCount {
  n = 0;
  over = false;
  readonly max: number;
  constructor(bounds: RosterBounds | undefined) {
    this.max = Math.min(bounds?.rows ?? ROSTER_LIMITS.rows, ROSTER_LIMITS.rows);
  }
  add(at: string): void {
    if (++this.n <= this.max) return;
    this.over = true;
    throw new LimitError('rows', at, this.max);
  }
}

/** The hidden rows still to be listed one by one, over a workbook. */
interface HiddenBudget {
  left: number;
}

function cellText(v: CellValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return '';
  return String(v);
}

interface HeaderMatch {
  readonly columns: number[];
  readonly headers: string[];
  readonly matched: number;
  /** header cells that name no column of the sheet: file column and text */
  readonly unknown: { col: number; text: string }[];
  /** header cells naming a column already found: file column, text, and the column kept */
  readonly repeated: { col: number; text: string; kept: number }[];
}

const NAMES = new Map<SheetDef, Map<string, number>>();

function namesOf(def: SheetDef): Map<string, number> {
  let m = NAMES.get(def);
  if (m) return m;
  m = new Map();
  const add = (name: string, i: number) => {
    const k = norm(name);
    if (!m?.has(k)) m?.set(k, i);
  };
  def.columns.forEach((c: ColumnDef, i) => {
    add(headerText(c), i);
  });
  def.columns.forEach((c: ColumnDef, i) => {
    add(c.key, i);
    add(c.zh, i);
    add(c.en, i);
    for (const a of c.aliases ?? []) add(a, i);
  });
  NAMES.set(def, m);
  return m;
}

/** The columns of `def` found in a row of headers, when all its required columns are there. */
function matchHeader(cells: readonly CellValue[], def: SheetDef): HeaderMatch | null {
  const names = namesOf(def);
  const columns = def.columns.map(() => 0);
  const headers = def.columns.map(() => '');
  let matched = 0;
  const unknown: { col: number; text: string }[] = [];
  const repeated: { col: number; text: string; kept: number }[] = [];
  for (let col = 1; col < cells.length; col++) {
    const t = cellText(cells[col]);
    if (!t) continue;
    const i = names.get(norm(t));
    if (i === undefined) {
      unknown.push({ col, text: t });
      continue;
    }
    if (columns[i] !== 0) {
      repeated.push({ col, text: t, kept: columns[i] as number });
      continue;
    }
    columns[i] = col;
    headers[i] = t.replace(/\s+/g, ' ').trim();
    matched++;
  }
  const ok =
    matched >= 2 && def.required.every((k) => columns[def.columns.findIndex((c) => c.key === k)] !== 0);
  return ok ? { columns, headers, matched, unknown, repeated } : null;
}

/** True when a row is the template's English key row under the header. */
function isKeyRow(cells: readonly CellValue[], def: SheetDef): boolean {
  const keys = new Set(def.columns.map((c) => c.key.toLowerCase()));
  let filled = 0;
  let hits = 0;
  for (const v of cells) {
    const t = cellText(v).trim();
    if (!t) continue;
    filled++;
    if (keys.has(t.toLowerCase())) hits++;
  }
  return filled > 0 && hits * 2 >= filled;
}

/** The template's example rows: their id starts with 示例 or "example". */
function isExample(values: readonly (CellValue | undefined)[], def: SheetDef): boolean {
  const i = def.columns.findIndex((c) => c.key === def.idKey);
  const v = cellText(values[i]).trim();
  return v.startsWith('示例') || v.toLowerCase().startsWith('example');
}

const HEADERS_WANTED = (def: SheetDef): Text => ({
  zh: def.required.map((k) => `「${def.columns.find((c) => c.key === k)?.zh ?? k}」`).join('、'),
  en: def.required.map((k) => `${def.columns.find((c) => c.key === k)?.zh ?? k} (${k})`).join(', '),
});

/** The rows of a hidden sheet past the listing budget: counted, not kept. */
interface Unlisted {
  count: number;
  first: number;
  last: number;
}

/**
 * Turns a stream of rows into a sheet: finds the header, skips the key row and example rows, and
 * stops after `blankRun` blank rows in a row. Returns null for a sheet that is not a roster sheet.
 */
class SheetBuilder {
  private match: HeaderMatch | null = null;
  private def: SheetDef | null;
  private sawContent = false;
  private keyRowChecked = false;
  private lastFilled = 0;
  private headerRow = 0;
  /** rows above the header with two or more cells filled: data the header hides */
  private above: number[] = [];
  private repeatedHeaders: number[] = [];
  readonly rows: RawRow[] = [];
  stoppedAt: number | null = null;
  /** on a hidden sheet: the rows past the listing budget */
  readonly unlisted: Unlisted = { count: 0, first: 0, last: 0 };

  /**
   * `hidden`: the sheet is hidden, its rows are never screened; they do not count against the
   * rows bound (the reader bounds each sheet), and past the budget only their count is kept.
   */
  constructor(
    readonly label: string,
    private readonly named: SheetDef | undefined,
    private readonly blankRun: number,
    private readonly candidates: readonly SheetDef[],
    private readonly count: RowCount,
    private readonly hidden: HiddenBudget | null = null,
  ) {
    this.def = named ?? null;
  }

  /** Feeds one row; returns false once the sheet should not be read further. */
  add(row: number, cells: readonly CellValue[]): boolean {
    if (!this.match) {
      if (cells.some((v) => !isBlank(v))) {
        this.sawContent = true;
        // below the rows searched: not a header, however it reads
        if (row > HEADER_SCAN_ROWS) return false;
        // a sheet named for a roster sheet must have its header; another sheet takes the
        // definition whose columns its header matches best
        let best: { def: SheetDef; m: HeaderMatch } | null = null;
        for (const def of this.named ? [this.named] : this.candidates) {
          const m = matchHeader(cells, def);
          if (m && (!best || m.matched > best.m.matched)) best = { def, m };
        }
        if (best) {
          this.def = best.def;
          this.match = best.m;
          this.lastFilled = row;
          this.headerRow = row;
          return true;
        }
        let filled = 0;
        for (const v of cells) if (!isBlank(v)) filled++;
        if (filled >= 2) this.above.push(row);
      }
      return row < HEADER_SCAN_ROWS;
    }
    const def = this.def as SheetDef;
    if (!this.keyRowChecked) {
      this.keyRowChecked = true;
      if (isKeyRow(cells, def)) {
        this.lastFilled = row;
        return true;
      }
    }
    const columns = this.match.columns;
    const values: (CellValue | undefined)[] = new Array(columns.length);
    let blank = true;
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i] as number;
      const v = col === 0 ? undefined : cells[col];
      values[i] = v;
      if (blank && !isBlank(v)) blank = false;
    }
    if (blank) {
      if (row - this.lastFilled >= this.blankRun) {
        this.stoppedAt = row;
        return false;
      }
      return true;
    }
    if (row - this.lastFilled > this.blankRun) {
      this.stoppedAt = row;
      return false;
    }
    this.lastFilled = row;
    if (isHeaderAgain(values, def)) {
      this.repeatedHeaders.push(row);
      return true;
    }
    if (isExample(values, def)) return true;
    if (this.hidden) {
      if (this.hidden.left > 0) {
        this.hidden.left--;
        this.rows.push({ row, values });
      } else {
        const u = this.unlisted;
        if (u.count++ === 0) u.first = row;
        u.last = row;
      }
      return true;
    }
    this.count.add(`${this.label}!${row}`);
    this.rows.push({ row, values });
    return true;
  }

  finish(notes: SourceNote[], merges: readonly MergedRange[] = []): RawSheet | null {
    if (!this.match) {
      if (this.named && this.sawContent) {
        const wanted = HEADERS_WANTED(this.named);
        throw new RosterFileError({
          zh: `工作表「${this.label}」找不到表头：在第 1–${HEADER_SCAN_ROWS} 行中没有一行包含${wanted.zh}等列名；请把表头放在前 ${HEADER_SCAN_ROWS} 行内（可用 huinong template 生成模板）`,
          en: `sheet "${this.label}" has no header row: none of rows 1–${HEADER_SCAN_ROWS} names the columns ${wanted.en}; put the header within the first ${HEADER_SCAN_ROWS} rows (huinong template writes a template)`,
        });
      }
      if (this.sawContent && !/^(说明|选项|readme|options)$/i.test(this.label))
        notes.push({
          sheet: this.label,
          row: null,
          message: {
            zh: `不是名册工作表（前 ${HEADER_SCAN_ROWS} 行中找不到表头），已忽略`,
            en: `not a roster sheet (no header in rows 1–${HEADER_SCAN_ROWS}); ignored`,
          },
        });
      return null;
    }
    const def = this.def as SheetDef;
    this.headerNotes(notes, def);
    if (merges.length) this.merged(notes, def, merges);
    if (this.stoppedAt !== null)
      notes.push({
        sheet: this.label,
        row: this.stoppedAt,
        message: {
          zh: `第${this.lastFilled}行之后连续${this.blankRun}行为空，已停止读取本表（第${this.stoppedAt}行起未读取）`,
          en: `${this.blankRun} blank rows in a row after row ${this.lastFilled}: the rest of the sheet (from row ${this.stoppedAt}) was not read`,
        },
      });
    return {
      def,
      label: this.label,
      columns: this.match.columns,
      headers: this.match.headers,
      rows: this.rows,
    };
  }

  /** Unknown and repeated headers, data above the header, the header written again below it. */
  private headerNotes(notes: SourceNote[], def: SheetDef): void {
    const m = this.match as HeaderMatch;
    const note = (row: number | null, col: number | null, header: string | null, zh: string, en: string) =>
      notes.push({
        sheet: this.label,
        row,
        kind: 'header',
        column: col === null ? null : columnLetter(col),
        header,
        message: { zh, en },
      });
    const names = def.columns.map(headerText);
    for (const u of m.unknown) {
      if (QUIET_HEADERS.has(norm(u.text))) continue;
      const near = closestName(norm(u.text), [
        ...def.columns.flatMap((c) => [norm(headerText(c)), norm(c.zh)]),
      ]);
      const i =
        near === null
          ? -1
          : def.columns.findIndex((c) => norm(headerText(c)) === near || norm(c.zh) === near);
      const hint = i >= 0 ? (names[i] as string) : null;
      note(
        this.headerRow,
        u.col,
        u.text,
        `「${u.text}」不是本表的列，该列未读取${hint ? `；是否为「${hint}」？请改正表头` : ''}`,
        `"${u.text}" is not a column of this sheet and was not read${hint ? `; did you mean "${hint}"? Correct the header` : ''}`,
      );
    }
    for (const r of m.repeated)
      note(
        this.headerRow,
        r.col,
        r.text,
        `「${r.text}」出现两次：只读第 ${columnLetter(r.kept)} 列，第 ${columnLetter(r.col)} 列未读取`,
        `"${r.text}" appears twice: column ${columnLetter(r.kept)} was read, column ${columnLetter(r.col)} was not`,
      );
    if (this.above.length) {
      // a long title block of two-cell rows is listed by its first rows and counted
      const shown = this.above.slice(0, ABOVE_LISTED);
      const more = this.above.length - shown.length;
      note(
        this.above[0] as number,
        null,
        null,
        `表头在第${this.headerRow}行，其上方第${shown.join('、')}行${more ? `等 ${this.above.length} 行` : ''}有数据，未读取：表头应在数据之上`,
        `the header is on row ${this.headerRow}; rows ${shown.join(', ')}${more ? ` and ${more} more` : ''} above it hold data and were not read`,
      );
    }
    for (const row of this.repeatedHeaders)
      note(
        row,
        null,
        null,
        `第${row}行又是一行表头，已跳过（请检查是否粘贴了两份名册）`,
        `row ${row} is the header again and was skipped (two rosters pasted into one sheet?)`,
      );
  }

  /**
   * Merged cells over data rows: Excel keeps the value in the first cell only. A 镇 or 村 merged
   * down one column means that value for every row of the range, and is filled down; any other
   * merge over data rows is reported, its other cells read as blank.
   */
  private merged(notes: SourceNote[], def: SheetDef, merges: readonly MergedRange[]): void {
    const m = this.match as HeaderMatch;
    const byFileColumn = new Map<number, number>();
    m.columns.forEach((col, i) => {
      if (col > 0) byFileColumn.set(col, i);
    });
    let byRow: Map<number, RawRow> | null = null;
    for (const r of merges) {
      if (r.bottom <= this.headerRow) continue;
      const cols: number[] = [];
      for (const [col, i] of byFileColumn) if (col >= r.left && col <= r.right) cols.push(i);
      if (cols.length === 0 || (r.top === r.bottom && cols.length < 2)) continue;
      const i = cols[0] as number;
      const key = def.columns[i]?.key;
      const header = m.headers[i] || headerText(def.columns[i] as ColumnDef);
      const fill = cols.length === 1 && (key === 'township' || key === 'village') && r.top > this.headerRow;
      if (fill) {
        byRow ??= new Map(this.rows.map((x) => [x.row, x]));
        const first = byRow.get(r.top)?.values[i];
        if (first !== undefined && !isBlank(first)) {
          for (let row = r.top + 1; row <= r.bottom; row++) {
            const x = byRow.get(row);
            if (x && isBlank(x.values[i])) (x.values as (CellValue | undefined)[])[i] = first;
          }
          notes.push({
            sheet: this.label,
            row: r.top,
            kind: 'merged-cells',
            column: columnLetter(r.left),
            header,
            message: {
              zh: `合并单元格 ${r.ref}：第${r.top + 1}–${r.bottom}行的「${header}」按第${r.top}行的“${String(first)}”填充`,
              en: `merged cells ${r.ref}: ${key} of rows ${r.top + 1}–${r.bottom} filled with "${String(first)}" from row ${r.top}`,
            },
          });
          continue;
        }
      }
      notes.push({
        sheet: this.label,
        row: Math.max(r.top, this.headerRow + 1),
        kind: 'merged-cells',
        column: columnLetter(r.left),
        header,
        message: {
          zh: `合并单元格 ${r.ref}：只有第一个单元格有值，其余按空白读取；请取消合并，在每一行填写「${header}」`,
          en: `merged cells ${r.ref}: only the first cell holds a value, the others are read as blank; unmerge them and fill in ${key} on every row`,
        },
      });
    }
  }
}

/** True when a data row repeats the header (its id cell holds the id column's header). */
function isHeaderAgain(values: readonly (CellValue | undefined)[], def: SheetDef): boolean {
  const i = def.columns.findIndex((c) => c.key === def.idKey);
  const v = values[i];
  if (typeof v !== 'string') return false;
  const c = def.columns[i] as ColumnDef;
  const n = norm(v);
  return n === norm(headerText(c)) || n === norm(c.zh) || (c.aliases ?? []).some((a) => norm(a) === n);
}

function zipMessage(file: string, e: ZipError): Text {
  switch (e.problem) {
    case 'ole':
      return {
        zh: `${file} 是旧版 .xls 文件或加密的工作簿：请在 Excel 中另存为 .xlsx（不加密）后再试`,
        en: `${file} is an old .xls file or an encrypted workbook: save it as .xlsx (unencrypted) and try again`,
      };
    case 'too-large':
      return {
        zh: `${file} 解压后过大（可能是损坏或恶意的文件）`,
        en: `${file} inflates to too much data (a damaged or hostile file): ${e.message}`,
      };
    default:
      return {
        zh: `${file} 不是有效的 .xlsx 文件（无法作为 Excel 工作簿打开）`,
        en: `${file} is not a valid .xlsx file: ${e.message}`,
      };
  }
}

/**
 * Reads the roster sheets of an .xlsx workbook; `file` is its name, for messages. The layout
 * (`rosterLayout(pack)`) gives the sheets and their columns.
 */
export async function readXlsx(
  source: ByteSource,
  file: string,
  layout: RosterLayout,
  options: ReadOptions = {},
): Promise<RosterSource> {
  const blankRun = options.blankRun ?? 1000;
  let reader: XlsxReader;
  try {
    reader = await XlsxReader.open(source, options.codec ? { codec: options.codec } : {});
  } catch (e) {
    if (e instanceof ZipError) throw new RosterFileError(zipMessage(file, e));
    if (e instanceof LimitError) throw new RosterFileError(limitText(file, e));
    throw new RosterFileError({
      zh: `无法读取 ${file}`,
      en: `cannot read ${file}: ${(e as Error).message}`,
    });
  }
  if (reader.sheets.length === 0)
    throw new RosterFileError({ zh: `${file} 中没有工作表`, en: `${file} has no worksheets` });
  const sheets: RawSheet[] = [];
  const notes: SourceNote[] = [];
  const total = reader.sheetBytes;
  const count = new RowCount(options.bounds);
  const listed: HiddenBudget = { left: HIDDEN_ROWS_LISTED };
  let before = 0;
  try {
    for (const sheet of reader.sheets) {
      const builder = new SheetBuilder(
        sheet.name,
        layout.sheetByName(sheet.name),
        blankRun,
        layout.sheets,
        count,
        sheet.hidden ? listed : null,
      );
      const report = options.onProgress;
      const { merges } = await reader.readSheet(sheet, (r) => builder.add(r.row, r.cells), {
        merges: true,
        ...(report ? { onBytes: (b: number) => report(before + b, total) } : {}),
      });
      before += sheet.entry.compressedSize;
      if (sheet.hidden) {
        hiddenSheet(sheet, builder, notes);
        continue;
      }
      const raw = builder.finish(notes, merges);
      if (raw) sheets.push(raw);
    }
  } catch (e) {
    if (e instanceof RosterFileError) throw e;
    if (e instanceof ZipError) throw new RosterFileError(zipMessage(file, e));
    if (e instanceof LimitError) throw new RosterFileError(limitText(file, e));
    throw new RosterFileError({
      zh: `${file} 已损坏，无法读取`,
      en: `${file} is damaged: ${(e as Error).message}`,
    });
  }
  // the roster is on hidden sheets only: say so, rather than "no roster sheet"
  const hidden = notes.find((n) => n.kind === 'hidden-sheet');
  if (sheets.length === 0 && hidden) throw new RosterFileError(hidden.message);
  return finish(file, sheets, notes);
}

/**
 * A hidden or very hidden sheet is never screened: what nobody sees in Excel is not paid. When it
 * holds roster rows, the sheet is named in a note (what to do), and each row (the first
 * `HIDDEN_ROWS_LISTED` of the workbook) is reported as not screened, by row and 户编号, so that the
 * caseworker knows which households were left out — exit code 1 — then unhides the sheet (or
 * deletes it) and screens again. A hidden sheet of lists (the template's 选项) has no roster header
 * and is passed over quietly, as is one whose header cannot be found.
 */
function hiddenSheet(sheet: XlsxSheet, builder: SheetBuilder, notes: SourceNote[]): void {
  let raw: RawSheet | null;
  try {
    raw = builder.finish([]);
  } catch {
    // a hidden sheet named for a roster sheet without a header: nothing to screen
    raw = null;
  }
  const more = builder.unlisted;
  const rows = (raw?.rows.length ?? 0) + more.count;
  if (!raw || rows === 0) return;
  const very = sheet.state === 'veryHidden';
  notes.push({
    sheet: sheet.name,
    row: null,
    kind: 'hidden-sheet',
    // the rows below are the ones left out; this note says why and what to do
    rejected: false,
    message: {
      zh: `工作表「${sheet.name}」是${very ? '深度隐藏（very hidden，Excel 菜单中无法取消隐藏）' : '隐藏'}的，其中 ${rows} 行名册数据未筛查：在 Excel 中看不到的数据不予发放；如属本名册，请${very ? '技术人员在 VBA 编辑器中将其设为可见' : '取消隐藏'}后重新筛查，否则请删除该表`,
      en: `sheet "${sheet.name}" is ${very ? 'very hidden (Excel’s menus cannot show it)' : 'hidden'}: its ${rows} roster rows were not screened, since nothing unseen in Excel is paid; if they belong to the roster, make the sheet visible${very ? ' (in the VBA editor)' : ''} and screen again, else delete it`,
    },
  });
  const def = raw.def;
  const idAt = def.columns.findIndex((c) => c.key === def.idKey);
  const idCol = def.columns[idAt] as ColumnDef;
  const where = { zh: very ? '深度隐藏' : '隐藏', en: very ? 'very hidden' : 'hidden' };
  for (const r of raw.rows) {
    const v = r.values[idAt];
    const id = v === undefined || v === null || typeof v === 'object' ? '' : String(v).trim();
    notes.push({
      sheet: sheet.name,
      row: r.row,
      kind: 'not-screened',
      rejected: true,
      subjectId: id || null,
      message: {
        zh: `未筛查：本行在${where.zh}的工作表上${id ? `（${idCol.zh} ${id}）` : ''}，在 Excel 中看不到，不予发放`,
        en: `not screened: on a ${where.en} sheet${id ? ` (${def.idKey} ${id})` : ''}, which Excel does not show, so it is not paid`,
      },
    });
  }
  if (more.count > 0)
    notes.push({
      sheet: sheet.name,
      row: more.first,
      kind: 'not-screened',
      rejected: true,
      rows: more.count,
      message: {
        zh: `未筛查：本表第${more.first}–${more.last}行中另有 ${more.count} 行名册数据同在${where.zh}的工作表上，未逐行列出（只逐行列出前 ${HIDDEN_ROWS_LISTED.toLocaleString('en-US')} 行）`,
        en: `not screened: ${more.count} more roster rows of rows ${more.first}–${more.last} are on this ${where.en} sheet, not listed one by one (only the first ${HIDDEN_ROWS_LISTED.toLocaleString('en-US')} are)`,
      },
    });
}

/** The error for a CSV file over `MAX_CSV_BYTES`. */
export function csvTooLarge(file: string): RosterFileError {
  return new RosterFileError(limitText(file, new LimitError('csvBytes')));
}

/**
 * Reads one CSV file (its bytes; `file` is its name) as one roster sheet — which sheet: by the
 * file name, else by the header. Several files of one roster: `readCsvFiles`, which bounds their
 * rows together.
 */
export function readCsv(
  bytes: Uint8Array,
  file: string,
  layout: RosterLayout,
  options: ReadOptions = {},
): RosterSource {
  return readCsvInto(bytes, file, [file], layout, options, new RowCount(options.bounds));
}

/** A CSV file of a roster, read when its turn comes (one file's bytes held at a time). */
export interface CsvInput {
  readonly name: string;
  readonly bytes: () => Uint8Array | Promise<Uint8Array>;
}

/**
 * Reads CSV files (one sheet each) as one roster. The rows bound is over all of them together,
 * as over all sheets of a workbook: N files cannot carry N times it; past it, the refusal names
 * every file. Each file must hold a roster sheet.
 */
export async function readCsvFiles(
  files: readonly CsvInput[],
  layout: RosterLayout,
  options: ReadOptions = {},
): Promise<RosterSource> {
  const count = new RowCount(options.bounds);
  const names = files.map((f) => f.name);
  const parts: RosterSource[] = [];
  for (const f of files) parts.push(readCsvInto(await f.bytes(), f.name, names, layout, options, count));
  return mergeSources(parts);
}

/**
 * One CSV file into `count`, shared by the files of one roster (`names`). A CSV file has the
 * bounds of one sheet in Excel: a record (row) past 1,048,576, more than 16,384 fields (columns)
 * in a record, a field of more than 32,767 characters are refused, as in an .xlsx; records are
 * split one at a time, as the builder takes them, and the rest is not split once it stops.
 */
function readCsvInto(
  bytes: Uint8Array,
  file: string,
  names: readonly string[],
  layout: RosterLayout,
  options: ReadOptions,
  count: RowCount,
): RosterSource {
  if (bytes.length > MAX_CSV_BYTES) throw csvTooLarge(file);
  const { text } = decodeCsv(bytes);
  const builder = new SheetBuilder(
    file,
    layout.sheetByName(file.replace(/\.csv$/i, '')),
    options.blankRun ?? 1000,
    layout.sheets,
    count,
  );
  const notes: SourceNote[] = [];
  let raw: RawSheet | null;
  try {
    eachCsvRecord(
      text,
      (record, row) => {
        // Excel shows no row past its last: a household there would be paid unseen
        if (row > ROSTER_LIMITS.rows) throw new LimitError('rows', `${file}!${row}`);
        const cells: CellValue[] = [null, ...record];
        return builder.add(row, cells);
      },
      { fields: ROSTER_LIMITS.columns, fieldChars: ROSTER_LIMITS.cellChars },
    );
    raw = builder.finish(notes);
  } catch (e) {
    if (e instanceof CsvError)
      throw new RosterFileError({
        zh: `${file} 第${e.line}行的引号没有闭合，无法读取（请检查该行的双引号）`,
        en: `${file}: the quote opened on line ${e.line} is never closed`,
      });
    // past the rows bound of the roster: every file counts, so every file is named
    if (e instanceof LimitError) throw new RosterFileError(limitText(count.over ? names : file, e));
    throw e;
  }
  return finish(file, raw ? [raw] : [], notes);
}

/** Merges several sources (several CSV files, one per sheet). */
export function mergeSources(sources: readonly RosterSource[]): RosterSource {
  return { sheets: sources.flatMap((s) => s.sheets), notes: sources.flatMap((s) => s.notes) };
}

function finish(file: string, sheets: RawSheet[], notes: SourceNote[]): RosterSource {
  if (sheets.length === 0)
    throw new RosterFileError({
      zh: `${file} 中找不到名册工作表（农户及成员、产业、村集体、经营主体）或其表头（在每张表的前 ${HEADER_SCAN_ROWS} 行中查找）；可用 huinong template 生成模板`,
      en: `${file} has no roster sheet (农户及成员 households, 产业 activities, 村集体 collectives, 经营主体 operators) with a header row (looked for in rows 1–${HEADER_SCAN_ROWS} of each sheet); run huinong template for a template`,
    });
  return { sheets, notes };
}

/** Fails when no sheet has a single data row. */
export function requireData(source: RosterSource, file: string): void {
  if (source.sheets.every((s) => s.rows.length === 0))
    throw new RosterFileError({
      zh: `${file} 的名册中没有数据行（只有表头或示例行）`,
      en: `the roster in ${file} has no data rows (only headers or example rows)`,
    });
}

/** The column letter ("M") and the header as written, of a definition column of a sheet. */
export function columnOf(sheet: RawSheet, index: number): { column: string | null; header: string | null } {
  const col = sheet.columns[index] ?? 0;
  return {
    column: col > 0 ? columnLetter(col) : null,
    header: sheet.headers[index] || (sheet.def.columns[index] ? headerText(sheet.def.columns[index]) : null),
  };
}
