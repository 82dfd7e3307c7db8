import { describe, expect, test } from 'vitest';
import { household, lineOf, run } from './helpers.ts';

const withMember = (
  category: 'poverty-alleviated' | 'monitored' | 'ordinary',
  member: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) => household(category, [], { members: [{ id: 'm1', name: '张三', ...member }], ...extra });

describe('五(三)1 雨露计划: 3,000 per student per academic year', () => {
  test.for<
    [
      string,
      'poverty-alleviated' | 'monitored' | 'ordinary',
      Record<string, unknown>,
      string,
      string,
      string?,
    ]
  >([
    [
      '技工类院校 student of a 脱贫户',
      'poverty-alleviated',
      { schoolType: 'technical', enrolled: true },
      'eligible',
      '3000.00',
    ],
    [
      '中职 student of a 脱贫户',
      'poverty-alleviated',
      { schoolType: 'secondary-vocational', enrolled: true },
      'eligible',
      '3000.00',
    ],
    [
      '高职 student of a 脱贫户',
      'poverty-alleviated',
      { schoolType: 'higher-vocational', enrolled: true },
      'eligible',
      '3000.00',
    ],
    [
      '普通高中 student',
      'poverty-alleviated',
      { schoolType: 'general', enrolled: true },
      'ineligible',
      '0.00',
      'school',
    ],
    [
      'not enrolled',
      'poverty-alleviated',
      { schoolType: 'technical', enrolled: false },
      'ineligible',
      '0.00',
      'enrolled',
    ],
    [
      'a 监测对象 family, which the plan does not name',
      'monitored',
      { schoolType: 'technical', enrolled: true },
      'ineligible',
      '0.00',
      'subject',
    ],
    [
      'an ordinary family',
      'ordinary',
      { schoolType: 'technical', enrolled: true },
      'ineligible',
      '0.00',
      'subject',
    ],
  ])('%s', ([, category, student, status, amount, reason]) => {
    const line = lineOf(run(withMember(category, { student })), 'rain-dew');
    expect(line.status).toBe(status);
    expect(line.amount).toBe(amount);
    expect(line.clause).toBe('五(三)1');
    if (reason) expect(line.reason?.condition).toBe(reason);
  });

  test('a 监测对象 household is told the plan follows 建档立卡脱贫户 only, and the national rule differs', () => {
    const line = lineOf(
      run(withMember('monitored', { student: { schoolType: 'technical', enrolled: true } })),
      'rain-dew',
    );
    expect(line.notes[0]?.zh).toContain('国家雨露计划也覆盖监测对象家庭');
  });

  test('two students are two lines: 6,000', () => {
    const r = run(
      household('poverty-alleviated', [], {
        members: [
          { id: 'a', student: { schoolType: 'technical', enrolled: true } },
          { id: 'b', student: { schoolType: 'higher-vocational', enrolled: true } },
        ],
      }),
    );
    expect(r.total).toBe('6000.00');
  });
});

