/**
 * Workbooks written part by part, for the attacks ExcelJS cannot write: a ZIP bomb, a cell past
 * XFD, a very hidden sheet, a formula without its value. Each sheet is XML text (or pieces of it,
 * deflated as they come, so that gigabytes cost a few megabytes).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { type Codec, webCodec, ZipWriter } from '../src/index.ts';

/** node:zlib in sync-flushed pieces (as the CLI's codec): a bomb of 1 GB deflates in a second. */
export const zlibCodec: Codec = {
  inflateRaw: webCodec.inflateRaw,
  deflater(level) {
    const chunks: Uint8Array[] = [];
    return {
      push: (data) => {
        chunks.push(deflateRawSync(data, { level, finishFlush: constants.Z_SYNC_FLUSH }));
      },
      finish: async () => {
        chunks.push(deflateRawSync(Buffer.alloc(0), { level }));
        return chunks;
      },
    };
  },
  crc32: (data, previous) => crc32(data, previous),
};

export interface RawSheet {
  readonly name: string;
  /** `hidden` or `veryHidden` */
  readonly state?: string;
  /** the worksheet part, whole or in pieces */
  readonly xml: string | Iterable<string>;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An .xlsx of the given sheets (and shared strings), as bytes. */
export async function rawXlsx(
  sheets: readonly RawSheet[],
  sharedStrings?: Iterable<string>,
): Promise<Uint8Array> {
  const zip = new ZipWriter(9, zlibCodec);
  zip.addText(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.addText(
    'xl/workbook.xml',
    `<workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rS${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
  );
  zip.addText(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rS${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}${sharedStrings ? `<Relationship Id="rSS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
  );
  sheets.forEach((s, i) => {
    const part = zip.add(`xl/worksheets/sheet${i + 1}.xml`);
    for (const piece of typeof s.xml === 'string' ? [s.xml] : s.xml) part.write(piece);
    part.end();
  });
  if (sharedStrings) {
    const part = zip.add('xl/sharedStrings.xml');
    for (const piece of sharedStrings) part.write(piece);
    part.end();
  }
  const chunks = await zip.bytes();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A worksheet of rows of inline strings and numbers (row 1 first); `extra` goes after the rows. */
export function sheetXml(rows: readonly (readonly (string | number | null)[])[], extra = ''): string {
  const body = rows
    .map((cells, r) => {
      const cs = cells
        .map((v, c) => {
          if (v === null) return '';
          const ref = `${columnName(c + 1)}${r + 1}`;
          return typeof v === 'number'
            ? `<c r="${ref}"><v>${v}</v></c>`
            : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cs}</row>`;
    })
    .join('');
  return `<worksheet xmlns="${NS}"><sheetData>${body}</sheetData>${extra}</worksheet>`;
}

export function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
