import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PolicyPack } from '@huinong/benefits';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { huinong, readWorkbook, records, type SheetValues, tempDir, writeRoster } from './helpers.ts';

/**
 * A small county plan of our own, as a county would write it: two household activities (西瓜 in
 * 亩, 奶山羊 by head), a fact (示范村), a cap of 2,000 per household over both standards and no
 * 奶山羊 award in a 示范村.
 */
const SMALL = {
  id: 'test-county-2024',
  name: { zh: '测试县2024年产业奖补方案', en: 'Test County 2024 industry awards' },
  document: { title: '测试县2024年产业奖补方案', file: 'test.txt', published: '2024-02' },
  dates: { from: '2024-01-01', to: '2024-12-31' },
  home: { province: '河南省', city: '郑州市', county: '中牟县', code: '410122' },
  county: { zh: '测试县', en: 'Test County' },
  year: 2024,
  inputs: {
    activities: [
      {
        type: 'melon',
        subjects: ['household'],
        label: { zh: '西瓜种植', en: 'Watermelon' },
        aliases: ['西瓜'],
        fields: [
          {
            key: 'area',
            type: 'quantity',
            unit: 'mu',
            label: { zh: '面积', en: 'Area' },
            column: { key: 'areaMu', zh: '面积' },
          },
        ],
      },
      {
        type: 'goats',
        subjects: ['household'],
        label: { zh: '养奶山羊', en: 'Dairy goats' },
        aliases: ['奶山羊'],
        fields: [
          {
            key: 'head',
            type: 'count',
            unit: 'sheep',
            label: { zh: '存栏数', en: 'Goats' },
            column: { key: 'head', zh: '存栏数' },
          },
        ],
      },
    ],
    facts: [
      {
        key: 'demoVillage',
        type: 'yesno',
        subjects: ['household'],
        label: { zh: '示范村', en: 'Demonstration village' },
        column: { key: 'demoVillage', zh: '示范村' },
      },
    ],
  },
  standards: [
    {
      id: 'melon-award',
      clause: '二(一)',
      text: '种植西瓜1亩及以上的，每亩奖补300元。',
      title: { zh: '西瓜种植奖补', en: 'Watermelon award' },
      subject: {
        kinds: ['household'],
        categories: ['poverty-alleviated', 'monitored'],
        label: { zh: '脱贫户、监测对象', en: '脱贫户 and 监测对象' },
      },
      source: { kind: 'activity', types: ['melon'] },
      conditions: [
        {
          kind: 'min',
          id: 'area',
          field: 'area',
          threshold: '1',
          unit: 'mu',
          label: { zh: '面积', en: 'area' },
          text: '1亩及以上',
        },
      ],
      award: { kind: 'per-unit', quantity: 'area', unit: 'mu', amount: '300' },
      dates: { from: '2024-01-01', to: '2024-12-31' },
    },
    {
      id: 'goat-award',
      clause: '二(二)',
      text: '养殖奶山羊2只及以上的，每只奖补500元。',
      title: { zh: '奶山羊养殖奖补', en: 'Dairy goat award' },
      subject: {
        kinds: ['household'],
        categories: ['poverty-alleviated', 'monitored'],
        label: { zh: '脱贫户、监测对象', en: '脱贫户 and 监测对象' },
      },
      source: { kind: 'activity', types: ['goats'] },
      conditions: [
        {
          kind: 'min',
          id: 'head',
          field: 'head',
          threshold: '2',
          unit: 'sheep',
          label: { zh: '存栏数', en: 'goats' },
          text: '2只及以上',
        },
      ],
      award: { kind: 'per-unit', quantity: 'head', unit: 'sheep', amount: '500' },
      dates: { from: '2024-01-01', to: '2024-12-31' },
    },
  ],
  limits: [
    {
      kind: 'money-cap',
      id: 'household-cap',
      clause: '三',
      text: '每户最高奖补2000元。',
      label: { zh: '每户最高奖补2000元', en: 'at most 2,000 per household' },
      standards: ['melon-award', 'goat-award'],
      max: '2000',
    },
    {
      kind: 'exclusion',
      id: 'demo-village',
      clause: '四',
      text: '示范村农户不享受奶山羊养殖奖补。',
      label: { zh: '示范村不享受奶山羊奖补', en: 'no goat award in a 示范村' },
      standards: ['goat-award'],
      ifFact: { key: 'demoVillage', equals: true },
    },
  ],
};

const dir = tempDir();
const packFile = join(dir, 'test-county-2024.json');
writeFileSync(packFile, JSON.stringify(SMALL, null, 2));

