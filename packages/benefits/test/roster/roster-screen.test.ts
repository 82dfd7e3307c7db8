import { describe, expect, test } from 'vitest';
import { PolicyPack, type StandardInput } from '../../src/pack/pack.schema.ts';
import { createRosterScreener, type RosterScreen, screenRoster } from '../../src/roster/roster-screen.ts';
import { type Subject, Subject as SubjectSchema } from '../../src/schemas/subject.schema.ts';

const t = (zh: string, en: string) => ({ zh, en });
const YEAR = { from: '2023-01-01', to: '2023-12-31' };
const workers = {
  kinds: ['household' as const],
  categories: ['poverty-alleviated' as const, 'monitored' as const],
  label: t('脱贫劳动力', 'workers'),
};
/** The three member standards of 五(三), with the amounts of the 西乡 2023 plan (the real pack lives in @huinong/policy-data). */
const standards: StandardInput[] = [
  {
    id: 'travel-grant',
    clause: '五(三)2',
    text: '一次性交通补助：省外500元，省内市外300元，市内县外200元，每人每年只能享受一次。',
    title: t('跨县务工交通补助', 'travel grant'),
    subject: workers,
    source: { kind: 'member', field: 'workTrips' },
    award: {
      kind: 'tiered-travel',
      tiers: { outsideProvince: '500', outsideCity: '300', outsideCounty: '200' },
      perPersonPerYear: 1,
      minMonths: 0,
    },
    dates: YEAR,
  },
  {
    id: 'rain-dew',
    clause: '五(三)1',
    text: '每生每学年3000元',
    title: t('雨露计划', 'rain and dew'),
    subject: { ...workers, categories: ['poverty-alleviated'] },
    source: { kind: 'member', field: 'student' },
    conditions: [
      {
        kind: 'attest',
        id: 'enrolled',
        field: 'student.enrolled',
        label: t('在校就读', 'enrolled'),
        text: '在校学生',
      },
    ],
    award: { kind: 'fixed', unit: 'student-year', amount: '3000' },
    dates: YEAR,
  },
  {
    id: 'public-post',
    clause: '五(三)3',
    text: '每人每月600元',
    title: t('公益性岗位', 'public post'),
    subject: { ...workers, categories: ['poverty-alleviated'] },
    source: { kind: 'member', field: 'publicPost' },
    award: { kind: 'per-unit', quantity: 'publicPost.months', unit: 'month', amount: '600' },
    dates: YEAR,
  },
];
const xixiang2023 = PolicyPack.parse({
  id: 'roster-test',
  name: t('测试', 'test'),
  document: { title: 't', file: 't.txt', published: '2023-08' },
  dates: YEAR,
  home: { province: '陕西省', city: '汉中市', county: '西乡县', code: '610724' },
  standards,
});

const asOf = '2023-12-31';
const WANG = '610724199001011232';
const LI = '11010519491231002X';

function household(id: string, members: unknown[], category = 'monitored'): Subject {
  return SubjectSchema.parse({ kind: 'household', id, category, members });
}
const away = (id: string, idNumber: string, province = '广东省') => ({
  id,
  idNumber,
  workTrips: [{ from: '2023-03-01', place: { province, city: '东莞市' } }],
});
const lineOf = (r: RosterScreen, standardId: string, member: string) =>
  r.result.lines.find((l) => l.standardId === standardId && l.ref?.id === member);

describe('screenRoster: once per person across a roster', () => {
  test('the same 身份证号 away for work in two households gets one travel grant, in roster order', () => {
    const [a, b] = screenRoster([household('H1', [away('m1', WANG)]), household('H2', [away('m1', WANG)])], {
      pack: xixiang2023,
      asOf,
    });
    expect(lineOf(a!, 'travel-grant', 'm1')).toMatchObject({ status: 'eligible', amount: '500.00' });
    expect(a!.adjustments).toEqual([]);
    // H2: travelGrantsReceived raised to 1, so the standard's own once-per-year check refuses it
    const second = lineOf(b!, 'travel-grant', 'm1');
    expect(second).toMatchObject({ status: 'ineligible', amount: '0.00' });
    expect(second?.reason?.condition).toBe('oncePerYear');
    expect(b!.result.total).toBe('0.00');
    expect(b!.adjustments).toEqual([
      expect.objectContaining({
        standardId: 'travel-grant',
        subjectId: 'H2',
        memberId: 'm1',
        idNumber: WANG,
        first: { subjectId: 'H1', memberId: 'm1' },
        how: 'grants-received',
      }),
    ]);
    expect(b!.adjustments[0]!.message.zh).toContain('H1');
  });

  test('different people, or members without an ID number, are not matched', () => {
    const rs = screenRoster(
      [
        household('H1', [away('m1', WANG), away('m2', '')]),
        household('H2', [away('m1', LI), { ...away('m2', '') }]),
      ],
      { pack: xixiang2023, asOf },
    );
    expect(rs.map((r) => r.result.total)).toEqual(['1000.00', '1000.00']);
    expect(rs.flatMap((r) => r.adjustments)).toEqual([]);
  });

  test('a first line that was not eligible does not use up the grant', () => {
    const inCounty = {
      ...away('m1', WANG),
      workTrips: [{ from: '2023-03-01', place: { province: '陕西省', city: '汉中市', county: '西乡县' } }],
    };
    const [a, b] = screenRoster([household('H1', [inCounty]), household('H2', [away('m1', WANG)])], {
      pack: xixiang2023,
      asOf,
    });
    expect(lineOf(a!, 'travel-grant', 'm1')?.status).toBe('ineligible');
    expect(lineOf(b!, 'travel-grant', 'm1')?.status).toBe('eligible');
  });

  test('雨露计划 and 公益性岗位 for the same person in a second household: the line is dropped, the total follows', () => {
    const student = { id: 's', idNumber: LI, student: { schoolType: 'technical', enrolled: true } };
    const post = { id: 'p', idNumber: WANG, publicPost: { months: 10 } };
    const [a, b] = screenRoster(
      [
        household('H1', [student, post], 'poverty-alleviated'),
        household('H2', [student, post], 'poverty-alleviated'),
      ],
      { pack: xixiang2023, asOf },
    );
    // 3,000 雨露计划 + 10 × 600 公益性岗位
    expect(a!.result.total).toBe('9000.00');
    expect(b!.result.total).toBe('0.00');
    expect(lineOf(b!, 'rain-dew', 's')).toMatchObject({ status: 'ineligible', amount: '0.00' });
    expect(b!.adjustments.map((x) => [x.standardId, x.how])).toEqual([
      ['rain-dew', 'line-dropped'],
      ['public-post', 'line-dropped'],
    ]);
  });

  test('within one household, a second member with the same number is dropped', () => {
    const [a] = screenRoster([household('H1', [away('m1', WANG), away('m2', WANG.toLowerCase())])], {
      pack: xixiang2023,
      asOf,
    });
    expect(a!.result.total).toBe('500.00');
    expect(a!.adjustments).toHaveLength(1);
  });

  test('the screener gives the same results as screenRoster, one subject at a time', () => {
    const subjects = [household('H1', [away('m1', WANG)]), household('H2', [away('m1', WANG)])];
    const s = createRosterScreener({ pack: xixiang2023, asOf });
    expect(subjects.map((x) => s.screen(x).result.total)).toEqual(
      screenRoster(subjects, { pack: xixiang2023, asOf }).map((r) => r.result.total),
    );
  });
});
