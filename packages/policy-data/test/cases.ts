/**
 * What the case tables of the packs share: screening a subject through its pack's schema, and the
 * subjects and activities the tables build on. The numbers are in the tables, by hand.
 */
import {
  type PolicyPack,
  packSchemas,
  type ScreenResult,
  type SubjectInput,
  screen,
} from '@huinong/benefits';

/** Screens `input`, parsed by the pack's own schema, as of `asOf` (or the table's date). */
export function screenWith(pack: PolicyPack, asOf: string) {
  const schema = packSchemas(pack).subject;
  return (input: SubjectInput, date = asOf): ScreenResult =>
    screen(schema.parse(input), { pack, asOf: date });
}

export type Category = 'poverty-alleviated' | 'monitored' | 'ordinary';

export const household = (
  category: Category,
  facts: Record<string, unknown> | undefined,
  activities: unknown[],
): SubjectInput =>
  ({ kind: 'household', id: 'h1', category, ...(facts ? { facts } : {}), activities }) as SubjectInput;

export const collective = (activities: unknown[]): SubjectInput =>
  ({ kind: 'collective', id: 'c1', name: '测试村股份经济合作社', activities }) as SubjectInput;

/** `o` without `key`. */
export const without = (o: Record<string, unknown>, key: string) => {
  const { [key]: _, ...rest } = o;
  return rest;
};

// 西吉县 2025
export const NOT_ELIMINATED = { riskStatus: 'not-eliminated' };
export const ELIMINATED = { riskStatus: 'eliminated' };

/** 2 Angus cows from another county, 8 months old, bought 2025-02-01, registered 2025-03-10. */
export const cows = (o: Record<string, unknown> = {}) => ({
  type: 'breeding-cows',
  head: '2',
  origin: 'other-county',
  breed: 'angus',
  ageMonths: '8',
  boughtOn: '2025-02-01',
  registeredOn: '2025-03-10',
  ...o,
});

/** 3 feeder cattle from another county, bought 2025-02-01, registered 2025-03-10. */
export const feeders = (o: Record<string, unknown> = {}) => ({
  type: 'feeder-cattle',
  head: '3',
  origin: 'other-county',
  boughtOn: '2025-02-01',
  registeredOn: '2025-03-10',
  ...o,
});

// 汝州市 2023
export const NOT_STABLE = { stableAlleviated: false };
export const crop = (type: string, area: string, income: string, cost: string) => ({
  type,
  area,
  income,
  cost,
});
