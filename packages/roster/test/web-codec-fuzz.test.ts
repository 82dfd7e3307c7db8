/**
 * The browser's path through broken files: the same screen as the web app runs (the web codec —
 * DecompressionStream / CompressionStream — over bytes in memory, results into memory). Every
 * file gives results or a `RosterFileError` with a message in both languages: never another
 * error, never a hang.
 */
import { compilePack } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  bytesSource,
  HOUSEHOLDS,
  headerText,
  RosterFileError,
  screenRoster,
  webCodec,
  XlsxSink,
  ZipWriter,
} from '../src/index.ts';
import { id18 } from './helpers.ts';

const pack = compilePack(xixiang2023);

async function screenBytes(bytes: Uint8Array, name: string) {
  let written = 0;
  return screenRoster(
    [{ name, source: bytesSource(bytes) }],
    () =>
      new XlsxSink((chunks) => {
        written = chunks.reduce((n, c) => n + c.length, 0);
      }, webCodec),
    { pack, asOf: '2023-12-31', codec: webCodec },
  ).then((r) => ({ ...r, written }));
}

async function unusable(bytes: Uint8Array, name: string): Promise<RosterFileError> {
  try {
    await screenBytes(bytes, name);
  } catch (e) {
    if (e instanceof RosterFileError) return e;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('broken files through the web codec: a bilingual message, never a crash or a hang', () => {
  test('not a zip; an old .xls', async () => {
    const a = await unusable(new TextEncoder().encode('this is not a workbook'), '名册.xlsx');
    expect(a.text).toEqual({
      zh: '名册.xlsx 不是有效的 .xlsx 文件（无法作为 Excel 工作簿打开）',
      en: '名册.xlsx is not a valid .xlsx file: not a ZIP file',
    });
    const hex = 'd0cf11e0a1b11ae1000000000000000000000000';
    const ole = Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
    expect((await unusable(ole, 'old.xlsx')).text.zh).toContain('另存为 .xlsx');
  });

  test('an empty workbook; a sheet with no header', async () => {
    expect((await unusable(await workbook(() => {}), 'e.xlsx')).text.en).toBe('e.xlsx has no worksheets');
    const noHeader = await workbook((wb) =>
      wb.addWorksheet('农户及成员').addRows([
        ['H1', '张三', '脱贫户'],
        ['H2', '李四', '监测对象'],
      ]),
    );
    expect((await unusable(noHeader, 'n.xlsx')).text.zh).toContain('找不到表头');
  });

  test('100,000 blank rows under the header: "no data rows", read in bounded time', async () => {
    const blank = await workbook((wb) => {
      const ws = wb.addWorksheet('农户及成员');
      ws.addRow(HOUSEHOLDS.columns.map(headerText));
      for (let i = 0; i < 100_000; i++) ws.addRow([' ']);
    });
    expect((await unusable(blank, 'blank.xlsx')).text.en).toBe(
      'the roster in blank.xlsx has no data rows (only headers or example rows)',
    );
  });

  test('a row that never ends (5 MB of one cell) is refused, not buffered on', async () => {
    // a valid package whose one sheet opens a cell and never closes it
    const zip = new ZipWriter(9, webCodec);
    zip.addText(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    );
    zip.addText(
      'xl/workbook.xml',
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="农户及成员" sheetId="1" r:id="rS"/></sheets></workbook>',
    );
    zip.addText(
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    const sheet = zip.add('xl/worksheets/sheet1.xml');
    sheet.write('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>');
    const zeros = '0'.repeat(1 << 20);
    for (let i = 0; i < 5; i++) sheet.write(zeros);
    const bytes = new Uint8Array(await new Blob((await zip.bytes()) as BlobPart[]).arrayBuffer());
    const e = await unusable(bytes, 'long.xlsx');
    expect(e.text.zh).toBe('long.xlsx 不是有效的 .xlsx 文件（无法作为 Excel 工作簿打开）');
    expect(e.text.en).toMatch(/^long\.xlsx is not a valid \.xlsx file: .*longer than 4194304 characters/);
  });
});

describe('property: any damage to a workbook gives results or a clear error (web codec)', () => {
  let good: Uint8Array;

  beforeAll(async () => {
    good = await workbook((wb) => {
      const ws = wb.addWorksheet('农户及成员');
      ws.addRow(HOUSEHOLDS.columns.map(headerText));
      const row = (v: Record<string, string>) => HOUSEHOLDS.columns.map((c) => v[c.key] ?? null);
      ws.addRow(
        row({
          rowType: '户主',
          householdId: 'H1',
          name: '张三',
          idNumber: id18('61072419800101123'),
          category: '脱贫户',
        }),
      );
      ws.addRow(
        row({
          rowType: '成员',
          householdId: 'H1',
          name: '张四',
          workFrom: '2023-03-01',
          workProvince: '广东省',
        }),
      );
    });
  });

  test('the undamaged workbook screens: 张四 in 广东 gets the 省外 travel grant, 500', async () => {
    const r = await screenBytes(good, 'good.xlsx');
    expect(r.summary.total.amount).toBe('500.00');
    expect(r.written).toBeGreaterThan(0);
  });

  test('flipped bytes and truncations', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (flips, cut) => {
          const bytes = Uint8Array.from(good);
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          const input = cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
          try {
            const r = await screenBytes(input, 'fuzz.xlsx');
            expect(r.summary.total.subjects).toBeGreaterThanOrEqual(0);
          } catch (e) {
            if (!(e instanceof RosterFileError)) throw e;
            expect(e.text.zh.length).toBeGreaterThan(0);
            expect(e.text.en.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
