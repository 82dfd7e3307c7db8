import { describe, expect, test } from 'vitest';
import { placeTier } from '../../src/index.ts';

// 西乡县's home as the xixiang-2023 pack states it
const HOME = { province: '陕西省', city: '汉中市', county: '西乡县', code: '610724' };

describe('placeTier by name: full and short names are the same division', () => {
  test.for([
    // 五(三)2: 县外市内 200, 市外省内 300, 省外 500
    [{ province: '陕西', city: '汉中', county: '南郑' }, 'outsideCounty'],
    [{ province: '陕西省', city: '汉中市', county: '南郑区' }, 'outsideCounty'],
    [{ province: '陕西', city: '汉中', county: '西乡' }, 'sameCounty'],
    [{ province: '陕西', city: '西安' }, 'outsideCity'],
    [{ province: '广东', city: '深圳' }, 'outsideProvince'],
    [{ province: '新疆维吾尔自治区' }, 'outsideProvince'],
    // the home province without a city cannot decide
    [{ province: '陕西' }, null],
    [{ province: '陕西省', city: '汉中' }, null],
  ] as const)('%o → %s', ([place, tier]) => {
    expect(placeTier(place, HOME)).toBe(tier);
  });

  test('a name is never cut below two characters: 陕 is not 陕西省', () => {
    expect(placeTier({ province: '陕' }, HOME)).toBe('outsideProvince');
  });
});
