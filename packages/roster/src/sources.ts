/**
 * Reading a roster file into sheets of raw rows: an .xlsx workbook (streamed) or CSV files (one
 * sheet each). Header rows are found by their Chinese headers or English keys, so columns may be
 * moved, left out or renamed with or without the unit. The time spent is bounded: a sheet stops
 * after a long run of blank rows, and every part has a size cap.
 */
import type { Text } from '@huinong/benefits';
import { type ColumnDef, headerText, norm, type RosterLayout, type SheetDef } from './columns.ts';
import { CsvError, decodeCsv, parseCsv } from './csv.ts';
import { isBlank } from './values.ts';
import type { ByteSource, Codec } from './xlsx/codec.ts';
import { type CellValue, columnLetter, XlsxReader } from './xlsx/read.ts';
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

/** A note about the file that does not stop the screen. */
export interface SourceNote {
  readonly sheet: string;
  readonly row: number | null;
  readonly message: Text;
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
}

/** Rows scanned for a header before a sheet is judged to have none. */
const HEADER_SCAN_ROWS = 20;
/** The largest CSV file read (it is read whole). */
export const MAX_CSV_BYTES = 256 << 20;

function cellText(v: CellValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return '';
  return String(v);
}

interface HeaderMatch {
  readonly columns: number[];
  readonly headers: string[];
  readonly matched: number;
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
  for (let col = 1; col < cells.length; col++) {
    const t = cellText(cells[col]);
    if (!t) continue;
    const i = names.get(norm(t));
    if (i === undefined || columns[i] !== 0) continue;
    columns[i] = col;
    headers[i] = t.replace(/\s+/g, ' ').trim();
    matched++;
  }
  const ok =
    matched >= 2 && def.required.every((k) => columns[def.columns.findIndex((c) => c.key === k)] !== 0);
  return ok ? { columns, headers, matched } : null;
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

const HEADERS_WANTED = (def: SheetDef): string =>
  def.required.map((k) => def.columns.find((c) => c.key === k)?.zh ?? k).join('、');

/**
 * Turns a stream of rows into a sheet: finds the header, skips the key row and example rows, and
 * stops after `blankRun` blank rows in a row. Returns null for a sheet that is not a roster sheet.
 */
class SheetBuilder {
  private match: HeaderMatch | null = null;
  private def: SheetDef | null;
  private scanned = 0;
  private sawContent = false;
  private keyRowChecked = false;
  private lastFilled = 0;
  readonly rows: RawRow[] = [];
  stoppedAt: number | null = null;

  constructor(
    readonly label: string,
    private readonly named: SheetDef | undefined,
    private readonly blankRun: number,
    private readonly candidates: readonly SheetDef[],
  ) {
    this.def = named ?? null;
  }

  /** Feeds one row; returns false once the sheet should not be read further. */
  add(row: number, cells: readonly CellValue[]): boolean {
    if (!this.match) {
      if (cells.some((v) => !isBlank(v))) {
        this.sawContent = true;
        this.scanned++;
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
          return true;
        }
      }
      return this.scanned < HEADER_SCAN_ROWS && row < this.blankRun;
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
    if (!isExample(values, def)) this.rows.push({ row, values });
    return true;
  }

  finish(notes: SourceNote[]): RawSheet | null {
    if (!this.match) {
      if (this.named && this.sawContent)
        throw new RosterFileError({
          zh: `工作表「${this.label}」找不到表头（需要包含：${HEADERS_WANTED(this.named)}）`,
          en: `sheet "${this.label}" has no header row (it needs the columns ${this.named.required.join(', ')})`,
        });
      if (this.sawContent && !/^(说明|选项|readme|options)$/i.test(this.label))
        notes.push({
          sheet: this.label,
          row: null,
          message: {
            zh: '不是名册工作表（找不到表头），已忽略',
            en: 'not a roster sheet (no header found); ignored',
          },
        });
      return null;
    }
    const def = this.def as SheetDef;
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
  let before = 0;
  try {
    for (const sheet of reader.sheets) {
      const builder = new SheetBuilder(sheet.name, layout.sheetByName(sheet.name), blankRun, layout.sheets);
      const report = options.onProgress;
      for await (const r of reader.rows(sheet, report ? (b) => report(before + b, total) : undefined)) {
        if (!builder.add(r.row, r.cells)) break;
      }
      before += sheet.entry.compressedSize;
      const raw = builder.finish(notes);
      if (raw) sheets.push(raw);
    }
  } catch (e) {
    if (e instanceof RosterFileError) throw e;
    if (e instanceof ZipError) throw new RosterFileError(zipMessage(file, e));
    throw new RosterFileError({
      zh: `${file} 已损坏，无法读取`,
      en: `${file} is damaged: ${(e as Error).message}`,
    });
  }
  return finish(file, sheets, notes);
}

/** The error for a CSV file over `MAX_CSV_BYTES`. */
export function csvTooLarge(file: string): RosterFileError {
  return new RosterFileError({ zh: `${file} 过大（超过256MB）`, en: `${file} is larger than 256 MB` });
}

/**
 * Reads one CSV file (its bytes; `file` is its name) as one roster sheet — which sheet: by the
 * file name, else by the header.
 */
export function readCsv(
  bytes: Uint8Array,
  file: string,
  layout: RosterLayout,
  options: ReadOptions = {},
): RosterSource {
  if (bytes.length > MAX_CSV_BYTES) throw csvTooLarge(file);
  const { text } = decodeCsv(bytes);
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError)
      throw new RosterFileError({
        zh: `${file} 第${e.line}行的引号没有闭合，无法读取（请检查该行的双引号）`,
        en: `${file}: the quote opened on line ${e.line} is never closed`,
      });
    throw e;
  }
  const builder = new SheetBuilder(
    file,
    layout.sheetByName(file.replace(/\.csv$/i, '')),
    options.blankRun ?? 1000,
    layout.sheets,
  );
  for (let i = 0; i < records.length; i++) {
    const cells: CellValue[] = [null, ...(records[i] as string[])];
    if (!builder.add(i + 1, cells)) break;
  }
  const notes: SourceNote[] = [];
  const raw = builder.finish(notes);
  return finish(file, raw ? [raw] : [], notes);
}

/** Merges several sources (several CSV files, one per sheet). */
export function mergeSources(sources: readonly RosterSource[]): RosterSource {
  return { sheets: sources.flatMap((s) => s.sheets), notes: sources.flatMap((s) => s.notes) };
}

function finish(file: string, sheets: RawSheet[], notes: SourceNote[]): RosterSource {
  if (sheets.length === 0)
    throw new RosterFileError({
      zh: `${file} 中找不到名册工作表（农户及成员、产业、村集体、经营主体）或其表头；可用 huinong template 生成模板`,
      en: `${file} has no roster sheet (农户及成员 households, 产业 activities, 村集体 collectives, 经营主体 operators) with a header row; run huinong template for a template`,
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
