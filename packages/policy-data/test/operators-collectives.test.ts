import { validateSubject } from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { xixiang2023 } from '../src/index.ts';
import { collective, lineOf, operator, run } from './helpers.ts';

/** 五(一)3, 五(一)4(1), 4(2) and 4(5): amounts computed by hand from the seed. */
type Case = {
  name: string;
  who: 'collective' | 'operator';
  project: Record<string, unknown>;
  id: string;
  status: 'eligible' | 'ineligible' | 'needs-information';
  amount: string;
  reason?: string;
  nearMiss?: string;
};

const C = 'collective' as const;
const O = 'operator' as const;

describe('五(一)4(1) planting and 4(2) livestock and fishery', () => {
  test.for<Case>([
    // 村集体发展大黄、元胡、乌药、艾草等集中连片50亩以上，按每亩500元补助
    {
      name: 'herbs 50 mu',
      who: C,
      project: { type: 'herbs-base', crop: '艾草', contiguousArea: 50 },
      id: 'herbs-collective',
      status: 'eligible',
      amount: '25000.00',
    },
    {
      name: 'herbs 49.99 mu',
      who: C,
      project: { type: 'herbs-base', contiguousArea: '49.99' },
      id: 'herbs-collective',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
      nearMiss: '差 0.01 亩',
    },
    // 天麻集中连片30亩以上，按每亩1000元补助
    {
      name: 'tianma 30 mu',
      who: C,
      project: { type: 'tianma-base', contiguousArea: 30 },
      id: 'tianma-collective',
      status: 'eligible',
      amount: '30000.00',
    },
    {
      name: 'tianma 29.9 mu',
      who: C,
      project: { type: 'tianma-base', contiguousArea: 29.9 },
      id: 'tianma-collective',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
      nearMiss: '差 0.1 亩',
    },
    // 食用菌大棚提质增效,按每平方米2元补助
    {
      name: 'greenhouse 1000 m² (collective)',
      who: C,
      project: { type: 'fungus-greenhouse', area: 1000 },
      id: 'fungus-greenhouse',
      status: 'eligible',
      amount: '2000.00',
    },
    {
      name: 'greenhouse 333.5 m² (operator)',
      who: O,
      project: { type: 'fungus-greenhouse', area: 333.5 },
      id: 'fungus-greenhouse',
      status: 'eligible',
      amount: '667.00',
    },
    // 村集体发展黑木耳产业，按每袋0.8元予以奖补
    {
      name: 'black fungus 10,000 bags',
      who: C,
      project: { type: 'black-fungus', bags: 10000 },
      id: 'fungus-collective',
      status: 'eligible',
      amount: '8000.00',
    },
    {
      name: 'black fungus 1 bag',
      who: C,
      project: { type: 'black-fungus', bags: 1 },
      id: 'fungus-collective',
      status: 'eligible',
      amount: '0.80',
    },
    // 养蚕室 200平方米以上: 村集体 400/㎡, 新型经营主体 120/㎡
    {
      name: 'silkworm room 200 m² (collective)',
      who: C,
      project: { type: 'silkworm-room', area: 200 },
      id: 'silkworm-room-collective',
      status: 'eligible',
      amount: '80000.00',
    },
    {
      name: 'silkworm room 199 m² (collective)',
      who: C,
      project: { type: 'silkworm-room', area: 199 },
      id: 'silkworm-room-collective',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
      nearMiss: '差 1 ㎡',
    },
    {
      name: 'silkworm room 200 m² (operator)',
      who: O,
      project: { type: 'silkworm-room', area: 200 },
      id: 'silkworm-room-operator',
      status: 'eligible',
      amount: '24000.00',
    },
    {
      name: 'silkworm room 199.99 m² (operator)',
      who: O,
      project: { type: 'silkworm-room', area: '199.99' },
      id: 'silkworm-room-operator',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
    },
    // 猕猴桃 集中连片50亩以上, 种苗500元/亩; 棚架1000元/亩
    {
      name: 'kiwi 50 mu seedlings',
      who: C,
      project: { type: 'kiwi', contiguousArea: 50, trellisArea: 20 },
      id: 'kiwi-seedlings',
      status: 'eligible',
      amount: '25000.00',
    },
    {
      name: 'kiwi 50 mu trellis 20 mu',
      who: O,
      project: { type: 'kiwi', contiguousArea: 50, trellisArea: 20 },
      id: 'kiwi-trellis',
      status: 'eligible',
      amount: '20000.00',
    },
    {
      name: 'kiwi 49 mu seedlings',
      who: O,
      project: { type: 'kiwi', contiguousArea: 49, trellisArea: 49 },
      id: 'kiwi-seedlings',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
      nearMiss: '差 1 亩',
    },
    {
      name: 'kiwi 49 mu trellis',
      who: C,
      project: { type: 'kiwi', contiguousArea: 49, trellisArea: 49 },
      id: 'kiwi-trellis',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
    },
    // 生猪: 新建或扩建标准化养殖圈舍2000㎡以上，按每平方米400元补助
    {
      name: 'pig pens 2000 m²',
      who: O,
      project: { type: 'pig-pens', area: 2000, standardized: true },
      id: 'pig-pens',
      status: 'eligible',
      amount: '800000.00',
    },
    {
      name: 'pig pens 1999 m²',
      who: C,
      project: { type: 'pig-pens', area: 1999, standardized: true },
      id: 'pig-pens',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
      nearMiss: '差 1 ㎡',
    },
    {
      name: 'pig pens not standard',
      who: C,
      project: { type: 'pig-pens', area: 3000, standardized: false },
      id: 'pig-pens',
      status: 'ineligible',
      amount: '0.00',
      reason: 'standardized',
    },
    // 肉牛: 圈舍1000㎡以上, 村集体 500/㎡, 新型经营主体 150/㎡
    {
      name: 'cattle pens 1000 m² (collective)',
      who: C,
      project: { type: 'cattle-pens', area: 1000, standardized: true },
      id: 'cattle-pens-collective',
      status: 'eligible',
      amount: '500000.00',
    },
    {
      name: 'cattle pens 1000 m² (operator)',
      who: O,
      project: { type: 'cattle-pens', area: 1000, standardized: true },
      id: 'cattle-pens-operator',
      status: 'eligible',
      amount: '150000.00',
    },
    {
      name: 'cattle pens 999.9 m² (operator)',
      who: O,
      project: { type: 'cattle-pens', area: 999.9, standardized: true },
      id: 'cattle-pens-operator',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
      nearMiss: '差 0.1 ㎡',
    },
    // 家禽: 肉禽存栏10000只以上，按每只4.5元补助
    {
      name: 'poultry 10,000 birds',
      who: O,
      project: { type: 'poultry-farm', stock: 10000 },
      id: 'poultry-farm',
      status: 'eligible',
      amount: '45000.00',
    },
    {
      name: 'poultry 9,999 birds',
      who: C,
      project: { type: 'poultry-farm', stock: 9999 },
      id: 'poultry-farm',
      status: 'ineligible',
      amount: '0.00',
      reason: 'stock',
      nearMiss: '差 1 只',
    },
    // 冷水鱼 不低于1000㎡ 100/㎡; 大宗渔业 不低于10亩 300/亩
    {
      name: 'cold-water fish 1000 m²',
      who: C,
      project: { type: 'coldwater-fish', area: 1000 },
      id: 'coldwater-fish',
      status: 'eligible',
      amount: '100000.00',
    },
    {
      name: 'cold-water fish 999 m²',
      who: O,
      project: { type: 'coldwater-fish', area: 999 },
      id: 'coldwater-fish',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
    },
    {
      name: 'bulk fish 10 mu',
      who: O,
      project: { type: 'bulk-fish', area: 10 },
      id: 'bulk-fish',
      status: 'eligible',
      amount: '3000.00',
    },
    {
      name: 'bulk fish 9.99 mu',
      who: C,
      project: { type: 'bulk-fish', area: 9.99 },
      id: 'bulk-fish',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
      nearMiss: '差 0.01 亩',
    },
    // 稻渔综合种养: 按照每亩4000元补助 (no threshold)
    {
      name: 'rice–fish 2.5 mu',
      who: C,
      project: { type: 'rice-fish', area: 2.5 },
      id: 'rice-fish',
      status: 'eligible',
      amount: '10000.00',
    },
    {
      name: 'rice–fish 0.333 mu',
      who: O,
      project: { type: 'rice-fish', area: 0.333 },
      id: 'rice-fish',
      status: 'eligible',
      amount: '1332.00',
    },
  ])('$name', (c) => {
    const subject = c.who === 'collective' ? collective([c.project]) : operator([c.project]);
    const line = lineOf(run(subject), c.id);
    expect(line.status).toBe(c.status);
    expect(line.amount).toBe(c.amount);
    expect(line.clause).toMatch(/^五\(一\)4\([12]\)$/);
    if (c.reason) expect(line.reason?.condition).toBe(c.reason);
    if (c.nearMiss) expect(line.nearMiss?.message.zh).toContain(c.nearMiss);
  });

  test.for([
    ['herbs-base', 'herbs-collective', { contiguousArea: 80 }],
    ['tianma-base', 'tianma-collective', { contiguousArea: 80 }],
    ['black-fungus', 'fungus-collective', { bags: 5000 }],
  ] as const)('an operator with %s is told that %s is for village collectives only', ([type, id, fields]) => {
    const r = run(operator([{ type, ...fields }]));
    expect(r.lines.some((l) => l.standardId === id)).toBe(false);
    expect(r.notes.find((n) => n.code === 'no-standard')?.message.zh).toContain(id as string);
  });

  test('two kiwi sites are judged separately (集中连片 is per site, never summed)', () => {
    const r = run(
      collective([
        { type: 'kiwi', id: 'north', contiguousArea: 30, trellisArea: 0 },
        { type: 'kiwi', id: 'south', contiguousArea: 60, trellisArea: 10 },
      ]),
    );
    const seedlings = r.lines.filter((l) => l.standardId === 'kiwi-seedlings');
    expect(seedlings.map((l) => [l.ref?.id, l.status, l.amount])).toEqual([
      ['north', 'ineligible', '0.00'],
      ['south', 'eligible', '30000.00'],
    ]);
    // 60 × 500 + 10 × 1000 = 40,000
    expect(r.total).toBe('40000.00');
  });
});

