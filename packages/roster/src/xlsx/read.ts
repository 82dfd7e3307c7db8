/**
 * A streaming reader for the cells of .xlsx worksheets: sheet names from the workbook, shared
 * strings, and rows one at a time, inflated and scanned in chunks. Values only: no styles, so a
 * date arrives as its serial number and the caller, who knows the column, turns it into a date.
 */

import { LimitError, ROSTER_LIMITS } from '../limits.ts';
import { type ByteSource, type Codec, webCodec } from './codec.ts';
import { attr, decodeXml } from './xml.ts';
import { type ZipEntry, ZipError, ZipReader } from './zip.ts';

/**
 * A cell's value: text, number, yes/no, an error like `#N/A`, a formula saved without its value
 * (a file written by a program that never calculated it), or nothing.
 */
export type CellValue =
  | string
  | number
  | boolean
  | { readonly error: string }
  | { readonly formula: string }
  | null;

export interface XlsxRow {
  /** 1-based row number as Excel shows it */
  readonly row: number;
  /** values by 1-based column number (index 0 unused); may be shorter than the sheet is wide */
  readonly cells: readonly CellValue[];
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface XlsxSheet {
  readonly name: string;
  /** hidden or very hidden (a very hidden sheet cannot be shown from Excel's menus) */
  readonly hidden: boolean;
  readonly state: SheetState;
  readonly entry: ZipEntry;
}

/** A merged range of cells, 1-based and inclusive ("B3:B5" → rows 3–5 of column 2). */
export interface MergedRange {
  readonly ref: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface XlsxLimits {
  /** the most bytes any one part may inflate to */
  readonly maxPartBytes: number;
  /** the most bytes all parts together may inflate to */
  readonly maxTotalBytes: number;
}

export const DEFAULT_LIMITS: XlsxLimits = {
  maxPartBytes: ROSTER_LIMITS.partBytes,
  maxTotalBytes: ROSTER_LIMITS.inflatedBytes,
};

const MAX_COLUMN = ROSTER_LIMITS.columns;
const MAX_ROW = ROSTER_LIMITS.rows;
const MAX_CHARS = ROSTER_LIMITS.cellChars;

/**
 * The most text kept waiting for the end of one row or string item: Excel's own limits (16,384
 * columns, 32,767 characters a cell) stay far below it, and a part without rows (a damaged or
 * hostile file) stops here instead of being rescanned as it grows.
 */
const MAX_PENDING = 4 << 20;

function tooLong(what: string): ZipError {
  return new ZipError('corrupt', `${what} longer than ${MAX_PENDING} characters: not a worksheet`);
}

/** Column letters → number: A → 1, Z → 26, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** Column number → letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

/** The folder of a part's path: "xl/workbook.xml" → "xl". */
function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** A relationship target resolved against the part that names it, "." and ".." folded. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out: string[] = [];
  for (const seg of `${dirOf(base)}/${target}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

// The content of an element may not run into the next element of the same name: an element
// never closed (a damaged or hostile part) then fails at once, where `[\s\S]*?` would rescan the
// rest of the buffer from every opening tag (quadratic time on a few megabytes).
// <row …>…</row> or <row …/>, with any namespace prefix; group 4 is the row's content
const ROW = /<(\w+:)?row\b([^>]*?)(\/>|>((?:[^<]|<(?!\/?(?:\w+:)?row\b))*?)<\/\1row>)/g;
// <c …>…</c> or <c …/>
const CELL = /<(\w+:)?c\b([^>]*?)(\/>|>((?:[^<]|<(?!\/?(?:\w+:)?c\b))*?)<\/\1c>)/g;
const V = /<(?:\w+:)?v(?:\s[^>]*)?>((?:[^<]|<(?!\/?(?:\w+:)?v\b))*?)<\/(?:\w+:)?v>/;
const T = /<(?:\w+:)?t(?:\s[^>]*)?>((?:[^<]|<(?!\/?(?:\w+:)?t\b))*?)<\/(?:\w+:)?t>/g;
const RPH = /<(\w+:)?rPh\b(?:[^<]|<(?!\/?(?:\w+:)?rPh\b))*?<\/\1rPh>/g;
const SHEET_DATA_END = /<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/;
const SI = /<(\w+:)?si\b[^>]*?(?:\/>|>((?:[^<]|<(?!\/?(?:\w+:)?si\b))*?)<\/\1si>)/g;

/** The text of a string item: its <t> runs, leaving out phonetic runs (<rPh>). */
function runText(inner: string): string {
  const body = inner.includes('rPh') ? inner.replace(RPH, '') : inner;
  let text = '';
  T.lastIndex = 0;
  for (let m = T.exec(body); m; m = T.exec(body)) text += m[1] ?? '';
  return decodeXml(text);
}

/** An attribute's value: a quick look for name="…", then the general pattern. */
function attrOf(attrs: string, name: string): string | undefined {
  const key = ` ${name}="`;
  const i = attrs.indexOf(key);
  if (i >= 0) {
    const j = attrs.indexOf('"', i + key.length);
    if (j > 0) return attrs.slice(i + key.length, j);
  }
  return attr(attrs, name);
}

/** A cell's value from its type and the text of its <v>. */
function cellValue(type: string, raw: string, sst: readonly string[]): CellValue {
  switch (type) {
    case 's': {
      const s = sst[Number.parseInt(raw, 10)];
      return s === undefined ? null : s;
    }
    case 'str':
    case 'd':
      return decodeXml(raw);
    case 'b':
      return raw.trim() === '1' || raw.trim() === 'true';
    case 'e':
      return { error: decodeXml(raw) };
    default: {
      const t = raw.trim();
      const n = Number(t);
      return t === '' ? null : Number.isFinite(n) ? n : decodeXml(t);
    }
  }
}

/**
 * Column number from a cell reference ("AB12" → 28); 0 when there is none. A column past XFD
 * (16,384) is refused at once, however many letters follow: a hostile reference cannot make the
 * reader loop over a billion columns.
 */
function refColumn(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
    if (n > MAX_COLUMN) throw new LimitError('columns', ref.slice(0, 12));
  }
  return n;
}

/** The next column of a row's cells: by its reference, else the one after; past XFD refused. */
function nextColumn(n: number, col: number): number {
  const next = n > 0 ? n : col + 1;
  if (next > MAX_COLUMN) throw new LimitError('columns', columnLetter(Math.min(next, MAX_COLUMN + 1)));
  return next;
}

/** A text value, at most Excel's 32,767 characters. */
function bounded(v: CellValue, ref: string | undefined): CellValue {
  if (typeof v === 'string' && v.length > MAX_CHARS) throw new LimitError('cellChars', ref ?? null);
  return v;
}

const F = /<(?:\w+:)?f\b(?:[^>]*?\/>|[^>]*>([\s\S]*?)<\/(?:\w+:)?f>)/;

/** A formula cell saved without its value: `{ formula }`, never a blank that is screened. */
function formulaCell(inner: string): CellValue {
  const f = F.exec(inner);
  return f ? { formula: decodeXml(f[1] ?? '').slice(0, 200) } : null;
}

/** The cells of a row's content, for any writer (namespace prefixes, odd quoting). */
function cellsOfGeneral(content: string, sst: readonly string[]): CellValue[] {
  const cells: CellValue[] = [];
  let col = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(content); m; m = CELL.exec(content)) {
    const attrs = m[2] ?? '';
    const ref = attrOf(attrs, 'r');
    col = nextColumn(ref ? refColumn(ref) : 0, col);
    const inner = m[4];
    if (inner === undefined || inner === '') continue;
    const type = attrOf(attrs, 't') ?? 'n';
    let v: CellValue;
    if (type === 'inlineStr') v = bounded(runText(inner), ref);
    else {
      const vm = V.exec(inner);
      if (!vm) {
        v = formulaCell(inner);
        if (v !== null) cells[col] = v;
        continue;
      }
      v = bounded(cellValue(type, vm[1] ?? '', sst), ref);
    }
    if (v !== null && v !== '') cells[col] = v;
  }
  return cells;
}

