import { describe, expect, test } from 'vitest';
import { LprSeries, lprInForce, lprNextFixingDue } from '../../src/loan/index.ts';
import { lpr } from './fixtures.ts';

const fixing = (date: string, oneYear = '3.45', fiveYear = '4.20') => ({
  date,
  oneYear,
  fiveYear,
  source: 'LPR公告',
});

describe('LprSeries', () => {
  test.for([
    {
      name: 'an empty series',
      series: [],
      path: '',
      message: 'LPR序列 LPR series: 不能为空 must hold at least one fixing',
    },
    {
      name: 'dates out of order',
      series: [fixing('2023-09-20'), fixing('2023-08-21')],
      path: '1.date',
      message:
        '公布日期 publication date: 应晚于上一期 2023-09-20 must be after the previous fixing (dates strictly increasing)',
    },
    {
      name: 'a repeated date',
      series: [fixing('2023-08-21'), fixing('2023-08-21')],
      path: '1.date',
      message:
        '公布日期 publication date: 应晚于上一期 2023-08-21 must be after the previous fixing (dates strictly increasing)',
    },
    {
      name: 'a date that does not exist',
      series: [fixing('2023-02-30')],
      path: '0.date',
      message: '公布日期 publication date: 不是有效日期 not a real date (YYYY-MM-DD)',
    },
    {
      name: 'a fixing before the reform',
      series: [fixing('2019-07-20')],
      path: '0.date',
      message: '公布日期 publication date: 早于LPR改革首次报价 before the first reformed fixing (2019-08-20)',
    },
    {
      name: 'a rate as a fraction instead of percent text',
      series: [fixing('2023-08-21', '0.0345x')],
      path: '0.oneYear',
      message: '1年期LPR one-year LPR: 应为百分数字符串 expected a percent string such as "3.45"',
    },
    {
      name: 'no source',
      series: [{ ...fixing('2023-08-21'), source: '' }],
      path: '0.source',
      message: '来源 source: 不能为空 must cite the announcement',
    },
  ])('refuses $name', (c) => {
    const r = LprSeries.safeParse(c.series);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))).toContainEqual({
      path: c.path,
      message: c.message,
    });
  });
});

describe('lprInForce', () => {
  test.for([
    { date: '2019-08-20', oneYear: '4.25', fiveYear: '4.85' },
    { date: '2023-08-20', oneYear: '3.55', fiveYear: '4.20' },
    { date: '2023-08-21', oneYear: '3.45', fiveYear: '4.20' },
    { date: '2024-02-19', oneYear: '3.45', fiveYear: '4.20' },
    { date: '2024-02-20', oneYear: '3.45', fiveYear: '3.95' },
    { date: '2030-01-01', oneYear: '3.00', fiveYear: '3.50' },
  ])('on $date: $oneYear / $fiveYear', (c) => {
    const f = lprInForce(lpr, c.date);
    expect([f.oneYear, f.fiveYear]).toEqual([c.oneYear, c.fiveYear]);
  });

  test('before 2019-08-20 there is no LPR', () => {
    expect(() => lprInForce(lpr, '2019-08-19')).toThrow(RangeError);
  });

  test('before the first fixing of a partial series', () => {
    expect(() => lprInForce([fixing('2023-08-21')], '2023-08-20')).toThrow(RangeError);
  });

  test.for([
    { last: '2026-02-24', due: '2026-03-20' },
    { last: '2025-12-22', due: '2026-01-20' },
  ])('after a last fixing of $last the next is due by $due', (c) => {
    expect(lprNextFixingDue([fixing('2019-08-20'), fixing(c.last)])).toBe(c.due);
  });
});