describe('huinong packs', () => {
  test('lists the built-in packs with county, year and period, and a file pack given', () => {
    const r = huinong('packs');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/编号 id.*县（市、区） county.*年度 year.*执行期 period/);
    expect(lines.find((l) => l.startsWith('xixiang-2023'))).toMatch(/西乡县.*2023.*2023-01-01 – 2023-12-31/);
    expect(lines.find((l) => l.startsWith('xiji-2025'))).toMatch(/西吉县.*2025.*2025-01-01 – 2025-12-31/);
    expect(lines.find((l) => l.startsWith('ruzhou-2023'))).toMatch(/汝州市.*2023.*2023-05-01 – 2023-12-31/);
    const withFile = huinong('packs', '--pack', packFile);
    expect(withFile.stdout).toMatch(
      /test-county-2024 +测试县 Test County +2024 +2024-01-01 – 2024-12-31 +.*test-county-2024\.json/,
    );
  });

  test('an unknown pack id exits 2 naming the built-in ones', () => {
    const r = huinong('schema', '--pack', 'nowhere-2099');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知的政策包“nowhere-2099”；内置政策包：xixiang-2023');
    expect(r.stderr).toContain('unknown policy pack "nowhere-2099"');
  });
});

describe('a pack file: template, screen and refusals', () => {
  const template = join(dir, 'template.xlsx');
  const wb = new ExcelJS.Workbook();

  beforeAll(async () => {
    const r = huinong('template', '--pack', packFile, '-o', template);
    expect(r.code).toBe(0);
    await wb.xlsx.readFile(template);
  });

  test("the template is the pack's: its plan in the title, its activities' columns and names, its facts", () => {
    const guide = wb.getWorksheet('说明') as ExcelJS.Worksheet;
    expect(String(guide.getCell('A1').value)).toBe(
      '惠农 HuiNong 名册模板 / roster template（政策包 test-county-2024：测试县2024年产业奖补方案；执行期 2024-01-01 至 2024-12-31）',
    );
    const activities = wb.getWorksheet('产业') as ExcelJS.Worksheet;
    expect((activities.getRow(1).values as unknown[]).slice(1)).toEqual([
      '户编号/主体编号',
      '产业类型',
      '项目名称',
      '面积（亩）',
      '存栏数（只）',
    ]);
    const households = wb.getWorksheet('农户及成员') as ExcelJS.Worksheet;
    const headers = (households.getRow(1).values as unknown[]).slice(1);
    expect(headers.at(-1)).toBe('示范村');
    const lists = wb.getWorksheet('选项') as ExcelJS.Worksheet;
    expect(lists.getColumn(6).values.slice(1)).toEqual(['产业类型', '西瓜种植', '养奶山羊', '其他产业']);
    // the example activity is the pack's first standard at its threshold: 1 mu of 西瓜
    const example = records(
      (activities.getSheetValues() as unknown[][]).slice(1).map((r) => (r ?? []).slice(1)) as SheetValues,
    )[1];
    expect(example).toMatchObject({ 产业类型: '西瓜种植', '面积（亩）': 1 });
    // nothing of another county's plan
    const text = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
    expect(text).not.toMatch(/西乡|茶园|养猪/);
  });

  test('a roster screened with --pack FILE: the cap and the exclusion are rows of 明细 and 汇总', async () => {
    const input = join(dir, 'roster.xlsx');
    await writeRoster(
      input,
      {
        households: [
          {
            rowType: '户主',
            village: '东村',
            householdId: 'H1',
            name: '甲',
            category: '脱贫户',
            demoVillage: '否',
          },
          {
            rowType: '户主',
            village: '东村',
            householdId: 'H2',
            name: '乙',
            category: '监测对象',
            demoVillage: '是',
          },
          {
            rowType: '户主',
            village: '西村',
            householdId: 'H3',
            name: '丙',
            category: '一般农户',
            demoVillage: '否',
          },
        ],
        activities: [
          { subjectId: 'H1', type: '西瓜', areaMu: 4 },
          { subjectId: 'H1', type: '养奶山羊', head: 3 },
          { subjectId: 'H2', type: '奶山羊', head: 2 },
          { subjectId: 'H2', type: '西瓜种植', areaMu: 1.5 },
          { subjectId: 'H3', type: '西瓜', areaMu: 2 },
        ],
      },
      { pack: PolicyPack.parse(SMALL) },
    );
    const output = join(dir, 'results.xlsx');
    const r = huinong('screen', input, '-o', output, '--pack', packFile, '--as-of', '2024-12-31');
    expect(r.code).toBe(0);
    // H1: 4 mu × 300 = 1,200 and 3 × 500 = 1,500, capped at 2,000 (−700);
    // H2: 2 × 500 = 1,000 excluded in a 示范村 (−1,000) and 1.5 × 300 = 450; H3 一般农户: none.
    // 1,200 + 1,500 − 700 + 1,000 − 1,000 + 450 = 2,450
    expect(r.stderr).toContain('合计 ¥2450.00');
    const book = await readWorkbook(output);
    const detail = records(book.明细 as SheetValues);
    const rows = detail
      .filter((l) => l.状态 === '符合' || l.状态 === '扣减')
      .map((l) => [l['户编号/主体编号'], l.标准编号, l.条款, l.状态, l['金额（元）']]);
    expect(rows).toEqual([
      ['H1', 'melon-award', '二(一)', '符合', 1200],
      ['H1', 'goat-award', '二(二)', '符合', 1500],
      ['H1', 'household-cap', '三', '扣减', -700],
      ['H2', 'melon-award', '二(一)', '符合', 450],
      ['H2', 'goat-award', '二(二)', '符合', 1000],
      ['H2', 'demo-village', '四', '扣减', -1000],
    ]);
    expect(rows.reduce((a, l) => a + Number(l[4]), 0)).toBe(2450);
    const summary = book.汇总 as SheetValues;
    const byId = (id: string) => summary.find((row) => row[0] === id);
    expect(byId('melon-award')?.slice(3)).toEqual([2, 1650]);
    expect(byId('goat-award')?.slice(3)).toEqual([2, 2500]);
    expect(byId('household-cap')?.slice(1, 5)).toEqual(['每户最高奖补2000元', '三', 1, -700]);
    expect(byId('demo-village')?.slice(3)).toEqual([1, -1000]);
    expect(summary.find((row) => row[0] === '东村' || row[1] === '东村')?.at(-1)).toBe(2450);
    expect(summary.find((row) => row[0] === '合计')?.at(-1)).toBe(2450);
    // 公示名单: a subject's rows add up to its total
    const publicity = records(book.公示名单 as SheetValues).filter((p) => p['户主/名称']);
    const sum = (name: string) =>
      publicity.filter((p) => p['户主/名称'] === name).reduce((a, p) => a + Number(p['金额（元）']), 0);
    expect([sum('甲'), sum('乙'), sum('丙')]).toEqual([2000, 450, 0]);
  });

  test('JSON subjects screened with --pack FILE carry their adjustments, counted in the total', () => {
    const subjects = join(dir, 'subjects.json');
    writeFileSync(
      subjects,
      JSON.stringify({
        kind: 'household',
        id: 'J1',
        category: 'poverty-alleviated',
        facts: { demoVillage: false },
        activities: [
          { type: 'melon', area: '4' },
          { type: 'goats', head: '3' },
        ],
      }),
    );
    const r = huinong('screen', subjects, '--pack', packFile, '--as-of', '2024-06-30');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.packId).toBe('test-county-2024');
    expect(out.results[0].adjustments).toMatchObject([
      { limitId: 'household-cap', kind: 'money-cap', clause: '三', amount: '-700.00' },
    ]);
    expect(out.results[0].total).toBe('2000.00');
    // an activity the pack does not declare is refused, naming the allowed types
    writeFileSync(
      subjects,
      JSON.stringify({
        kind: 'household',
        id: 'J2',
        category: 'monitored',
        activities: [{ type: 'pig', head: '4' }],
      }),
    );
    const bad = huinong('screen', subjects, '--pack', packFile, '--as-of', '2024-06-30');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('melon');
  });

  test('an as-of date outside the pack period exits 2, saying the period', () => {
    const r = huinong(
      'screen',
      join(dir, 'roster.xlsx'),
      '-o',
      join(dir, 'late.xlsx'),
      '--pack',
      packFile,
      '--as-of',
      '2025-01-15',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '测算日 2025-01-15 不在方案「测试县2024年产业奖补方案」（test-county-2024）的执行期 2024-01-01 至 2024-12-31 之内',
    );
    expect(r.stderr).toContain('outside the period of test-county-2024');
    const json = huinong('screen', join(dir, 'subjects.json'), '--as-of', '2022-12-31');
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('执行期 2023-01-01 至 2023-12-31');
  });

  test('a broken pack file exits 2, listing each error by its path in Chinese and English', () => {
    const broken = structuredClone(SMALL);
    const [melon, goat] = broken.standards as unknown as [
      { source: unknown },
      { award: { amount?: string } },
    ];
    melon.source = { kind: 'activity', types: ['melons'] };
    delete goat.award.amount;
    broken.dates.to = '2024-02-30';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    for (const command of ['screen', 'template', 'schema'] as const) {
      const args = command === 'screen' ? [join(dir, 'roster.xlsx'), '-o', join(dir, 'x.xlsx')] : [];
      const r = huinong(command, ...args, '--pack', file);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`政策包文件 ${file} 有`);
      expect(r.stderr).toContain(
        'dates.to：不是有效日期（YYYY-MM-DD） / dates.to: is not a real date (YYYY-MM-DD)',
      );
      expect(r.stderr).toMatch(/standards\[1\]\.award\.amount：.* \/ standards\[1\]\.award\.amount: /);
      expect(r.stderr).toMatch(
        /standards\[0\]\.source\.types：.*“melons” \/ standards\[0\]\.source\.types: /,
      );
    }
    writeFileSync(file, '{ "id": ');
    const r = huinong('template', '--pack', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是有效的 JSON');
  });

  test('the schema of a pack names its own activities', () => {
    const r = huinong('schema', '--pack', packFile);
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text).toContain('"melon"');
    expect(text).toContain('"goats"');
    expect(text).toContain('"demoVillage"');
    expect(text).not.toContain('"tea-renovation"');
    expect(JSON.parse(readFileSync(packFile, 'utf8')).id).toBe('test-county-2024');
  });
});
