import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyPack } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { estimateProjects, optionProject, problemText } from '../src/estimate.ts';
import { huinong, tempDir } from './helpers.ts';

/**
 * `huinong estimate`, against 西乡县 2023 五(二) 基础设施类补助标准 (seed 003, section 五(二)), every
 * figure computed by hand from the clause:
 *   五(二)1 “村组道路硬化项目：……每公里投资70-90万元。”             700,000–900,000 a km
 *   五(二)2 “通村公路完善工程：……每公里平均投资17万元。”             170,000 a km on average
 *   五(二)3 “小跨径平板桥（跨度10米以内）每平米造价4500-5000元，
 *            大跨径箱梁平板桥（跨度10米以上），每平米造价5500-6000元。” by span
 *   五(二)4 “农村人居环境整治项目：……具体补助标准参照行业技术规范执行。” no number
 *   五(二)5 “村级公共厕所：20万元/座。”                               200,000 each
 * Reading rule (standards.md): 以上、以下、以内 include the number, so a budget exactly at either
 * bound of the range is within it.
 */

type Json = {
  packId: string;
  projects: {
    index: number;
    source: { zh: string; en: string } | null;
    name: string | null;
    standardId: string;
    clause: string;
    clauseText: string;
    quantity: string | null;
    unit: string | null;
    range: { min: string; max: string } | null;
    budget: string | null;
    verdict: 'below' | 'within' | 'above' | null;
    difference: string | null;
    message: { zh: string; en: string };
    notes: { zh: string; en: string }[];
  }[];
  summary: { projects: number; within: number; below: number; above: number; none: number };
  errors: { path: string; field: { zh: string; en: string }; message: { zh: string; en: string } }[];
};

const estimate = (...args: string[]) => huinong('estimate', ...args);
const estimateJson = (...args: string[]) => {
  const r = estimate(...args, '--json');
  return { ...r, json: JSON.parse(r.stdout) as Json };
};

/** A village road of 2.5 km: 2.5 × 700,000 = 1,750,000.00 to 2.5 × 900,000 = 2,250,000.00. */
const ROAD = ['--standard', 'infra-village-road', '--quantity', '2.5'];

