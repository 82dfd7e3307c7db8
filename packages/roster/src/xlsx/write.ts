/**
 * A streaming .xlsx writer: rows go straight into deflated sheet parts, so memory holds the
 * compressed workbook only. Text is written as inline strings (or shared strings when asked),
 * never as formulas; numbers carry a number format.
 */

import { type Codec, webCodec } from './codec.ts';
import { columnLetter } from './read.ts';
import { encodeAttr, encodeXml } from './xml.ts';
import { type ZipEntryWriter, ZipWriter } from './zip.ts';

/** Number formats of the writer's styles. */
export type NumberFormat = 'money' | 'percent' | 'integer' | 'decimal';

/**
 * A cell to write: text, a plain number, a number with a format, a decimal string with a format
 * (an amount as the engine computed it, written digit for digit), or nothing.
 */
export type OutCell =
  | string
  | number
  | { readonly n: number; readonly fmt: NumberFormat }
  | { readonly d: string; readonly fmt: NumberFormat }
  | null
  | undefined;

const DECIMAL = /^-?\d{1,30}(\.\d{1,30})?$/;

export interface SheetOptions {
  /** column widths in characters */
  readonly widths?: readonly number[];
  /** number format of plain numbers, by column (0-based); unformatted when not given */
  readonly formats?: readonly (NumberFormat | null)[];
  /**
   * With shared strings, the columns (0-based) whose text goes inline instead: values that
   * rarely repeat (names, ids, reasons) would only grow the shared table.
   */
  readonly inline?: readonly number[];
  /** freeze the first `n` rows */
  readonly freezeRows?: number;
}

const LETTERS = Array.from({ length: 64 }, (_, i) => columnLetter(i + 1));

// style ids of STYLES below
const XF = { text: 0, money: 1, percent: 2, header: 3, integer: 4, decimal: 5, note: 6 } as const;

const TEXT_STYLE = { header: ` s="${XF.header}"`, note: ` s="${XF.note}"` } as const;
/** A formatted number's style and the start of its value: ` s="1"><v>`. */
const VALUE_OPEN: Record<NumberFormat, string> = {
  money: ` s="${XF.money}"><v>`,
  percent: ` s="${XF.percent}"><v>`,
  integer: ` s="${XF.integer}"><v>`,
  decimal: ` s="${XF.decimal}"><v>`,
};

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><i/><sz val="10"/><color rgb="FF666666"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF4"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

export class SheetWriter {
  private rowNumber = 0;
  private closed = false;
  /** ` s="1"` and so on, by column, for plain numbers */
  private readonly numberStyles: string[];
  private readonly inlineColumns: boolean[] = [];

