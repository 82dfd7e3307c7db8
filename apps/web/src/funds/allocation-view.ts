import type { Text } from '@huinong/benefits';
import {
  allCounties,
  type CityAllocation,
  type CountyRow,
  categoryKeys,
  type FundCategory,
  fundCategoryLabels,
  type ProvinceAllocation,
  shanxi2023,
  totalsByCityAndCategory,
} from '@huinong/funds';
import { placeText } from './names.ts';
import { addDecimals } from './numbers.ts';

/** What the table shows: one city or all (`null`), one category or all (`null`). */
export interface AllocationFilter {
  readonly city: string | null;
  readonly category: FundCategory | null;
}

export const NO_FILTER: AllocationFilter = { city: null, category: null };

/** The rows of one city that pass the filter, and their sums in both columns. */
export interface CityGroup {
  readonly city: CityAllocation;
  readonly rows: readonly CountyRow[];
  readonly amount: string;
  readonly health: string;
}

/** The filtered table: rows grouped by city in the seed's order, with the filtered subtotal. */
export interface AllocationSelection {
  readonly groups: readonly CityGroup[];
  /** rows shown */
  readonly count: number;
  /** of which county-level divisions; the rest is the 五台山 committee */
  readonly counties: number;
  readonly amount: string;
  readonly health: string;
}

const matches = (filter: AllocationFilter) => (row: CountyRow) =>
  (filter.city === null || row.city === filter.city) &&
  (filter.category === null || row.category === filter.category);

const sums = (rows: readonly CountyRow[]) => ({
  amount: addDecimals(rows.map((r) => r.amount)),
  health: addDecimals(rows.map((r) => r.health)),
});

/**
 * The rows that pass the filter, grouped by city (cities with no such row are left out), with each
 * group's sums and the sums of everything shown. The sums are computed from the rows, exactly; the
 * stated subtotals are compared with them by `checkAllocation`. This is a pure function.
 */
export function selectAllocation(
  filter: AllocationFilter,
  doc: ProvinceAllocation = shanxi2023,
): AllocationSelection {
  const keep = matches(filter);
  const rows = allCounties(doc).filter(keep);
  const groups = doc.cities
    .map((city) => {
      const own = rows.filter((r) => r.city === city.name);
      return { city, rows: own, ...sums(own) };
    })
    .filter((group) => group.rows.length > 0);
  const counties = rows.filter((r) => r.kind === 'county').length;
  return { groups, count: rows.length, counties, ...sums(rows) };
}

/** A CSS-safe key for each category; `none` is the row without one (五台山风景名胜区管委会). */
export type SeriesKey = 'key' | 'overall' | 'pilot' | 'none';

export const seriesOf = (category: FundCategory | null): SeriesKey =>
  category === '重点帮扶县'
    ? 'key'
    : category === '整体推进县'
      ? 'overall'
      : category === '先行示范县'
        ? 'pilot'
        : 'none';

export const categoryLabel = (category: FundCategory | null): Text => fundCategoryLabels[category ?? 'none'];

/** One bar of a chart: its label, the stacked parts (万元) and the figure printed at its end. */
export interface Bar {
  readonly key: string;
  readonly label: Text;
  readonly parts: readonly { series: SeriesKey; label: Text; amount: string }[];
  readonly amount: string;
  readonly count: number;
  readonly selected: boolean;
}

/**
 * One bar per city: the amount of the rows in the chosen category (all categories, stacked, when
 * none is chosen). The chosen city, if any, is marked `selected`. This is a pure function.
 */
export function cityBars(filter: AllocationFilter, doc: ProvinceAllocation = shanxi2023): Bar[] {
  const grid = totalsByCityAndCategory(doc);
  return doc.cities.map((city) => {
    const cells = grid.filter(
      (cell) =>
        cell.city === city.name &&
        cell.count > 0 &&
        (filter.category === null || cell.category === filter.category),
    );
    return {
      key: city.name,
      label: placeText(city.name),
      parts: cells.map((cell) => ({
        series: seriesOf(cell.category),
        label: categoryLabel(cell.category),
        amount: cell.amount,
      })),
      amount: addDecimals(cells.map((cell) => cell.amount)),
      count: cells.reduce((n, cell) => n + cell.count, 0),
      selected: filter.city === city.name,
    };
  });
}

/**
 * One bar per category (and one for the row without a category, where the chosen city has it):
 * count and amount of the rows in the chosen city (the province when none is chosen). The chosen
 * category, if any, is marked `selected`. This is a pure function.
 */
export function categoryBars(filter: AllocationFilter, doc: ProvinceAllocation = shanxi2023): Bar[] {
  const rows = allCounties(doc).filter((r) => filter.city === null || r.city === filter.city);
  return categoryKeys
    .map((category) => {
      const own = rows.filter((r) => r.category === category);
      const amount = addDecimals(own.map((r) => r.amount));
      return {
        key: seriesOf(category),
        label: categoryLabel(category),
        parts: [{ series: seriesOf(category), label: categoryLabel(category), amount }],
        amount,
        count: own.length,
        selected: category !== null && filter.category === category,
      };
    })
    .filter((bar) => bar.key !== 'none' || bar.count > 0);
}