describe('huinong estimate: one project from the options', () => {
  test('a budget exactly at the lower bound (1,750,000) is within: exit 0', () => {
    const r = estimate(...ROAD, '--budget', '1750000');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[1] 村组道路硬化（五(二)1，infra-village-road）：在标准范围内');
    expect(r.stdout).toContain('Village road hardening (五(二)1, infra-village-road): within the standard');
    expect(r.stdout).toContain('按数量 ¥1,750,000.00 – ¥2,250,000.00（175–225 万元）');
    expect(r.stdout).toContain('for this quantity ¥1,750,000.00 – ¥2,250,000.00');
    expect(r.stdout).toContain('在标准范围 ¥1,750,000.00–¥2,250,000.00 之内（含上下限）');
    expect(r.stdout).toContain('within the range ¥1,750,000.00–¥2,250,000.00 (both bounds included)');
    // the clause, quoted
    expect(r.stdout).toContain('条款 clause 五(二)1：1.村组道路硬化项目：');
    expect(r.stdout).toContain('每公里投资70-90万元。');
  });

  test('a budget exactly at the upper bound (2,250,000) is within: exit 0', () => {
    const { code, json } = estimateJson(...ROAD, '--budget', '2250000');
    expect(code).toBe(0);
    expect(json.projects[0]).toMatchObject({
      standardId: 'infra-village-road',
      clause: '五(二)1',
      quantity: '2.5',
      unit: 'km',
      range: { min: '1750000.00', max: '2250000.00' },
      budget: '2250000.00',
      verdict: 'within',
      difference: '0.00',
      source: null,
    });
  });

  test('one fen below the lower bound (1,749,999.99) is below by ¥0.01: exit 1', () => {
    const r = estimateJson(...ROAD, '--budget', '1749999.99');
    expect(r.code).toBe(1);
    expect(r.json.projects[0]).toMatchObject({ verdict: 'below', difference: '-0.01' });
    expect(r.json.projects[0]?.message).toEqual({
      zh: '低于标准下限 ¥1,750,000.00，差 ¥0.01',
      en: 'below the lower bound ¥1,750,000.00 by ¥0.01',
    });
  });

  test('one fen above the upper bound (2,250,000.01) is above by ¥0.01: exit 1', () => {
    const r = estimate(...ROAD, '--budget', '2250000.01');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('：高于标准');
    expect(r.stdout).toContain('高于标准上限 ¥2,250,000.00，超出 ¥0.01');
    expect(r.stdout).toContain('above the upper bound ¥2,250,000.00 by ¥0.01');
    expect(r.stdout).toContain('1 project: 0 within, 0 below, 1 above, 0 not judged');
  });

  test('full-width digits and thousands commas are read as the engine reads them (１２０万 → 1,200,000)', () => {
    // 2.5 km at ¥1,200,000: 1,750,000 − 1,200,000 = 550,000 short
    const r = estimateJson(
      '--standard',
      'infra-village-road',
      '--quantity',
      '２．５',
      '--budget',
      '１，２００，０００',
    );
    expect(r.code).toBe(1);
    expect(r.json.projects[0]).toMatchObject({
      quantity: '2.5',
      budget: '1200000.00',
      verdict: 'below',
      difference: '-550000.00',
    });
  });

  test('a bridge by its clause: the span chooses; 12 m → 大跨径 5,500–6,000 a m²', () => {
    // 40 m² × 5,500 = 220,000.00 to 40 m² × 6,000 = 240,000.00; ¥220,000 is the lower bound
    const r = estimate('--standard', '五(二)3', '--quantity', '40', '--span', '12', '--budget', '220000');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '大跨径箱梁平板桥（跨度10米以上）（五(二)3，infra-bridge-large）：在标准范围内',
    );
    // the pack's condition of the large bridge, 跨度10米以上, includes 10: ≥ 10 米
    expect(r.stdout).toContain('✓ 跨度 12 米 ≥ 10 米 [五(二)3]');
  });

  test('no budget: the range only, exit 0', () => {
    // 五(二)5 20万元/座: 3 toilets → 600,000.00
    const { code, json } = estimateJson('--standard', 'infra-toilet', '--quantity', '3');
    expect(code).toBe(0);
    expect(json.projects[0]).toMatchObject({
      range: { min: '600000.00', max: '600000.00' },
      budget: null,
      verdict: null,
      difference: null,
    });
    expect(json.summary).toEqual({ projects: 1, within: 0, below: 0, above: 0, none: 1 });
  });
});

