import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xixiang2023 } from '@huinong/policy-data';
import { headerText, rosterLayout } from '@huinong/roster';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { TEMPLATE_ROWS } from '../src/template.ts';
import { huinong, id18, readWorkbook, records, type SheetValues, tempDir } from './helpers.ts';

const { sheets: SHEETS, activityNames: ACTIVITY_NAMES } = rosterLayout(xixiang2023);

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

  test('loan purposes and row types have drop-downs; the wide households sheet keeps its names in view', () => {
    const households = wb.getWorksheet('农户及成员') as ExcelJS.Worksheet;
    const model = (
      households as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    const [def] = SHEETS as [(typeof SHEETS)[number]];
    const letterOf = (key: string) => {
      const n = def.columns.findIndex((c) => c.key === key) + 1;
      return n <= 26 ? String.fromCharCode(64 + n) : `A${String.fromCharCode(64 + n - 26)}`;
    };
    expect(model.A3).toMatchObject({ type: 'list', formulae: ["'选项'!$A$2:$A$5"] });
    for (const key of ['loanPurpose', 'fundPurpose'])
      expect(model[`${letterOf(key)}3`]).toMatchObject({ type: 'list', formulae: ["'选项'!$H$2:$H$3"] });
    expect(model[`${letterOf('fundMember')}3`]).toMatchObject({ formulae: ["'选项'!$D$2:$D$3"] });
    const lists = wb.getWorksheet('选项') as ExcelJS.Worksheet;
    expect(lists.getColumn(1).values.slice(1)).toEqual(['行类型', '户主', '成员', '务工', '贷款']);
    expect(lists.getColumn(8).values.slice(1)).toEqual(['贷款用途', '发展生产', '其他用途']);
    expect(households.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 5 });
    // the row type's note tells a cadre how to add a second trip or loan
    expect(String(households.getCell('A1').note)).toContain('第二笔贷款另起一行“贷款”');
    const guide = (wb.getWorksheet('说明') as ExcelJS.Worksheet).getColumn(1).values.join('\n');
    expect(guide).toContain('这种行不是新的人，不算重复人员');
  });

  test("the template's own examples, renamed, screen to the hand-computed amounts", async () => {
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path);
    for (const def of SHEETS)
      (copy.getWorksheet(def.name) as ExcelJS.Worksheet).eachRow((row) => {
        row.eachCell((cell) => {
          if (typeof cell.value === 'string' && cell.value.startsWith('示例'))
            cell.value = cell.value.replace('示例', 'T');
        });
      });
    const input = join(dir, 'examples.xlsx');
    await copy.xlsx.writeFile(input);
    const output = join(dir, 'examples.json');
    const r = huinong('screen', input, '-o', output, '--as-of', '2023-12-31');
    expect(r.code).toBe(0);
    const out = JSON.parse(readFileSync(output, 'utf8'));
    const eligible = out.lines
      .filter((l: { status: string }) => l.status === '符合')
      .map((l: { subjectId: string; standardId: string; amount: string }) => [
        l.subjectId,
        l.standardId,
        l.amount,
      ]);
    expect(eligible).toEqual([
      // 王建国, 监测对象 (边缘易致贫户): 50,000 on 2023-03-15 for 36 months at the 5-year LPR 4.30%,
      // 281 days of 2023: 35.83 + 549.44 + 549.44 + 543.47 = 1,678.18 (see the roster tests)
      ['T-001', 'microcredit-interest', '1678.18'],
      // his 互助资金 borrowing on the 贷款 row: the 360 fee paid
      ['T-001', 'mutual-fund-fee', '360.00'],
      // the pack's first standard for a 监测对象's activity, at its threshold: 低产低效茶园改树改土
      // 1亩及以上, 600元/亩 → 1 mu × 600
      ['T-001', 'monitored-tea', '600.00'],
      // 东莞 in March and 杭州 (the 务工 row) in September: both 省外, one grant a year: 500
      ['T-001', 'travel-grant', '500.00'],
      // 元胡 50 mu 集中连片: 50 × 500
      ['T-C01', 'herbs-collective', '25000.00'],
      // 5 脱贫人口, wages 50,000: 20%
      ['T-OP01', 'link-wages', '10000.00'],
    ]);
    // 1,678.18 + 360 + 600 + 500 + 25,000 + 10,000
    expect(out.summary.total.amount).toBe('38138.18');
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
