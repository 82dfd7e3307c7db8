import { describe, expect, test } from 'vitest';
import xixiangJson from '../../../policy-data/packs/xixiang-2023.json' with { type: 'json' };
import {
  estimateProject,
  formatPackError,
  type InfraProjectInput,
  type PolicyPack,
  ProjectInputError,
  projectChoices,
  thresholdText,
  traceText,
  tryEstimateProject,
  validatePack,
} from '../../src/index.ts';
import otherJson from './fixtures/test-county-2024.json' with { type: 'json' };

/**
 * 五(二) project estimates, every figure computed by hand from the clause. The engine reads every
 * id, unit, field, condition, design check and amount from the pack: the packs are read as the
 * files a county writes (this package does not depend on @huinong/policy-data).
 *
 * 西乡县 2023 (seed 003, 五(二) 基础设施类补助标准):
 *   1 “村组道路硬化项目：……路基宽不低于4.5-5.5米（含水沟），硬化路面宽3.5-4.5米，路面厚度18厘米，
 *      每公里投资70-90万元。”                                   700,000–900,000 a km
 *   2 “通村公路完善工程：……每公里平均投资17万元。”              170,000 a km on average
 *   3 “小跨径平板桥（跨度10米以内）每平米造价4500-5000元，大跨径箱梁平板桥（跨度10米以上），
 *      每平米造价5500-6000元。”                                  by span; 10 m is both (以内、以上含本数)
 *   4 “……具体补助标准参照行业技术规范执行。”                   no number: reviewed
 *   5 “村级公共厕所：20万元/座。”                               200,000 each
 */

const load = (json: unknown): PolicyPack => {
  const v = validatePack(json);
  if (!v.ok) throw new Error(v.errors.map((e) => formatPackError(e)).join('\n'));
  return v.pack;
};
const xixiang = load(xixiangJson);
const other = load(otherJson);

const est = (p: InfraProjectInput, pack = xixiang) => estimateProject(p, pack);
const problems = (p: InfraProjectInput, pack = xixiang) => {
  const r = tryEstimateProject(p, pack);
  if (r.ok) throw new Error(`estimated: ${JSON.stringify(r.estimate)}`);
  return r.problems;
};

const road = (budget: string | number, quantity: string | number = 2): InfraProjectInput => ({
  standardId: 'infra-village-road',
  quantity,
  budget,
});

describe('五(二)1 村组道路硬化 每公里投资70-90万元: 2 km → 1,400,000.00–1,800,000.00', () => {
  test.for([
    // the lower bound 2 × 700,000 = 1,400,000: at it, a fen below, a fen above
    ['1400000', '1400000.00', 'within'],
    ['1399999.99', '1399999.99', 'below'],
    ['1400000.01', '1400000.01', 'within'],
    // the upper bound 2 × 900,000 = 1,800,000
    ['1800000', '1800000.00', 'within'],
    ['1799999.99', '1799999.99', 'within'],
    ['1800000.01', '1800000.01', 'above'],
    // the budget is rounded half-up to the fen, then judged: .995 → 1,400,000.00; .994 → .99
    ['1399999.995', '1400000.00', 'within'],
    ['1399999.994', '1399999.99', 'below'],
  ] as const)('budget %s → %s, %s', ([budget, shown, verdict]) => {
    const e = est(road(budget));
    expect(e.range).toEqual({ min: '1400000.00', max: '1800000.00' });
    expect(e.perUnit).toEqual({ min: '700000', max: '900000', average: false });
    expect([e.budget, e.verdict]).toEqual([shown, verdict]);
    expect([e.standardId, e.clause, e.quantity, e.unit]).toEqual([
      'infra-village-road',
      '五(二)1',
      '2',
      'km',
    ]);
  });

  test('a fraction of a km is scaled exactly: 0.35 × 700,000 = 245,000.00; × 900,000 = 315,000.00', () => {
    expect(est(road(400000, '0.35'))).toMatchObject({
      range: { min: '245000.00', max: '315000.00' },
      verdict: 'above',
    });
  });

  test('no budget: the range only, no verdict', () => {
    const e = est({ standardId: 'infra-village-road', quantity: 1 });
    expect([e.range, e.budget, e.verdict]).toEqual([{ min: '700000.00', max: '900000.00' }, null, null]);
  });
});

