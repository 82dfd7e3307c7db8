import { describe, expect, test } from 'vitest';
import { fullMonths } from '../../src/core/months.ts';
import {
  AsOfOutsidePack,
  asOfProblem,
  PolicyPack,
  type PolicyPackInput,
  packSchemas,
  type ScreenResult,
  screen,
  validatePack,
} from '../../src/index.ts';

const t = (zh: string, en: string) => ({ zh, en });
const MON = t('监测对象', 'monitored');
const RISK = {
  category: 'monitored' as const,
  facts: { risk: 'open' },
  label: t('未消除风险的监测户', 'risk open'),
};
const DONE = {
  category: 'monitored' as const,
  facts: { risk: 'closed' },
  label: t('风险已消除的监测户', 'risk closed'),
};
const POOR = { category: 'poverty-alleviated' as const, label: t('脱贫户', 'poverty-alleviated') };

/** A small pack with every household-stage shape; its numbers are ours, chosen to be easy to check by hand. */
const input: PolicyPackInput = {
  id: 'stage',
  name: t('测试方案', 'test plan'),
  document: { title: 't', file: 't.txt', published: '2025-01' },
  dates: { from: '2025-01-01', to: '2025-12-31' },
  home: { province: '宁夏回族自治区', city: '固原市', county: '西吉县', code: '640422' },
  inputs: {
    activities: [
      {
        type: 'cows',
        subjects: ['household'],
        label: t('能繁母牛', 'cows'),
        repeatable: true,
        fields: [
          { key: 'head', type: 'count', unit: 'head', label: t('头数', 'head') },
          { key: 'boughtOn', type: 'date', label: t('购买日期', 'bought on') },
          { key: 'registeredOn', type: 'date', label: t('登记日期', 'registered on') },
        ],
      },
      {
        type: 'feeders',
        subjects: ['household'],
        label: t('育肥牛', 'feeder cattle'),
        repeatable: true,
        fields: [{ key: 'head', type: 'count', unit: 'head', label: t('头数', 'head') }],
      },
      {
        type: 'birds',
        subjects: ['household'],
        label: t('鸡鸭鹅', 'chickens, ducks, geese'),
        fields: [{ key: 'count', type: 'count', unit: 'bird', label: t('只数', 'birds') }],
      },
      {
        type: 'garden',
        subjects: ['household'],
        label: t('微菜园', 'vegetable plot'),
        fields: [{ key: 'area', type: 'quantity', unit: 'm2', label: t('面积', 'area') }],
      },
      {
        type: 'crop',
        subjects: ['household'],
        label: t('花生', 'peanuts'),
        fields: [
          { key: 'area', type: 'quantity', unit: 'mu', label: t('面积', 'area') },
          { key: 'income', type: 'money', unit: 'yuan', label: t('收入', 'income') },
          { key: 'cost', type: 'money', unit: 'yuan', label: t('成本', 'cost') },
        ],
      },
    ],
    facts: [
      {
        key: 'risk',
        type: 'choice',
        subjects: ['household'],
        categories: ['monitored'],
        label: t('风险状态', 'risk status'),
        choices: [
          { value: 'open', label: t('未消除风险', 'risk not eliminated') },
          { value: 'closed', label: t('风险已消除', 'risk eliminated') },
        ],
      },
      { key: 'demo', type: 'yesno', subjects: ['household'], label: t('示范村', 'demonstration village') },
    ],
  },
  standards: [
    {
      id: 'cows',
      clause: 'A1',
      text: '能繁母牛 未消除风险2400元/头，风险已消除及脱贫户1200元/头，2025年1月1日以后购买，登记后存栏满6个月',
      title: t('能繁母牛', 'cows'),
      subject: {
        kinds: ['household'],
        categories: ['poverty-alleviated'],
        alsoGroups: [RISK, DONE],
        label: t('脱贫户、监测户', 'x'),
      },
      source: { kind: 'activity', types: ['cows'] },
      conditions: [
        {
          kind: 'date-from',
          id: 'bought',
          field: 'boughtOn',
          date: '2025-01-01',
          label: t('购买日期', 'bought'),
          text: '2025年1月1日以后购买',
        },
        {
          kind: 'min-months',
          id: 'held',
          field: 'registeredOn',
          months: 6,
          label: t('登记后存栏', 'held'),
          text: '存栏满6个月',
        },
      ],
      award: {
        kind: 'per-unit',
        quantity: 'head',
        unit: 'head',
        rates: [
          { group: RISK, amount: '2400' },
          { group: DONE, amount: '1200' },
          { group: POOR, amount: '1200' },
        ],
      },
      dates: { from: '2025-01-01', to: '2025-12-31' },
    },
    {
      id: 'feeders',
      clause: 'A2',
      text: '育肥牛 未消除风险1200元/头，其余600元/头',
      title: t('育肥牛', 'feeders'),
      subject: {
        kinds: ['household'],
        categories: ['poverty-alleviated'],
        alsoGroups: [RISK, DONE],
        label: t('脱贫户、监测户', 'x'),
      },
      source: { kind: 'activity', types: ['feeders'] },
      award: {
        kind: 'per-unit',
        quantity: 'head',
        unit: 'head',
        rates: [
          { group: RISK, amount: '1200' },
          { group: DONE, amount: '600' },
          { group: POOR, amount: '600' },
        ],
      },
      dates: { from: '2025-01-01', to: '2025-12-31' },
    },
    {
      id: 'birds',
      clause: 'B1',
      text: '鸡鸭鹅30元/只，每户最多50只',
      title: t('鸡鸭鹅', 'birds'),
      subject: { kinds: ['household'], categories: ['monitored'], label: MON },
      source: { kind: 'activity', types: ['birds'] },
      award: { kind: 'per-unit', quantity: 'count', unit: 'bird', amount: '30' },
      dates: { from: '2025-01-01', to: '2025-12-31' },
    },
    {
      id: 'garden',
      clause: 'B2',
      text: '微菜园20平方米以上，每户500元',
      title: t('微菜园', 'garden'),
      subject: { kinds: ['household'], categories: ['monitored'], label: MON },
      source: { kind: 'activity', types: ['garden'] },
      conditions: [
        {
          kind: 'min',
          id: 'area',
          field: 'area',
          threshold: '20',
          unit: 'm2',
          label: t('面积', 'area'),
          text: '20平方米以上',
        },
      ],
      award: { kind: 'fixed', unit: 'household', amount: '500' },
      dates: { from: '2025-01-01', to: '2025-12-31' },
    },
    {
      id: 'crop',
      clause: 'C1',
      text: '按种植纯收入的20%奖补，原则上每亩最高不超过500元',
      title: t('种植奖补', 'planting award'),
      subject: { kinds: ['household'], categories: ['monitored'], label: MON },
      source: { kind: 'activity', types: ['crop'] },
      conditions: [
        {
          kind: 'min-difference',
          id: 'net',
          field: 'income',
          minus: 'cost',
          threshold: '0',
          strict: true,
          unit: 'yuan',
          label: t('纯收入', 'net income'),
          text: '种植纯收入',
        },
      ],
      award: {
        kind: 'share',
        base: 'income',
        minus: 'cost',
        rate: '0.2',
        ceiling: { per: 'area', unit: 'mu', amount: '500', text: '每亩最高不超过500元' },
      },
      dates: { from: '2025-01-01', to: '2025-12-31' },
    },
  ],
  limits: [
    {
      kind: 'quantity-cap',
      id: 'five-head',
      clause: 'A',
      text: '每户合计最多5头',
      label: t('每户合计最多5头', 'at most 5 head'),
      standards: ['cows', 'feeders'],
      max: '5',
      unit: 'head',
      order: 'listed',
    },
    {
      kind: 'quantity-cap',
      id: 'fifty-birds',
      clause: 'B1',
      text: '每户最多50只',
      label: t('每户最多50只', 'at most 50 birds'),
      standards: ['birds'],
      max: '50',
      unit: 'bird',
    },
    {
      kind: 'money-cap',
      id: 'b-cap',
      clause: 'B',
      text: '每户最高奖补5000元',
      label: t('每户最高奖补5000元', 'at most 5,000'),
      standards: ['birds', 'garden', 'crop'],
      max: '5000',
    },
    {
      kind: 'exclusion',
      id: 'b-after-a',
      clause: 'B',
      text: '已享受肉牛扩群补栏的不再享受',
      label: t('已享受A的不享受B', 'no B after A'),
      standards: ['birds', 'garden', 'crop'],
      ifAwarded: ['cows', 'feeders'],
    },
    {
      kind: 'exclusion',
      id: 'b-demo',
      clause: 'B',
      text: '示范村监测户不享受',
      label: t('示范村不享受B', 'no B in a demonstration village'),
      standards: ['birds', 'garden', 'crop'],
      ifFact: { key: 'demo', equals: true },
    },
  ],
};
const pack = PolicyPack.parse(input);
const AS_OF = '2025-09-30';

