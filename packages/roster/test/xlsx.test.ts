import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  columnLetter,
  columnNumber,
  decodeXml,
  encodeXml,
  XlsxReader,
  XlsxWriter,
  ZipError,
  ZipReader,
  ZipWriter,
} from '../src/index.ts';
import { fileBytes } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'huinong-xlsx-'));

/** Writes what a writer gives (`bytes()`) to a file. */
async function save(w: { bytes(): Promise<Uint8Array[]> }, path: string): Promise<void> {
  writeFileSync(path, Buffer.concat(await w.bytes()));
}

const open = (path: string) => XlsxReader.open(fileBytes(path).source);

async function readAll(path: string) {
  const r = await open(path);
  const out: Record<string, { row: number; cells: unknown[] }[]> = {};
  for (const s of r.sheets) {
    out[s.name] = [];
    for await (const row of r.rows(s)) out[s.name]?.push({ row: row.row, cells: [...row.cells] });
  }
  return out;
}

describe('column letters', () => {
  test.for([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ] as const)('%i ↔ %s', ([n, letters]) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });
});

describe('XML text', () => {
  test('escapes what XML forbids, and reads it back', () => {
    const s = 'a & b < c > d\u0001e\u001ff _x0041_ 王\uD800';
    const enc = encodeXml(s);
    expect(enc).toBe('a &amp; b &lt; c &gt; d_x0001_e_x001F_f _x005F_x0041_ 王\uFFFD');
    expect(decodeXml(enc)).toBe('a & b < c > d\u0001e\u001ff _x0041_ 王\uFFFD');
  });

  test('property: any text survives encoding (lone surrogates become U+FFFD)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const clean = s.replace(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          '\uFFFD',
        );
        expect(decodeXml(encodeXml(s))).toBe(clean);
      }),
    );
  });
});

describe('XlsxWriter → ExcelJS (another implementation reads what we write)', () => {
  test.for([false, true])(
    'shared strings %s: text, numbers with formats, escaping, sheet names',
    async (shared) => {
      const path = join(dir, `w-${shared}.xlsx`);
      const w = new XlsxWriter({ sharedStrings: shared });
      const a = w.addSheet('明细 & <1>', { widths: [10, 20], freezeRows: 1, formats: [null, 'money'] });
      const b = w.addSheet('Second');
      a.addRow(['名称', '金额'], 'header');
      a.addRow(['王 & <建国>', 2800.5, { n: 0.2, fmt: 'percent' }, -3, ' padded ', 'line\nbreak']);
      a.addRow([null, undefined, '', 'x']);
      b.addRow(['only']);
      await save(w, path);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      expect(wb.worksheets.map((s) => s.name)).toEqual(['明细 & <1>', 'Second']);
      const ws = wb.getWorksheet('明细 & <1>') as ExcelJS.Worksheet;
      expect(ws.getCell('A2').value).toBe('王 & <建国>');
      expect(ws.getCell('B2').value).toBe(2800.5);
      expect(ws.getCell('B2').numFmt).toBe('#,##0.00');
      expect(ws.getCell('C2').numFmt).toBe('0%');
      // a negative number is a number, never text
      expect(ws.getCell('D2').value).toBe(-3);
      expect(ws.getCell('E2').value).toBe(' padded ');
      expect(ws.getCell('F2').value).toBe('line\nbreak');
      expect(ws.getCell('A3').value).toBeNull();
      expect(ws.getCell('D3').value).toBe('x');
      expect(ws.getCell('A1').font?.bold).toBe(true);
      // and our reader reads it too
      const back = await readAll(path);
      expect(back['明细 & <1>']?.[1]?.cells.slice(1)).toEqual([
        '王 & <建国>',
        2800.5,
        0.2,
        -3,
        ' padded ',
        'line\nbreak',
      ]);
      expect(back.Second).toEqual([{ row: 1, cells: [undefined, 'only'] }]);
    },
  );

  test('the same rows give the same bytes (fixed timestamps)', async () => {
    const write = async (path: string) => {
      const w = new XlsxWriter();
      w.addSheet('S').addRow(['a', 1]);
      await save(w, path);
      return readFileSync(path);
    };
    expect((await write(join(dir, 'd1.xlsx'))).equals(await write(join(dir, 'd2.xlsx')))).toBe(true);
  });
});

