import { findCity, shanxi2023 } from '@huinong/funds';
import { describe, expect, test } from 'vitest';
import { categoryBars, cityBars, NO_FILTER, selectAllocation } from './allocation-view.ts';
import { addDecimals } from './numbers.ts';

describe('selectAllocation', () => {
  test('no filter: all 105 rows in 11 cities, the province total 172,220 / 14,000', () => {
    const s = selectAllocation(NO_FILTER);
    expect(s.groups).toHaveLength(11);
    expect(s.count).toBe(105);
    expect([s.amount, s.health]).toEqual(['172220', '14000']);
  });

  test('太原市: 娄烦县 3458 + 阳曲县 1201 = 4659, earmark 1000', () => {
    const s = selectAllocation({ city: '太原市', category: null });
    expect(s.groups.map((g) => g.city.name)).toEqual(['太原市']);
    expect(s.groups[0]?.rows.map((r) => [r.name, r.amount, r.health])).toEqual([
      ['娄烦县', '3458', '1000'],
      ['阳曲县', '1201', '0'],
    ]);
    expect([s.count, s.amount, s.health]).toEqual([2, '4659', '1000']);
  });

  test.for([
    ['重点帮扶县', 46, '124198', '14000'],
    ['整体推进县', 37, '33557', '0'],
    ['先行示范县', 21, '13732', '0'],
  ] as const)('%s: %i counties, %s / %s', ([category, count, amount, health]) => {
    const s = selectAllocation({ city: null, category });
    expect([s.count, s.amount, s.health]).toEqual([count, amount, health]);
    expect(s.groups.every((g) => g.rows.every((r) => r.category === category))).toBe(true);
  });

  test('both filters: 太原市 整体推进县 is 阳曲县 alone; a city without the category shows nothing', () => {
    const s = selectAllocation({ city: '太原市', category: '整体推进县' });
    expect(s.groups.flatMap((g) => g.rows.map((r) => r.name))).toEqual(['阳曲县']);
    expect(selectAllocation({ city: '太原市', category: '先行示范县' })).toMatchObject({
      groups: [],
      count: 0,
      amount: '0',
    });
  });

  test('every city alone sums to its stated subtotal, in both columns', () => {
    for (const city of shanxi2023.cities) {
      const s = selectAllocation({ city: city.name, category: null });
      expect([s.amount, s.health]).toEqual([city.subtotal.amount, city.subtotal.health]);
    }
  });
});

describe('chart bars', () => {
  test('by city, no category: one bar per city, stacked by category, each the stated subtotal', () => {
    const bars = cityBars(NO_FILTER);
    expect(bars.map((b) => b.key)).toEqual(shanxi2023.cities.map((c) => c.name));
    for (const bar of bars) {
      expect(bar.amount).toBe(findCity(bar.key)?.subtotal.amount);
      expect(addDecimals(bar.parts.map((p) => p.amount))).toBe(bar.amount);
    }
    // 忻州市 has all three categories and the 五台山 committee
    expect(bars.find((b) => b.key === '忻州市')?.parts.map((p) => p.series)).toEqual([
      'key',
      'overall',
      'pilot',
      'none',
    ]);
  });

  test('by city in one category: one part per bar; the chosen city is selected', () => {
    const bars = cityBars({ city: '忻州市', category: '重点帮扶县' });
    expect(bars.every((b) => b.parts.length <= 1)).toBe(true);
    expect(bars.filter((b) => b.selected).map((b) => b.key)).toEqual(['忻州市']);
    expect(addDecimals(bars.map((b) => b.amount))).toBe('124198');
  });

  test('by category: the province has 46 / 37 / 21 and the committee; 太原市 has no committee bar', () => {
    expect(categoryBars(NO_FILTER).map((b) => [b.key, b.count, b.amount])).toEqual([
      ['key', 46, '124198'],
      ['overall', 37, '33557'],
      ['pilot', 21, '13732'],
      ['none', 1, '733'],
    ]);
    expect(categoryBars({ city: '太原市', category: null }).map((b) => [b.key, b.count, b.amount])).toEqual([
      ['key', 1, '3458'],
      ['overall', 1, '1201'],
      ['pilot', 0, '0'],
    ]);
  });
});