describe('huinong estimate: several projects in one file', () => {
  const dir = tempDir();
  const file = join(dir, '项目.json');
  const projects = [
    // 五(二)2 每公里平均投资17万元: 3 km → 510,000.00, the budget equal to it
    { name: '通村公路完善', standard: 'infra-road-upgrade', quantity: 3, budget: 510000 },
    // 五(二)3 跨度10米以内 4500-5000元/㎡: 50 ㎡ → 225,000–250,000; 9.99 m is small; 224,999.99 is 0.01 short
    { name: '小桥', standard: 'infra-bridge-small', quantity: '50', span: '9.99', budget: '224999.99' },
    // exactly 10 m: both clauses include 10 m; the small-span standard is applied and said so
    { name: '10米桥', standard: '五(二)3', quantity: 50, span: 10, budget: 250000 },
    // 0.35 km × 700,000 = 245,000.00 to 0.35 × 900,000 = 315,000.00; 400,000 is 85,000 over
    { name: '组道路', standard: '村组道路硬化', quantity: 0.35, budget: 400000 },
    // 五(二)4: no number in the plan, nothing is invented
    { name: '人居环境', standard: 'infra-living-env', budget: 300000 },
  ];
  let r: ReturnType<typeof estimateJson>;
  beforeAll(() => {
    writeFileSync(file, JSON.stringify({ projects }));
    r = estimateJson(file);
  });

  test('each project judged, in order, with its range, verdict and difference; exit 1 (some outside)', () => {
    expect(r.code).toBe(1);
    expect(
      r.json.projects.map((p) => [p.name, p.standardId, p.range, p.budget, p.verdict, p.difference]),
    ).toEqual([
      [
        '通村公路完善',
        'infra-road-upgrade',
        { min: '510000.00', max: '510000.00' },
        '510000.00',
        'within',
        '0.00',
      ],
      ['小桥', 'infra-bridge-small', { min: '225000.00', max: '250000.00' }, '224999.99', 'below', '-0.01'],
      ['10米桥', 'infra-bridge-small', { min: '225000.00', max: '250000.00' }, '250000.00', 'within', '0.00'],
      [
        '组道路',
        'infra-village-road',
        { min: '245000.00', max: '315000.00' },
        '400000.00',
        'above',
        '85000.00',
      ],
      ['人居环境', 'infra-living-env', null, '300000.00', null, null],
    ]);
    expect(r.json.summary).toEqual({ projects: 5, within: 2, below: 1, above: 1, none: 1 });
    expect(r.json.projects[1]?.source).toEqual({ zh: '项目.json 第2项', en: '项目.json #2' });
  });

  test('the 10 m bridge says why the small-span standard applies; 五(二)4 says it has no number', () => {
    expect(r.json.projects[2]?.notes[0]?.zh).toContain('以内、以上均含本数');
    expect(r.json.projects[4]?.message.zh).toContain('方案未给出造价数额');
    expect(r.json.projects[4]?.clauseText).toContain('具体补助标准参照行业技术规范执行');
  });

  test('the text report lists every project in Chinese then English, and the counts', () => {
    const t = estimate(file);
    expect(t.code).toBe(1);
    expect(t.stdout).toContain(
      '[2] 小桥 · 小跨径平板桥（跨度10米以内）（五(二)3，infra-bridge-small）：低于标准',
    );
    expect(t.stdout).toContain('低于标准下限 ¥225,000.00，差 ¥0.01');
    expect(t.stdout).toContain('below the lower bound ¥225,000.00 by ¥0.01');
    expect(t.stdout).toContain('共 5 个项目：在标准范围内 2，低于标准 1，高于标准 1，未判断 1');
    expect(t.stdout).toContain('5 projects: 2 within, 1 below, 1 above, 1 not judged');
  });
});

describe('huinong estimate: a project list as a county keeps it (.xlsx, CSV)', () => {
  test('an .xlsx list: the header found under a title row, other columns passed over, hidden sheets not read', async () => {
    const dir = tempDir();
    const path = join(dir, '项目清单.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2023年');
    ws.addRow(['西乡县2023年基础设施项目']);
    ws.addRow(['序号', '镇', '项目名称', '标准', '数量', '跨度（米）', '预算（元）']);
    // 五(二)5: 2 × 200,000 = 400,000.00
    ws.addRow([1, '堰口镇', '公厕', 'infra-toilet', 2, null, 400000]);
    ws.addRow([]);
    // 1 km × 700,000–900,000: ¥650,000 is 50,000 short of the lower bound
    ws.addRow([2, '沙河镇', '组道路', 'infra-village-road', 1, null, 650000]);
    const hidden = wb.addWorksheet('旧表', { state: 'hidden' });
    hidden.addRow(['标准', '数量', '预算']);
    hidden.addRow(['infra-toilet', 100, 1]);
    await wb.xlsx.writeFile(path);
    const { code, json } = estimateJson(path);
    expect(code).toBe(1);
    expect(json.projects.map((p) => [p.name, p.verdict, p.difference, p.source?.zh])).toEqual([
      ['公厕', 'within', '0.00', '项目清单.xlsx「2023年」第3行'],
      ['组道路', 'below', '-50000.00', '项目清单.xlsx「2023年」第5行'],
    ]);
  });

  test('a CSV list; a budget column in 万元 is refused rather than read as yuan (exit 2)', () => {
    const dir = tempDir();
    const ok = join(dir, 'projects.csv');
    // 五(二)2: 3 km × 170,000 = 510,000.00; 510,000.01 is one fen above
    writeFileSync(ok, 'name,standard,quantity,budget\nA,infra-road-upgrade,3,510000.01\n');
    const r = estimateJson(ok);
    expect(r.code).toBe(1);
    expect(r.json.projects[0]).toMatchObject({ verdict: 'above', difference: '0.01' });
    const wan = join(dir, 'wan.csv');
    writeFileSync(wan, '项目名称,标准,数量,预算（万元）\nA,infra-road-upgrade,3,51\n');
    const w = estimate(wan);
    expect(w.code).toBe(2);
    expect(w.stderr).toContain('预算请以元填写');
    expect(w.stderr).toContain('give the budget in yuan');
  });
});