describe('五(二)1 design checks: 路基宽不低于4.5米, 硬化路面宽3.5-4.5米, 路面厚度18厘米', () => {
  const checks = (fields: Record<string, string>) =>
    est({ standardId: 'infra-village-road', quantity: 1, fields }).trace.map((t) => [
      t.condition,
      t.value,
      t.op,
      t.threshold,
      t.passed,
    ]);

  test.for([
    // 路基宽不低于4.5 (the lower end of 4.5-5.5): ≥ 4.5 m
    [{ roadbedWidth: '4.5' }, ['roadbed', '4.5', 'gte', '4.5', true]],
    [{ roadbedWidth: '4.49' }, ['roadbed', '4.49', 'gte', '4.5', false]],
    [{ roadbedWidth: '5.6' }, ['roadbed', '5.6', 'gte', '4.5', true]],
    // 硬化路面宽3.5-4.5米
    [{ pavementWidth: '3.49' }, ['pavementMin', '3.49', 'gte', '3.5', false]],
    [{ pavementWidth: '3.5' }, ['pavementMin', '3.5', 'gte', '3.5', true]],
    [{ pavementWidth: '4.5' }, ['pavementMax', '4.5', 'lte', '4.5', true]],
    [{ pavementWidth: '4.51' }, ['pavementMax', '4.51', 'lte', '4.5', false]],
    // 路面厚度18厘米: exactly 18
    [{ thickness: '18' }, ['thickness', '18', 'eq', '18', true]],
    [{ thickness: '17.99' }, ['thickness', '17.99', 'eq', '18', false]],
    [{ thickness: '18.01' }, ['thickness', '18.01', 'eq', '18', false]],
  ] as const)('%j → %j', ([fields, entry]) => {
    const all = checks(fields);
    expect(all).toContainEqual(entry);
  });

  test('every check of the fields given, in the pack’s order; none of a field not given; the range unchanged', () => {
    const e = est({
      standardId: 'infra-village-road',
      quantity: 1,
      fields: { roadbedWidth: '4.4', pavementWidth: '3.5', thickness: '18' },
      budget: 800000,
    });
    expect(e.trace.map((t) => [t.condition, t.passed])).toEqual([
      ['roadbed', false],
      ['pavementMin', true],
      ['pavementMax', true],
      ['thickness', true],
    ]);
    // a failed design check is shown; it does not change the range or the verdict
    expect([e.range, e.verdict]).toEqual([{ min: '700000.00', max: '900000.00' }, 'within']);
    expect(e.trace.map((t) => traceText(t, 'zh'))).toEqual([
      '✗ 路基宽 4.4 米 ≥ 4.5 米 [五(二)1]',
      '✓ 硬化路面宽 3.5 米 ≥ 3.5 米 [五(二)1]',
      '✓ 硬化路面宽 3.5 米 ≤ 4.5 米 [五(二)1]',
      '✓ 路面厚度 18 厘米 = 18 厘米 [五(二)1]',
    ]);
    expect(traceText(e.trace[3]!, 'en')).toBe('✓ pavement thickness 18 cm = 18 cm [五(二)1]');
    expect(checks({})).toEqual([]);
    expect(checks({ thickness: '20' })).toEqual([['thickness', '20', 'eq', '18', false]]);
  });
});

describe('五(二)2 通村公路完善 每公里平均投资17万元: an average, 3 km → 510,000.00', () => {
  test.for([
    ['510000', 'within'],
    ['509999.99', 'below'],
    ['510000.01', 'above'],
  ] as const)('budget %s is %s', ([budget, verdict]) => {
    const e = est({ standardId: 'infra-road-upgrade', quantity: 3, budget });
    expect(e.range).toEqual({ min: '510000.00', max: '510000.00' });
    expect(e.perUnit).toEqual({ min: '170000', max: '170000', average: true });
    expect(e.verdict).toBe(verdict);
    expect(e.notes.some((n) => n.zh.includes('平均投资') && n.en.includes('average'))).toBe(true);
  });
});

