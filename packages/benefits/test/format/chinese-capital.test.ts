import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { chineseCapital } from '../../src/format/chinese-capital.ts';

describe('chineseCapital (人民币大写)', () => {
  test.for([
    // whole yuan: 整
    ['0', '零元整'],
    ['0.00', '零元整'],
    ['1', '壹元整'],
    ['10', '壹拾元整'],
    ['15', '壹拾伍元整'],
    ['100', '壹佰元整'],
    ['1400', '壹仟肆佰元整'],
    ['1400.00', '壹仟肆佰元整'],
    ['2800', '贰仟捌佰元整'],
    ['10000', '壹万元整'],
    ['3000', '叁仟元整'],
    // zeros in the middle: one 零
    ['1409.50', '壹仟肆佰零玖元伍角'],
    ['1001', '壹仟零壹元整'],
    ['10050.5', '壹万零伍拾元伍角'],
    ['100500', '壹拾万零伍佰元整'],
    ['1000500', '壹佰万零伍佰元整'],
    ['10001', '壹万零壹元整'],
    ['6007.14', '陆仟零柒元壹角肆分'],
    // 万位 / 元位 zero, 千位 / 角位 not: no 零 written
    ['107000.53', '壹拾万柒仟元伍角叁分'],
    ['1680.32', '壹仟陆佰捌拾元叁角贰分'],
    // 角位 zero, 分位 not: 零 after 元
    ['16409.02', '壹万陆仟肆佰零玖元零贰分'],
    ['325.04', '叁佰贰拾伍元零肆分'],
    // 角 without 整, 分
    ['0.5', '伍角'],
    ['0.05', '伍分'],
    ['0.55', '伍角伍分'],
    ['12.3', '壹拾贰元叁角'],
    // large amounts and empty sections
    ['100000000', '壹亿元整'],
    ['100010000', '壹亿零壹万元整'],
    ['100000001', '壹亿零壹元整'],
    ['100007000', '壹亿零柒仟元整'],
    ['361185820000', '叁仟陆佰壹拾壹亿捌仟伍佰捌拾贰万元整'],
    ['000120', '壹佰贰拾元整'],
  ])('%s → %s', ([amount, expected]) => {
    expect(chineseCapital(amount as string)).toBe(expected);
  });

  test('正 may close a whole amount instead of 整', () => {
    expect(chineseCapital('1400', { whole: '正' })).toBe('壹仟肆佰元正');
  });

  test.for(['-1', '1.234', 'abc', '', '1e3', '12345678901234567'])('refuses %j', (amount) => {
    expect(() => chineseCapital(amount)).toThrow(RangeError);
  });
});

describe('chineseCapital properties', () => {
  const amount = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }), fc.integer({ min: 0, max: 99 }))
    .map(([y, f]) => `${y}.${String(f).padStart(2, '0')}`);

  test('never two 零 in a row, never 零 before 元 or at the end, and 整 only for whole yuan', () => {
    fc.assert(
      // 0.00 is the one amount written 零元整 (tested above)
      fc.property(
        amount.filter((a) => a !== '0.00'),
        (a) => {
          const s = chineseCapital(a);
          expect(s).not.toMatch(/零零|零元|零万|零亿|零$/);
          expect(s.endsWith('整')).toBe(a.endsWith('.00'));
        },
      ),
    );
  });

  test('reads back to the same amount', () => {
    fc.assert(
      fc.property(amount, (a) => {
        expect(readCapital(chineseCapital(a))).toBe(BigInt(a.replace('.', '')));
      }),
    );
  });
});

/** a reader of 大写 back into fen, for the round-trip property */
function readCapital(s: string): bigint {
  const digit: Record<string, bigint> = {
    零: 0n,
    壹: 1n,
    贰: 2n,
    叁: 3n,
    肆: 4n,
    伍: 5n,
    陆: 6n,
    柒: 7n,
    捌: 8n,
    玖: 9n,
  };
  const place: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n };
  let total = 0n;
  let section = 0n;
  let last = 0n;
  for (const ch of s.replace('万亿', '兆')) {
    if (ch in digit) last = digit[ch]!;
    else if (ch in place) {
      section += last * place[ch]!;
      last = 0n;
    } else if (ch === '万' || ch === '亿' || ch === '兆') {
      const mult = ch === '万' ? 10n ** 4n : ch === '亿' ? 10n ** 8n : 10n ** 12n;
      total += (section + last) * mult;
      section = 0n;
      last = 0n;
    } else if (ch === '元') {
      total = (total + section + last) * 100n;
      section = 0n;
      last = 0n;
    } else if (ch === '角') {
      total += last * 10n;
      last = 0n;
    } else if (ch === '分') {
      total += last;
      last = 0n;
    }
  }
  return total;
}
