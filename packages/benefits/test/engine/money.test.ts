import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec, minusPlain, mulToFen, toFen } from '../../src/index.ts';

describe('mulToFen: a × b rounded once, half-up, to the fen', () => {
  test.for<[string, string, string]>([
    ['700', '4', '2800.00'],
    ['0.8', '1000', '800.00'],
    ['4.5', '10000', '45000.00'],
    ['0.2', '123456.78', '24691.36'], // 24,691.356
    ['0.05', '234567.89', '11728.39'], // 11,728.3945
    ['0.1', '12345.67', '1234.57'], // 1,234.567
    ['4000', '0.333', '1332.00'],
    ['0.8', '0.005', '0.00'], // 0.004
    ['0.5', '0.01', '0.01'], // 0.005 → half-up
    ['2', '333.5', '667.00'],
    ['99999999', '99999999', '9999999800000001.00'], // beyond 2^53: Decimal
  ])('%s × %s = %s', ([a, b, out]) => {
    expect(mulToFen(a, b)).toBe(out);
  });

  test('equals Decimal for any decimals', () => {
    const dec = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
      .map(([n, p]) => (p === 0 ? n.toString() : (Number(n) / 10 ** p).toFixed(p)));
    fc.assert(
      fc.property(dec, dec, (a, b) => {
        expect(mulToFen(a, b)).toBe(toFen(new Dec(a).times(b)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('minusPlain: exact differences for shortfalls', () => {
  test.for<[string, string, string]>([
    ['2', '1', '1'],
    ['50', '49.99', '0.01'],
    ['0.85', '0.8', '0.05'],
    ['1000', '999', '1'],
    ['0.5', '0.49', '0.01'],
    ['1', '1.25', '-0.25'],
  ])('%s − %s = %s', ([a, b, out]) => {
    expect(minusPlain(a, b)).toBe(out);
  });

  test('equals Decimal for any decimals', () => {
    const dec = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
      .map(([n, p]) => (p === 0 ? n.toString() : (Number(n) / 10 ** p).toFixed(p)));
    fc.assert(
      fc.property(dec, dec, (a, b) => {
        expect(minusPlain(a, b)).toBe(new Dec(a).minus(b).toFixed());
      }),
      { numRuns: 2000 },
    );
  });
});