describe('huinong estimate: bad input is refused, naming the field (exit 2)', () => {
  test('an unknown standard: the nearest id suggested', () => {
    const r = estimate('--standard', 'infra-vilage-road', '--quantity', '2', '--budget', '1500000');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      '--standard › 标准：未知的标准“infra-vilage-road”（是否为 infra-village-road？）',
    );
    expect(r.stderr).toContain(
      '--standard › standard: unknown standard "infra-vilage-road" (did you mean infra-village-road?)',
    );
  });

  test('a standard that is not a project standard', () => {
    const r = estimate('--standard', 'poor-pig', '--quantity', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'poor-pig 是“脱贫户当年养猪”（五(一)4(3)）的奖补标准，不是基础设施项目的造价标准',
    );
    expect(r.stderr).toContain('poor-pig is the award standard');
    expect(r.stderr).toContain('not a project cost standard');
  });

  test('a negative quantity and a non-numeric budget, both named', () => {
    const r = estimate('--standard', 'infra-village-road', '--quantity', '-2', '--budget', '一百万');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--quantity › 数量（公里）：不能为负数：“-2”');
    expect(r.stderr).toContain('--quantity › quantity (km): must not be negative: "-2"');
    expect(r.stderr).toContain('--budget › 预算（元）：应为数字：“一百万”');
    expect(r.stderr).toContain('--budget › budget (yuan): must be a number: "一百万"');
  });

  test('a bridge named large with a 10 m span: the small-span standard applies (以内 includes 10)', () => {
    const r = estimate('--standard', 'infra-bridge-large', '--quantity', '50', '--span', '10');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('跨度 10 米适用 infra-bridge-small');
    expect(r.stderr).toContain('a span of 10 m falls under infra-bridge-small');
  });

  test('a file: every bad project named by its place, nothing estimated', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify([
        { standard: 'infra-road-upgrade', quantity: 3, budjet: 510000 },
        { standard: 'infra-toilet', quantity: '２.5' },
        { standard: 'infra-village-road', quantity: 0, budget: '1.005' },
        { standard: 'infra-bridge-small', quantity: 50 },
        'infra-toilet',
      ]),
    );
    const r = estimateJson(file);
    expect(r.code).toBe(2);
    expect(r.json.projects).toEqual([]);
    expect(r.json.errors.map((e) => [e.path, e.message.en])).toEqual([
      [
        '[0].budjet',
        'unknown field (did you mean budget?); the fields are name, standard, quantity, budget, roadbedWidth, pavementWidth, thickness, span',
      ],
      ['[1].quantity', 'must be a whole number: "2.5"'],
      ['[2].quantity', 'must be more than 0: "0"'],
      ['[2].budget', 'at most two decimals (fen): "1.005"'],
      // the span is required because the conditions of 五(二)3 read it; the words are the pack's help
      ['[3].span', 'is required: 五(二)3 tells small spans (within 10 m) from large (10 m and above)'],
      ['[4]', 'must be an object such as {"standard": "…", "quantity": 2.5, "budget": 1200000}'],
    ]);
    expect(r.stderr).toContain('输入有 6 处错误，未估算');
    expect(r.stderr).toContain('bad.json 第2项 › 数量（座）：应为整数：“2.5”');
  });

  test('an unknown option, with the nearest one', () => {
    const r = estimate(...ROAD, '--budjet', '100');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('huinong estimate 没有选项 --budjet（是否为 --budget？）');
    expect(r.stderr).toContain('huinong estimate has no option --budjet (did you mean --budget?)');
  });

  test('no project at all', () => {
    const r = estimate();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('缺少项目');
    expect(r.stderr).toContain('no project: give one with --standard');
  });

  test('a pack without project standards says so', () => {
    const r = estimate('--pack', 'xiji-2025', '--standard', 'infra-toilet', '--quantity', '1');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('政策包 xiji-2025');
    expect(r.stderr).toContain('没有基础设施项目造价标准');
    expect(r.stderr).toContain('has no infrastructure project cost standards');
  });
});

