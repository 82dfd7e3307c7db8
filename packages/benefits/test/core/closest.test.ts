import { describe, expect, test } from 'vitest';
import { closestName, editDistance } from '../../src/core/closest.ts';

describe('closestName: "did you mean" for misspelt fields and headers', () => {
  test.for([
    ['haed', ['head', 'income'], 'head'],
    ['are', ['area', 'head'], 'area'],
    ['idNumbr', ['idNumber', 'name'], 'idNumber'],
    ['Area', ['area'], 'area'],
    ['面积（母）', ['面积（亩）', '数量'], '面积（亩）'],
    // too far from anything: no guess
    ['colour', ['head', 'area'], null],
    ['x', ['head'], null],
  ] as const)('%s → %s', ([word, candidates, near]) => {
    expect(closestName(word, candidates)).toBe(near);
  });

  test.for([
    ['kitten', 'sitting', 3],
    ['haed', 'head', 1],
    ['', 'abc', 3],
    ['面积', '面积', 0],
  ] as const)('editDistance(%s, %s) = %i', ([a, b, d]) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
