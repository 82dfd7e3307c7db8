import { describe, expect, test } from 'vitest';
import { CountyAllocation, ProvinceAllocation } from '../src/shanxi-2023.schema.ts';
import { shanxi2023 } from '../src/shanxi-2023.ts';
import { attachmentRows } from './fixtures/shanxi-2023-attachment.ts';

const rows = shanxi2023.cities.flatMap((city) => city.counties.map((row) => ({ city: city.name, ...row })));

describe('晋乡振发〔2023〕8号: the document', () => {
  test('number, issuer, title, unit, columns', () => {
    expect(shanxi2023.documentNumber).toBe('晋乡振发〔2023〕8号');
    expect(shanxi2023.issuer).toBe('山西省乡村振兴局');
    expect(shanxi2023.title).toBe('山西省乡村振兴局关于下达2023年省级财政衔接推进乡村振兴补助资金计划的通知');
    expect(shanxi2023.attachmentTitle).toBe('2023年省级财政衔接推进乡村振兴补助资金计划表');
    expect(shanxi2023.year).toBe(2023);
    expect(shanxi2023.unit).toBe('万元');
    expect(shanxi2023.columns).toEqual({
      amount: '金额',
      health: '其中：健康乡村示范创建',
      category: '备注',
    });
  });

  test('全省合计 172220 万元, of which 健康乡村示范创建 14000', () => {
    expect(shanxi2023.total).toEqual({ amount: '172220', health: '14000' });
  });
});

describe('attachment rows against the seed', () => {
  test('the seed has 117 data rows: 全省合计, 11 city subtotals, 105 rows under them', () => {
    expect(attachmentRows).toHaveLength(117);
    expect(shanxi2023.cities).toHaveLength(11);
    expect(rows).toHaveLength(105);
  });

  // each seed row under a subtotal, with the city whose 小计 precedes it in the seed
  const seedCountyRows = (() => {
    let city = '';
    return attachmentRows.flatMap((row) => {
      if (row.seedName.endsWith('小计')) city = row.seedName.slice(0, -2);
      return row.seedName.endsWith('小计') || row.seedName === '全省合计' ? [] : [{ ...row, city }];
    });
  })();

  test.for(seedCountyRows.map((row, i) => [i, row] as const))('row %i: %o', ([i, seed]) => {
    const row = rows[i];
    expect(row?.seedName).toBe(seed.seedName);
    expect(row?.city).toBe(seed.city);
    expect(row?.amount).toBe(seed.amount);
    expect(row?.health).toBe(seed.health);
    expect(row?.category).toBe(seed.category);
  });

  test.for(attachmentRows.filter((row) => row.seedName.endsWith('小计')))('$seedName as printed', (seed) => {
    const city = shanxi2023.cities.find((c) => c.seedName === seed.seedName);
    expect(city?.subtotal).toEqual({ amount: seed.amount, health: seed.health });
  });
});

describe('city subtotals, read off the seed', () => {
  // [city, 金额, 其中：健康乡村示范创建, rows under the subtotal]
  test.for([
    ['太原市', '4659', '1000', 2],
    ['大同市', '20095', '3000', 9],
    ['阳泉市', '3636', '1000', 3],
    ['长治市', '15606', '1000', 11],
    ['晋城市', '8667', '1000', 6],
    ['朔州市', '6321', '1000', 6],
    ['晋中市', '16926', '1000', 10],
    ['运城市', '15232', '1000', 13],
    ['忻州市', '29950', '1000', 15],
    ['临汾市', '26771', '2000', 17],
    ['吕梁市', '24357', '1000', 13],
  ] as const)('%s %s / %s, %i rows', ([name, amount, health, count]) => {
    const city = shanxi2023.cities.find((c) => c.name === name);
    expect(city?.seedName).toBe(`${name}小计`);
    expect(city?.subtotal).toEqual({ amount, health });
    expect(city?.counties).toHaveLength(count);
  });

  test('cities in the seed order', () => {
    expect(shanxi2023.cities.map((c) => c.name)).toEqual([
      '太原市',
      '大同市',
      '阳泉市',
      '长治市',
      '晋城市',
      '朔州市',
      '晋中市',
      '运城市',
      '忻州市',
      '临汾市',
      '吕梁市',
    ]);
  });
});