test('huinong estimate --help documents the options, the files, the exit codes and the pack’s standards', () => {
  const r = estimate('--help');
  expect(r.code).toBe(0);
  for (const s of [
    '--standard ID',
    '--quantity',
    '--budget',
    '--span',
    '--json',
    '.xlsx',
    '退出码 exit codes',
  ])
    expect(r.stdout).toContain(s);
  expect(r.stdout).toContain('infra-village-road   五(二)1  村组道路硬化 / Village road hardening');
  expect(r.stdout).toContain('¥700,000.00–¥900,000.00 /公里 per km');
});

describe('the estimate without a process', () => {
  const run = (values: Record<string, unknown>, pack: PolicyPack = xixiang2023) =>
    estimateProjects(
      [optionProject(new Map(Object.entries(values).map(([k, v]) => [`--${k}`, String(v)])))!],
      pack,
    );

  test('a fractional deck area is scaled exactly: 33.333 ㎡ × 4,500 = 149,998.50; × 5,000 = 166,665.00', () => {
    const r = run({ standard: 'infra-bridge-small', quantity: '33.333', span: '8', budget: '149998.50' });
    expect(r.problems).toEqual([]);
    expect(r.lines[0]?.estimate.range).toEqual({ min: '149998.50', max: '166665.00' });
    expect(r.lines[0]?.estimate.verdict).toBe('within');
  });

  test('a standard by its Chinese title or its clause in full-width brackets', () => {
    expect(run({ standard: '村级公共厕所', quantity: 1 }).lines[0]?.estimate.standardId).toBe('infra-toilet');
    expect(run({ standard: '五（二）5', quantity: 1 }).lines[0]?.estimate.standardId).toBe('infra-toilet');
  });

  test('a span given for a road is refused; a bridge of 8 m named large is refused', () => {
    const road = run({ standard: 'infra-village-road', quantity: 1, span: 5 });
    expect(road.problems.map((p) => problemText(p, 'en'))).toEqual([
      '--span › span (m): is given only for Small bridges and culverts (五(二)3), not for Village road hardening',
    ]);
    const bridge = run({ standard: 'infra-bridge-large', quantity: 10, span: 8 });
    expect(problemText(bridge.problems[0]!, 'zh')).toContain('跨度 8 米适用 infra-bridge-small');
  });

  test('a pack file whose project standard has another id is estimated from its declarations (no mapping table)', () => {
    const pack: PolicyPack = {
      ...xixiang2023,
      standards: xixiang2023.standards.map((s) =>
        s.id === 'infra-toilet' ? { ...s, id: 'public-toilet' } : s,
      ),
    };
    // 五(二)5 20万元/座: 1 seat → 200,000.00
    const r = run({ standard: 'public-toilet', quantity: 1 }, pack);
    expect(r.problems).toEqual([]);
    expect(r.lines[0]?.estimate).toMatchObject({
      standardId: 'public-toilet',
      range: { min: '200000.00', max: '200000.00' },
    });
  });
});

