import type { Text } from '../core/i18n.ts';
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

/**
 * Tier of a place: by GB/T 2260 code when given (2 digits province, 4 city, 6 county), otherwise by
 * name. Returns null when the names given cannot decide (e.g. the home province without a city).
 * This is a pure function.
 */
export function placeTier(place: Place, home: Home): TravelTier | null {
  if (place.code) {
    if (place.code.slice(0, 2) !== home.code.slice(0, 2)) return 'outsideProvince';
    if (place.code.slice(0, 4) !== home.code.slice(0, 4)) return 'outsideCity';
    return place.code === home.code ? 'sameCounty' : 'outsideCounty';
  }
  if (place.province !== home.province) return 'outsideProvince';
  if (place.city === undefined || place.city === '') return null;
  if (place.city !== home.city) return 'outsideCity';
  if (place.county === undefined || place.county === '') return null;
  return place.county === home.county ? 'sameCounty' : 'outsideCounty';
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
}

/**
 * The trip that earns the highest tier in the year: the grant is once per person per year, so a
 * worker with several trips receives the single highest tier. This is a pure function.
 */
export function bestTrip(member: Member, year: string, home: Home): BestTrip {
  let best: WorkTrip | null = null;
  let bestTier: TravelTier | null = null;
  let undecided = false;
  for (const trip of tripsInYear(member, year)) {
    const tier = placeTier(trip.place, home);
    if (tier === null) {
      undecided = true;
      continue;
    }
    if (bestTier === null || TIER_RANK[tier] > TIER_RANK[bestTier]) {
      best = trip;
      bestTier = tier;
    }
  }
  return { trip: best, tier: bestTier, undecided };
}

/** Whole months between two ISO dates (the work period), counting a started month as not whole. */
export function wholeMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months -= 1;
  return Math.max(0, months);
}
