/**
 * @huinong/policy-data — policy packs as data files (`packs/*.json`, checked against the
 * engine's pack schema at load), the LPR series and the administrative divisions.
 */
import { PolicyPack } from '@huinong/benefits';
import ruzhou2023Json from '../packs/ruzhou-2023.json' with { type: 'json' };
import xiji2025Json from '../packs/xiji-2025.json' with { type: 'json' };
import xixiang2023Json from '../packs/xixiang-2023.json' with { type: 'json' };

/** The default pack: 西乡县 2023 (section 五 of the mid-year revised plan). */
export const xixiang2023: PolicyPack = /* @__PURE__ */ PolicyPack.parse(xixiang2023Json);

/** 西吉县 2025: 肉牛扩群补栏, 监测对象庭院经济, 小麦种植 (restated from the county's notices). */
export const xiji2025: PolicyPack = /* @__PURE__ */ PolicyPack.parse(xiji2025Json);

/** 汝州市 2023 second half: 20% of net planting income for 脱贫户 and 监测对象 (restated). */
export const ruzhou2023: PolicyPack = /* @__PURE__ */ PolicyPack.parse(ruzhou2023Json);

/**
 * The packs built in, parsed at load, in the order a picker lists them (the default first): for
 * Node callers. A web page lists `packCatalog` and loads a pack with `loadPack(id)` instead.
 */
export const builtInPacks: readonly PolicyPack[] = [xixiang2023, xiji2025, ruzhou2023];

/** The built-in pack with this id, or undefined. */
export function findPack(id: string): PolicyPack | undefined {
  return builtInPacks.find((p) => p.id === id);
}

export { DEFAULT_PACK_ID, loadPack, type PackMeta, packCatalog } from './catalog.ts';
export { type Division, divisions, findDivision, type Resolution, resolvePlace } from './divisions.ts';
export { lprSeries } from './lpr.ts';
/** The pack files as written (JSON), before the schema's defaults: for tests and the pack editor. */
export { ruzhou2023Json, xiji2025Json, xixiang2023Json };