describe('huinong estimate: the fields a standard declares are the pack’s, asked as options, keys and columns', () => {
  test('a road’s design figures as options: each checked against 五(二)1, the range unchanged', () => {
    // 路基宽不低于4.5米: 4.4 fails; 硬化路面宽3.5-4.5米: 4.5 passes both; 路面厚度18厘米: 18 passes
    // 1 km × 700,000–900,000; ¥800,000 is within whatever the checks say
    const r = estimate(
      '--standard',
      'infra-village-road',
      '--quantity',
      '1',
      '--roadbed-width',
      '4.4',
      '--pavement-width',
      '4.5',
      '--thickness',
      '18',
      '--budget',
      '800000',
    );
    expect(r.code).toBe(0);
    for (const line of [
      '✗ 路基宽 4.4 米 ≥ 4.5 米 [五(二)1]',
      '✗ roadbed width 4.4 m ≥ 4.5 m [五(二)1]',
      '✓ 硬化路面宽 4.5 米 ≥ 3.5 米 [五(二)1]',
      '✓ 硬化路面宽 4.5 米 ≤ 4.5 米 [五(二)1]',
      '✓ 路面厚度 18 厘米 = 18 厘米 [五(二)1]',
      '在标准范围 ¥700,000.00–¥900,000.00 之内（含上下限）',
    ])
      expect(r.stdout).toContain(line);
  });

  test('a misspelt field option is named with the nearest one', () => {
    const r = estimate(...ROAD, '--roadbed-widht', '4');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有选项 --roadbed-widht（是否为 --roadbed-width？）');
  });

  test('a CSV with the pack’s columns by their Chinese names (跨度（米）, 路基宽): each read into its field', () => {
    const dir = tempDir();
    const path = join(dir, 'list.csv');
    // 五(二)3: 40 ㎡ at 9.5 m → 小跨径 4,500–5,000: 180,000–200,000; ¥200,000 is the upper bound
    // 五(二)1: 0.5 km → 350,000–450,000; 路基宽 5 ≥ 4.5
    writeFileSync(
      path,
      '标准,数量,跨度（米）,路基宽,预算（元）\n五(二)3,40,9.5,,200000\ninfra-village-road,0.5,,5,400000\n',
    );
    const { code, json } = estimateJson(path);
    expect(code).toBe(0);
    expect(json.projects.map((p) => [p.standardId, p.range, p.verdict])).toEqual([
      ['infra-bridge-small', { min: '180000.00', max: '200000.00' }, 'within'],
      ['infra-village-road', { min: '350000.00', max: '450000.00' }, 'within'],
    ]);
  });

  test('a pack file of another county: its own standards, fields and options, with no code changed', () => {
    const pack = join(
      import.meta.dirname,
      '../../../packages/benefits/test/infra/fixtures/test-county-2024.json',
    );
    // 三(2) 功率6千瓦以上 每台5-6万元: 3 pumps → 150,000–180,000; ¥180,000.01 is one fen above
    const r = estimateJson(
      '--pack',
      pack,
      '--standard',
      '三(2)',
      '--quantity',
      '3',
      '--power',
      '6',
      '--budget',
      '180000.01',
    );
    expect(r.code).toBe(1);
    expect(r.json.projects[0]).toMatchObject({
      standardId: 'pump-large',
      range: { min: '150000.00', max: '180000.00' },
      verdict: 'above',
      difference: '0.01',
    });
    // 5.5 kW is neither 5千瓦以下 nor 6千瓦以上: refused at --power
    const gap = estimate('--pack', pack, '--standard', 'pump', '--quantity', '3', '--power', '5.5');
    expect(gap.code).toBe(2);
    expect(gap.stderr).toContain('--power › 功率（kw）：不符合 pump-small');
    const help = estimate('--pack', pack, '--help');
    expect(help.stdout).toContain('--power 功率（kw） / power (kw)（必填 required）');
    expect(help.stdout).toContain('canal-lining');
  });
});
