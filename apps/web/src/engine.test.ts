import { describe, expect, test } from 'vitest';
import { effectiveAsOf, screenDraft } from './engine.ts';
import { answerKey, type Draft, EMPTY_DRAFT } from './wizard/draft.ts';

const draft = (d: Partial<Draft>): Draft => ({ ...EMPTY_DRAFT, ...d });
const monitored = (answers: Record<string, string>, activities = ['pig']) =>
  draft({ kind: 'household', category: 'monitored', monitoredType: 'unstable', activities, answers });
const line = (d: Draft, id: string) =>
  screenDraft(d, '2023-06-01').result?.lines.find((l) => l.standardId === id);

describe('screenDraft: hand-computed cases from the seed', () => {
  test('监测对象 with 4 pigs and ¥3,000 income: 4 × 700 = 2,800', () => {
    const d = monitored({ 'activity.pig.head': '4', 'activity.pig.income': '3000' });
    const { result, check } = screenDraft(d, '2023-06-01');
    expect(check.ok).toBe(true);
    expect(result?.total).toBe('2800.00');
    expect(line(d, 'monitored-pig')?.status).toBe('eligible');
  });

  test('1 pig is a near miss: 差 1 头', () => {
    const l = line(monitored({ 'activity.pig.head': '1', 'activity.pig.income': '3000' }), 'monitored-pig');
    expect(l?.status).toBe('ineligible');
    expect(l?.nearMiss?.message.zh).toContain('差 1 头');
  });

  test('operator employing 5 脱贫人口 with wages ¥50,000: 20% = 10,000', () => {
    const d = draft({
      kind: 'operator',
      links: ['labor'],
      answers: {
        [answerKey('link', 'labor', 'poorWorkers')]: '5',
        [answerKey('link', 'labor', 'wages')]: '50000',
      },
    });
    expect(screenDraft(d, '2023-06-01').result?.total).toBe('10000.00');
  });

  test('a 脱贫户 listing sheep under "其他" hears the plan has no sheep standard for it', () => {
    const d = draft({
      kind: 'household',
      category: 'poverty-alleviated',
      activities: ['sheep'],
      otherActivities: true,
    });
    const notes = screenDraft(d, '2023-06-01').result?.notes ?? [];
    expect(notes.some((n) => n.code === 'no-standard' && n.message.zh.includes('养羊'))).toBe(true);
  });

  test('a malformed answer is reported at its input and left out; the other lines still compute', () => {
    const d = monitored(
      {
        'activity.pig.head': '4头',
        'activity.pig.income': '3000',
        'activity.sheep.head': '5',
        'activity.sheep.income': '2000',
      },
      ['pig', 'sheep'],
    );
    const { check, result } = screenDraft(d, '2023-06-01');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.map((e) => e.key)).toEqual(['activity.pig.head']);
    expect(result?.total).toBe('1000.00');
    expect(result?.lines.find((l) => l.standardId === 'monitored-pig')?.status).toBe('needs-information');
  });
});

describe('effectiveAsOf', () => {
  test.for([
    ['', '2023-06-01', '2023-06-01'],
    ['', '2025-11-23', '2023-12-31'],
    ['', '2022-05-01', '2023-01-01'],
    ['2023-03-15', '2025-11-23', '2023-03-15'],
  ] as const)('draft %j on %s → %s', ([asOf, now, expected]) => {
    expect(effectiveAsOf({ asOf }, now)).toBe(expected);
  });
});
