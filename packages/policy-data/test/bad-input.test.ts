import { formatFieldError, screen, validateSubject } from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { xixiang2023 } from '../src/index.ts';

describe('bad input is a structured error naming the field in Chinese and English', () => {
  test.for<[string, unknown, string, string, string]>([
    [
      'a negative area',
      {
        kind: 'household',
        id: 'h',
        category: 'poverty-alleviated',
        activities: [{ type: 'tea-renovation', area: -2 }],
      },
      'activities.0.area',
      '面积：不能为负数',
      'Area: must not be negative',
    ],
    [
      'text where a number goes',
      {
        kind: 'household',
        id: 'h',
        category: 'poverty-alleviated',
        activities: [{ type: 'tea-renovation', area: '三亩' }],
      },
      'activities.0.area',
      '应为数字：“三亩”',
      'must be a number: "三亩"',
    ],
    [
      'a survival rate of 1.5',
      {
        kind: 'household',
        id: 'h',
        category: 'monitored',
        activities: [{ type: 'gourd', area: 1, survivalRate: 1.5 }],
      },
      'activities.0.survivalRate',
      '成活率',
      'Survival rate: a rate must be at most 1',
    ],
    [
      'an unknown category',
      { kind: 'household', id: 'h', category: '贫困户' },
      'category',
      '农户类别：未知的取值“贫困户”',
      'household category: unknown value "贫困户"',
    ],
    ['a missing field', { kind: 'household', category: 'ordinary' }, 'id', '编号：必填', 'id: is required'],
    [
      'an unknown activity',
      { kind: 'household', id: 'h', category: 'monitored', activities: [{ type: 'goats', head: 3 }] },
      'activities.0.type',
      '未知的类型“goats”',
      'unknown type "goats"',
    ],
    [
      'a date that does not exist',
      {
        kind: 'household',
        id: 'h',
        category: 'monitored',
        members: [{ id: 'm', workTrips: [{ from: '2023-02-29', place: { province: '广东省' } }] }],
      },
      'members.0.workTrips.0.from',
      '开始日期：不是有效日期',
      'start date: is not a real date',
    ],
    [
      'half a pig',
      { kind: 'household', id: 'h', category: 'monitored', activities: [{ type: 'pig', head: 2.5 }] },
      'activities.0.head',
      '应为整数',
      'must be a whole number',
    ],
    [
      '13 months in a post',
      {
        kind: 'household',
        id: 'h',
        category: 'poverty-alleviated',
        members: [{ id: 'm', publicPost: { months: 13 } }],
      },
      'members.0.publicPost.months',
      '一年不超过12个月',
      'at most 12 months',
    ],
    [
      'the same activity twice',
      {
        kind: 'household',
        id: 'h',
        category: 'monitored',
        activities: [
          { type: 'pig', head: 2 },
          { type: 'pig', head: 3 },
        ],
      },
      'activities.1.type',
      '同一产业只填一行',
      'one row per activity type',
    ],
    [
      'an unknown kind of applicant',
      { kind: 'company', id: 'x' },
      'kind',
      '申请主体类型：未知的类型“company”',
      'kind of applicant: unknown type "company"',
    ],
  ])('%s', ([, input, path, zh, en]) => {
    const r = validateSubject(input, xixiang2023);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.path === path);
    expect(e, JSON.stringify(r.errors)).toBeDefined();
    if (!e) return;
    expect(formatFieldError(e, 'zh')).toContain(zh);
    expect(formatFieldError(e, 'en')).toContain(en);
  });

  test('good input validates to the parsed subject, quantities as decimal strings', () => {
    const r = validateSubject(
      {
        kind: 'household',
        id: 'h',
        category: 'monitored',
        activities: [{ type: 'pig', head: 4, income: 3000.5 }],
      },
      xixiang2023,
    );
    expect(r.ok && r.value.kind === 'household' && r.value.activities[0]).toEqual({
      type: 'pig',
      head: '4',
      income: '3000.5',
    });
  });

  test('screening never reads past the schema: a parsed subject with no activities screens cleanly', () => {
    const r = validateSubject({ kind: 'operator', id: 'o' }, xixiang2023);
    expect(r.ok).toBe(true);
    if (r.ok) expect(screen(r.value, { pack: xixiang2023, asOf: '2023-06-30' }).total).toBe('0.00');
  });
});
