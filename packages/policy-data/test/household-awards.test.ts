import { describe, expect, test } from 'vitest';
import { household, lineOf, run } from './helpers.ts';

/**
 * 五(一)4(3) 脱贫户 and 五(一)4(4) 监测对象 household awards. Every amount below is computed by
 * hand from the seed: quantity × unit award, rounded once to the fen.
 */
type Case = {
  name: string;
  category: 'poverty-alleviated' | 'monitored';
  activity: Record<string, unknown>;
  id: string;
  status: 'eligible' | 'ineligible' | 'needs-information';
  amount: string;
  reason?: string;
  nearMiss?: string;
};

const P = 'poverty-alleviated' as const;
const M = 'monitored' as const;

describe('五(一)4(3) 脱贫户', () => {
  test.for<Case>([
    // 1.低产低效茶园改树改土 1亩及以上 600元/亩
    {
      name: 'tea at 1 mu',
      category: P,
      activity: { type: 'tea-renovation', area: 1 },
      id: 'poor-tea',
      status: 'eligible',
      amount: '600.00',
    },
    {
      name: 'tea 2.5 mu',
      category: P,
      activity: { type: 'tea-renovation', area: '2.5' },
      id: 'poor-tea',
      status: 'eligible',
      amount: '1500.00',
    },
    {
      name: 'tea just below 1 mu',
      category: P,
      activity: { type: 'tea-renovation', area: '0.99' },
      id: 'poor-tea',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
      nearMiss: '差 0.01 亩',
    },
    // 2.袋料黑木耳 1000袋及以上, 收入1500元以上, 0.8元/袋
    {
      name: 'fungus at thresholds',
      category: P,
      activity: { type: 'bag-fungus', bags: 1000, income: 1500 },
      id: 'poor-fungus',
      status: 'eligible',
      amount: '800.00',
    },
    {
      name: 'fungus 2500 bags',
      category: P,
      activity: { type: 'bag-fungus', bags: 2500, income: 3000 },
      id: 'poor-fungus',
      status: 'eligible',
      amount: '2000.00',
    },
    {
      name: 'fungus 999 bags',
      category: P,
      activity: { type: 'bag-fungus', bags: 999, income: 3000 },
      id: 'poor-fungus',
      status: 'ineligible',
      amount: '0.00',
      reason: 'bags',
      nearMiss: '差 1 袋',
    },
    {
      name: 'fungus income 1499.99',
      category: P,
      activity: { type: 'bag-fungus', bags: 1000, income: '1499.99' },
      id: 'poor-fungus',
      status: 'ineligible',
      amount: '0.00',
      reason: 'income',
      nearMiss: '差 0.01 元',
    },
    // 3.新种植吊瓜 1亩及以上, 成活率85%以上, 收入1000元以上, 500元/亩
    {
      name: 'gourd at thresholds',
      category: P,
      activity: { type: 'gourd', area: 1, survivalRate: 0.85, income: 1000 },
      id: 'poor-gourd',
      status: 'eligible',
      amount: '500.00',
    },
    {
      name: 'gourd survival 84%',
      category: P,
      activity: { type: 'gourd', area: 3, survivalRate: 0.84, income: 5000 },
      id: 'poor-gourd',
      status: 'ineligible',
      amount: '0.00',
      reason: 'survival',
      nearMiss: '差 1 个百分点',
    },
    {
      name: 'gourd income 999',
      category: P,
      activity: { type: 'gourd', area: 1, survivalRate: 0.9, income: 999 },
      id: 'poor-gourd',
      status: 'ineligible',
      amount: '0.00',
      reason: 'income',
      nearMiss: '差 1 元',
    },
    {
      name: 'gourd without income',
      category: P,
      activity: { type: 'gourd', area: 1, survivalRate: 0.9 },
      id: 'poor-gourd',
      status: 'needs-information',
      amount: '0.00',
      reason: 'income',
    },
    // 4.新种植经济林 1亩及以上, 成活率85%以上, 1000元/亩 (3年后预计亩均年收入3000元 is not a condition)
    {
      name: 'orchard at thresholds',
      category: P,
      activity: { type: 'orchard', area: 1, survivalRate: 0.85 },
      id: 'poor-orchard',
      status: 'eligible',
      amount: '1000.00',
    },
    {
      name: 'orchard 3.5 mu',
      category: P,
      activity: { type: 'orchard', area: 3.5, survivalRate: 0.95 },
      id: 'poor-orchard',
      status: 'eligible',
      amount: '3500.00',
    },
    {
      name: 'orchard 0.9 mu',
      category: P,
      activity: { type: 'orchard', area: 0.9, survivalRate: 0.95 },
      id: 'poor-orchard',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
      nearMiss: '差 0.1 亩',
    },
    // 5.当年种植蔬菜 1亩及以上, 收入1000元以上, 500元/亩
    {
      name: 'vegetables at thresholds',
      category: P,
      activity: { type: 'vegetable', area: 1, income: 1000 },
      id: 'poor-vegetable',
      status: 'eligible',
      amount: '500.00',
    },
    {
      name: 'vegetables 1.5 mu',
      category: P,
      activity: { type: 'vegetable', area: 1.5, income: 2000 },
      id: 'poor-vegetable',
      status: 'eligible',
      amount: '750.00',
    },
    {
      name: 'vegetables income 999.99',
      category: P,
      activity: { type: 'vegetable', area: 2, income: '999.99' },
      id: 'poor-vegetable',
      status: 'ineligible',
      amount: '0.00',
      reason: 'income',
    },
    // 养殖类：当年养猪2头及以上, 收入2000元以上, 700元/头
    {
      name: 'pigs at thresholds',
      category: P,
      activity: { type: 'pig', head: 2, income: 2000 },
      id: 'poor-pig',
      status: 'eligible',
      amount: '1400.00',
    },
    {
      name: 'one pig',
      category: P,
      activity: { type: 'pig', head: 1, income: 3000 },
      id: 'poor-pig',
      status: 'ineligible',
      amount: '0.00',
      reason: 'head',
      nearMiss: '差 1 头',
    },
    {
      name: 'pigs income 1999',
      category: P,
      activity: { type: 'pig', head: 5, income: 1999 },
      id: 'poor-pig',
      status: 'ineligible',
      amount: '0.00',
      reason: 'income',
    },
  ])('$name', (c) => {
    const line = lineOf(run(household(c.category, [c.activity])), c.id);
    expect(line.status).toBe(c.status);
    expect(line.amount).toBe(c.amount);
    expect(line.clause).toBe('五(一)4(3)');
    if (c.reason) expect(line.reason?.condition).toBe(c.reason);
    if (c.nearMiss) expect(line.nearMiss?.message.zh).toContain(c.nearMiss);
  });
});