function run(h: Record<string, unknown>, asOf = AS_OF): ScreenResult {
  return screen(packSchemas(pack).subject.parse({ kind: 'household', id: 'h', ...h }), { pack, asOf });
}
const cows = (head: number, extra: Record<string, unknown> = {}) => ({
  type: 'cows',
  head,
  boughtOn: '2025-02-01',
  registeredOn: '2025-02-10',
  ...extra,
});
const amount = (r: ScreenResult, id: string) =>
  r.lines.filter((l) => l.standardId === id).map((l) => [l.status, l.amount]);

describe('rates by group', () => {
  test.for([
    // 3 × 2,400 = 7,200 for a household whose risk is open; 3 × 1,200 = 3,600 otherwise
    ['monitored', { risk: 'open' }, 'eligible', '7200.00'],
    ['monitored', { risk: 'closed' }, 'eligible', '3600.00'],
    ['poverty-alleviated', undefined, 'eligible', '3600.00'],
    ['monitored', undefined, 'needs-information', '0.00'],
    ['ordinary', undefined, 'ineligible', '0.00'],
  ] as const)('%s %j: %s %s', ([category, facts, status, total]) => {
    const r = run({ category, ...(facts ? { facts } : {}), activities: [cows(3)] });
    expect(amount(r, 'cows')).toEqual(category === 'ordinary' ? [] : [[status, total]]);
    expect(r.total).toBe(total);
  });

  test('the rate is its own trace entry and a missing fact is named', () => {
    const r = run({ category: 'monitored', facts: { risk: 'open' }, activities: [cows(1)] });
    const rate = r.lines[0]?.trace.find((e) => e.condition === 'rate');
    expect(rate?.value).toContain('未消除风险的监测户：2400');
    const missing = run({ category: 'monitored', activities: [cows(1)] }).lines[0];
    expect(missing?.reason?.label.zh).toBe('风险状态');
  });
});