describe('categories, counted in the seed', () => {
  test.for([
    ['重点帮扶县', 46],
    ['整体推进县', 37],
    ['先行示范县', 21],
    [null, 1],
  ] as const)('%s: %i rows', ([category, count]) => {
    expect(rows.filter((row) => row.category === category)).toHaveLength(count);
  });

  test('104 county-level rows and one committee: the catalogue says 105 counties, the seed lists 104', () => {
    expect(rows.filter((row) => row.kind === 'county')).toHaveLength(104);
    const committee = rows.filter((row) => row.kind === 'committee');
    expect(committee).toEqual([
      {
        city: '忻州市',
        name: '五台山风景名胜区管委会',
        seedName: '五台山风景 名胜区管委会',
        kind: 'committee',
        amount: '733',
        health: '0',
        category: null,
      },
    ]);
  });

  test('14 rows carry the 1000 万元 health-village earmark; every other row has 0', () => {
    const earmarked = rows.filter((row) => row.health !== '0');
    expect(earmarked.map((row) => row.name)).toEqual([
      '娄烦县',
      '阳高县',
      '浑源县',
      '云州区',
      '盂县',
      '武乡县',
      '陵川县',
      '应县',
      '左权县',
      '垣曲县',
      '宁武县',
      '大宁县',
      '永和县',
      '岚县',
    ]);
    expect(earmarked.every((row) => row.health === '1000' && row.category === '重点帮扶县')).toBe(true);
  });
});

describe('names: layout spaces removed, the print kept', () => {
  test.for([
    ['盂 县', '盂县'],
    ['沁 县', '沁县'],
    ['应 县', '应县'],
    ['祁 县', '祁县'],
    ['绛 县', '绛县'],
    ['夏 县', '夏县'],
    ['代 县', '代县'],
    ['五台山风景 名胜区管委会', '五台山风景名胜区管委会'],
    ['吉 县', '吉县'],
    ['隰 县', '隰县'],
    ['古 县', '古县'],
    ['蒲 县', '蒲县'],
    ['临 县', '临县'],
    ['兴 县', '兴县'],
    ['岚 县', '岚县'],
  ] as const)('%s → %s', ([seedName, name]) => {
    expect(rows.find((row) => row.seedName === seedName)?.name).toBe(name);
  });

  test('every other row has no space to remove, and names are unique', () => {
    expect(rows.filter((row) => row.name !== row.seedName)).toHaveLength(15);
    expect(new Set(rows.map((row) => row.name)).size).toBe(105);
  });
});

describe('the schema guards the data at load', () => {
  const good = {
    name: '盂县',
    seedName: '盂 县',
    kind: 'county',
    amount: '2012',
    health: '1000',
    category: '重点帮扶县',
  };

  test.for([
    ['a negative amount', { amount: '-2012' }, 'amount'],
    ['an amount as a number', { amount: 2012 }, 'amount'],
    ['text for an amount', { amount: '二千' }, 'amount'],
    ['a name that is not the print without spaces', { name: '孟县' }, 'name'],
    ['a county without a category', { category: null }, 'category'],
    ['a category the notice does not have', { category: '示范县' }, 'category'],
    ['a committee with a category', { kind: 'committee' }, 'category'],
  ] as const)('rejects %s', ([, change, path]) => {
    const result = CountyAllocation.safeParse({ ...good, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  test('accepts the row as transcribed', () => {
    expect(CountyAllocation.parse(good)).toEqual(good);
  });

  test('rejects a table that lists a county twice', () => {
    const doc = ProvinceAllocation.parse(shanxi2023);
    const first = doc.cities[0]?.counties[0];
    if (first) doc.cities[1]?.counties.push({ ...first });
    const result = ProvinceAllocation.safeParse(doc);
    expect(result.error?.issues[0]?.message).toBe('duplicate row 娄烦县');
  });

  test('the module parses its own data: a round trip changes nothing', () => {
    expect(ProvinceAllocation.parse(shanxi2023)).toEqual(shanxi2023);
  });
});