describe('五(一)4(4) 监测对象', () => {
  test.for<Case>([
    {
      name: 'tea at 1 mu',
      category: M,
      activity: { type: 'tea-renovation', area: 1 },
      id: 'monitored-tea',
      status: 'eligible',
      amount: '600.00',
    },
    {
      name: 'tea 0.99 mu',
      category: M,
      activity: { type: 'tea-renovation', area: 0.99 },
      id: 'monitored-tea',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
    },
    // 2.新发展天麻0.5亩及以上, 亩均收入达到2000元以上, 1000元/亩
    {
      name: 'tianma at thresholds',
      category: M,
      activity: { type: 'tianma', area: 0.5, income: 1000 },
      id: 'monitored-tianma',
      status: 'eligible',
      amount: '500.00',
    },
    {
      name: 'tianma 1.5 mu at 2000/mu',
      category: M,
      activity: { type: 'tianma', area: 1.5, income: 3000 },
      id: 'monitored-tianma',
      status: 'eligible',
      amount: '1500.00',
    },
    {
      name: 'tianma 0.49 mu',
      category: M,
      activity: { type: 'tianma', area: 0.49, income: 5000 },
      id: 'monitored-tianma',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
      nearMiss: '差 0.01 亩',
    },
    {
      name: 'tianma 1998/mu',
      category: M,
      activity: { type: 'tianma', area: 0.5, income: 999 },
      id: 'monitored-tianma',
      status: 'ineligible',
      amount: '0.00',
      reason: 'incomePerMu',
      nearMiss: '差 1 元',
    },
    // 新发展大黄、元胡、乌药、艾草等 1亩及以上, 收入1000元以上, 500元/亩
    {
      name: 'herbs at thresholds',
      category: M,
      activity: { type: 'herbs', crop: '元胡', area: 1, income: 1000 },
      id: 'monitored-herbs',
      status: 'eligible',
      amount: '500.00',
    },
    {
      name: 'herbs 0.99 mu',
      category: M,
      activity: { type: 'herbs', area: 0.99, income: 1000 },
      id: 'monitored-herbs',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
    },
    {
      name: 'gourd at thresholds',
      category: M,
      activity: { type: 'gourd', area: 1, survivalRate: 0.85, income: 1000 },
      id: 'monitored-gourd',
      status: 'eligible',
      amount: '500.00',
    },
    {
      name: 'gourd 0.99 mu',
      category: M,
      activity: { type: 'gourd', area: 0.99, survivalRate: 0.85, income: 1000 },
      id: 'monitored-gourd',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
    },
    // 新种植花椒1亩及以上, 每亩110株以上, 地径≧0.8cm, 成活率85%以上, 400元/亩
    {
      name: 'pepper at thresholds',
      category: M,
      activity: { type: 'pepper', area: 1, plantsPerMu: 110, stemDiameterCm: 0.8, survivalRate: 0.85 },
      id: 'monitored-pepper',
      status: 'eligible',
      amount: '400.00',
    },
    {
      name: 'pepper 2 mu',
      category: M,
      activity: { type: 'pepper', area: 2, plantsPerMu: 120, stemDiameterCm: 1, survivalRate: 0.9 },
      id: 'monitored-pepper',
      status: 'eligible',
      amount: '800.00',
    },
    {
      name: 'pepper 109 plants/mu',
      category: M,
      activity: { type: 'pepper', area: 2, plantsPerMu: 109, stemDiameterCm: 1, survivalRate: 0.9 },
      id: 'monitored-pepper',
      status: 'ineligible',
      amount: '0.00',
      reason: 'density',
      nearMiss: '差 1 株/亩',
    },
    {
      name: 'pepper stem 0.79 cm',
      category: M,
      activity: { type: 'pepper', area: 2, plantsPerMu: 110, stemDiameterCm: 0.79, survivalRate: 0.9 },
      id: 'monitored-pepper',
      status: 'ineligible',
      amount: '0.00',
      reason: 'stem',
      nearMiss: '差 0.01 厘米',
    },
    {
      name: 'pigs at thresholds',
      category: M,
      activity: { type: 'pig', head: 2, income: 2000 },
      id: 'monitored-pig',
      status: 'eligible',
      amount: '1400.00',
    },
    {
      name: 'four pigs',
      category: M,
      activity: { type: 'pig', head: 4, income: 3000 },
      id: 'monitored-pig',
      status: 'eligible',
      amount: '2800.00',
    },
    {
      name: 'one pig',
      category: M,
      activity: { type: 'pig', head: 1, income: 3000 },
      id: 'monitored-pig',
      status: 'ineligible',
      amount: '0.00',
      reason: 'head',
      nearMiss: '差 1 头',
    },
    // 当年养羊5只及以上, 收入2000元以上, 200元/头
    {
      name: 'sheep at thresholds',
      category: M,
      activity: { type: 'sheep', head: 5, income: 2000 },
      id: 'monitored-sheep',
      status: 'eligible',
      amount: '1000.00',
    },
    {
      name: 'four sheep',
      category: M,
      activity: { type: 'sheep', head: 4, income: 2000 },
      id: 'monitored-sheep',
      status: 'ineligible',
      amount: '0.00',
      reason: 'head',
      nearMiss: '差 1 只',
    },
    // 当年养蜂5箱及以上, 收入1200元以上, 200元/"头" (counted per 箱)
    {
      name: 'bees at thresholds',
      category: M,
      activity: { type: 'bees', boxes: 5, income: 1200 },
      id: 'monitored-bees',
      status: 'eligible',
      amount: '1000.00',
    },
    {
      name: 'four hives',
      category: M,
      activity: { type: 'bees', boxes: 4, income: 1200 },
      id: 'monitored-bees',
      status: 'ineligible',
      amount: '0.00',
      reason: 'boxes',
      nearMiss: '差 1 箱',
    },
    {
      name: 'bees income 1199',
      category: M,
      activity: { type: 'bees', boxes: 8, income: 1199 },
      id: 'monitored-bees',
      status: 'ineligible',
      amount: '0.00',
      reason: 'income',
    },
    // 当年养禽 10只及以上, 收入800元以上, 15元/只
    {
      name: 'poultry at thresholds',
      category: M,
      activity: { type: 'poultry', birds: 10, income: 800 },
      id: 'monitored-poultry',
      status: 'eligible',
      amount: '150.00',
    },
    {
      name: 'nine birds',
      category: M,
      activity: { type: 'poultry', birds: 9, income: 800 },
      id: 'monitored-poultry',
      status: 'ineligible',
      amount: '0.00',
      reason: 'birds',
      nearMiss: '差 1 只',
    },
    // 其他类: 投资10000元以上, 依法注册登记, 正常运营, 年收入9000元以上, 3000元/个
    {
      name: 'processing at thresholds',
      category: M,
      activity: {
        type: 'processing',
        investment: 10000,
        registered: true,
        operating: true,
        annualRevenue: 9000,
      },
      id: 'monitored-processing',
      status: 'eligible',
      amount: '3000.00',
    },
    {
      name: 'processing investment 9999.99',
      category: M,
      activity: {
        type: 'processing',
        investment: '9999.99',
        registered: true,
        operating: true,
        annualRevenue: 9000,
      },
      id: 'monitored-processing',
      status: 'ineligible',
      amount: '0.00',
      reason: 'investment',
    },
    {
      name: 'processing not registered',
      category: M,
      activity: {
        type: 'processing',
        investment: 20000,
        registered: false,
        operating: true,
        annualRevenue: 9000,
      },
      id: 'monitored-processing',
      status: 'ineligible',
      amount: '0.00',
      reason: 'registered',
      nearMiss: '需：依法注册登记',
    },
    {
      name: 'processing operating unknown',
      category: M,
      activity: { type: 'processing', investment: 20000, registered: true, annualRevenue: 9000 },
      id: 'monitored-processing',
      status: 'needs-information',
      amount: '0.00',
      reason: 'operating',
    },
    {
      name: 'shop at thresholds',
      category: M,
      activity: { type: 'shop', investment: 10000, registered: true, operating: true, annualRevenue: 9000 },
      id: 'monitored-shop',
      status: 'eligible',
      amount: '3000.00',
    },
    {
      name: 'shop revenue 8999',
      category: M,
      activity: { type: 'shop', investment: 10000, registered: true, operating: true, annualRevenue: 8999 },
      id: 'monitored-shop',
      status: 'ineligible',
      amount: '0.00',
      reason: 'revenue',
      nearMiss: '差 1 元',
    },
    // 农家乐: 投资20000元以上, 年收入10000元以上, 4000元/个
    {
      name: 'farm stay at thresholds',
      category: M,
      activity: {
        type: 'farmstay',
        investment: 20000,
        registered: true,
        operating: true,
        annualRevenue: 10000,
      },
      id: 'monitored-farmstay',
      status: 'eligible',
      amount: '4000.00',
    },
    {
      name: 'farm stay investment 19999',
      category: M,
      activity: {
        type: 'farmstay',
        investment: 19999,
        registered: true,
        operating: true,
        annualRevenue: 10000,
      },
      id: 'monitored-farmstay',
      status: 'ineligible',
      amount: '0.00',
      reason: 'investment',
    },
    {
      name: 'farm stay revenue 9999',
      category: M,
      activity: {
        type: 'farmstay',
        investment: 20000,
        registered: true,
        operating: true,
        annualRevenue: 9999,
      },
      id: 'monitored-farmstay',
      status: 'ineligible',
      amount: '0.00',
      reason: 'revenue',
    },
  ])('$name', (c) => {
    const line = lineOf(run(household(c.category, [c.activity])), c.id);
    expect(line.status).toBe(c.status);
    expect(line.amount).toBe(c.amount);
    expect(line.clause).toBe('五(一)4(4)');
    if (c.reason) expect(line.reason?.condition).toBe(c.reason);
    if (c.nearMiss) expect(line.nearMiss?.message.zh).toContain(c.nearMiss);
  });
});

