/**
 * @huinong/policy-data — policy packs as data files (`packs/*.json`, checked against the
 * engine's pack schema at load), the LPR series and the administrative divisions.
 */
import { PolicyPack } from '@huinong/benefits';
import xixiang2023Json from '../packs/xixiang-2023.json' with { type: 'json' };

/** The default pack: 西乡县 2023 (section 五 of the mid-year revised plan). */
export const xixiang2023: PolicyPack = PolicyPack.parse(xixiang2023Json);

/** The packs built in, in the order a picker lists them (the default first). */
export const builtInPacks: readonly PolicyPack[] = [xixiang2023];

/** The built-in pack with this id, or undefined. */
export function findPack(id: string): PolicyPack | undefined {
  return builtInPacks.find((p) => p.id === id);
}

export { type Division, divisions, findDivision, type Resolution, resolvePlace } from './divisions.ts';
export { lprSeries } from './lpr.ts';
/** The pack file as written (JSON), before the schema's defaults: for tests and the pack editor. */
export { xixiang2023Json };
