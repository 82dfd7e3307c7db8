/**
 * @huinong/policy-data — policy packs as data, validated by the engine's schemas at load.
 */
import { PolicyPack } from '@huinong/benefits';
import { xixiang2023Input } from './xixiang-2023.ts';

/** The default pack: 西乡县 2023 (section 五 of the mid-year revised plan). */
export const xixiang2023: PolicyPack = PolicyPack.parse(xixiang2023Input);

export { type Division, divisions, findDivision, type Resolution, resolvePlace } from './divisions.ts';
export { lprSeries } from './lpr.ts';
export { xixiang2023Input };