describe('dates and months held', () => {
  test.for([
    ['2024-12-31', 'ineligible', 'bought'],
    ['2025-01-01', 'eligible', null],
  ] as const)('bought %s → %s', ([boughtOn, status, reason]) => {
    const line = run({ category: 'poverty-alleviated', activities: [cows(1, { boughtOn })] }).lines[0];
    expect(line?.status).toBe(status);
    expect(line?.reason?.condition ?? null).toBe(reason);
  });

  test.for([
    // registered 2025-03-10: both days counted, the 6th month is full on 2025-09-09
    ['2025-09-08', 'ineligible', '1'],
    ['2025-09-09', 'eligible', null],
  ] as const)('registered 2025-03-10, as of %s → %s', ([asOf, status, days]) => {
    const line = run(
      { category: 'poverty-alleviated', activities: [cows(1, { registeredOn: '2025-03-10' })] },
      asOf,
    ).lines[0];
    expect(line?.status).toBe(status);
    expect(line?.nearMiss?.shortfall ?? null).toBe(days);
  });

  test.for([
    ['2023-03-01', '2023-08-31', 6],
    ['2023-03-01', '2023-08-30', 5],
    ['2025-03-10', '2025-09-09', 6],
    ['2025-01-31', '2025-02-27', 1],
    ['2025-01-31', '2025-02-26', 0],
    ['2024-01-01', '2024-12-31', 12],
    ['2024-05-01', '2024-04-30', 0],
  ] as const)('full months %s → %s: %i', ([from, until, n]) => {
    expect(fullMonths(from, until)).toBe(n);
  });
});

