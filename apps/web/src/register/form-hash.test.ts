import { idNumberCheckDigit } from '@huinong/benefits';
import { advance } from '@huinong/register';
import { describe, expect, test } from 'vitest';
import { formHash } from './form-hash.ts';
import { postedDays } from './RegisterView.tsx';
import { DEFAULT_PUBLICITY } from './settings.ts';
import { pigCase } from './testing.ts';

const id18 = (first17: string) => `${first17}${idNumberCheckDigit(first17)}`;
const WANG = id18('61072419800101123');
const LI = id18('61072419750505001');
const PACK = { id: 'xixiang-2023', version: '1' };

function steps(c: ReturnType<typeof pigCase>['case'], events: [string, string][], role = 'village') {
  let now = c;
  for (const [type, date] of events) {
    const r = advance(now, { type, date, role, name: '李村长' }, DEFAULT_PUBLICITY);
    if (!r.ok) throw new Error(r.reason.en);
    now = r.case;
  }
  return now;
}

describe('the 校验值 of a form', () => {
  const c = pigCase('王大山', '4', WANG, 1).case;

  test('the same case gives the same 64 hex digits, whenever it is printed', () => {
    expect(formHash(c, false)).toMatch(/^[0-9a-f]{64}$/);
    expect(formHash(structuredClone(c), false)).toBe(formHash(c, false));
    // what is never printed does not count
    expect(formHash({ ...c, id: 'another', updatedAt: '2024-05-01T00:00:00.000Z' }, false)).toBe(
      formHash(c, false),
    );
  });

  test('a step changes the 审批表’s (it prints the log), not the 申请表’s', () => {
    const later = steps(c, [['application.submitted', '2024-01-02']]);
    expect(formHash(later, false)).toBe(formHash(c, false));
    expect(formHash(later, true)).not.toBe(formHash(c, true));
    expect(formHash(c, true)).not.toBe(formHash(c, false));
  });

  test('another person, account, amount or pack gives another value', () => {
    const base = formHash(c, false);
    expect(formHash({ ...c, applicant: { ...c.applicant, idNumber: LI } }, false)).not.toBe(base);
    expect(formHash({ ...c, account: '6228480000000009999' }, false)).not.toBe(base);
    expect(formHash({ ...c, pack: { ...c.pack, version: '2' } }, false)).not.toBe(base);
    const other = pigCase('王大山', '5', WANG, 1).case;
    expect(other.screening.total).toBe('3500.00');
    expect(formHash(other, false)).not.toBe(base);
  });
});

describe('the posting days of a 公示名单, from the log', () => {
  const place = { pack: PACK, township: '堰口镇', village: '白龙塘村' };
  const toPosted = (day: string) => [
    ['application.submitted', '2024-01-02'] as [string, string],
    ['review.passed', '2024-01-03'] as [string, string],
    ['publicity.opened', day] as [string, string],
  ];

  test('the day each listed case had it posted, oldest first, each once', () => {
    const wang = steps(pigCase('王大山', '4', WANG, 1).case, toPosted('2024-01-04'));
    const li = steps(pigCase('李二', '3', LI, 2).case, toPosted('2024-01-05'));
    const zhang = steps(pigCase('张三', '5', id18('61072419700303002'), 3).case, toPosted('2024-01-04'));
    expect(postedDays([li, wang, zhang], { ...place, level: 'village' })).toEqual([
      '2024-01-04',
      '2024-01-05',
    ]);
    // nothing posted at the township yet; another village's cases are not on this list
    expect(postedDays([li, wang], { ...place, level: 'township' })).toEqual([]);
    expect(postedDays([li, wang], { ...place, village: '罗镇村', level: 'village' })).toEqual([]);
  });

  test('after a 复核 upholds the list, the day it was posted again', () => {
    const wang = steps(pigCase('王大山', '4', WANG, 1).case, [
      ...toPosted('2024-01-04'),
      ['objection.raised', '2024-01-06'],
      ['recheck.upheld', '2024-01-08'],
    ]);
    expect(postedDays([wang], { ...place, level: 'village' })).toEqual(['2024-01-08']);
  });

  test('a case returned on 复核 is off the list, and its posting with it', () => {
    const li = steps(pigCase('李二', '3', LI, 2).case, [
      ...toPosted('2024-01-05'),
      ['objection.raised', '2024-01-06'],
      ['recheck.returned', '2024-01-08'],
    ]);
    expect(postedDays([li], { ...place, level: 'village' })).toEqual([]);
  });
});
