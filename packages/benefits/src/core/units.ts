import type { Text } from './i18n.ts';

/** Units of quantities, thresholds and awards, as shown to users (Chinese first). */
export const UNITS = {
  mu: { zh: '亩', en: 'mu' },
  m2: { zh: '㎡', en: 'm²' },
  m: { zh: '米', en: 'm' },
  km: { zh: '公里', en: 'km' },
  head: { zh: '头', en: 'head' },
  sheep: { zh: '只', en: 'head' },
  bird: { zh: '只', en: 'birds' },
  bag: { zh: '袋', en: 'bags' },
  box: { zh: '箱', en: 'boxes' },
  yuan: { zh: '元', en: 'yuan' },
  'yuan-per-mu': { zh: '元/亩', en: 'yuan/mu' },
  percent: { zh: '%', en: '%' },
  'plants-per-mu': { zh: '株/亩', en: 'plants/mu' },
  cm: { zh: '厘米', en: 'cm' },
  person: { zh: '人', en: 'people' },
  household: { zh: '户', en: 'households' },
  each: { zh: '个', en: 'each' },
  seat: { zh: '座', en: 'each' },
  month: { zh: '个月', en: 'months' },
  day: { zh: '天', en: 'days' },
  student: { zh: '人', en: 'students' },
  'student-year': { zh: '生·学年', en: 'student-years' },
  trip: { zh: '次', en: 'grant' },
  tree: { zh: '株', en: 'trees' },
  frame: { zh: '脾', en: 'frames' },
  'frames-per-box': { zh: '脾/箱', en: 'frames/box' },
  log: { zh: '棒', en: 'logs' },
  'logs-per-m2': { zh: '棒/㎡', en: 'logs/m²' },
  pigeon: { zh: '羽', en: 'birds' },
  /** a date compared with a date: shown as it is */
  date: { zh: '', en: '' },
} as const satisfies Record<string, Text>;

export type Unit = keyof typeof UNITS;

export function unitText(unit: string | null | undefined): Text {
  if (!unit) return { zh: '', en: '' };
  return (UNITS as Record<string, Text>)[unit] ?? { zh: unit, en: unit };
}