describe('share of net income with a per-unit ceiling', () => {
  test.for([
    // 20% × (10,000 − 4,000) = 1,200 ≤ 3 亩 × 500 = 1,500: 1,200
    [3, 10000, 4000, 'eligible', '1200.00', false],
    // 20% × (10,000 − 2,500) = 1,500 = 1,500: at the ceiling, not above it
    [3, 10000, 2500, 'eligible', '1500.00', false],
    // 20% × (10,000 − 2,000) = 1,600 > 1,500: 1,500
    [3, 10000, 2000, 'eligible', '1500.00', true],
    // a loss, and no profit, earn nothing
    [3, 4000, 4000, 'ineligible', '0.00', false],
    [3, 3000, 4000, 'ineligible', '0.00', false],
  ] as const)('%s 亩, income %s, cost %s → %s %s', ([area, income, cost, status, amt, capped]) => {
    const r = run({
      category: 'monitored',
      facts: { demo: false },
      activities: [{ type: 'crop', area, income, cost }],
    });
    expect(amount(r, 'crop')).toEqual([[status, amt]]);
    expect(Boolean(r.lines.find((l) => l.standardId === 'crop')?.basis.ceiling)).toBe(capped);
  });
});

describe('the household stage', () => {
  test('a shared quantity cap: 4 cows + 3 feeders for an open-risk household', () => {
    // gross 4 × 2,400 + 3 × 1,200 = 13,200; at most 5 head, cows first (listed): 2 feeders off = −2,400
    const r = run({
      category: 'monitored',
      facts: { risk: 'open' },
      activities: [cows(4), { type: 'feeders', head: 3 }],
    });
    expect(r.adjustments.map((a) => [a.limitId, a.amount])).toEqual([['five-head', '-2400.00']]);
    expect(r.total).toBe('10800.00');
    expect(r.adjustments[0]?.message.zh).toContain('−¥2,400.00');
    expect(r.lines.find((l) => l.standardId === 'feeders')?.trace.at(-1)?.condition).toBe('five-head');
  });

  test('two batches of cows are one household: 3 + 3 head, 1 head off', () => {
    // 6 × 1,200 = 7,200 gross; 5 paid → −1,200
    const r = run({
      category: 'poverty-alleviated',
      activities: [cows(3, { id: 'a' }), cows(3, { id: 'b' })],
    });
    expect(r.total).toBe('6000.00');
  });

  test.for([
    [50, '1500.00', []],
    [51, '1500.00', [['fifty-birds', '-30.00']]],
    [49, '1470.00', []],
  ] as const)('%i birds → %s', ([count, total, adj]) => {
    const r = run({
      category: 'monitored',
      facts: { risk: 'closed', demo: false },
      activities: [{ type: 'birds', count }],
    });
    expect(r.total).toBe(total);
    expect(r.adjustments.map((a) => [a.limitId, a.amount])).toEqual(adj);
  });

  test('the money cap over a group, after the quantity cap', () => {
    // birds 200 × 30 = 6,000 → capped at 50 = 1,500 (−4,500); garden 500; crop 20% × 20,000 = 4,000
    // (≤ 10 亩 × 500): group 1,500 + 500 + 4,000 = 6,000 > 5,000 → −1,000; total 5,000
    const r = run({
      category: 'monitored',
      facts: { risk: 'closed', demo: false },
      activities: [
        { type: 'birds', count: 200 },
        { type: 'garden', area: 20 },
        { type: 'crop', area: 10, income: 30000, cost: 10000 },
      ],
    });
    expect(r.adjustments.map((a) => [a.limitId, a.amount])).toEqual([
      ['fifty-birds', '-4500.00'],
      ['b-cap', '-1000.00'],
    ]);
    expect(r.total).toBe('5000.00');
  });

  test('B is not paid once A is awarded, nor in a demonstration village', () => {
    const afterA = run({
      category: 'monitored',
      facts: { risk: 'open' },
      activities: [cows(1), { type: 'garden', area: 25 }],
    });
    // 2,400 for the cow; the garden's 500 is excluded
    expect(afterA.adjustments.map((a) => [a.limitId, a.amount])).toEqual([['b-after-a', '-500.00']]);
    expect(afterA.total).toBe('2400.00');
    const demo = run({
      category: 'monitored',
      facts: { risk: 'open', demo: true },
      activities: [{ type: 'garden', area: 25 }],
    });
    expect(demo.total).toBe('0.00');
    const ordinary = run({
      category: 'monitored',
      facts: { risk: 'open', demo: false },
      activities: [{ type: 'garden', area: 25 }],
    });
    expect(ordinary.total).toBe('500.00');
    expect(ordinary.adjustments).toEqual([]);
  });

  test('a cow that fails its own checks is not counted in the cap', () => {
    // 4 cows bought in 2024 (ineligible) + 3 feeders: no cap reached, 3 × 1,200 = 3,600
    const r = run({
      category: 'monitored',
      facts: { risk: 'open' },
      activities: [cows(4, { boughtOn: '2024-06-01' }), { type: 'feeders', head: 3 }],
    });
    expect(r.adjustments).toEqual([]);
    expect(r.total).toBe('3600.00');
  });
});

