import { join } from 'node:path';
import { ACTIVITY_NAMES, headerText, SHEETS } from '@huinong/roster';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { TEMPLATE_ROWS } from '../src/template.ts';
import { huinong, id18, readWorkbook, records, type SheetValues, tempDir } from './helpers.ts';

describe('huinong template', () => {
  const dir = tempDir();
  const path = join(dir, 'roster-template.xlsx');
  const wb = new ExcelJS.Workbook();

  beforeAll(async () => {
    const r = huinong('template', '-o', path);
    expect(r.code).toBe(0);
    await wb.xlsx.readFile(path);
  });

  test('sheets: 说明, the four roster sheets, and the hidden lists', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['说明', 'visible'],
      ['农户及成员', 'visible'],
      ['产业', 'visible'],
      ['村集体', 'visible'],
      ['经营主体', 'visible'],
      ['选项', 'hidden'],
    ]);
  });

  test.for(SHEETS.map((s) => [s.name, s] as const))(
    '%s: Chinese headers with units in row 1, English keys in row 2',
    ([name, def]) => {
      const ws = wb.getWorksheet(name) as ExcelJS.Worksheet;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(def.columns.map(headerText));
      expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(def.columns.map((c) => c.key));
      // an example row whose id starts with 示例
      const idColumn = def.columns.findIndex((c) => c.key === def.idKey) + 1;
      expect(String(ws.getRow(3).getCell(idColumn).value)).toMatch(/^示例/);
    },
  );

  test('units are shown in the headers', () => {
    const headers = SHEETS.flatMap((s) => s.columns.map(headerText)).join(' ');
    for (const unit of ['（亩）', '（㎡）', '（头/只）', '（只）', '（箱）', '（袋）', '（元）'])
      expect(headers).toContain(unit);
  });

  test('drop-down lists for categories, activity types and yes/no; text format for ids', () => {
    const households = wb.getWorksheet('农户及成员') as ExcelJS.Worksheet;
    const model = (
      households as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    // written as ranges (G3:G5000); ExcelJS reads them back cell by cell
    for (const row of [3, TEMPLATE_ROWS]) {
      expect(model[`G${row}`]).toMatchObject({ type: 'list', formulae: ["'选项'!$B$2:$B$4"] });
      expect(model[`I${row}`]).toMatchObject({ type: 'list', formulae: ["'选项'!$D$2:$D$3"] });
    }
    expect(model[`G${TEMPLATE_ROWS + 1}`]).toBeUndefined();
    expect(households.getColumn(6).numFmt).toBe('@');
    const activities = wb.getWorksheet('产业') as ExcelJS.Worksheet;
    const types = (
      activities as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model.B3;
    expect(types?.formulae).toEqual([`'选项'!$F$2:$F$${ACTIVITY_NAMES.length + 1}`]);
    const lists = wb.getWorksheet('选项') as ExcelJS.Worksheet;
    expect(lists.getColumn(2).values.slice(1)).toEqual(['农户类别', '脱贫户', '监测对象', '一般农户']);
    expect(lists.getColumn(6).values.slice(2)).toEqual([...ACTIVITY_NAMES]);
    expect(ACTIVITY_NAMES).toContain('养猪');
    expect(ACTIVITY_NAMES).toContain('低产低效茶园改树改土');
  });

  test('the template alone has only example rows: screening it says so (exit 2)', () => {
    const r = huinong('screen', path, '-o', join(dir, 'r.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有数据行');
  });

  test('filled in below the examples, the template screens: Chinese values map to the engine codes', async () => {
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(path);
    const hh = filled.getWorksheet('农户及成员') as ExcelJS.Worksheet;
    const row = (
      ws: ExcelJS.Worksheet,
      def: (typeof SHEETS)[number],
      values: Record<string, string | number>,
    ) => ws.addRow(def.columns.map((c) => values[c.key] ?? null));
    const [households, activities] = SHEETS as [(typeof SHEETS)[number], (typeof SHEETS)[number]];
    row(hh, households, {
      rowType: '户主',
      village: '罗镇村',
      householdId: 'XX-0001',
      name: '王建国',
      idNumber: id18('61072419800101123'),
      category: '监测对象',
      monitoredType: '边缘易致贫户',
    });
    row(hh, households, {
      rowType: '户主',
      village: '罗镇村',
      householdId: 'XX-0002',
      name: '张三',
      category: 'poverty-alleviated',
    });
    const act = filled.getWorksheet('产业') as ExcelJS.Worksheet;
    row(act, activities, { subjectId: 'XX-0001', type: '养猪', head: 4, income: 3000 });
    row(act, activities, { subjectId: 'XX-0002', type: 'tea-renovation', areaMu: '2亩' });
    const input = join(dir, 'filled.xlsx');
    await filled.xlsx.writeFile(input);
    const output = join(dir, 'filled-results.xlsx');
    const r = huinong('screen', input, '-o', output, '--as-of', '2023-12-31');
    expect(r.stderr).toContain('合计 ¥4000.00');
    expect(r.code).toBe(0);
    const book = await readWorkbook(output);
    const lines = records(book.明细 as SheetValues).filter((l) => l.状态 === '符合');
    // 监测对象 with 4 pigs and ¥3,000 income → 2,800; 脱贫户 tea 2 mu → 1,200
    expect(lines.map((l) => [l['户编号/主体编号'], l.标准编号, l['金额（元）']])).toEqual([
      ['XX-0001', 'monitored-pig', 2800],
      ['XX-0002', 'poor-tea', 1200],
    ]);
  });
});
