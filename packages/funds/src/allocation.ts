import type { Text } from '@huinong/benefits';
import { plain, sum } from './decimal.ts';
import {
  type AllocationCheck,
  type CityAllocation,
  type CountyAllocation,
  FundCategory,
  type ProvinceAllocation,
} from './shanxi-2023.schema.ts';
import { shanxi2023 } from './shanxi-2023.ts';

/** The two money columns of the table, with their printed headers. */
const columns = [
  { key: 'amount', zh: '金额', en: 'amount' },
  { key: 'health', zh: '其中：健康乡村示范创建', en: 'of which health-village demonstration' },
] as const;

/** Category keys in the order of the catalogue, then rows without a category (the 五台山 committee). */
export const categoryKeys: readonly (FundCategory | null)[] = [...FundCategory.options, null];

/** Labels for charts and tables; `null` is the row without a category. */
export const fundCategoryLabels: Record<FundCategory | 'none', Text> = {
  重点帮扶县: { zh: '重点帮扶县', en: 'key-assistance county' },
  整体推进县: { zh: '整体推进县', en: 'overall-advancement county' },
  先行示范县: { zh: '先行示范县', en: 'pilot-demonstration county' },
  none: { zh: '无类别', en: 'no category' },
};

/** A county row with the city it is listed under. */
export type CountyRow = CountyAllocation & { city: string };

/** Count and sums of both columns for one category (and, for `CityCategoryTotal`, one city). */
export type CategoryTotal = { category: FundCategory | null; count: number; amount: string; health: string };
export type CityCategoryTotal = CategoryTotal & { city: string };

const rowsOf = (doc: ProvinceAllocation): CountyRow[] =>
  doc.cities.flatMap((city) => city.counties.map((row) => ({ ...row, city: city.name })));

/**
 * Checks that the table adds up, for both money columns: each city's stated subtotal against the
 * sum of its rows, the province total against the sum of the city subtotals, and the province total
 * against the sum of every row. Returns one result per check and never throws; a table that does not
 * add up yields checks with `passed: false`. This is a pure function.
 */
export function checkAllocation(doc: ProvinceAllocation = shanxi2023): AllocationCheck[] {
  const checks: AllocationCheck[] = [];
  const at = (row: string) => `${doc.documentNumber} 附件 ${row}`;
  for (const city of doc.cities) {
    for (const col of columns) {
      const actual = sum(city.counties.map((row) => row[col.key]));
      checks.push({
        id: `city-subtotal.${city.name}.${col.key}`,
        label: {
          zh: `${city.seedName}（${col.zh}）等于所列${city.counties.length}个县（区、市）之和`,
          en: `${city.name} subtotal (${col.en}) equals the sum of its ${city.counties.length} rows`,
        },
        expected: city.subtotal[col.key],
        actual: plain(actual),
        passed: actual.equals(city.subtotal[col.key]),
        source: at(city.seedName),
      });
    }
  }
  const rows = rowsOf(doc);
  for (const col of columns) {
    const ofCities = sum(doc.cities.map((city) => city.subtotal[col.key]));
    checks.push({
      id: `province-total.cities.${col.key}`,
      label: {
        zh: `全省合计（${col.zh}）等于${doc.cities.length}个市小计之和`,
        en: `province total (${col.en}) equals the sum of the ${doc.cities.length} city subtotals`,
      },
      expected: doc.total[col.key],
      actual: plain(ofCities),
      passed: ofCities.equals(doc.total[col.key]),
      source: at('全省合计'),
    });
  }
  for (const col of columns) {
    const ofRows = sum(rows.map((row) => row[col.key]));
    checks.push({
      id: `province-total.counties.${col.key}`,
      label: {
        zh: `全省合计（${col.zh}）等于全部${rows.length}行之和`,
        en: `province total (${col.en}) equals the sum of all ${rows.length} rows`,
      },
      expected: doc.total[col.key],
      actual: plain(ofRows),
      passed: ofRows.equals(doc.total[col.key]),
      source: at('全省合计'),
    });
  }
  return checks;
}

/** The city whose name is `name` (太原市), or undefined. This is a pure function. */
export function findCity(name: string, doc: ProvinceAllocation = shanxi2023): CityAllocation | undefined {
  return doc.cities.find((city) => city.name === name);
}

/** Every row of the table in the seed's order, each with its city. This is a pure function. */
export function allCounties(doc: ProvinceAllocation = shanxi2023): CountyRow[] {
  return rowsOf(doc);
}

/**
 * The rows of one category in the seed's order; `null` gives the rows without a category
 * (五台山风景名胜区管委会). This is a pure function.
 */
export function countiesByCategory(
  category: FundCategory | null,
  doc: ProvinceAllocation = shanxi2023,
): CountyRow[] {
  return rowsOf(doc).filter((row) => row.category === category);
}

const totalOf = (category: FundCategory | null, rows: readonly CountyRow[]): CategoryTotal => {
  const inCategory = rows.filter((row) => row.category === category);
  return {
    category,
    count: inCategory.length,
    amount: plain(sum(inCategory.map((row) => row.amount))),
    health: plain(sum(inCategory.map((row) => row.health))),
  };
};

/**
 * Count and sums per category, one entry per key of `categoryKeys` (the last, `null`, is the row
 * without a category). The entries add up to the province's rows. This is a pure function.
 */
export function totalsByCategory(doc: ProvinceAllocation = shanxi2023): CategoryTotal[] {
  const rows = rowsOf(doc);
  return categoryKeys.map((category) => totalOf(category, rows));
}

/**
 * Count and sums per city × category for a stacked chart: a dense grid, every city with every key
 * of `categoryKeys` in order, zeros included. This is a pure function.
 */
export function totalsByCityAndCategory(doc: ProvinceAllocation = shanxi2023): CityCategoryTotal[] {
  return doc.cities.flatMap((city) => {
    const rows = city.counties.map((row) => ({ ...row, city: city.name }));
    return categoryKeys.map((category) => ({ city: city.name, ...totalOf(category, rows) }));
  });
}