describe('the pack as a file', () => {
  test('an as-of date outside the period is refused, saying the period', () => {
    expect(() => run({ category: 'monitored', activities: [] }, '2026-01-01')).toThrow(AsOfOutsidePack);
    expect(asOfProblem(pack, '2024-12-31')?.zh).toContain('2025-01-01 至 2025-12-31');
    expect(asOfProblem(pack, '2025-12-31')).toBeNull();
  });

  test('a broken pack names the path of each problem, in both languages', () => {
    const broken = JSON.parse(JSON.stringify(input)) as {
      standards: { award: Record<string, unknown> }[];
      limits: { standards: string[] }[];
    };
    delete broken.standards[2]?.award.amount;
    (broken.limits[0] as { standards: string[] }).standards.push('nope');
    const v = validatePack(broken);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['standards[2].award.amount', 'limits[0].standards[2]']),
    );
    for (const e of v.errors) expect(e.message.zh && e.message.en).toBeTruthy();
  });

  test('an unknown activity field is an error naming the field', () => {
    const r = packSchemas(pack).subject.safeParse({
      kind: 'household',
      id: 'h',
      category: 'monitored',
      activities: [{ type: 'garden', aera: 20 }],
    });
    expect(r.success).toBe(false);
  });
});

describe('what the household stage cannot decide is not paid', () => {
  test('an unanswered fact does not hold lines another exclusion already takes', () => {
    // the cow is awarded, so the garden is excluded (−500) whatever 示范村 says
    const r = run({
      category: 'monitored',
      facts: { risk: 'open' },
      activities: [cows(1), { type: 'garden', area: 25 }],
    });
    expect(r.adjustments.map((a) => [a.limitId, a.amount])).toEqual([['b-after-a', '-500.00']]);
    expect(r.lines.find((l) => l.standardId === 'garden')?.status).toBe('eligible');
  });

  test('an exclusion by a fact nobody answered holds the lines as needs information', () => {
    const r = run({
      category: 'monitored',
      facts: { risk: 'open' },
      activities: [{ type: 'garden', area: 25 }],
    });
    const line = r.lines.find((l) => l.standardId === 'garden');
    expect(line?.status).toBe('needs-information');
    expect(line?.reason?.label.zh).toBe('示范村');
    expect(r.total).toBe('0.00');
  });

  test('an exclusion by an award not yet decided holds the lines as needs information', () => {
    // the cow's registration date is missing, so whether A is awarded is not known; were it
    // awarded (2,400) the garden's 500 would be excluded: the garden is not paid by default
    const { registeredOn: _, ...undated } = cows(1);
    const r = run({
      category: 'monitored',
      facts: { risk: 'open', demo: false },
      activities: [undated, { type: 'garden', area: 25 }],
    });
    expect(amount(r, 'cows')).toEqual([['needs-information', '0.00']]);
    const garden = r.lines.find((l) => l.standardId === 'garden');
    expect([garden?.status, garden?.amount, garden?.reason?.condition]).toEqual([
      'needs-information',
      '0.00',
      'b-after-a',
    ]);
    expect(garden?.reason?.label.zh).toBe('能繁母牛（cows）的测算结果');
    expect(r.adjustments).toEqual([]);
    expect(r.total).toBe('0.00');
    // once the date is given and the cow is paid, the garden is excluded: 2,400 − 500 + 500
    const decided = run({
      category: 'monitored',
      facts: { risk: 'open', demo: false },
      activities: [cows(1), { type: 'garden', area: 25 }],
    });
    expect(decided.total).toBe('2400.00');
    // an A line refused on its own checks (bought in 2024) holds nothing: 500
    const refused = run({
      category: 'monitored',
      facts: { risk: 'open', demo: false },
      activities: [cows(1, { boughtOn: '2024-06-01' }), { type: 'garden', area: 25 }],
    });
    expect(refused.total).toBe('500.00');
    // nor does an undecided A hold lines the 示范村 exclusion takes anyway: −500
    const demo = run({
      category: 'monitored',
      facts: { risk: 'open', demo: true },
      activities: [undated, { type: 'garden', area: 25 }],
    });
    expect(demo.lines.find((l) => l.standardId === 'garden')?.status).toBe('eligible');
    expect(demo.adjustments.map((a) => [a.limitId, a.amount])).toEqual([['b-demo', '-500.00']]);
  });

  test('a share ceiling without the quantity it is counted on needs information, never ¥0.00', () => {
    const r = run({
      category: 'monitored',
      facts: { demo: false },
      activities: [{ type: 'crop', income: 10000, cost: 2000 }],
    });
    const line = r.lines.find((l) => l.standardId === 'crop');
    expect([line?.status, line?.reason?.condition]).toEqual(['needs-information', 'ceilingQuantity']);
  });
});

