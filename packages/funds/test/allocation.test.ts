import { describe, expect, test } from 'vitest';
import {
  allCounties,
  categoryKeys,
  checkAllocation,
  countiesByCategory,
  findCity,
  fundCategoryLabels,
  totalsByCategory,
  totalsByCityAndCategory,
} from '../src/allocation.ts';
import { AllocationCheck, ProvinceAllocation } from '../src/shanxi-2023.schema.ts';
import { shanxi2023 } from '../src/shanxi-2023.ts';

const byId = (checks: AllocationCheck[], id: string) => checks.find((check) => check.id === id);

describe('checkAllocation on the seed: everything adds up', () => {
  const checks = checkAllocation();

  test('26 checks: 11 cities × 2 columns, province against cities and against rows × 2', () => {
    expect(checks).toHaveLength(26);
    expect(checks.every((check) => AllocationCheck.safeParse(check).success)).toBe(true);
    expect(checks.filter((check) => !check.passed)).toEqual([]);
  });

  // [city, 金额 subtotal, 健康 subtotal]: stated in the seed; the row sums were added by hand
  test.for([
    ['太原市', '4659', '1000'],
    ['大同市', '20095', '3000'],
    ['阳泉市', '3636', '1000'],
    ['长治市', '15606', '1000'],
    ['晋城市', '8667', '1000'],
    ['朔州市', '6321', '1000'],
    ['晋中市', '16926', '1000'],
    ['运城市', '15232', '1000'],
    ['忻州市', '29950', '1000'],
    ['临汾市', '26771', '2000'],
    ['吕梁市', '24357', '1000'],
  ] as const)('%s: 金额 %s, 健康 %s', ([city, amount, health]) => {
    expect(byId(checks, `city-subtotal.${city}.amount`)).toMatchObject({
      expected: amount,
      actual: amount,
      passed: true,
      source: `晋乡振发〔2023〕8号 附件 ${city}小计`,
    });
    expect(byId(checks, `city-subtotal.${city}.health`)).toMatchObject({
      expected: health,
      actual: health,
      passed: true,
    });
  });

  test.for([
    ['province-total.cities.amount', '172220'],
    ['province-total.cities.health', '14000'],
    ['province-total.counties.amount', '172220'],
    ['province-total.counties.health', '14000'],
  ] as const)('%s = %s', ([id, total]) => {
    expect(byId(checks, id)).toMatchObject({
      expected: total,
      actual: total,
      passed: true,
      source: '晋乡振发〔2023〕8号 附件 全省合计',
    });
  });

  test('labels name the check in both languages', () => {
    expect(byId(checks, 'city-subtotal.太原市.amount')?.label).toEqual({
      zh: '太原市小计（金额）等于所列2个县（区、市）之和',
      en: '太原市 subtotal (amount) equals the sum of its 2 rows',
    });
    expect(byId(checks, 'province-total.counties.health')?.label.zh).toBe(
      '全省合计（其中：健康乡村示范创建）等于全部105行之和',
    );
  });
});

describe('checkAllocation on a table that does not add up: reported, not thrown', () => {
  // zod's parse returns a deep copy, so the edit never reaches the module's data
  const withRow = (edit: (doc: ProvinceAllocation) => void) => {
    const doc = ProvinceAllocation.parse(shanxi2023);
    edit(doc);
    return checkAllocation(doc);
  };

  test('娄烦县 3459 instead of 3458: 太原市 and the province-from-rows fail, the rest pass', () => {
    const checks = withRow((doc) => {
      const row = doc.cities[0]?.counties[0];
      if (row) row.amount = '3459';
    });
    expect(byId(checks, 'city-subtotal.太原市.amount')).toMatchObject({
      expected: '4659',
      actual: '4660',
      passed: false,
    });
    expect(byId(checks, 'province-total.counties.amount')).toMatchObject({
      expected: '172220',
      actual: '172221',
      passed: false,
    });
    expect(byId(checks, 'province-total.cities.amount')?.passed).toBe(true);
    expect(checks.filter((check) => !check.passed).map((check) => check.id)).toEqual([
      'city-subtotal.太原市.amount',
      'province-total.counties.amount',
    ]);
  });

  test('大同市小计 health stated 2000 instead of 3000: the city and the province-from-cities fail', () => {
    const checks = withRow((doc) => {
      const city = doc.cities[1];
      if (city) city.subtotal.health = '2000';
    });
    expect(
      checks.filter((check) => !check.passed).map((check) => [check.id, check.expected, check.actual]),
    ).toEqual([
      ['city-subtotal.大同市.health', '2000', '3000'],
      ['province-total.cities.health', '14000', '13000'],
    ]);
  });

  test('sums are exact in decimals: 0.1 + 0.2 rows against a 0.3 subtotal pass', () => {
    const checks = withRow((doc) => {
      const city = doc.cities[0];
      if (!city) return;
      city.counties = [
        { ...city.counties[0]!, amount: '0.1' },
        { ...city.counties[1]!, amount: '0.2' },
      ];
      city.subtotal.amount = '0.3';
    });
    expect(byId(checks, 'city-subtotal.太原市.amount')).toMatchObject({ actual: '0.3', passed: true });
  });

  test('the edits above left the module data untouched', () => {
    expect(checkAllocation().every((check) => check.passed)).toBe(true);
  });
});

