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
    [{}, '吸纳脱贫人口务工 4 人，需 5 人以上 ✗'],
    [{ value: '6', passed: true }, '吸纳脱贫人口务工 6 人，需 5 人以上 ✓'],
    [
      { value: '42000', threshold: '50000', unit: 'yuan', condition: 'wages' },
      '吸纳脱贫人口务工 4.2 万元，需 5 万元以上 ✗',
    ],
    [
      { value: '150000', threshold: '100000', unit: 'yuan', passed: true },
      '吸纳脱贫人口务工 15 万元，需 10 万元以上 ✓',
    ],
    [{ value: '120', threshold: '1000', unit: 'yuan' }, '吸纳脱贫人口务工 120 元，需 1000 元以上 ✗'],
    [{ value: null }, '吸纳脱贫人口务工 0 人，需 5 人以上 ✗'],
  ] as const)('%j → %s (a sentence, never a fraction)', ([e, text]) => {
    expect(progressOf(entry(e), 'zh')?.text).toBe(text);
  });

  test('in English too', () => {
    expect(
      progressOf(entry({ value: '6', passed: true, label: { zh: '', en: 'workers employed' } }), 'en')?.text,
    ).toBe('workers employed: 6 people, needs 5 people or more ✓');
  });

  test('a yes/no or a "one of" is not progress', () => {
    expect(progressOf(entry({ op: 'attest', threshold: null }), 'zh')).toBeNull();
    expect(progressOf(entry({ op: 'in', threshold: '监测对象' }), 'zh')).toBeNull();
  });

  test('the bar never runs past the threshold', () => {
    expect(progressOf(entry({ value: '9', passed: true }), 'zh')).toMatchObject({ value: 5, max: 5 });
  });
});
