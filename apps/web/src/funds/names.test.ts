import { allCounties, shanxi2023, xiji2025Plan, xixiang2023Plan } from '@huinong/funds';
import { describe, expect, test } from 'vitest';
import { PLACE_NAMES_EN } from '../members/place-names.ts';
import { placeText } from './names.ts';
import { FUNDS_PLACE_NAMES_EN } from './place-names.ts';

const HAN = /\p{Script=Han}/u;

describe('the English names of the places in @huinong/funds (scripts/gen-place-names.ts)', () => {
  test('every city and row of 晋乡振发〔2023〕8号 and both plan counties have one, in Latin letters', () => {
    const names = [
      ...shanxi2023.cities.map((c) => c.name),
      ...allCounties().map((r) => r.name),
      xixiang2023Plan.county,
      xiji2025Plan.county,
    ];
    const missing = names.filter((n) => !FUNDS_PLACE_NAMES_EN[n] || HAN.test(FUNDS_PLACE_NAMES_EN[n] ?? ''));
    expect(missing).toEqual([]);
  });

  test('no two places share an English name (平陆县 Pinglu County, 平鲁区 Pinglu District)', () => {
    const en = allCounties().map((r) => FUNDS_PLACE_NAMES_EN[r.name]);
    expect(new Set(en).size).toBe(en.length);
    expect([placeText('平陆县').en, placeText('平鲁区').en]).toEqual(['Pinglu County', 'Pinglu District']);
  });

  test('the cities read as in the work-place picker: one generator, one spelling', () => {
    // 1401…1411 are the prefecture-level cities of 山西省 (GB/T 2260), in the document's order
    const codes = shanxi2023.cities.map((_, i) => `14${String(i + 1).padStart(2, '0')}`);
    expect(shanxi2023.cities.map((c) => FUNDS_PLACE_NAMES_EN[c.name])).toEqual(
      codes.map((code) => PLACE_NAMES_EN[code]),
    );
  });

  test.for([
    // the readings of these characters in these place names, not in common words
    ['洪洞县', 'Hongtong County'],
    ['繁峙县', 'Fanshi County'],
    ['尧都区', 'Yaodu District'],
    ['长子县', 'Zhangzi County'],
    ['长治市', 'Changzhi'],
    ['吕梁市', 'Lüliang'],
    // a county-level city keeps "City"; a one-character county its suffix
    ['高平市', 'Gaoping City'],
    ['盂县', 'Yu County'],
  ] as const)('%s → %s', ([zh, en]) => {
    expect(placeText(zh)).toEqual({ zh, en });
  });

  test('a name the table lacks stays as it is, in both languages', () => {
    expect(placeText('示例县')).toEqual({ zh: '示例县', en: '示例县' });
  });
});
