import { describe, expect, test } from 'vitest';
import { LprSeries, lprInForce } from '../../benefits/src/loan/index.ts';
import { lprSeries } from '../src/lpr.ts';

describe('lprSeries', () => {
  test('validates and is strictly increasing, from the reform fixing of 2019-08-20', () => {
    expect(LprSeries.safeParse(lprSeries).success).toBe(true);
    expect(lprSeries[0]?.date).toBe('2019-08-20');
    for (let i = 1; i < lprSeries.length; i++) {
      expect((lprSeries[i - 1]?.date ?? '') < (lprSeries[i]?.date ?? '')).toBe(true);
    }
  });

  test('one fixing a month, 2019-08 through 2026-02 (79 months)', () => {
    const months = lprSeries.map((f) => f.date.slice(0, 7));
    expect(new Set(months).size).toBe(months.length);
    expect(months.length).toBe(79);
    expect(months.at(-1)).toBe('2026-02');
  });

  test('published on the 20th or the next working day', () => {
    for (const f of lprSeries) {
      const day = Number(f.date.slice(8));
      expect(day).toBeGreaterThanOrEqual(20);
      expect(day).toBeLessThanOrEqual(24);
      const weekday = new Date(`${f.date}T00:00:00Z`).getUTCDay();
      // 2021-02-20 was a Saturday worked in exchange for the Spring Festival holiday
      if (f.date !== '2021-02-20') expect([0, 6]).not.toContain(weekday);
    }
  });

  test('each fixing cites the announcement of its own day', () => {
    expect(lprSeries.find((f) => f.date === '2023-08-21')?.source).toBe(
      '全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告（2023年8月21日）',
    );
    for (const f of lprSeries)
      expect(f.source).toMatch(
        /^全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告（\d{4}年\d{1,2}月\d{1,2}日）$/,
      );
  });

  // the catalogue's known values and the changes between them
  test.for([
    { date: '2019-08-20', oneYear: '4.25', fiveYear: '4.85' },
    { date: '2019-09-20', oneYear: '4.20', fiveYear: '4.85' },
    { date: '2019-11-20', oneYear: '4.15', fiveYear: '4.80' },
    { date: '2020-02-20', oneYear: '4.05', fiveYear: '4.75' },
    { date: '2020-04-20', oneYear: '3.85', fiveYear: '4.65' },
    { date: '2021-12-20', oneYear: '3.80', fiveYear: '4.65' },
    { date: '2022-01-20', oneYear: '3.70', fiveYear: '4.60' },
    { date: '2022-05-20', oneYear: '3.70', fiveYear: '4.45' },
    { date: '2022-08-22', oneYear: '3.65', fiveYear: '4.30' },
    { date: '2023-06-20', oneYear: '3.55', fiveYear: '4.20' },
    { date: '2023-08-21', oneYear: '3.45', fiveYear: '4.20' },
    { date: '2024-02-20', oneYear: '3.45', fiveYear: '3.95' },
    { date: '2024-07-22', oneYear: '3.35', fiveYear: '3.85' },
    { date: '2024-10-21', oneYear: '3.10', fiveYear: '3.60' },
    { date: '2025-05-20', oneYear: '3.00', fiveYear: '3.50' },
  ])('the fixing of $date: $oneYear / $fiveYear', (c) => {
    expect(lprSeries.find((f) => f.date === c.date)).toMatchObject(c);
  });

  test('the rate changes exactly on those dates and nowhere else', () => {
    const changes = lprSeries
      .filter((f, i) => {
        const prev = lprSeries[i - 1];
        return !prev || prev.oneYear !== f.oneYear || prev.fiveYear !== f.fiveYear;
      })
      .map((f) => f.date);
    expect(changes).toEqual([
      '2019-08-20',
      '2019-09-20',
      '2019-11-20',
      '2020-02-20',
      '2020-04-20',
      '2021-12-20',
      '2022-01-20',
      '2022-05-20',
      '2022-08-22',
      '2023-06-20',
      '2023-08-21',
      '2024-02-20',
      '2024-07-22',
      '2024-10-21',
      '2025-05-20',
    ]);
  });

  // the rate in force the day before and the day of a change
  test.for([
    { date: '2019-08-20', oneYear: '4.25', fiveYear: '4.85' },
    { date: '2023-08-20', oneYear: '3.55', fiveYear: '4.20' },
    { date: '2023-08-21', oneYear: '3.45', fiveYear: '4.20' },
    { date: '2024-02-19', oneYear: '3.45', fiveYear: '4.20' },
    { date: '2024-02-20', oneYear: '3.45', fiveYear: '3.95' },
    { date: '2024-07-21', oneYear: '3.45', fiveYear: '3.95' },
    { date: '2024-07-22', oneYear: '3.35', fiveYear: '3.85' },
    { date: '2024-10-20', oneYear: '3.35', fiveYear: '3.85' },
    { date: '2024-10-21', oneYear: '3.10', fiveYear: '3.60' },
    { date: '2025-05-19', oneYear: '3.10', fiveYear: '3.60' },
    { date: '2025-05-20', oneYear: '3.00', fiveYear: '3.50' },
    // a holiday-shifted fixing: 2021-09-20/21 were 中秋节, the September fixing came on the 22nd
    { date: '2021-09-21', oneYear: '3.85', fiveYear: '4.65' },
  ])('in force on $date: $oneYear / $fiveYear', (c) => {
    const f = lprInForce(lprSeries, c.date);
    expect([f.oneYear, f.fiveYear]).toEqual([c.oneYear, c.fiveYear]);
  });

  test('in force the day before a fixing is the previous fixing', () => {
    expect(lprInForce(lprSeries, '2021-09-21').date).toBe('2021-08-20');
    expect(lprInForce(lprSeries, '2021-09-22').date).toBe('2021-09-22');
  });

  test('no LPR before the reform', () => {
    expect(() => lprInForce(lprSeries, '2019-08-19')).toThrow(RangeError);
  });
});