describe('五(一)4(5) linking-farmer rewards', () => {
  test.for<[string, Record<string, unknown>, string, string, string, string?]>([
    // 吸纳脱贫人口5人以上（含5人）, 工资总额达5万元以上, 按工资总额的20%
    [
      'wages at thresholds',
      { labor: { poorWorkers: 5, wages: 50000 } },
      'link-wages',
      'eligible',
      '10000.00',
    ],
    [
      'wages 123,456.78 × 20% = 24,691.356',
      { labor: { poorWorkers: 6, wages: '123456.78' } },
      'link-wages',
      'eligible',
      '24691.36',
    ],
    ['4 workers', { labor: { poorWorkers: 4, wages: 60000 } }, 'link-wages', 'ineligible', '0.00', '差 1 人'],
    [
      'wages 49,999.99',
      { labor: { poorWorkers: 8, wages: '49999.99' } },
      'link-wages',
      'ineligible',
      '0.00',
      '差 0.01 元',
    ],
    // 订单协议, 10户以上（含10户）, 10万元以上, 5%
    [
      'orders at thresholds',
      { orders: { contractAboveMarket: true, households: 10, purchases: 100000 } },
      'link-orders',
      'eligible',
      '5000.00',
    ],
    [
      'orders 234,567.89 × 5% = 11,728.3945',
      { orders: { contractAboveMarket: true, households: 12, purchases: '234567.89' } },
      'link-orders',
      'eligible',
      '11728.39',
    ],
    [
      'orders from 9 households',
      { orders: { contractAboveMarket: true, households: 9, purchases: 200000 } },
      'link-orders',
      'ineligible',
      '0.00',
      '差 1 户',
    ],
    [
      'orders 99,999.99',
      { orders: { contractAboveMarket: true, households: 10, purchases: '99999.99' } },
      'link-orders',
      'ineligible',
      '0.00',
    ],
    [
      'orders without a contract',
      { orders: { contractAboveMarket: false, households: 10, purchases: 100000 } },
      'link-orders',
      'ineligible',
      '0.00',
      '需：订单协议且高于市场价收购',
    ],
    // 流转10户以上, 台账和协议, 10%
    [
      'land at thresholds',
      { land: { households: 10, leaseFees: 36000, ledgerAndContracts: true } },
      'link-land',
      'eligible',
      '3600.00',
    ],
    [
      'land 12,345.67 × 10% = 1,234.567',
      { land: { households: 15, leaseFees: '12345.67', ledgerAndContracts: true } },
      'link-land',
      'eligible',
      '1234.57',
    ],
    [
      'land from 9 households',
      { land: { households: 9, leaseFees: 36000, ledgerAndContracts: true } },
      'link-land',
      'ineligible',
      '0.00',
      '差 1 户',
    ],
    [
      'land without ledger',
      { land: { households: 10, leaseFees: 36000, ledgerAndContracts: false } },
      'link-land',
      'ineligible',
      '0.00',
      '需：建立健全土地流转台账和协议',
    ],
    ['wages not yet known', { labor: { poorWorkers: 5 } }, 'link-wages', 'needs-information', '0.00'],
  ])('%s', ([, extra, id, status, amount, nearMiss]) => {
    const line = lineOf(run(operator([], extra)), id);
    expect(line.status).toBe(status);
    expect(line.amount).toBe(amount);
    expect(line.clause).toBe('五(一)4(5)');
    if (nearMiss) expect(line.nearMiss?.message.zh).toContain(nearMiss);
  });

  test('a collective is not offered the operator rewards: its labour is an unknown field, refused', () => {
    const v = validateSubject(collective([], { labor: { poorWorkers: 9, wages: 90000 } }), xixiang2023);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]?.message.en).toBe('unknown fields: labor');
    const r = run(collective([]));
    expect(r.lines.some((l) => l.standardId.startsWith('link-'))).toBe(false);
  });

  test('an operator that declared no labour gets a not-declared line, not an award', () => {
    const line = lineOf(run(operator()), 'link-wages');
    expect(line.status).toBe('ineligible');
    expect(line.reason?.condition).toBe('declared');
  });
});

describe('五(一)3 collective support: no formula, an amount set by review', () => {
  test('before review the line asks for the reviewed amount and computes nothing', () => {
    const line = lineOf(run(collective()), 'collective-support');
    expect(line.status).toBe('needs-information');
    expect(line.reason?.condition).toBe('reviewed');
    expect(line.amount).toBe('0.00');
    expect(line.notes[0]?.zh).toContain('不推算');
  });

  test('after review the reviewed amount is recorded as such', () => {
    const line = lineOf(
      run(collective([], { reviewedSupport: { amount: 150000, reference: '西农发〔2023〕12号' } })),
      'collective-support',
    );
    expect(line.status).toBe('eligible');
    expect(line.amount).toBe('150000.00');
    expect(line.basis.source).toBe('review');
  });

  test('operators are not offered collective support', () => {
    expect(run(operator()).lines.some((l) => l.standardId === 'collective-support')).toBe(false);
  });
});
