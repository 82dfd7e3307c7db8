/**
 * A streaming reader for the cells of .xlsx worksheets: sheet names from the workbook, shared
 * strings, and rows one at a time, inflated and scanned in chunks. Values only: no styles, so a
 * date arrives as its serial number and the caller, who knows the column, turns it into a date.
 */

import { type ByteSource, type Codec, webCodec } from './codec.ts';
import { attr, decodeXml } from './xml.ts';
import { type ZipEntry, ZipError, ZipReader } from './zip.ts';

/** A cell's value: text, number, yes/no, an error like `#N/A`, or nothing. */
export type CellValue = string | number | boolean | { readonly error: string } | null;

export interface XlsxRow {
  /** 1-based row number as Excel shows it */
  readonly row: number;
  /** values by 1-based column number (index 0 unused); may be shorter than the sheet is wide */
  readonly cells: readonly CellValue[];
}

export interface XlsxSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly entry: ZipEntry;
}

export interface XlsxLimits {
  /** the most bytes any one part may inflate to */
  readonly maxPartBytes: number;
}

export const DEFAULT_LIMITS: XlsxLimits = { maxPartBytes: 512 << 20 };

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

// <row …>…</row> or <row …/>, with any namespace prefix; group 4 is the row's content
const ROW = /<(\w+:)?row\b([^>]*?)(\/>|>([\s\S]*?)<\/\1row>)/g;
// <c …>…</c> or <c …/>
const CELL = /<(\w+:)?c\b([^>]*?)(\/>|>([\s\S]*?)<\/\1c>)/g;
const V = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const T = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
const RPH = /<(\w+:)?rPh\b[\s\S]*?<\/\1rPh>/g;
const SHEET_DATA_END = /<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/;
const SI = /<(\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1si>)/g;

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

/** Column number from a cell reference ("AB12" → 28); 0 when there is none. */
function refColumn(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** The cells of a row's content, for any writer (namespace prefixes, odd quoting). */
function cellsOfGeneral(content: string, sst: readonly string[]): CellValue[] {
  const cells: CellValue[] = [];
  let col = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(content); m; m = CELL.exec(content)) {
    const attrs = m[2] ?? '';
    const ref = attrOf(attrs, 'r');
    const n = ref ? refColumn(ref) : 0;
    col = n > 0 ? n : col + 1;
    const inner = m[4];
    if (inner === undefined || inner === '') continue;
    const type = attrOf(attrs, 't') ?? 'n';
    let v: CellValue;
    if (type === 'inlineStr') v = runText(inner);
    else {
      const vm = V.exec(inner);
      if (!vm) continue;
      v = cellValue(type, vm[1] ?? '', sst);
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
    const n = r >= 0 ? refColumn(attrs.slice(r + 4, attrs.indexOf('"', r + 4))) : 0;
    col = n > 0 ? n : col + 1;
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
      const vm = V.exec(content.slice(gt + 1, end));
      if (!vm) continue;
      v = cellValue(type, vm[1] ?? '', sst);
    }
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
    const zip = await ZipReader.open(source, options.codec ?? webCodec);
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
      sheets.push({
        name: attr(a, 'name') ?? '',
        hidden: (attr(a, 'state') ?? 'visible') !== 'visible',
        entry,
      });
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
    const take = (final: boolean) => {
      SI.lastIndex = 0;
      let last = 0;
      for (let m = SI.exec(buf); m; m = SI.exec(buf)) {
        out.push(m[2] === undefined ? '' : runText(m[2]));
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
   * The rows of a sheet that have a `<row>` element, in order. Stop early by leaving the loop:
   * the rest of the part is not inflated. `onBytes` reports compressed bytes read.
   */
  async *rows(sheet: XlsxSheet, onBytes?: (bytes: number) => void): AsyncGenerator<XlsxRow, void, undefined> {
    const sst = await this.loadSharedStrings();
    const decoder = new TextDecoder('utf-8');
    let buf = '';
    let previous = 0;
    let ended = false;
    const take = (): XlsxRow[] => {
      const rows: XlsxRow[] = [];
      ROW.lastIndex = 0;
      let last = 0;
      for (let m = ROW.exec(buf); m; m = ROW.exec(buf)) {
        last = ROW.lastIndex;
        const r = attrOf(m[2] ?? '', 'r');
        const number = r ? Number.parseInt(r, 10) : previous + 1;
        previous = number;
        const content = m[4];
        // a namespace prefix on the row (x:row) means prefixed cells: the general pattern reads them
        const cells =
          content === undefined ? [] : m[1] ? cellsOfGeneral(content, sst) : cellsOf(content, sst);
        rows.push({ row: number, cells });
      }
      buf = buf.slice(last);
      // what follows the rows (merged cells, validations, hyperlinks) is not read
      if (SHEET_DATA_END.test(buf)) ended = true;
      else if (buf.length > MAX_PENDING) throw tooLong('a row');
      return rows;
    };
    for await (const chunk of this.zip.read(sheet.entry, this.limits.maxPartBytes, onBytes)) {
      buf += decoder.decode(chunk, { stream: true });
      if (buf.length < 1 << 18) continue;
      for (const r of take()) yield r;
      if (ended) return;
    }
    buf += decoder.decode();
    for (const r of take()) yield r;
  }
}
