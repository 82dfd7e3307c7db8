import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isFormulaLike, neutralizeFormula } from '../../src/roster/formula.ts';

describe('neutralizeFormula', () => {
  test.for([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x","点我")', '\'=HYPERLINK("http://x","点我")'],
    ['+8613800000000', "'+8613800000000"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['＝1+1', "'＝1+1"],
    ['王建国', '王建国'],
    ['1=1', '1=1'],
    ['', ''],
    ["'=1", "'=1"],
  ])('%j → %j', ([input, output]) => {
    expect(neutralizeFormula(input as string)).toBe(output);
  });

  test('property: the result never starts a formula and ends with the input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = neutralizeFormula(s);
        expect(isFormulaLike(out)).toBe(false);
        expect(out.endsWith(s)).toBe(true);
      }),
    );
  });
});
