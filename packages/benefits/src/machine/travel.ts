import type { Text } from '../core/i18n.ts';
import { fullMonths } from '../core/months.ts';
import type { PolicyPack } from '../pack/pack.schema.ts';
import type { Member, Place, WorkTrip } from '../schemas/subject.schema.ts';

/** The tier of a work place against the home county (五(三)2). */
export type TravelTier = 'outsideProvince' | 'outsideCity' | 'outsideCounty' | 'sameCounty';

export const TIER_LABELS: Record<TravelTier, Text> = {
  outsideProvince: { zh: '省外', en: 'outside the province' },
  outsideCity: { zh: '市外省内', en: 'in the province, outside the city' },
  outsideCounty: { zh: '县外市内', en: 'in the city, outside the county' },
  sameCounty: { zh: '县内', en: 'inside the home county' },
};

const TIER_RANK: Record<TravelTier, number> = {
  outsideProvince: 3,
  outsideCity: 2,
  outsideCounty: 1,
  sameCounty: 0,
};

type Home = PolicyPack['home'];

// the generic part of a division's name, longest first: 陕西省 → 陕西, 汉中市 → 汉中, 西乡县 → 西乡
const SUFFIXES = [
  '特别行政区',
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '自治区',
  '自治州',
  '自治县',
  '地区',
  '省',
  '市',
  '县',
  '区',
  '盟',
  '旗',
];

/** A division's name without its generic part, when at least two characters remain. */
function proper(name: string): string {
  const n = name.trim();
  for (const s of SUFFIXES) if (n.length - s.length >= 2 && n.endsWith(s)) return n.slice(0, -s.length);
  return n;
}

/** The same division, written in full or short: 陕西 = 陕西省, 汉中 = 汉中市, 西乡 = 西乡县. */
function sameName(a: string, b: string): boolean {
  return a === b || proper(a) === proper(b);
}

/**
 * Tier of a place: by GB/T 2260 code when given (2 digits province, 4 city, 6 county), otherwise by
 * name, full or short (陕西 is 陕西省). Returns null when the names given cannot decide (e.g. the
 * home province without a city). This is a pure function.
 */
export function placeTier(place: Place, home: Home): TravelTier | null {
  if (place.code) {
    if (place.code.slice(0, 2) !== home.code.slice(0, 2)) return 'outsideProvince';
    if (place.code.slice(0, 4) !== home.code.slice(0, 4)) return 'outsideCity';
    return place.code === home.code ? 'sameCounty' : 'outsideCounty';
  }
  if (!sameName(place.province, home.province)) return 'outsideProvince';
  if (place.city === undefined || place.city === '') return null;
  if (!sameName(place.city, home.city)) return 'outsideCity';
  if (place.county === undefined || place.county === '') return null;
  return sameName(place.county, home.county) ? 'sameCounty' : 'outsideCounty';
}

export function placeText(place: Place): string {
  return `${place.province}${place.city ?? ''}${place.county ?? ''}`;
}

/** Trips that touch the year of the as-of date. */
export function tripsInYear(member: Member, year: string): WorkTrip[] {
  return (member.workTrips ?? []).filter(
    (t) => t.from.slice(0, 4) <= year && (t.to === undefined ? t.from.slice(0, 4) : t.to.slice(0, 4)) >= year,
  );
}

export interface BestTrip {
  readonly trip: WorkTrip | null;
  readonly tier: TravelTier | null;
  /** true when some trip's place could not be decided */
  readonly undecided: boolean;
  /**
   * true when a trip whose place could not be decided might earn a higher tier than `tier` (the
   * home province without a city might be 市外省内): the grant cannot be known until it is given
   */
  readonly undecidedHigher: boolean;
}

/** The highest tier a place that `placeTier` cannot decide might have: it lacks its city or county. */
function undecidedAtMost(place: Place): TravelTier {
  return place.city === undefined || place.city === '' ? 'outsideCity' : 'outsideCounty';
}

/**
 * The trip that earns the highest tier in the year: the grant is once per person per year, so a
 * worker with several trips receives the single highest tier. This is a pure function.
 */
export function bestTrip(member: Member, year: string, home: Home): BestTrip {
  let best: WorkTrip | null = null;
  let bestTier: TravelTier | null = null;
  let undecided = false;
  let undecidedRank = -1;
  for (const trip of tripsInYear(member, year)) {
    const tier = placeTier(trip.place, home);
    if (tier === null) {
      undecided = true;
      undecidedRank = Math.max(undecidedRank, TIER_RANK[undecidedAtMost(trip.place)]);
      continue;
    }
    if (bestTier === null || TIER_RANK[tier] > TIER_RANK[bestTier]) {
      best = trip;
      bestTier = tier;
    }
  }
  const undecidedHigher = bestTier !== null && undecidedRank > TIER_RANK[bestTier];
  return { trip: best, tier: bestTier, undecided, undecidedHigher };
}

/**
 * Whole months of a work period, both days counted, by the one rule of `fullMonths` (so that the
 * travel grant and `min-months` count alike): 2023-03-01 to 2023-08-31 is 6 months; a started
 * month is not whole.
 */
export function wholeMonths(from: string, to: string): number {
  return fullMonths(from, to);
}
