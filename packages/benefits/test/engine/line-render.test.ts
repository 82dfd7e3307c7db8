import { describe, expect, test } from 'vitest';
import type { ScreenLine, TraceEntry } from '../../src/index.ts';
import {
  basisText,
  explainLine,
  percentText as percent,
  reasonText,
  thresholdText,
  valueText,
} from '../../src/index.ts';

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

describe('the reason column and the explanation', () => {
  const base = {
    key: 'k',
    standardId: 'monitored-pig',
    clause: '五(一)4(4)',
    clauseText: '',
    title: { zh: '监测对象当年养猪', en: 'Pigs (监测对象)' },
    ref: null,
    trace: [],
    nearMiss: null,
    notes: [],
  };
  test('an eligible line: how, and the amount grouped to the fen', () => {
    const line = {
      ...base,
      status: 'eligible',
      amount: '2800',
      reason: null,
      basis: { quantity: '4', unit: 'head', unitAmount: '700', rate: null, source: 'computed' },
    } as unknown as ScreenLine;
    expect(reasonText(line, 'zh')).toBe('4 头 × ¥700.00 = ¥2,800.00');
    expect(explainLine(line, 'en')).toBe(
      'Pigs (监测对象) (monitored-pig, 五(一)4(4)): eligible; 4 head × ¥700.00 = ¥2,800.00',
    );
  });
  test('a line that needs information says what is missing', () => {
    const line = {
      ...base,
      status: 'needs-information',
      amount: '0.00',
      reason: entry({ label: { zh: '收入', en: 'income' }, value: null }),
      basis: { quantity: null, unit: null, unitAmount: null, rate: null, source: 'computed' },
    } as unknown as ScreenLine;
    expect(reasonText(line, 'zh')).toBe('缺少：收入');
    expect(reasonText(line, 'en')).toBe('missing: income');
  });
});
