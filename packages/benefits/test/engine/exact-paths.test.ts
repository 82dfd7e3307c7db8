import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec, formatQuantity, formatShortfall, sumMoney, toFen } from '../../src/index.ts';

// the integer and string paths of money and percentages give exactly what Decimal gives
const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 9 }))
  .map(([n, p]) => {
    const s = n.toString().padStart(p + 1, '0');
    return p === 0 ? s : `${s.slice(0, s.length - p)}.${s.slice(s.length - p)}`;
  });
const money = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n })).map(([n]) => {
  const s = n.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
});

describe('toFen of a decimal string: rounded once, half-up, as Decimal does', () => {
  test.for<[string, string]>([
    ['0.005', '0.01'],
    ['0.004', '0.00'],
    ['1234.5', '1234.50'],
    ['12', '12.00'],
    ['0012.345', '12.35'],
    ['999999999999999', '999999999999999.00'], // beyond 2^53 fen: Decimal
    ['1e3', '1000.00'], // not plain: Decimal
    ['-0.005', '-0.01'], // negative: Decimal (half away from zero)
  ])('%s → %s', ([v, out]) => {
    expect(toFen(v)).toBe(out);
  });

  test('equals Decimal for any plain decimal', () => {
    fc.assert(
      fc.property(decimal, (v) => {
        expect(toFen(v)).toBe(new Dec(v).toFixed(2, Dec.ROUND_HALF_UP));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sumMoney: exact in integer fen', () => {
  test('equals the Decimal sum', () => {
    fc.assert(
      fc.property(fc.array(money, { maxLength: 12 }), (vs) => {
        let d = new Dec(0);
        for (const v of vs) d = d.plus(v);
        expect(sumMoney(vs)).toBe(d.toFixed(2));
      }),
      { numRuns: 2000 },
    );
  });

  test.for<[string[], string]>([
    [[], '0.00'],
    [['0.01', '0.99'], '1.00'],
    [['1.5'], '1.50'], // not two decimals: Decimal
    [['99999999999999.99', '0.01'], '100000000000000.00'], // 14 digits: Decimal
  ])('%j → %s', ([vs, out]) => {
    expect(sumMoney(vs)).toBe(out);
  });
});

describe('percentages of rates: the point moves, as Decimal × 100 does', () => {
  test.for<[string, string]>([
    ['0.85', '85%'],
    ['0.8', '80%'],
    ['0.855', '85.5%'],
    ['1', '100%'],
    ['0', '0%'],
    ['0.05', '5%'],
    ['0.000', '0%'],
    ['00.50', '50%'],
    ['1e-2', '1%'], // not plain: Decimal
  ])('%s → %s', ([v, out]) => {
    expect(formatQuantity(v, 'rate', 'zh')).toBe(out);
  });

  test('equals Decimal for any plain decimal', () => {
    fc.assert(
      fc.property(decimal, (v) => {
        const pts = new Dec(v).times(100).toFixed();
        expect(formatQuantity(v, 'rate', 'en')).toBe(`${pts}%`);
        expect(formatShortfall(v, 'rate', 'zh')).toBe(`差 ${pts} 个百分点`);
      }),
      { numRuns: 3000 },
    );
  });
});
