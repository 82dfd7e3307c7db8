import type { Text } from '@huinong/benefits';
import { FUNDS_PLACE_NAMES_EN } from './place-names.ts';

/**
 * A city or county as the funds data names it (太原市, 娄烦县), in both languages. The English is the
 * generated pinyin name; a name the table lacks (data changed, generator not run) stays Chinese in
 * English too, which the English browser spec reports.
 */
export const placeText = (name: string): Text => ({ zh: name, en: FUNDS_PLACE_NAMES_EN[name] ?? name });

/** The units of the funds data: 万元, a count of projects (个), percent. */
export type FundsUnit = '万元' | '个' | '%';

/**
 * A unit as written after a figure. In English 万元 is "× 10k yuan": "172,220 10k yuan" would read
 * as two numbers.
 */
export const UNIT_AFTER: Readonly<Record<FundsUnit, Text>> = {
  万元: { zh: '万元', en: '× 10k yuan' },
  个: { zh: '个', en: 'projects' },
  '%': { zh: '%', en: '%' },
};
