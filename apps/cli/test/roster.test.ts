import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { xixiang2023 } from '@huinong/policy-data';
import { columnLetter, rosterLayout } from '@huinong/roster';
import { beforeAll, describe, expect, test } from 'vitest';
import { huinong, id18, readWorkbook, records, type SheetValues, tempDir, writeRoster } from './helpers.ts';

// People of the fixture roster (valid numbers; the check digit is computed from the first 17)
const WANG = id18('61072419800101123');
const LI = id18('61072419820202232');
const ZHANG = id18('61072419750505001');
const SUN = id18('61072419900909002');
/** 赵四's number with the last character wrong */
const BAD = `${ZHANG.slice(0, 17)}${ZHANG[17] === '1' ? '2' : '1'}`;
const ALL_IDS = [WANG, LI, ZHANG, SUN];
const ACTIVITY_COLUMNS = rosterLayout(xixiang2023).activities.columns;
/** The letter of a 产业 column in the workbook `writeRoster` writes. */
const activityColumn = (key: string) => columnLetter(ACTIVITY_COLUMNS.findIndex((c) => c.key === key) + 1);

const ROSTER = {
  households: [
    // row 3: 监测对象 (边缘易致贫户) working in 广东省 → 省外 travel grant 500; pigs on 产业 row 3
    {
      rowType: '户主',
      township: '堰口镇',
      village: '罗镇村',
      householdId: 'H001',
      name: '王建国',
      idNumber: WANG,
      category: '监测对象',
      monitoredType: '边缘易致贫户',
      zeroEmployment: '否',
      bankAccount: '6228480000000001234',
      laborer: '是',
      workFrom: '2023-03-01',
      workProvince: '广东省',
      workCity: '东莞市',
    },
    // row 4
    { rowType: '成员', householdId: 'H001', name: '李秀英', idNumber: LI },
    // row 5: 脱贫户 whose name looks like a formula
    {
      rowType: '户主',
      township: '堰口镇',
      village: '罗镇村',
      householdId: 'H002',
      name: '=SUM(1,2)',
      idNumber: ZHANG,
      category: '脱贫户',
      bankAccount: '6228 4800 0000 0005 678',
    },
    // row 6: wrong check digit (column F)
    {
      rowType: '户主',
      township: '堰口镇',
      village: '罗镇村',
      householdId: 'H003',
      name: '赵四',
      idNumber: BAD,
      category: '脱贫户',
    },
    // row 7: unknown category (column G)
    {
      rowType: '户主',
      township: '堰口镇',
      village: '罗镇村',
      householdId: 'H004',
      name: '钱五',
      category: '贫困户',
    },
    // row 8: H002 again (column D)
    {
      rowType: '户主',
      township: '堰口镇',
      village: '罗镇村',
      householdId: 'H002',
      name: '重复',
      category: '脱贫户',
    },
    // row 9
    {
      rowType: '户主',
      township: '堰口镇',
      village: '白龙村',
      householdId: 'H005',
      name: '孙六',
      idNumber: SUN,
      category: '监测对象',
      monitoredType: '脱贫不稳定户',
    },
    // row 10: 王建国 again, in H005, also away: the travel grant is once per person per year
    {
      rowType: '成员',
      householdId: 'H005',
      name: '王建国',
      idNumber: WANG,
      workFrom: '2023-04-01',
      workProvince: '浙江省',
      workCity: '杭州市',
    },
    // row 11: 一般农户
    {
      rowType: '户主',
      township: '堰口镇',
      village: '白龙村',
      householdId: 'H006',
      name: '@周七',
      category: '一般农户',
    },
  ],
  activities: [
    // row 3: 4 pigs, ¥3,000 → 监测对象 monitored-pig 4 × 700 = 2,800
    { subjectId: 'H001', type: '养猪', head: 4, income: 3000 },
    // row 4: 脱贫户 tea 2 mu (short name 茶园) → poor-tea 2 × 600 = 1,200
    { subjectId: 'H002', type: '茶园', areaMu: 2 },
    // row 5: a negative head count (column I)
    { subjectId: 'H002', type: '养猪', head: -3, income: 3000 },
    // row 6: an area of 三亩 (column E)
    { subjectId: 'H005', type: '天麻', areaMu: '三亩', income: 5000 },
    // row 7: no such household (column A)
    { subjectId: 'H999', type: '养猪', head: 4 },
    // row 8: 一般农户's pigs: no standard
    { subjectId: 'H006', type: '养猪', head: 3, income: 3000 },
    // row 9: collective herb base 50 mu → herbs-collective 50 × 500 = 25,000
    { subjectId: 'C01', type: '中药材基地', contiguousArea: 50 },
  ],
  collectives: [
    {
      township: '堰口镇',
      village: '罗镇村',
      subjectId: 'C01',
      name: '罗镇村股份经济合作社',
      bankAccount: '2604000000000012345',
    },
  ],
  operators: [
    // 5 脱贫人口 employed, wages 50,000 → link-wages 20% = 10,000
    {
      township: '堰口镇',
      village: '罗镇村',
      subjectId: 'OP01',
      name: '西乡县茶旅专业合作社',
      operatorType: '合作社',
      bankAccount: '2604000000000067890',
      poorWorkers: 5,
      wages: 50000,
    },
  ],
};