/**
 * The cells of a row's content. The common case — no namespace prefix, cells written
 * <c r="B5" t="s"><v>12</v></c> as Excel, WPS and LibreOffice write them — is scanned by hand;
 * anything else goes to the general pattern.
 */
function cellsOf(content: string, sst: readonly string[]): CellValue[] {
  const cells: CellValue[] = [];
  let col = 0;
  let pos = 0;
  for (;;) {
    const lt = content.indexOf('<c', pos);
    if (lt < 0) break;
    const next = content.charCodeAt(lt + 2);
    if (next !== 32 && next !== 62 && next !== 47) return cellsOfGeneral(content, sst);
    const gt = content.indexOf('>', lt);
    if (gt < 0) return cellsOfGeneral(content, sst);
    const selfClosing = content.charCodeAt(gt - 1) === 47;
    const attrs = content.slice(lt + 2, selfClosing ? gt - 1 : gt);
    if (attrs.includes("'")) return cellsOfGeneral(content, sst);
    const r = attrs.indexOf(' r="');
    col = nextColumn(r >= 0 ? refColumn(attrs.slice(r + 4, attrs.indexOf('"', r + 4))) : 0, col);
    if (selfClosing) {
      pos = gt + 1;
      continue;
    }
    const end = content.indexOf('</c>', gt);
    if (end < 0) return cellsOfGeneral(content, sst);
    pos = end + 4;
    if (end === gt + 1) continue;
    const t = attrs.indexOf(' t="');
    const type = t >= 0 ? attrs.slice(t + 4, attrs.indexOf('"', t + 4)) : 'n';
    let v: CellValue;
    if (type === 'inlineStr') v = runText(content.slice(gt + 1, end));
    else if (content.startsWith('<v>', gt + 1) && content.indexOf('</v>', gt) === end - 4)
      v = cellValue(type, content.slice(gt + 4, end - 4), sst);
    else {
      const inner = content.slice(gt + 1, end);
      const vm = V.exec(inner);
      if (!vm) {
        v = formulaCell(inner);
        if (v !== null) cells[col] = v;
        continue;
      }
      v = cellValue(type, vm[1] ?? '', sst);
    }
    if (typeof v === 'string' && v.length > MAX_CHARS) throw new LimitError('cellChars', columnLetter(col));
    if (v !== null && v !== '') cells[col] = v;
  }
  return cells;
}

