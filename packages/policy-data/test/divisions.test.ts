import { placeTier } from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { findDivision, resolvePlace, xixiang2023 } from '../src/index.ts';

describe('work places resolved against the GB/T 2260 dataset', () => {
  test("the pack's home county is the dataset's 610724 西乡县, 6107 汉中市, 61 陕西省", () => {
    expect(findDivision(xixiang2023.home.code)?.name).toBe(xixiang2023.home.county);
    expect(findDivision(xixiang2023.home.code.slice(0, 4))?.name).toBe(xixiang2023.home.city);
    expect(findDivision(xixiang2023.home.code.slice(0, 2))?.name).toBe(xixiang2023.home.province);
  });

  test.for<[string, Record<string, string>, string, string | undefined]>([
    [
      'short names: 广东 深圳 南山',
      { province: '广东', city: '深圳', county: '南山' },
      'outsideProvince',
      '440305',
    ],
    ['陕西省西安市雁塔区', { province: '陕西省', city: '西安市', county: '雁塔区' }, 'outsideCity', '610113'],
    ['陕西 汉中 南郑', { province: '陕西', city: '汉中', county: '南郑' }, 'outsideCounty', '610703'],
    ['陕西省汉中市西乡县', { province: '陕西省', city: '汉中市', county: '西乡县' }, 'sameCounty', '610724'],
    ['a municipality: 北京 海淀区', { province: '北京', city: '海淀区' }, 'outsideProvince', '110108'],
    [
      'a municipality written out: 北京 北京 海淀',
      { province: '北京', city: '北京', county: '海淀' },
      'outsideProvince',
      '110108',
    ],
    ['重庆 has 市辖区 and 县: 重庆 渝北', { province: '重庆', city: '渝北' }, 'outsideProvince', '500112'],
    [
      'a county without its city, found in one city only: 广东 南山',
      { province: '广东', county: '南山' },
      'outsideProvince',
      '440305',
    ],
    [
      'the full name before the short one: 临夏州 临夏县',
      { province: '甘肃', city: '临夏', county: '临夏县' },
      'outsideProvince',
      '622921',
    ],
    [
      'a province and a city only: 陕西 西安 (no county, no code)',
      { province: '陕西', city: '西安' },
      'outsideCity',
      undefined,
    ],
  ])('%s', ([, input, tier, code]) => {
    const r = resolvePlace(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.place.code).toBe(code);
    expect(placeTier(r.place, xixiang2023.home)).toBe(tier);
  });

  test('a code resolves to its names', () => {
    const r = resolvePlace({ code: '610703' });
    expect(r.ok && r.place).toEqual({ province: '陕西省', city: '汉中市', county: '南郑区', code: '610703' });
  });

  test('an unknown name is an error naming the field, with the names to choose from', () => {
    const r = resolvePlace({ province: '陕西省', city: '长安市' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.field).toBe('city');
    expect(r.message.zh).toContain('长安市');
    expect(r.suggestions).toContain('汉中市');
  });

  test.for<[string, Record<string, string>, string, string[]]>([
    [
      '临夏 is 临夏市 and 临夏县',
      { province: '甘肃', city: '临夏', county: '临夏' },
      'county',
      ['临夏市', '临夏县'],
    ],
    [
      '鼓楼 without its city is in 南京 and 徐州',
      { province: '江苏', county: '鼓楼' },
      'county',
      ['南京市鼓楼区', '徐州市鼓楼区'],
    ],
  ])('an ambiguous name is an error listing the candidates, never a guess: %s', ([, input, field, names]) => {
    const r = resolvePlace(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.field).toBe(field);
    expect(r.suggestions).toEqual(names);
    expect(r.message.zh).toContain('不唯一');
    expect(r.message.en).toContain('ambiguous');
  });
});