describe('queries', () => {
  test('findCity: 太原市 and its two rows; an unknown city is undefined', () => {
    expect(findCity('太原市')?.counties.map((row) => [row.name, row.amount, row.category])).toEqual([
      ['娄烦县', '3458', '重点帮扶县'],
      ['阳曲县', '1201', '整体推进县'],
    ]);
    expect(findCity('太原')).toBeUndefined();
    expect(findCity('西安市')).toBeUndefined();
  });

  test('allCounties: 105 rows in the seed order, each with its city', () => {
    const rows = allCounties();
    expect(rows).toHaveLength(105);
    expect(rows[0]).toMatchObject({ city: '太原市', name: '娄烦县' });
    expect(rows.at(-1)).toMatchObject({ city: '吕梁市', name: '孝义市', amount: '375' });
  });

  test.for([
    ['重点帮扶县', 46, '娄烦县', '中阳县'],
    ['整体推进县', 37, '阳曲县', '汾阳市'],
    ['先行示范县', 21, '云冈区', '孝义市'],
  ] as const)('countiesByCategory(%s): %i rows, %s … %s', ([category, count, first, last]) => {
    const rows = countiesByCategory(category);
    expect(rows).toHaveLength(count);
    expect(rows.every((row) => row.category === category)).toBe(true);
    expect(rows[0]?.name).toBe(first);
    expect(rows.at(-1)?.name).toBe(last);
  });

  test('countiesByCategory(null): the 五台山 committee, under 忻州市', () => {
    expect(countiesByCategory(null).map((row) => [row.city, row.name, row.amount])).toEqual([
      ['忻州市', '五台山风景名胜区管委会', '733'],
    ]);
  });

  // hand-added from the seed: 124198 + 33557 + 13732 + 733 = 172220; the 14 earmarks are all 重点帮扶县
  test('totalsByCategory', () => {
    expect(totalsByCategory()).toEqual([
      { category: '重点帮扶县', count: 46, amount: '124198', health: '14000' },
      { category: '整体推进县', count: 37, amount: '33557', health: '0' },
      { category: '先行示范县', count: 21, amount: '13732', health: '0' },
      { category: null, count: 1, amount: '733', health: '0' },
    ]);
  });

  test('categoryKeys and their labels', () => {
    expect(categoryKeys).toEqual(['重点帮扶县', '整体推进县', '先行示范县', null]);
    expect(fundCategoryLabels.重点帮扶县.en).toBe('key-assistance county');
    expect(fundCategoryLabels.none.zh).toBe('无类别');
  });

  describe('totalsByCityAndCategory', () => {
    const grid = totalsByCityAndCategory();
    const cell = (city: string, category: string | null) =>
      grid.find((row) => row.city === city && row.category === category);

    test('a dense grid: 11 cities × 4 keys', () => {
      expect(grid).toHaveLength(44);
    });

    // hand-added from the seed's rows
    test.for([
      ['太原市', '重点帮扶县', 1, '3458', '1000'],
      ['太原市', '整体推进县', 1, '1201', '0'],
      ['太原市', '先行示范县', 0, '0', '0'],
      ['太原市', null, 0, '0', '0'],
      // 2658+2553+2425+1975+2356+2872+3627+2520+1882+1972+2073
      ['忻州市', '重点帮扶县', 11, '26913', '1000'],
      ['忻州市', '整体推进县', 1, '789', '0'],
      // 原平市 738 + 忻府区 777
      ['忻州市', '先行示范县', 2, '1515', '0'],
      ['忻州市', null, 1, '733', '0'],
      // 3435+2328+2264+2201+3462+3937
      ['大同市', '重点帮扶县', 6, '17627', '3000'],
      // 左云县 467 + 新荣区 1683
      ['大同市', '整体推进县', 2, '2150', '0'],
      ['大同市', '先行示范县', 1, '318', '0'],
    ] as const)('%s × %s: %i rows, %s / %s', ([city, category, count, amount, health]) => {
      expect(cell(city, category)).toEqual({ city, category, count, amount, health });
    });

    test('each city row of the grid adds up to its stated subtotal', () => {
      for (const city of shanxi2023.cities) {
        const cells = grid.filter((row) => row.city === city.name);
        const amount = cells.reduce((acc, row) => acc + Number(row.amount), 0);
        const count = cells.reduce((acc, row) => acc + row.count, 0);
        expect([city.name, String(amount), count]).toEqual([
          city.name,
          city.subtotal.amount,
          city.counties.length,
        ]);
      }
    });
  });
});
