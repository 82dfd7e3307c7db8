/**
 * The built-in packs by their names alone — id, county, year, period, title — with no standard,
 * input or schema: what a pack picker lists before any pack is loaded. `loadPack` brings a pack's
 * JSON in on demand (a dynamic `import()`, its own chunk in a web build) and parses it with the
 * engine's schema. This module imports nothing of the engine at load time.
 */
import type { PolicyPack } from '@huinong/benefits';

/** A built-in pack as a picker lists it. */
export interface PackMeta {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly county: { readonly zh: string; readonly en: string };
  readonly year: number;
  readonly dates: { readonly from: string; readonly to: string };
  /** when the plan was published (as the pack's `document.published`) */
  readonly published: string;
}

/**
 * The packs built in, in the order a picker lists them (the default first). Checked against the
 * packs themselves by `test/catalog.test.ts`.
 */
export const packCatalog: readonly PackMeta[] = [
  {
    id: 'xixiang-2023',
    name: {
      zh: '西乡县2023年度统筹整合使用财政涉农资金中期调整实施方案',
      en: 'Xixiang County 2023 plan for integrated agricultural funds (mid-year revision)',
    },
    county: { zh: '西乡县', en: 'Xixiang County' },
    year: 2023,
    dates: { from: '2023-01-01', to: '2023-12-31' },
    published: '2023-08',
  },
  {
    id: 'xiji-2025',
    name: {
      zh: '西吉县2025年产业奖补（肉牛扩群补栏、庭院经济、小麦种植）',
      en: 'Xiji County 2025 industry awards (beef-herd expansion, courtyard economy, wheat)',
    },
    county: { zh: '西吉县', en: 'Xiji County' },
    year: 2025,
    dates: { from: '2025-01-01', to: '2025-12-31' },
    published: '2025-09-18',
  },
  {
    id: 'ruzhou-2023',
    name: {
      zh: '汝州市2023年下半年脱贫户和监测对象农业产业奖补',
      en: 'Ruzhou 2023 second-half agricultural industry awards for poverty-alleviated and monitored households',
    },
    county: { zh: '汝州市', en: 'Ruzhou' },
    year: 2023,
    dates: { from: '2023-05-01', to: '2023-12-31' },
    published: '2024-03-12',
  },
];

/** The default pack's id: 西乡县 2023. */
export const DEFAULT_PACK_ID = 'xixiang-2023';

const loaders: Record<string, () => Promise<unknown>> = {
  'xixiang-2023': () => import('../packs/xixiang-2023.json').then((m) => m.default),
  'xiji-2025': () => import('../packs/xiji-2025.json').then((m) => m.default),
  'ruzhou-2023': () => import('../packs/ruzhou-2023.json').then((m) => m.default),
};

const loaded = new Map<string, Promise<PolicyPack>>();

/**
 * The built-in pack with this id, its JSON loaded on demand and parsed with the engine's schema
 * (once per id); rejects for an id that is not built in.
 */
export function loadPack(id: string): Promise<PolicyPack> {
  let p = loaded.get(id);
  if (!p) {
    const load = loaders[id];
    if (!load) return Promise.reject(new Error(`no built-in pack "${id}"`));
    p = Promise.all([load(), import('@huinong/benefits')]).then(([json, b]) => b.PolicyPack.parse(json));
    loaded.set(id, p);
  }
  return p;
}