describe('XlsxReader', () => {
  test('reads ExcelJS workbooks: shared and rich text, numbers, dates as serials, booleans, formulas, errors', async () => {
    const path = join(dir, 'exceljs.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('农户及成员');
    ws.getCell('A1').value = '户编号';
    ws.getCell('B1').value = { richText: [{ text: '姓', font: { bold: true } }, { text: '名' }] };
    ws.getCell('A2').value = 'H001';
    ws.getCell('B2').value = 2.5;
    ws.getCell('C2').value = new Date(Date.UTC(2023, 2, 1));
    ws.getCell('D2').value = true;
    ws.getCell('E2').value = { formula: '1+1', result: 2 };
    ws.getCell('F2').value = { error: '#N/A' };
    ws.getCell('AB5').value = 'far';
    wb.addWorksheet('Hidden', { state: 'hidden' }).getCell('A1').value = 'h';
    await wb.xlsx.writeFile(path);
    const r = await open(path);
    expect(r.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['农户及成员', false],
      ['Hidden', true],
    ]);
    const rows = (await readAll(path)).农户及成员 ?? [];
    expect(rows[0]?.cells.slice(1)).toEqual(['户编号', '姓名']);
    // 2023-03-01 is day 44986 of the 1900 date system
    expect(rows[1]?.cells.slice(1)).toEqual(['H001', 2.5, 44986, true, 2, { error: '#N/A' }]);
    expect(rows[2]).toEqual({ row: 5, cells: expect.any(Array) });
    expect(rows[2]?.cells[28]).toBe('far');
  });

  test('reads what other writers write: prefixes, inline strings, phonetic runs, cells without references', async () => {
    const path = join(dir, 'hand.xlsx');
    const zip = new ZipWriter();
    zip.addText(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>',
    );
    zip.addText(
      'xl/workbook.xml',
      `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="产业" sheetId="7" r:id="rA"/></x:sheets></x:workbook>`,
    );
    zip.addText(
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/data.xml"/><Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/></Relationships>',
    );
    zip.addText(
      'xl/strings.xml',
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>养猪</t><rPh sb="0" eb="2"><t>ヨウチョ</t></rPh><phoneticPr fontId="1"/></si><si><r><t>茶</t></r><r><rPr><b/></rPr><t xml:space="preserve">园 </t></r></si><si><t/></si></sst>',
    );
    zip.addText(
      'xl/sheets/data.xml',
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
        <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>户编号</x:t></x:is></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row>
        <x:row><x:c t="s"><x:v>1</x:v></x:c><x:c><x:v>4</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>a &amp; b</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>
        <x:row r="9"/>
      </x:sheetData><x:mergeCells count="0"/></x:worksheet>`,
    );
    await save(zip, path);
    expect(await readAll(path)).toEqual({
      产业: [
        { row: 1, cells: [undefined, '户编号', '养猪'] },
        { row: 2, cells: [undefined, '茶园 ', 4, 'a & b'] },
        { row: 9, cells: [] },
      ],
    });
  });

  test('leaving the loop stops reading the rest of a sheet', async () => {
    const path = join(dir, 'long.xlsx');
    const w = new XlsxWriter();
    const s = w.addSheet('S');
    for (let i = 0; i < 50_000; i++) s.addRow([i]);
    await save(w, path);
    const r = await open(path);
    let n = 0;
    for await (const row of r.rows(r.sheets[0] as (typeof r.sheets)[number])) {
      n = row.row;
      if (n === 10) break;
    }
    expect(n).toBe(10);
  });
});

describe('ZipReader refuses what is not an .xlsx', () => {
  test.for([
    ['not-zip', Buffer.from('plain text, not a zip')],
    ['ole', Buffer.from('d0cf11e0a1b11ae10000000000000000', 'hex')],
    ['not-zip', Buffer.alloc(0)],
  ] as const)('%s', async ([problem, bytes]) => {
    const path = join(dir, `${problem}-${bytes.length}.xlsx`);
    writeFileSync(path, bytes);
    await expect(ZipReader.open(fileBytes(path).source)).rejects.toMatchObject({ problem });
  });

  test('a part that inflates past the cap stops with too-large, whatever the header says', async () => {
    const path = join(dir, 'bomb.zip');
    const zip = new ZipWriter();
    const e = zip.add('big.xml');
    for (let i = 0; i < 64; i++) e.write('0'.repeat(1 << 16));
    await save(zip, path);
    const r = await ZipReader.open(fileBytes(path).source);
    const entry = r.find('big.xml');
    expect(entry?.size).toBe(64 << 16);
    await expect(async () => {
      for await (const _ of r.read(entry as NonNullable<typeof entry>, 1 << 20)) void _;
    }).rejects.toBeInstanceOf(ZipError);
  });
});
