import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePack } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { HOUSEHOLDS, headerText, RosterFileError } from '@huinong/roster';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { screenFiles } from '../src/roster/screen-file.ts';
import { huinong, id18, tempDir, writeRoster } from './helpers.ts';

const dir = tempDir();
const out = join(dir, 'out.xlsx');

/** The CLI on a broken file: exit code 2 and a message in Chinese and in English, never a stack. */
function expectUnusable(file: string, zh: string, en: string) {
  const r = huinong('screen', file, '-o', out);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(zh);
  expect(r.stderr).toContain(en);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('broken files: exit code 2 with a bilingual message, never a crash or a hang', () => {
  test('not a zip', () => {
    const f = join(dir, 'not-a-zip.xlsx');
    writeFileSync(f, 'this is not a workbook');
    expectUnusable(f, '不是有效的 .xlsx 文件', 'is not a valid .xlsx file');
  });

  test('an old .xls (an OLE compound file)', () => {
    const f = join(dir, 'old.xlsx');
    writeFileSync(f, Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex'));
    expectUnusable(f, '另存为 .xlsx', 'save it as .xlsx');
  });

  test('an empty workbook', async () => {
    const f = join(dir, 'empty.xlsx');
    await new ExcelJS.Workbook().xlsx.writeFile(f);
    expectUnusable(f, '中没有工作表', 'has no worksheets');
  });

  test('a roster sheet with no header', async () => {
    const f = join(dir, 'no-header.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('农户及成员').addRows([
      ['H1', '张三', '脱贫户'],
      ['H2', '李四', '监测对象'],
    ]);
    await wb.xlsx.writeFile(f);
    expectUnusable(f, '找不到表头', 'has no header row');
  });

  test('a workbook whose sheets are not roster sheets', async () => {
    const f = join(dir, 'other.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRows([
      ['a', 'b'],
      [1, 2],
    ]);
    await wb.xlsx.writeFile(f);
    expectUnusable(f, '找不到名册工作表', 'has no roster sheet');
  });

  test('100,000 blank rows under the header: reading stops after 1,000 of them, "no data rows"', async () => {
    const f = join(dir, 'blank.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('农户及成员');
    ws.addRow(HOUSEHOLDS.columns.map(headerText));
    // a blank cell is still a <row> in the file
    for (let i = 0; i < 100_000; i++) ws.addRow([' ']);
    await wb.xlsx.writeFile(f);
    expectUnusable(f, '没有数据行', 'has no data rows');
  });

  test('a .csv with a broken quote names the line', () => {
    const f = join(dir, 'broken.csv');
    writeFileSync(f, '户编号,姓名,农户类别\r\nH1,张三,脱贫户\r\nH2,"李四,监测对象\r\nH3,王五,一般农户\r\n');
    expectUnusable(f, '第3行的引号没有闭合', 'the quote opened on line 3 is never closed');
  });

  test('data, then 100,000 blank rows: the data is screened and the cut-off is noted', async () => {
    const f = join(dir, 'tail.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('农户及成员');
    ws.addRow(HOUSEHOLDS.columns.map(headerText));
    ws.addRow(
      HOUSEHOLDS.columns.map((c) => ({ householdId: 'H1', name: '张三', category: '脱贫户' })[c.key] ?? null),
    );
    for (let i = 0; i < 100_000; i++) ws.addRow([' ']);
    await wb.xlsx.writeFile(f);
    const r = await screenFiles({
      inputs: [f],
      output: join(dir, 'tail-out.json'),
      pack: compilePack(xixiang2023),
      asOf: '2023-12-31',
    });
    expect(r.summary.total.subjects).toBe(1);
    expect(r.rejected).toBe(false);
    expect(r.issues.map((i) => i.message.zh).join()).toContain('连续1000行为空');
  });
});

describe('property: any damage to a workbook or a CSV file gives results or a clear error', () => {
  const pack = compilePack(xixiang2023);
  let good: Buffer;

  beforeAll(async () => {
    const f = join(dir, 'good.xlsx');
    await writeRoster(f, {
      households: [
        {
          rowType: '户主',
          householdId: 'H1',
          name: '张三',
          idNumber: id18('61072419800101123'),
          category: '脱贫户',
        },
        { rowType: '成员', householdId: 'H1', name: '张四', workFrom: '2023-03-01', workProvince: '广东省' },
      ],
      activities: [{ subjectId: 'H1', type: '养猪', head: 4, income: 3000 }],
    });
    good = readFileSync(f);
  });

  /** Screens bytes as a file; the only error allowed is RosterFileError (exit code 2). */
  async function survives(bytes: Uint8Array, ext: string): Promise<void> {
    const f = join(dir, `fuzz${ext}`);
    writeFileSync(f, bytes);
    try {
      const r = await screenFiles({
        inputs: [f],
        output: join(dir, 'fuzz-out.json'),
        pack,
        asOf: '2023-12-31',
        threads: false,
      });
      expect(r.summary.total.subjects).toBeGreaterThanOrEqual(0);
    } catch (e) {
      if (!(e instanceof RosterFileError)) throw e;
      expect(e.text.zh.length).toBeGreaterThan(0);
      expect(e.text.en.length).toBeGreaterThan(0);
    }
  }

  test('flipped bytes and truncations of a real .xlsx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (flips, cut) => {
          const bytes = Buffer.from(good);
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          await survives(cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length), '.xlsx');
        },
      ),
      { numRuns: 60 },
    );
  });

  test('arbitrary text as a .csv', async () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('户编号', '姓名', '农户类别', '产业类型', '"', '""', '\r\n', '脱贫户'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), async (rows) => {
        const header = '户编号,姓名,农户类别,行类型\n';
        await survives(Buffer.from(header + rows.map((r) => r.join(',')).join('\n')), '.csv');
      }),
      { numRuns: 80 },
    );
  });
});