describe('五(二)3 小型桥涵工程: the span chooses (跨度10米以内 ≤ 10, 10米以上 ≥ 10)', () => {
  const bridge = (span: string | number, budget?: string) => ({
    group: 'infra-bridge',
    quantity: 50,
    fields: { span },
    ...(budget ? { budget } : {}),
  });

  test.for([
    // 50 ㎡ × 4,500–5,000 = 225,000–250,000 (small); × 5,500–6,000 = 275,000–300,000 (large)
    ['9.99', 'infra-bridge-small', ['infra-bridge-small'], '225000.00', '250000.00'],
    ['10', 'infra-bridge-small', ['infra-bridge-small', 'infra-bridge-large'], '225000.00', '250000.00'],
    ['10.01', 'infra-bridge-large', ['infra-bridge-large'], '275000.00', '300000.00'],
    ['0.5', 'infra-bridge-small', ['infra-bridge-small'], '225000.00', '250000.00'],
    ['40', 'infra-bridge-large', ['infra-bridge-large'], '275000.00', '300000.00'],
  ] as const)('span %s m → %s', ([span, id, alternatives, min, max]) => {
    const e = est(bridge(span));
    expect(e.standardId).toBe(id);
    expect(e.group).toBe('infra-bridge');
    expect(e.alternatives).toEqual(alternatives);
    expect(e.range).toEqual({ min, max });
    expect(e.unit).toBe('m2');
  });

  test.for([
    // small at 50 ㎡: the bounds 225,000 and 250,000
    ['9.99', '224999.99', 'below'],
    ['9.99', '225000', 'within'],
    ['10', '250000', 'within'],
    ['10', '250000.01', 'above'],
    // large: 275,000 and 300,000
    ['10.01', '274999.99', 'below'],
    ['10.01', '275000', 'within'],
    ['10.01', '300000', 'within'],
    ['10.01', '300000.01', 'above'],
  ] as const)('span %s m, budget %s → %s', ([span, budget, verdict]) => {
    expect(est(bridge(span, budget)).verdict).toBe(verdict);
  });

  test('the span check is printed once with its operator (was "≤ ≤ 10 米")', () => {
    const [small] = est(bridge('10')).trace;
    expect(small).toMatchObject({ condition: 'span', value: '10', threshold: '10', op: 'lte', passed: true });
    expect(traceText(small!, 'zh')).toBe('✓ 跨度 10 米 ≤ 10 米 [五(二)3]');
    const [large] = est(bridge('12')).trace;
    expect(traceText(large!, 'zh')).toBe('✓ 跨度 12 米 ≥ 10 米 [五(二)3]');
    expect(traceText(large!, 'en')).toBe('✓ span 12 m ≥ 10 m [五(二)3]');
    for (const t of [small!, large!]) expect(t.threshold).toMatch(/^\d+(\.\d+)?$/);
  });

  test('exactly 10 m: both standards match literally, the first in the pack applies, and the note says so', () => {
    const e = est(bridge('10'));
    expect(e.notes).toHaveLength(1);
    const [note] = e.notes;
    expect(note?.zh).toBe(
      '跨度恰为 10 米：“跨度10米以内”与“跨度10米以上”按字面都满足（以内、以上均含本数），两条标准都适用。本工具按政策包中排在前面的小跨径平板桥（跨度10米以内）标准（¥4,500.00–¥5,000.00/㎡）计算，并提示标准重叠。',
    );
    expect(note?.en).toBe(
      'With span 10 m, the conditions of both "Small-span slab bridge (span within 10 m)" (span ≤ 10 m) and "Large-span box-girder bridge (span 10 m and above)" (span ≥ 10 m) hold literally (“within” and “and above” both include the number), so both standards apply. HuiNong applies the first in the pack, "Small-span slab bridge (span within 10 m)" (¥4,500.00–¥5,000.00 per m²), and flags the overlap.',
    );
    expect(est(bridge('9.99')).notes).toEqual([]);
    expect(est(bridge('10.01')).notes).toEqual([]);
  });

  test('a bridge named by its standard must be the one the span chooses', () => {
    expect(est({ standardId: 'infra-bridge-small', quantity: 50, fields: { span: '10' } }).standardId).toBe(
      'infra-bridge-small',
    );
    expect(
      est({ standardId: 'infra-bridge-large', quantity: 50, fields: { span: '10.01' } }).standardId,
    ).toBe('infra-bridge-large');
    const [at10] = problems({ standardId: 'infra-bridge-large', quantity: 50, fields: { span: '10' } });
    expect(at10).toMatchObject({ code: 'other-applies', path: 'fields.span', applies: 'infra-bridge-small' });
    expect(at10?.message).toEqual({
      zh: '跨度 10 米适用 infra-bridge-small（小跨径平板桥（跨度10米以内）），不是 infra-bridge-large',
      en: 'a span of 10 m falls under infra-bridge-small (Small-span slab bridge (span within 10 m)), not infra-bridge-large',
    });
    expect(at10?.note?.zh).toContain('以内、以上均含本数');
    const [large] = problems({ standardId: 'infra-bridge-small', quantity: 50, fields: { span: '10.01' } });
    expect(large).toMatchObject({ code: 'other-applies', applies: 'infra-bridge-large' });
    expect(large?.note).toBeUndefined();
  });

  test('no span: required, with the help the pack gives; the deck area too', () => {
    expect(
      problems({ group: 'infra-bridge' }).map((p) => [p.path, p.code, p.field.zh, p.message.en]),
    ).toEqual([
      ['quantity', 'required', '桥面面积（㎡）', 'is required'],
      [
        'fields.span',
        'required',
        '跨度（米）',
        'is required: 五(二)3 tells small spans (within 10 m) from large (10 m and above)',
      ],
    ]);
  });
});