export class XlsxReader {
  private sharedStrings: string[] | null = null;

  private constructor(
    private readonly zip: ZipReader,
    readonly sheets: readonly XlsxSheet[],
    private readonly sharedStringsEntry: ZipEntry | undefined,
    private readonly limits: XlsxLimits,
  ) {}

  /** Total compressed size of the worksheets (for a progress bar). */
  get sheetBytes(): number {
    return this.sheets.reduce((n, s) => n + s.entry.compressedSize, 0);
  }

  /**
   * Opens a workbook: finds the workbook part through the package relationships and lists its
   * worksheets in workbook order. Throws `ZipError` when the file is not an .xlsx.
   */
  static async open(
    source: ByteSource,
    options: { readonly codec?: Codec; readonly limits?: XlsxLimits } = {},
  ): Promise<XlsxReader> {
    const limits = options.limits ?? DEFAULT_LIMITS;
    const zip = await ZipReader.open(source, options.codec ?? webCodec, limits.maxTotalBytes);
    const small = Math.min(limits.maxPartBytes, 64 << 20);
    let workbookPath = 'xl/workbook.xml';
    const rootRels = zip.find('_rels/.rels');
    if (rootRels) {
      const xml = await zip.text(rootRels, small);
      for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
        const a = m[1] ?? '';
        if ((attr(a, 'Type') ?? '').endsWith('/officeDocument')) {
          workbookPath = resolveTarget('', attr(a, 'Target') ?? workbookPath);
          break;
        }
      }
    }
    const workbook = zip.find(workbookPath);
    if (!workbook) throw new ZipError('not-zip', 'no workbook part: not an .xlsx file');
    const wbDir = dirOf(workbookPath);
    const relsPath = `${wbDir ? `${wbDir}/` : ''}_rels/${workbookPath.slice(wbDir ? wbDir.length + 1 : 0)}.rels`;
    const rels = new Map<string, { type: string; target: string }>();
    const relsEntry = zip.find(relsPath);
    if (relsEntry) {
      const xml = await zip.text(relsEntry, small);
      for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
        const a = m[1] ?? '';
        const id = attr(a, 'Id');
        if (id)
          rels.set(id, {
            type: attr(a, 'Type') ?? '',
            target: resolveTarget(workbookPath, attr(a, 'Target') ?? ''),
          });
      }
    }
    const wbXml = await zip.text(workbook, small);
    const sheets: XlsxSheet[] = [];
    for (const m of wbXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
      const a = m[1] ?? '';
      const rel = rels.get(attr(a, 'id') ?? '');
      if (!rel?.type.endsWith('/worksheet')) continue;
      const entry = zip.find(rel.target);
      if (!entry) continue;
      if (sheets.length >= ROSTER_LIMITS.sheets) throw new LimitError('sheets');
      const written = attr(a, 'state') ?? 'visible';
      const state: SheetState =
        written === 'visible' ? 'visible' : written === 'veryHidden' ? 'veryHidden' : 'hidden';
      sheets.push({ name: attr(a, 'name') ?? '', hidden: state !== 'visible', state, entry });
    }
    let sst: ZipEntry | undefined;
    for (const r of rels.values()) if (r.type.endsWith('/sharedStrings')) sst = zip.find(r.target);
    return new XlsxReader(zip, sheets, sst, limits);
  }

  private async loadSharedStrings(): Promise<string[]> {
    if (this.sharedStrings) return this.sharedStrings;
    const out: string[] = [];
    this.sharedStrings = out;
    const entry = this.sharedStringsEntry;
    if (!entry) return out;
    const decoder = new TextDecoder('utf-8');
    let buf = '';
    let chars = 0;
    const take = (final: boolean) => {
      SI.lastIndex = 0;
      let last = 0;
      for (let m = SI.exec(buf); m; m = SI.exec(buf)) {
        const t = m[2] === undefined ? '' : runText(m[2]);
        if (t.length > MAX_CHARS) throw new LimitError('cellChars', `sharedStrings #${out.length + 1}`);
        chars += t.length;
        if (out.length >= ROSTER_LIMITS.sharedStrings) throw new LimitError('sharedStrings');
        if (chars > ROSTER_LIMITS.sharedStringChars) throw new LimitError('sharedStringChars');
        out.push(t);
        last = SI.lastIndex;
      }
      buf = final ? '' : buf.slice(last);
      if (buf.length > MAX_PENDING) throw tooLong('a shared string');
    };
    for await (const chunk of this.zip.read(entry, this.limits.maxPartBytes)) {
      buf += decoder.decode(chunk, { stream: true });
      if (buf.length > 1 << 16) take(false);
    }
    buf += decoder.decode();
    take(true);
    return out;
  }

  /**
   * Reads a sheet: each row with a `<row>` element goes to `onRow`, in order, until it returns
   * false; then the rest of the rows is skipped unparsed. With `merges`, the merged ranges after
   * the rows are read too (and returned); without, nothing after the last row wanted is inflated.
   * `onBytes` reports compressed bytes read. Row numbers past 1,048,576, columns past XFD, more
   * than 1,048,576 rows, or a cell of more than 32,767 characters throw `LimitError`.
   */
  async readSheet(
    sheet: XlsxSheet,
    onRow: (row: XlsxRow) => boolean | undefined,
    options: { readonly onBytes?: (bytes: number) => void; readonly merges?: boolean } = {},
  ): Promise<{ merges: MergedRange[] }> {
    const control: ScanControl = { stop: false, merges: options.merges ? [] : null };
    for await (const r of this.scan(sheet, control, options.onBytes))
      if (onRow(r) === false) control.stop = true;
    return { merges: control.merges ?? [] };
  }

  /**
   * The rows of a sheet that have a `<row>` element, in order. Stop early by leaving the loop:
   * the rest of the part is not inflated. `onBytes` reports compressed bytes read.
   */
  rows(sheet: XlsxSheet, onBytes?: (bytes: number) => void): AsyncGenerator<XlsxRow, void, undefined> {
    return this.scan(sheet, { stop: false, merges: null }, onBytes);
  }

  /** The rows of a sheet until `control.stop`; then, with `control.merges`, its merged ranges. */
  private async *scan(
    sheet: XlsxSheet,
    control: ScanControl,
    onBytes?: (bytes: number) => void,
  ): AsyncGenerator<XlsxRow, void, undefined> {
    const sst = await this.loadSharedStrings();
    const decoder = new TextDecoder('utf-8');
    const merges = control.merges;
    let buf = '';
    let previous = 0;
    let count = 0;
    // rows: parsing rows; skip: looking for the end of the rows; tail: reading merged ranges
    let mode: 'rows' | 'skip' | 'tail' = 'rows';
    const rows = (): XlsxRow[] => {
      const out: XlsxRow[] = [];
      // only up to the last end of a row: a row still coming is not scanned again and again
      const upTo = Math.max(buf.lastIndexOf('row>') + 4, buf.lastIndexOf('/>') + 2);
      const text = upTo < buf.length ? buf.slice(0, upTo) : buf;
      ROW.lastIndex = 0;
      let last = 0;
      for (let m = ROW.exec(text); m; m = ROW.exec(text)) {
        last = ROW.lastIndex;
        const r = attrOf(m[2] ?? '', 'r');
        const number = r ? Number.parseInt(r, 10) : previous + 1;
        if (!(number <= MAX_ROW) || ++count > MAX_ROW)
          throw new LimitError('rows', `${sheet.name}!${String(r ?? number).slice(0, 12)}`);
        previous = number;
        const content = m[4];
        // a namespace prefix on the row (x:row) means prefixed cells: the general pattern reads them
        let cells: CellValue[];
        try {
          cells = content === undefined ? [] : m[1] ? cellsOfGeneral(content, sst) : cellsOf(content, sst);
        } catch (e) {
          if (e instanceof LimitError)
            throw new LimitError(e.limit, `${sheet.name}!${e.at ?? ''} (row ${number})`);
          throw e;
        }
        out.push({ row: number, cells });
      }
      buf = buf.slice(last);
      return out;
    };
    /** After the rows: false once nothing more is wanted from the part. */
    const after = (final: boolean): boolean => {
      if (mode !== 'tail') {
        const end = SHEET_DATA_END.exec(buf);
        if (end) {
          if (!merges) return false;
          mode = 'tail';
          buf = buf.slice(end.index + end[0].length);
        } else if (mode === 'skip') buf = buf.slice(-64);
        else if (buf.length > MAX_PENDING) throw tooLong('a row');
      }
      if (mode === 'tail' && merges) {
        MERGE.lastIndex = 0;
        let last = 0;
        for (let m = MERGE.exec(buf); m; m = MERGE.exec(buf)) {
          last = MERGE.lastIndex;
          const range = mergedRange(attr(m[1] ?? '', 'ref') ?? '');
          if (!range) continue;
          if (merges.length >= ROSTER_LIMITS.mergedRanges) throw new LimitError('mergedRanges', sheet.name);
          merges.push(range);
        }
        // nothing of interest comes after the merged ranges
        if (/<\/(?:\w+:)?mergeCells>/.test(buf)) return false;
        const lt = buf.lastIndexOf('<');
        buf = final ? '' : buf.slice(Math.max(last, lt < 0 ? buf.length : lt));
        if (buf.length > MAX_PENDING) buf = '';
      }
      return true;
    };
    const source = this.zip.read(sheet.entry, this.limits.maxPartBytes, onBytes);
    let final = false;
    try {
      for (;;) {
        const next = await source.next();
        if (next.done) {
          buf += decoder.decode();
          final = true;
        } else {
          buf += decoder.decode(next.value, { stream: true });
          if (buf.length < 1 << 18) continue;
        }
        if (mode === 'rows')
          for (const r of rows()) {
            yield r;
            if (control.stop) {
              mode = 'skip';
              break;
            }
          }
        if (!after(final) || final) return;
      }
    } finally {
      // left early (by the caller or a bound): the rest of the part is not inflated
      await source.return();
    }
  }
}

interface ScanControl {
  stop: boolean;
  /** merged ranges are collected here when wanted */
  readonly merges: MergedRange[] | null;
}

const MERGE = /<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g;

/** "B3:D5" → its corners; null for a reference that is not a range. */
function mergedRange(ref: string): MergedRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const left = columnNumber((m[1] as string).toUpperCase());
  const right = columnNumber((m[3] as string).toUpperCase());
  const top = Number(m[2]);
  const bottom = Number(m[4]);
  if (left > MAX_COLUMN || right > MAX_COLUMN || top > MAX_ROW || bottom > MAX_ROW) return null;
  return {
    ref,
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}