// 2,800 + 500 (H001) + 1,200 (H002) + 25,000 (C01) + 10,000 (OP01)
const GRAND_TOTAL = 39500;

describe('huinong screen roster.xlsx -o results.xlsx', () => {
  const dir = tempDir();
  const input = join(dir, 'roster.xlsx');
  const output = join(dir, 'results.xlsx');
  let run: ReturnType<typeof huinong>;
  let book: Record<string, SheetValues>;

  beforeAll(async () => {
    await writeRoster(input, ROSTER);
    run = huinong('screen', input, '-o', output, '--as-of', '2023-12-31');
    book = await readWorkbook(output);
  });

  test('rejected rows give exit code 1, and stderr names them in Chinese and English', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('合计 ¥39500.00');
    // no progress bar unless stderr is a terminal or --progress is given
    expect(run.stderr).not.toContain('screening [');
    expect(run.stderr).toContain('农户及成员!F6「身份证号」');
    expect(run.stderr).toContain('households!F6 (idNumber)'.replace('households', '农户及成员'));
  });

  test('the results workbook has 明细, 汇总, 异常 and 公示名单', () => {
    expect(Object.keys(book)).toEqual(['明细', '汇总', '异常', '公示名单']);
  });

  test('明细: the hand-computed awards, with quantity, unit, unit award and reason', () => {
    const lines = records(book.明细 as SheetValues);
    const eligible = lines.filter((l) => l.状态 === '符合');
    expect(
      eligible.map((l) => [
        l['户编号/主体编号'],
        l.标准编号,
        l.数量,
        l.单位,
        l['单价（元）'],
        l['金额（元）'],
      ]),
    ).toEqual([
      ['H001', 'monitored-pig', 4, '头', 700, 2800],
      ['H001', 'travel-grant', 1, '次', 500, 500],
      ['H002', 'poor-tea', 2, '亩', 600, 1200],
      ['C01', 'herbs-collective', 50, '亩', 500, 25000],
      ['OP01', 'link-wages', 50000, '元', null, 10000],
    ]);
    const pig = eligible[0] as Record<string, unknown>;
    expect(pig).toMatchObject({
      '镇（街道）': '堰口镇',
      村: '罗镇村',
      '户主/名称': '王建国',
      条款: '五(一)4(4)',
      来源: '产业!3',
    });
    expect(pig['原因/差额']).toBe('4 头 × ¥700.00 = ¥2,800.00');
    expect(eligible[4]?.比例).toBe(0.2);
    // the second household of 王建国: no second travel grant, and the reason says why
    const again = lines.find((l) => l['户编号/主体编号'] === 'H005' && l.标准编号 === 'travel-grant');
    expect(again).toMatchObject({ 状态: '不符合', '金额（元）': 0, 来源: '农户及成员!10' });
    expect(String(again?.['原因/差额'])).toContain('本年已享受次数 1 次');
    // 一般农户: said plainly, not hidden
    expect(lines.filter((l) => l['户编号/主体编号'] === 'H006').map((l) => l.状态)).toEqual([
      '无对应标准',
      '无对应标准',
    ]);
    // the 村集体 has no reviewed amount yet for 五(一)3
    expect(lines.find((l) => l.标准编号 === 'collective-support')?.状态).toBe('需补充信息');
  });

  test('money cells are numbers formatted #,##0.00; the total is the sum of the rounded lines', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('明细');
    const cell = ws?.getCell('N2');
    expect(typeof cell?.value).toBe('number');
    expect(cell?.numFmt).toBe('#,##0.00');
    const amounts = records(book.明细 as SheetValues).map((l) => Number(l['金额（元）']));
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(GRAND_TOTAL);
  });

  test('汇总: totals per standard and per village, and a grand total equal to the sum of the lines', () => {
    const rows = book.汇总 as SheetValues;
    const find = (label: string) => rows.find((r) => r[0] === label);
    expect(find('monitored-pig')?.slice(3)).toEqual([1, 2800]);
    expect(find('travel-grant')?.slice(3)).toEqual([1, 500]);
    expect(find('herbs-collective')?.slice(3)).toEqual([1, 25000]);
    const villages = rows.filter((r) => r[0] === '堰口镇');
    expect(villages.map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['罗镇村', 4, 5, 39500],
      ['白龙村', 2, 0, 0],
    ]);
    expect(find('合计')?.slice(2)).toEqual([6, 5, GRAND_TOTAL]);
    const byStandard = rows.filter((r) => /^[a-z-]+$/.test(String(r[0])) && typeof r[4] === 'number');
    expect(byStandard.reduce((a, r) => a + Number(r[4]), 0)).toBe(GRAND_TOTAL);
  });

  test('异常: every bad cell by sheet, row, column letter and header, in both languages', () => {
    const issues = records(book.异常 as SheetValues);
    const at = (i: Record<string, unknown>) => [i.类别, i.工作表, i.行, i.列, i.表头];
    expect(issues.filter((i) => i.未筛查 === '是').map(at)).toEqual(
      expect.arrayContaining([
        ['数据错误', '农户及成员', 6, 'F', '身份证号'],
        ['数据错误', '农户及成员', 7, 'G', '农户类别'],
        ['重复户编号', '农户及成员', 8, 'D', '户编号'],
        // the 产业 columns are the pack's: their letters come from its layout
        ['数据错误', '产业', 5, activityColumn('head'), '养殖数量（头/只）'],
        ['数据错误', '产业', 6, activityColumn('areaMu'), '面积（亩）'],
        ['找不到所属户', '产业', 7, 'A', '户编号/主体编号'],
      ]),
    );
    expect(issues.filter((i) => i.未筛查 === '是')).toHaveLength(6);
    const text = (row: number, sheet: string) => issues.find((i) => i.行 === row && i.工作表 === sheet);
    expect(text(6, '农户及成员')?.说明).toContain('校验码');
    expect(text(6, '农户及成员')?.message).toContain('check character');
    expect(text(7, '农户及成员')?.说明).toContain('未知的农户类别“贫困户”；可选：脱贫户、监测对象、一般农户');
    expect(text(5, '产业')?.说明).toBe('不能为负数：“-3”');
    expect(text(5, '产业')?.message).toBe('must not be negative: "-3"');
    expect(text(6, '产业')?.说明).toBe('应为数字：“三亩”');
    // duplicates and the once-per-year drop are listed, not rejected
    const kept = issues.filter((i) => i.未筛查 === '否').map((i) => [i.类别, i.行]);
    expect(kept).toEqual(
      expect.arrayContaining([
        ['重复人员', 10],
        ['每年一次', 10],
      ]),
    );
    expect(issues.find((i) => i.类别 === '每年一次')?.说明).toContain('H001');
  });

  test('公示名单: masked 身份证号 (first 6, last 4), no bank account by default, no full number anywhere on the sheet', () => {
    const sheet = book.公示名单 as SheetValues;
    const list = records(sheet).filter((r) => r.标准编号);
    expect(list.map((r) => [r['户主/名称'], r.标准编号, r['金额（元）']])).toEqual([
      ['王建国', 'monitored-pig', 2800],
      ['王建国', 'travel-grant', 500],
      ["'=SUM(1,2)", 'poor-tea', 1200],
      ['罗镇村股份经济合作社', 'herbs-collective', 25000],
      ['西乡县茶旅专业合作社', 'link-wages', 10000],
    ]);
    expect(list[0]?.身份证号).toBe(`${WANG.slice(0, 6)}********${WANG.slice(14)}`);
    expect(sheet[0]).not.toContain('银行账号');
    expect(list[0]?.银行账号).toBeUndefined();
    const text = JSON.stringify(sheet);
    for (const id of ALL_IDS) expect(text).not.toContain(id);
    expect(text).not.toContain('6228480000000001234');
    expect(String(sheet.at(-1)?.[0])).toContain('公示期');
  });

  test('--publicity-account masked lists the masked account; --publicity-name masked shows 王*国', async () => {
    const out = join(dir, 'with-account.xlsx');
    const r = huinong(
      'screen',
      input,
      '-o',
      out,
      '--as-of',
      '2023-12-31',
      '--publicity-account',
      'masked',
      '--publicity-name',
      'masked',
    );
    expect(r.code).toBe(1);
    const list = records((await readWorkbook(out)).公示名单 as SheetValues).filter((x) => x.标准编号);
    expect(list[0]?.银行账号).toBe('622848*********1234');
    expect(list[2]?.银行账号).toBe('622848*********5678');
    expect(list[0]?.['户主/名称']).toBe('王*国');
    // organisations keep their names
    expect(list[3]?.['户主/名称']).toBe('罗镇村股份经济合作社');
  });

  test.for([
    ['--mask', '8,4'],
    ['--mask', '6,6'],
    ['--publicity-account', 'full'],
    ['--publicity-name', 'none'],
  ])('%s %s is refused (exit 2): the mask always hides enough', ([flag, value]) => {
    const r = huinong('screen', input, '-o', join(dir, 'refused.xlsx'), flag as string, value as string);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('no text cell on any sheet can run as a formula', () => {
    for (const [name, rows] of Object.entries(book))
      for (const row of rows)
        for (const v of row)
          if (typeof v === 'string') expect(/^[=+\-@\t\r]/.test(v), `${name}: ${v}`).toBe(false);
    const lines = records(book.明细 as SheetValues);
    expect(lines.find((l) => l['户编号/主体编号'] === 'H002')?.['户主/名称']).toBe("'=SUM(1,2)");
    expect(lines.find((l) => l['户编号/主体编号'] === 'H006')?.['户主/名称']).toBe("'@周七");
  });

  test('--mask 3,4 shows fewer digits; .csv and .json outputs carry the same totals', () => {
    const csv = join(dir, 'results.csv');
    const r = huinong('screen', input, '-o', csv, '--as-of', '2023-12-31', '--mask', '3,4', '--progress');
    expect(r.code).toBe(1);
    // asked for, the progress goes to stderr as lines (stderr is not a terminal here)
    expect(r.stderr).toMatch(/筛查 screening \[█+\] 100%/);
    const details = readFileSync(csv, 'utf8');
    expect(details.charCodeAt(0)).toBe(0xfeff);
    expect(details).toContain(
      'H001,王建国,农户,养猪,monitored-pig,监测对象当年养猪,五(一)4(4),4,头,700.00,,2800.00,符合',
    );
    expect(details).toContain('"\'=SUM(1,2)"');
    const publicity = readFileSync(join(dir, 'results.公示名单.csv'), 'utf8');
    expect(publicity).toContain(`${WANG.slice(0, 3)}***********${WANG.slice(14)}`);
    for (const id of ALL_IDS) expect(publicity).not.toContain(id);
    expect(readFileSync(join(dir, 'results.汇总.csv'), 'utf8')).toContain('合计,,6,5,39500.00');
    expect(readFileSync(join(dir, 'results.异常.csv'), 'utf8')).toContain(
      '农户及成员,6,F,身份证号,idNumber,H003',
    );

    const json = join(dir, 'results.json');
    expect(huinong('screen', input, '-o', json, '--as-of', '2023-12-31').code).toBe(1);
    const out = JSON.parse(readFileSync(json, 'utf8'));
    expect(out.summary.total).toEqual({ subjects: 6, lines: 5, adjustments: 0, amount: '39500.00' });
    expect(out.exceptions.filter((e: { rejected: boolean }) => e.rejected)).toHaveLength(6);
    expect(out.lines.find((l: { standardId: string }) => l.standardId === 'poor-tea').amount).toBe('1200.00');
  });
});

