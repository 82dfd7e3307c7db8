import type { ScreenLine, TraceEntry } from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { basisText, percent, progressOf, thresholdText, valueText } from './checks.ts';

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

describe('words for a check', () => {
  test.for([
    [{ value: '4', unit: 'head', threshold: '2' }, '4 头', '≥ 2 头'],
    [{ value: null, unit: 'head' }, '未填写', '≥ 5 头'],
    [{ op: 'attest', value: '否', threshold: '是', unit: null }, '否', '须为“是”'],
    [{ value: '0.9', unit: 'rate', threshold: '0.85' }, '90%', '≥ 85%'],
  ] as const)('%j → %s, %s', ([e, value, threshold]) => {
    const t = entry({ threshold: '5', ...e });
    expect(valueText(t, 'zh')).toBe(value);
    expect(thresholdText(t, 'zh')).toBe(threshold);
  });

  test.for([
    ['0.2', '20%'],
    ['0.05', '5%'],
    ['0.1', '10%'],
    ['1', '100%'],
    ['0.0365', '3.65%'],
  ] as const)('percent(%s) = %s', ([rate, shown]) => {
    expect(percent(rate)).toBe(shown);
  });
});

describe('basis of an award', () => {
  const line = (basis: Partial<ScreenLine['basis']>) =>
    ({
      basis: { quantity: null, unit: null, unitAmount: null, rate: null, source: 'computed', ...basis },
    }) as ScreenLine;
  test.for([
    [{ quantity: '4', unit: 'head', unitAmount: '700' }, '4 头 × ¥700.00'],
    [{ quantity: '50000', rate: '0.2' }, '¥50,000.00 × 20%'],
    [{ quantity: '69', unit: 'day', rate: '0.0365' }, '贴息 69 天 · 年利率 3.65%'],
    [{ source: 'review' as const }, '县级评审确定'],
  ] as const)('%j → %s', ([b, text]) => {
    expect(basisText(line(b), 'zh')).toBe(text);
  });
});