describe('五(二)4 农村人居环境整治: no number, the budget recorded for review', () => {
  test.for([
    ['300000', '300000.00'],
    [300000, '300000.00'],
    // rounded to the fen like every other budget (was returned as typed)
    ['123456.785', '123456.79'],
    ['123456.784', '123456.78'],
  ] as const)('budget %s → %s', ([budget, shown]) => {
    const e = est({ standardId: 'infra-living-env', budget });
    expect([e.budget, e.range, e.perUnit, e.verdict, e.quantity, e.unit]).toEqual([
      shown,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(e.notes[0]?.zh).toContain('没有数额');
  });
});

describe('五(二)5 村级公共厕所 20万元/座', () => {
  test.for([
    // 2 × 200,000 = 400,000.00
    [2, '400000', 'within'],
    [2, '399999.99', 'below'],
    [2, '400000.01', 'above'],
    [1, '200000', 'within'],
  ] as const)('%s seats, budget %s → %s', ([quantity, budget, verdict]) => {
    const e = est({ standardId: 'infra-toilet', quantity, budget });
    expect(e.range).toEqual({
      min: quantity === 2 ? '400000.00' : '200000.00',
      max: quantity === 2 ? '400000.00' : '200000.00',
    });
    expect([e.verdict, e.unit]).toEqual([verdict, 'seat']);
  });

  test('a fraction of a seat is refused at the quantity', () => {
    expect(
      problems({ standardId: 'infra-toilet', quantity: '2.5' }).map((p) => [p.path, p.message.zh]),
    ).toEqual([['quantity', '应为整数']]);
  });
});

describe('bad projects are refused at their path, in both languages', () => {
  test.for([
    [
      { standardId: 'infra-vilage-road', quantity: 1 },
      'standardId',
      'unknown-standard',
      'did you mean infra-village-road?',
    ],
    [{ standardId: 'poor-pig', quantity: 1 }, 'standardId', 'not-a-project', 'not a project cost standard'],
    [
      { group: 'bridges', quantity: 1 },
      'group',
      'unknown-standard',
      'no project standard or group "bridges"',
    ],
    [{ quantity: 1 }, 'standardId', 'invalid', 'give a standard (standardId) or a group'],
    [{ standardId: 'infra-village-road' }, 'quantity', 'required', 'is required'],
    [{ standardId: 'infra-village-road', quantity: -2 }, 'quantity', 'invalid', 'must not be negative: "-2"'],
    [
      { standardId: 'infra-village-road', quantity: 1, budget: 'abc' },
      'budget',
      'invalid',
      'must be a number',
    ],
    [
      { standardId: 'infra-village-road', quantity: 1, fields: { span: 8 } },
      'fields.span',
      'unknown-field',
      'is given only for Small bridges and culverts (五(二)3), not for Village road hardening',
    ],
    [
      { standardId: 'infra-village-road', quantity: 1, fields: { roadbedWidht: 8 } },
      'fields.roadbedWidht',
      'unknown-field',
      'did you mean roadbedWidth?',
    ],
    [
      { standardId: 'infra-village-road', quantity: 1, fields: { thickness: '十八' } },
      'fields.thickness',
      'invalid',
      'must be a number',
    ],
  ] as const)('%j → %s %s', ([project, path, code, en]) => {
    const [p] = problems(project as InfraProjectInput);
    expect(p).toMatchObject({ path, code });
    expect(p?.message.en).toContain(en);
    expect(p?.message.zh.length).toBeGreaterThan(0);
    expect(() => estimateProject(project as InfraProjectInput, xixiang)).toThrow(ProjectInputError);
  });
});

describe('another county’s pack: its own standards, ids, units and numbers, with no code changed', () => {
  test('the choices it offers come from its file', () => {
    expect(
      projectChoices(other).map((c) => [c.kind, c.id, c.quantity?.unit, c.fields.map((f) => f.field.key)]),
    ).toEqual([
      ['standard', 'canal-lining', 'm', ['lining']],
      ['group', 'pump', 'each', ['power']],
    ]);
    expect(projectChoices(other)[1]?.fields[0]?.required).toBe(true);
    expect(projectChoices(other)[0]?.fields[0]?.required).toBe(false);
  });

  test.for([
    // 三(1) 渠道衬砌 每米造价800-1200元: 250 m → 200,000.00–300,000.00
    ['250', '199999.99', '200000.00', '300000.00', 'below'],
    ['250', '200000', '200000.00', '300000.00', 'within'],
    ['250', '300000', '200000.00', '300000.00', 'within'],
    ['250', '300000.01', '200000.00', '300000.00', 'above'],
    // 12.5 m → 10,000.00–15,000.00
    ['12.5', '15000', '10000.00', '15000.00', 'within'],
  ] as const)('canal %s m, budget %s → %s–%s, %s', ([quantity, budget, min, max, verdict]) => {
    const e = est({ standardId: 'canal-lining', quantity, budget }, other);
    expect(e).toMatchObject({
      standardId: 'canal-lining',
      clause: '三(1)',
      unit: 'm',
      range: { min, max },
      verdict,
    });
  });

  test('its design check: 衬砌厚度不低于8厘米', () => {
    const trace = (lining: string) =>
      est({ standardId: 'canal-lining', quantity: 1, fields: { lining } }, other).trace.map((t) =>
        traceText(t, 'zh'),
      );
    expect(trace('8')).toEqual(['✓ 衬砌厚度 8 厘米 ≥ 8 厘米 [三(1)]']);
    expect(trace('7.9')).toEqual(['✗ 衬砌厚度 7.9 厘米 ≥ 8 厘米 [三(1)]']);
  });

  test.for([
    // 三(2) 功率5千瓦以下 3万元/台: 3 × 30,000 = 90,000.00; 6千瓦以上 5-6万元/台: 150,000.00–180,000.00
    ['5', 'pump-small', '90000.00', '90000.00'],
    ['4.99', 'pump-small', '90000.00', '90000.00'],
    ['6', 'pump-large', '150000.00', '180000.00'],
    ['6.01', 'pump-large', '150000.00', '180000.00'],
  ] as const)('3 pumps of %s kW → %s, %s–%s', ([power, id, min, max]) => {
    const e = est({ group: 'pump', quantity: 3, fields: { power } }, other);
    expect([e.standardId, e.range, e.notes]).toEqual([id, { min, max }, []]);
  });

  test('a power between its alternatives (5.5 kW) fits neither: refused, naming each condition', () => {
    const ps = problems({ group: 'pump', quantity: 3, fields: { power: '5.5' } }, other);
    expect(ps.map((p) => [p.code, p.path])).toEqual([
      ['no-alternative', 'fields.power'],
      ['no-alternative', 'fields.power'],
    ]);
    expect(ps[0]?.message.zh).toBe(
      '不符合 pump-small（小型提灌泵站（5千瓦以下））的条件“功率5千瓦以下”：功率 5.5 kw ≤ 5 kw不成立',
    );
    expect(ps[1]?.message.en).toBe(
      'does not meet the condition of pump-large (Large pumping station (6 kW and above)): power 5.5 kw is not ≥ 6 kw',
    );
  });

  test('a fraction of a pump is refused (its quantity is a count)', () => {
    expect(problems({ group: 'pump', quantity: '1.5', fields: { power: 5 } }, other)[0]?.path).toBe(
      'quantity',
    );
  });
});

describe('validatePack refuses a broken project standard, with its path, in Chinese and English', () => {
  // a fresh copy of the file to break
  // biome-ignore lint/suspicious/noExplicitAny: the copies are broken on purpose, past the file's type
  const raw = (): any => JSON.parse(JSON.stringify(otherJson));
  test.for<[string, (p: ReturnType<typeof raw>) => void, string, string, string]>([
    [
      'a project standard without project',
      (p) => {
        delete p.standards[0].project;
      },
      'standards[0].project',
      '基础设施项目标准须声明 project',
      'a project standard must declare project',
    ],
    [
      'a quantity in another unit than the cost range',
      (p) => {
        p.standards[0].project.quantity.unit = 'km';
      },
      'standards[0].project.quantity.unit',
      '数量的单位须与 award.per 相同：“m”',
      'the quantity must be in the unit of award.per: "m"',
    ],
    [
      'a cost range with no quantity',
      (p) => {
        delete p.standards[0].project.quantity;
      },
      'standards[0].project.quantity',
      '造价范围须声明项目的数量',
      'a cost range needs the project quantity',
    ],
    [
      'a design check of an undeclared field',
      (p) => {
        p.standards[0].project.checks[0].field = 'depth';
      },
      'standards[0].project.checks[0].field',
      '读取的字段未在 project.quantity 或 project.fields 中声明：“depth”',
      'reads a field not declared in project.quantity or project.fields: "depth"',
    ],
    [
      'a condition on a text field',
      (p) => {
        p.standards[1].project.fields[0].type = 'text';
      },
      'standards[1].conditions[0].field',
      '字段类型与条件不符',
      'the field is of a type the condition cannot read',
    ],
    [
      'an award that is no cost',
      (p) => {
        p.standards[0].award = { kind: 'fixed', unit: 'm', amount: '800' };
      },
      'standards[0].award.kind',
      '项目标准的 award 须为 cost-range',
      "a project standard's award is cost-range or reviewed",
    ],
    [
      'an undeclared group',
      (p) => {
        p.standards[2].project.group = 'pumps';
      },
      'standards[2].project.group',
      '项目组未在 projectGroups 中声明：“pumps”',
      'project group not declared in projectGroups: "pumps"',
    ],
    [
      'an alternative with no condition to choose by',
      (p) => {
        p.standards[2].conditions = [];
      },
      'standards[2].conditions',
      '项目组中的标准须有条件',
      'a standard of a project group needs conditions',
    ],
    [
      'alternatives counting other quantities',
      (p) => {
        p.standards[2].project.quantity.key = 'stations';
      },
      'standards[2].project.quantity',
      '同一项目组的标准须按同一数量',
      'count the same quantity',
    ],
    [
      'a field named like the project’s own keys',
      (p) => {
        p.standards[0].project.fields[0].key = 'budget';
        p.standards[0].project.checks[0].field = 'budget';
      },
      'standards[0].project.fields[0].key',
      '字段名与项目本身的字段重名',
      "the key is one of the project's own",
    ],
    [
      'a group id taken by a standard',
      (p) => {
        p.projectGroups[0].id = 'canal-lining';
        p.standards[1].project.group = 'canal-lining';
        p.standards[2].project.group = 'canal-lining';
      },
      'projectGroups[0].id',
      '编号重复：“canal-lining”',
      'duplicate id: "canal-lining"',
    ],
    [
      'a design check of an unknown kind',
      (p) => {
        p.standards[0].project.checks[0].kind = 'at-least';
      },
      'standards[0].project.checks[0].kind',
      '未知的类型“at-least”',
      'unknown type "at-least"',
    ],
  ])('%s', ([, edit, path, zh, en]) => {
    const p = raw();
    edit(p);
    const v = validatePack(p);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const e = v.errors.find((x) => x.path === path);
    expect(e, JSON.stringify(v.errors)).toBeDefined();
    expect(e?.message.zh).toContain(zh);
    expect(e?.message.en).toContain(en);
  });

  test('the files as written pass', () => {
    expect(validatePack(raw()).ok).toBe(true);
    expect(validatePack(xixiangJson).ok).toBe(true);
  });
});

test('the threshold of an exact number reads "= 18 厘米"; a word stays as it is', () => {
  const e = {
    clause: 'x',
    condition: 'c',
    label: { zh: 'a', en: 'a' },
    value: '18',
    unit: 'cm',
    passed: true,
  };
  expect(thresholdText({ ...e, op: 'eq', threshold: '18' }, 'zh')).toBe('= 18 厘米');
  expect(thresholdText({ ...e, op: 'eq', threshold: '发展生产', unit: null }, 'zh')).toBe('发展生产');
});