describe('other inputs', () => {
  test('CSV files, one per sheet, found by their headers; a clean roster exits 0', () => {
    const dir = tempDir();
    const households = join(dir, 'households.csv');
    const activities = join(dir, 'activities.csv');
    // Chinese headers only (no key row), columns in another order, GB18030 as Chinese Excel saves
    const hh = [
      '户编号,姓名,农户类别,村,行类型',
      `H1,张三,脱贫户,罗镇村,户主`,
      `H2,李四,监测对象,罗镇村,户主`,
    ].join('\r\n');
    writeFileSync(households, Buffer.from(new TextEncoder().encode(hh)));
    const act = [
      '户编号/主体编号,产业类型,面积（亩）,养殖数量（头/只）,收入（元）',
      'H1,低产低效茶园改树改土,2,,',
      'H2,pig,,4,"3,000"',
    ].join('\n');
    writeFileSync(activities, act);
    const out = join(dir, 'out.json');
    const r = huinong('screen', households, activities, '-o', out, '--as-of', '2023-12-31');
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.summary.total.amount).toBe('4000.00');
    expect(json.lines.map((l: { standardId: string; amount: string }) => [l.standardId, l.amount])).toEqual([
      ['poor-tea', '1200.00'],
      ['monitored-pig', '2800.00'],
    ]);
  });

  test('JSON subjects with -o get the roster outputs; without -o the JSON path is unchanged', async () => {
    const dir = tempDir();
    const input = join(import.meta.dirname, 'fixtures', 'mixed.json');
    const out = join(dir, 'r.xlsx');
    const r = huinong('screen', input, '-o', out, '--as-of', '2023-06-30');
    expect(r.code).toBe(1);
    const book = await readWorkbook(out);
    const issues = records(book.异常 as SheetValues);
    expect(issues[0]).toMatchObject({ 工作表: 'mixed.json', 行: 2, 表头: 'activities.0.area' });
    expect(records(book.汇总 as SheetValues, 0)).toBeDefined();
    expect((book.汇总 as SheetValues).find((x) => x[0] === '合计')?.slice(2)).toEqual([2, 2, 35000]);
  });
});