describe('values that change within the plan', () => {
  /** The cow rate for open-risk households rises to 2,600 from 2025-10-01, and the 5-head cap to 6. */
  const dated = {
    ...input,
    standards: input.standards.map((s) =>
      s.id === 'cows'
        ? {
            ...s,
            dated: {
              'award.rates.0.amount': [
                { from: '2025-01-01', value: '2400', source: '测试方案' },
                { from: '2025-10-01', value: '2600', source: '测试调整通知' },
              ],
              'conditions.0.date': [{ from: '2025-01-01', value: '1', source: 'x' }],
            },
          }
        : s,
    ),
  };
  test('a series for a path the standard has not is refused, by its path', () => {
    const v = validatePack(JSON.parse(JSON.stringify(dated)));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.map((e) => e.path)).toEqual(['standards[0].dated.conditions.0.date']);
  });

  const good = PolicyPack.parse({
    ...input,
    standards: input.standards.map((s) =>
      s.id === 'cows'
        ? {
            ...s,
            dated: {
              'award.rates.0.amount': [
                { from: '2025-01-01', value: '2400', source: '测试方案' },
                { from: '2025-10-01', value: '2600', source: '测试调整通知' },
              ],
            },
          }
        : s,
    ),
    limits: input.limits?.map((l) =>
      l.id === 'five-head'
        ? {
            ...l,
            dated: {
              max: [
                { from: '2025-01-01', value: '5', source: '测试方案' },
                { from: '2025-10-01', value: '6', source: '测试调整通知' },
              ],
            },
          }
        : l,
    ),
  });
  const on = (asOf: string, head: number) =>
    screen(
      packSchemas(good).subject.parse({
        kind: 'household',
        id: 'h',
        category: 'monitored',
        facts: { risk: 'open' },
        activities: [cows(head)],
      }),
      { pack: good, asOf },
    );
  test.for([
    // before 10-01: 5 of 6 head × 2,400 = 12,000; from 10-01: 6 × 2,600 = 15,600, nothing capped
    ['2025-09-30', '12000.00'],
    ['2025-10-01', '15600.00'],
  ] as const)('as of %s: %s', ([asOf, total]) => {
    expect(on(asOf, 6).total).toBe(total);
  });

  test('a series that disagrees with the plain value on the first day is refused', () => {
    const bad = JSON.parse(JSON.stringify(good));
    bad.standards[0].dated['award.rates.0.amount'][0].value = '2500';
    const v = validatePack(bad);
    expect(v.ok ? [] : v.errors.map((e) => e.path)).toEqual(['standards[0].dated.award.rates.0.amount']);
  });
});