describe('the wrong kind of applicant', () => {
  test('a 脱贫户 keeping sheep is told the plan has no sheep standard for its category', () => {
    const r = run(household('poverty-alleviated', [{ type: 'sheep', head: 20, income: 9000 }]));
    expect(r.lines.some((l) => l.standardId === 'monitored-sheep')).toBe(false);
    const note = r.notes.find((n) => n.code === 'no-standard');
    expect(note?.message.zh).toContain('养羊');
    expect(note?.message.zh).toContain('monitored-sheep');
    expect(r.total).toBe('0.00');
  });

  test('a 监测对象 planting an orchard has no orchard standard (only 脱贫户 do)', () => {
    const r = run(household('monitored', [{ type: 'orchard', area: 5, survivalRate: 0.9 }]));
    expect(r.lines.some((l) => l.standardId === 'poor-orchard')).toBe(false);
    expect(r.notes[0]?.message.zh).toContain('poor-orchard');
  });

  test('an ordinary household gets no household award and is told why', () => {
    const r = run(household('ordinary', [{ type: 'pig', head: 10, income: 20000 }]));
    expect(r.lines).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(['category-excluded', 'no-standard']);
    expect(r.total).toBe('0.00');
  });

  test('a 脱贫户 raising pigs is screened under 五(一)4(3), not 4(4)', () => {
    const r = run(household('poverty-alleviated', [{ type: 'pig', head: 3, income: 2500 }]));
    expect(lineOf(r, 'poor-pig').amount).toBe('2100.00');
    expect(r.lines.some((l) => l.standardId === 'monitored-pig')).toBe(false);
  });

  test('outside the plan year the pack is refused, saying which period it covers', () => {
    expect(() =>
      run(household('poverty-alleviated', [{ type: 'pig', head: 3, income: 2500 }]), '2024-01-01'),
    ).toThrow(/2024-01-01.*2023-01-01 至 2023-12-31/);
  });

  test('standards the household did not declare are listed as not declared', () => {
    const r = run(household('poverty-alleviated', [{ type: 'pig', head: 3, income: 2500 }]));
    expect(lineOf(r, 'poor-tea').reason?.condition).toBe('declared');
    expect(r.total).toBe('2100.00');
  });
});