describe('五(三)2 travel grant: 省外500, 市外省内300, 县外市内200, once per person per year', () => {
  const trip = (place: Record<string, unknown>, from = '2023-03-01') => ({ workTrips: [{ from, place }] });
  test.for<[string, Record<string, unknown>, string, string, string?]>([
    ['Guangdong (省外)', { province: '广东省', city: '深圳市', county: '南山区' }, 'eligible', '500.00'],
    ["Xi'an (市外省内)", { province: '陕西省', city: '西安市', county: '雁塔区' }, 'eligible', '300.00'],
    ['Nanzheng (县外市内)', { province: '陕西省', city: '汉中市', county: '南郑区' }, 'eligible', '200.00'],
    [
      'Xixiang itself (县内)',
      { province: '陕西省', city: '汉中市', county: '西乡县' },
      'ineligible',
      '0.00',
      'workPlace',
    ],
    ['by code 440305 (省外)', { province: '?', code: '440305' }, 'eligible', '500.00'],
    ['by code 610113 (市外省内)', { province: '?', code: '610113' }, 'eligible', '300.00'],
    ['by code 610703 (县外市内)', { province: '?', code: '610703' }, 'eligible', '200.00'],
    ['by code 610724 (县内)', { province: '?', code: '610724' }, 'ineligible', '0.00', 'workPlace'],
    ['Shaanxi without a city', { province: '陕西省' }, 'needs-information', '0.00', 'workPlace'],
  ])('%s', ([, place, status, amount, reason]) => {
    const line = lineOf(run(withMember('poverty-alleviated', trip(place))), 'travel-grant');
    expect(line.status).toBe(status);
    expect(line.amount).toBe(amount);
    expect(line.clause).toBe('五(三)2');
    if (reason) expect(line.reason?.condition).toBe(reason);
  });

  test('two trips in a year earn one grant, at the highest tier', () => {
    const member = {
      workTrips: [
        { from: '2023-02-01', to: '2023-05-31', place: { province: '陕西省', city: '西安市' } },
        { from: '2023-07-01', place: { province: '浙江省', city: '杭州市' } },
      ],
    };
    const r = run(withMember('poverty-alleviated', member));
    expect(r.lines.filter((l) => l.standardId === 'travel-grant')).toHaveLength(1);
    expect(r.total).toBe('500.00');
  });

  test('a person who already had the grant this year is refused (每人每年只能享受一次)', () => {
    const line = lineOf(
      run(
        withMember('poverty-alleviated', {
          ...trip({ province: '广东省', city: '广州市' }),
          travelGrantsReceived: 1,
        }),
      ),
      'travel-grant',
    );
    expect(line.status).toBe('ineligible');
    expect(line.reason?.condition).toBe('oncePerYear');
  });

  test('a trip in another year does not count', () => {
    const line = lineOf(
      run(withMember('poverty-alleviated', trip({ province: '广东省', city: '广州市' }, '2022-03-01'))),
      'travel-grant',
    );
    expect(line.status).toBe('ineligible');
    expect(line.reason?.condition).toBe('workTrip');
  });

  test('监测对象 workers are covered (含监测对象); ordinary ones are not', () => {
    expect(lineOf(run(withMember('monitored', trip({ province: '广东省' }))), 'travel-grant').amount).toBe(
      '500.00',
    );
    const ordinary = lineOf(run(withMember('ordinary', trip({ province: '广东省' }))), 'travel-grant');
    expect(ordinary.status).toBe('ineligible');
    expect(ordinary.reason?.condition).toBe('subject');
  });
});

describe('五(三)3 public-welfare posts: 600 per person per month', () => {
  test.for<
    [
      string,
      'poverty-alleviated' | 'monitored' | 'ordinary',
      Record<string, unknown>,
      Record<string, unknown>,
      string,
      string,
      string?,
    ]
  >([
    ['a 脱贫户 worker, 12 months', 'poverty-alleviated', { months: 12 }, {}, 'eligible', '7200.00'],
    ['a 脱贫户 worker, 1 month', 'poverty-alleviated', { months: 1 }, {}, 'eligible', '600.00'],
    ['no month in post', 'poverty-alleviated', { months: 0 }, {}, 'ineligible', '0.00', 'months'],
    [
      'a 零就业 边缘易致贫户',
      'monitored',
      { months: 6 },
      { monitoredType: 'marginal', zeroEmployment: true },
      'eligible',
      '3600.00',
    ],
    [
      'an 边缘易致贫户 with work',
      'monitored',
      { months: 6 },
      { monitoredType: 'marginal', zeroEmployment: false },
      'ineligible',
      '0.00',
      'subject',
    ],
    [
      'a 突发严重困难户',
      'monitored',
      { months: 6 },
      { monitoredType: 'sudden-hardship', zeroEmployment: true },
      'ineligible',
      '0.00',
      'subject',
    ],
    ['an ordinary household', 'ordinary', { months: 6 }, {}, 'ineligible', '0.00', 'subject'],
  ])('%s', ([, category, publicPost, extra, status, amount, reason]) => {
    const line = lineOf(run(withMember(category, { publicPost }, extra)), 'public-post');
    expect(line.status).toBe(status);
    expect(line.amount).toBe(amount);
    expect(line.clause).toBe('五(三)3');
    if (reason) expect(line.reason?.condition).toBe(reason);
  });

  test('the near miss of a post never held says one more month', () => {
    const line = lineOf(run(withMember('poverty-alleviated', { publicPost: { months: 0 } })), 'public-post');
    expect(line.nearMiss?.message.zh).toContain('差 1 个月');
  });
});