  constructor(
    readonly name: string,
    private readonly out: ZipEntryWriter,
    private readonly strings: Map<string, number> | null,
    options: SheetOptions,
  ) {
    this.numberStyles = (options.formats ?? []).map((f) => (f ? ` s="${XF[f]}"` : ''));
    for (const i of options.inline ?? []) this.inlineColumns[i] = true;
    let head =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
    const freeze = options.freezeRows ?? 0;
    if (freeze > 0)
      head += `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`;
    if (options.widths?.length)
      head += `<cols>${options.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
    head += '<sheetData>';
    out.write(head);
  }

  /** Rows written so far (the next row is `rows + 1`). */
  get rows(): number {
    return this.rowNumber;
  }

  /** Appends a row; `style` applies to its text cells (header, note). */
  addRow(cells: readonly OutCell[], style: 'header' | 'note' | null = null): void {
    const r = ++this.rowNumber;
    const o = this.out;
    o.ascii('<row r="');
    o.uint(r);
    o.ascii('">');
    const textStyle = style === null ? '' : TEXT_STYLE[style];
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c === null || c === undefined || c === '') continue;
      if (typeof c === 'number') {
        if (!Number.isFinite(c)) continue;
        this.cellStart(i, r);
        o.ascii(this.numberStyles[i] ?? '');
        o.ascii('><v>');
        o.ascii(String(c));
        o.ascii('</v></c>');
      } else if (typeof c === 'string') {
        if (this.strings && !this.inlineColumns[i]) {
          let idx = this.strings.get(c);
          if (idx === undefined) {
            idx = this.strings.size;
            this.strings.set(c, idx);
          }
          this.cellStart(i, r);
          o.ascii(' t="s"');
          o.ascii(textStyle);
          o.ascii('><v>');
          o.uint(idx);
          o.ascii('</v></c>');
        } else {
          this.cellStart(i, r);
          o.ascii(' t="inlineStr"');
          o.ascii(textStyle);
          o.ascii(c.trim() !== c || c.includes('\n') ? '><is><t xml:space="preserve">' : '><is><t>');
          o.write(encodeXml(c));
          o.ascii('</t></is></c>');
        }
      } else if ('d' in c) {
        // only a plain decimal goes into <v>: anything else would not be a number
        if (!DECIMAL.test(c.d)) continue;
        this.cellStart(i, r);
        o.ascii(VALUE_OPEN[c.fmt]);
        o.ascii(c.d);
        o.ascii('</v></c>');
      } else if (Number.isFinite(c.n)) {
        this.cellStart(i, r);
        o.ascii(VALUE_OPEN[c.fmt]);
        o.ascii(String(c.n));
        o.ascii('</v></c>');
      }
    }
    o.ascii('</row>');
  }

  /** A cell's opening up to its attributes: `<c r="B12"`. */
  private cellStart(column: number, row: number): void {
    const o = this.out;
    o.ascii('<c r="');
    o.ascii(LETTERS[column] ?? columnLetter(column + 1));
    o.uint(row);
    o.ascii('"');
  }

  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.out.write('</sheetData></worksheet>');
    this.out.end();
  }
}

/**
 * Builds an .xlsx file. Sheets are written in any order and concurrently; `save` ends them and
 * assembles the package. Text cells are written exactly as given: callers neutralise formula-like
 * text first (see `neutralizeFormula`).
 */
export class XlsxWriter {
  private readonly zip: ZipWriter;
  private readonly sheets: SheetWriter[] = [];
  private readonly strings: Map<string, number> | null;

  constructor(
    options: { readonly sharedStrings?: boolean; readonly level?: number; readonly codec?: Codec } = {},
  ) {
    this.zip = new ZipWriter(options.level ?? 1, options.codec ?? webCodec);
    this.strings = options.sharedStrings ? new Map() : null;
    // parts that never change go first, like Excel writes them
    this.contentTypes = this.zip.add('[Content_Types].xml');
    this.zip.addText(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    );
    this.workbook = this.zip.add('xl/workbook.xml');
    this.workbookRels = this.zip.add('xl/_rels/workbook.xml.rels');
    this.zip.addText('xl/styles.xml', STYLES);
  }

  private readonly contentTypes: ZipEntryWriter;
  private readonly workbook: ZipEntryWriter;
  private readonly workbookRels: ZipEntryWriter;

  addSheet(name: string, options: SheetOptions = {}): SheetWriter {
    const n = this.sheets.length + 1;
    const sheet = new SheetWriter(name, this.zip.add(`xl/worksheets/sheet${n}.xml`), this.strings, options);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Ends every sheet and gives the workbook's bytes, in order. */
  async bytes(): Promise<Uint8Array[]> {
    for (const s of this.sheets) s.end();
    const sheetsXml = this.sheets
      .map((s, i) => `<sheet name="${encodeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('');
    this.workbook.write(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${sheetsXml}</sheets></workbook>`,
    );
    this.workbook.end();
    const n = this.sheets.length;
    let rels = this.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('');
    rels += `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`;
    if (this.strings)
      rels += `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`;
    this.workbookRels.write(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    );
    this.workbookRels.end();
    const overrides = this.sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('');
    this.contentTypes.write(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${this.strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
    );
    this.contentTypes.end();
    if (this.strings) {
      const sst = this.zip.add('xl/sharedStrings.xml');
      sst.write(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.strings.size}" uniqueCount="${this.strings.size}">`,
      );
      for (const s of this.strings.keys()) {
        const space = s.trim() !== s || s.includes('\n') ? ' xml:space="preserve"' : '';
        sst.write(`<si><t${space}>${encodeXml(s)}</t></si>`);
      }
      sst.write('</sst>');
      sst.end();
    }
    return this.zip.bytes();
  }
}