describe('a household with several activities', () => {
  test('the total is the sum of the rounded lines', () => {
    // 4 pigs × 700 = 2,800; 5 hives × 200 = 1,000; 0.5 mu tianma × 1,000 = 500 → 4,300
    const r = run(
      household('monitored', [
        { type: 'pig', head: 4, income: 3000 },
        { type: 'bees', boxes: 5, income: 1500 },
        { type: 'tianma', area: 0.5, income: 1200 },
      ]),
    );
    expect(r.total).toBe('4300.00');
    expect(r.lines.filter((l) => l.status === 'eligible').map((l) => l.amount)).toEqual([
      '500.00',
      '2800.00',
      '1000.00',
    ]);
  });

  test('each check is traced with its value, threshold and clause', () => {
    const line = lineOf(
      run(household('monitored', [{ type: 'pig', head: 4, income: 3000 }])),
      'monitored-pig',
    );
    expect(line.trace.map((e) => [e.condition, e.value, e.threshold, e.passed])).toEqual([
      ['inForce', '2023-12-31', '2023-01-01 – 2023-12-31', true],
      ['subject', '监测对象', '监测对象', true],
      ['head', '4', '2', true],
      ['income', '3000', '2000', true],
    ]);
    expect(line.trace.every((e) => e.clause === '五(一)4(4)')).toBe(true);
    expect(line.clauseText).toBe('养殖类：1.当年养猪2头及以上，收入达到2000元以上，奖补标准700元/头；');
  });
});
