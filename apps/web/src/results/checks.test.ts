import type { TraceEntry } from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { progressOf } from './checks.ts';

const entry = (e: Partial<TraceEntry>): TraceEntry => ({
  clause: '五(一)4(5)',
  condition: 'workers',
  label: { zh: '吸纳脱贫人口务工', en: '脱贫人口 employed' },
  value: '4',
  threshold: '5',
  op: 'gte',
  unit: 'person',
  passed: false,
  ...e,
});

describe('progress of a threshold', () => {
  test.for([
    [{}, '4/5 人'],
    [{ value: '42000', threshold: '50000', unit: 'yuan', condition: 'wages' }, '4.2/5 万元'],
    [{ value: '50000', threshold: '50000', unit: 'yuan', passed: true }, '5/5 万元'],
    [{ value: '120', threshold: '1000', unit: 'yuan' }, '120/1000 元'],
    [{ value: null }, '0/5 人'],
  ] as const)('%j → %s', ([e, text]) => {
    expect(progressOf(entry(e), 'zh')?.text).toBe(text);
  });

  test('a yes/no or a "one of" is not progress', () => {
    expect(progressOf(entry({ op: 'attest', threshold: null }), 'zh')).toBeNull();
    expect(progressOf(entry({ op: 'in', threshold: '监测对象' }), 'zh')).toBeNull();
  });

  test('the bar never runs past the threshold', () => {
    expect(progressOf(entry({ value: '9', passed: true }), 'zh')).toMatchObject({ value: 5, max: 5 });
  });
});
