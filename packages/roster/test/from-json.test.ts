import { resolvePlace, xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import { assembleJson } from '../src/index.ts';

const household = (id: string, place: Record<string, string>) => ({
  kind: 'household',
  id,
  category: 'poverty-alleviated',
  members: [{ id: 'm1', name: '张三', workTrips: [{ from: '2023-03-01', place }] }],
  activities: [],
});

describe('JSON subjects as a roster: work places by names go through the resolver', () => {
  test('陕西 汉中 南郑 becomes 汉中市南郑区 (610703 since 南郑县 became a district); a code is kept as given', () => {
    const r = assembleJson(
      [
        household('A', { province: '陕西', city: '汉中', county: '南郑' }),
        household('B', { province: '广东省', code: '440300' }),
      ],
      'subjects.json',
      '2023-12-31',
      xixiang2023,
      { resolvePlace },
    );
    expect(r.issues).toEqual([]);
    const place = (i: number) => {
      const s = r.subjects[i]?.subject;
      return s?.kind === 'household' ? s.members[0]?.workTrips?.[0]?.place : undefined;
    };
    expect(place(0)).toMatchObject({ province: '陕西省', city: '汉中市', county: '南郑区', code: '610703' });
    expect(place(1)).toEqual({ province: '广东省', code: '440300' });
  });

  test('an ambiguous name (江苏 鼓楼: 南京 and 徐州) rejects the subject, naming the field in both languages', () => {
    const r = assembleJson(
      [household('C', { province: '江苏', county: '鼓楼' })],
      'subjects.json',
      '2023-12-31',
      xixiang2023,
      {
        resolvePlace,
      },
    );
    expect(r.subjects).toEqual([]);
    expect(r.issues.map((i) => [i.row, i.key, i.rejected])).toEqual([
      [1, 'members.0.workTrips.0.place.county', true],
    ]);
    expect(r.issues[0]?.message.zh).toContain('南京市鼓楼区');
    expect(r.issues[0]?.message.en).toContain('ambiguous');
  });

  test('without a resolver the names go as written', () => {
    const r = assembleJson(
      [household('D', { province: '江苏', county: '鼓楼' })],
      'subjects.json',
      '2023-12-31',
      xixiang2023,
    );
    expect(r.issues).toEqual([]);
    expect(r.subjects).toHaveLength(1);
  });
});