describe('loans, second trips and work places by name, in a real .xlsx', () => {
  const dir = tempDir();
  const input = join(dir, 'loans.xlsx');
  const output = join(dir, 'loans-results.xlsx');
  let run: ReturnType<typeof huinong>;
  let book: Record<string, SheetValues>;

  beforeAll(async () => {
    await writeRoster(input, {
      households: [
        // row 3: 脱贫户 张三 — first trip 陕西 汉中 南郑 (县外市内), first loan 5万 for 3年
        {
          rowType: '户主',
          township: '堰口镇',
          village: '罗镇村',
          householdId: 'L001',
          name: '张三',
          idNumber: ZHANG,
          category: '脱贫户',
          bankAccount: '6228480000000009999',
          workFrom: '2023-03-01',
          workProvince: '陕西',
          workCity: '汉中',
          workCounty: '南郑',
          loanAmount: '5万',
          loanDate: '2023-03-15',
          loanTerm: '3年',
          loanPurpose: '发展生产',
        },
        // row 4: 李秀英, member, borrowed from the 互助资金协会
        {
          rowType: '成员',
          householdId: 'L001',
          name: '李秀英',
          idNumber: LI,
          fundMember: '是',
          fundPurpose: '发展生产',
          fundFee: 360,
          fundPaidOn: '2023-12-20',
        },
        // row 5: 张三's second trip, 广东 深圳 (省外)
        {
          rowType: '务工',
          householdId: 'L001',
          name: '张三',
          idNumber: ZHANG,
          workFrom: '2023-08-01',
          workProvince: '广东',
          workCity: '深圳',
        },
        // row 6: 张三's second loan, 80,000 for 12 months (50,000 subsidised)
        {
          rowType: '贷款',
          householdId: 'L001',
          idNumber: ZHANG,
          loanAmount: 80000,
          loanDate: '2023-07-10',
          loanTerm: 12,
          loanPurpose: '发展生产',
        },
        // row 7: 监测对象 孙六
        {
          rowType: '户主',
          township: '堰口镇',
          village: '白龙村',
          householdId: 'L002',
          name: '孙六',
          idNumber: SUN,
          category: '监测对象',
          monitoredType: '脱贫不稳定户',
          workFrom: '2023-04-01',
          workProvince: '浙江',
          workCity: '杭州',
        },
        // row 8: his second trip names a 鼓楼 that 江苏 has twice (南京, 徐州): refused on 务工县（区）
        {
          rowType: '务工',
          householdId: 'L002',
          idNumber: SUN,
          workFrom: '2023-09-01',
          workProvince: '江苏',
          workCounty: '鼓楼',
        },
      ],
    });
    run = huinong('screen', input, '-o', output, '--as-of', '2023-12-31');
    book = await readWorkbook(output);
  });

  test('明细: 贴息 per loan with its quarters, the fee, one travel grant a year', () => {
    const lines = records(book.明细 as SheetValues).filter((l) => l.状态 === '符合');
    expect(
      lines.map((l) => [
        l['户编号/主体编号'],
        l.标准编号,
        l['项目/成员'],
        l.数量,
        l.单位,
        l['金额（元）'],
        l.来源,
      ]),
    ).toEqual([
      // 五(一)1, 5-year LPR 4.30% (term 36 months), actual/360, quarters settled on the 20th:
      // 50000 × 4.30% ÷ 360 × (6 + 92 + 92 + 91 days) = 35.83 + 549.44 + 549.44 + 543.47 = 1,678.18
      ['L001', 'microcredit-interest', '张三 小额信贷', 281, '天', 1678.18, '农户及成员!3'],
      // 1-year LPR 3.55% (term 12), 80,000 capped at 50,000:
      // 50000 × 3.55% ÷ 360 × (73 + 91 days) = 359.93 + 448.68 = 808.61
      ['L001', 'microcredit-interest', '张三 小额信贷', 164, '天', 808.61, '农户及成员!6'],
      // 五(一)2: the occupancy fee paid
      ['L001', 'mutual-fund-fee', '李秀英 互助资金借款', 360, '元', 360, '农户及成员!4'],
      // 五(三)2: 南郑 (县外市内 200) and 深圳 (省外 500) in 2023: one grant, the higher — and its
      // source is the row of the 深圳 trip (the 务工 row 5), where a caseworker checks it
      ['L001', 'travel-grant', '张三', 1, '次', 500, '农户及成员!5'],
      // 孙六: 杭州 (省外); the refused 鼓楼 trip is left out
      ['L002', 'travel-grant', '孙六', 1, '次', 500, '农户及成员!7'],
    ]);
    expect(String(lines[1]?.['原因/差额'])).toBe(
      '贴息本金 ¥50,000.00 × 年利率 3.55% ÷ 360 × 天数：2023Q3 73天 ¥359.93 + 2023Q4 91天 ¥448.68 = ¥808.61',
    );
    // 1,678.18 + 808.61 + 360 + 500 + 500
    expect(run.stderr).toContain('合计 ¥3846.79');
  });

  test('an ambiguous place name is refused on its cell, in Chinese and English; no duplicate person', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('农户及成员!S8「务工县（区）」：“鼓楼”不唯一：南京市鼓楼区、徐州市鼓楼区');
    expect(run.stderr).toContain(
      '农户及成员!S8 (workCounty): "鼓楼" is ambiguous: 南京市鼓楼区, 徐州市鼓楼区',
    );
    const issues = records(book.异常 as SheetValues);
    expect(issues.map((i) => [i.类别, i.行, i.列, i.表头, i.未筛查])).toEqual([
      ['数据错误', 8, 'S', '务工县（区）', '是'],
    ]);
  });
});
