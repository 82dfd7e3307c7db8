import { compilePack } from '@huinong/benefits';
import { xiji2025, xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import {
  headerText,
  indexRoster,
  mergeSources,
  type RosterIssue,
  type RosterSubject,
  readCsv,
  rosterLayout,
} from '../src/index.ts';

const column = (pack: typeof xixiang2023, key: string) =>
  rosterLayout(pack).activities.columns.find((c) => c.key === key);

describe('the roster layout is a function of the pack', () => {
  test('built once per pack; the engine sheets are kept, the 产业 columns are the union of the fields', () => {
    const a = rosterLayout(xixiang2023);
    expect(rosterLayout(xixiang2023)).toBe(a);
    const compiled = compilePack(xixiang2023);
    expect(rosterLayout(compiled)).toBe(rosterLayout(compiled.pack));
    expect(a.sheets.map((s) => s.name)).toEqual(['农户及成员', '产业', '村集体', '经营主体']);
    const keys = a.activities.columns.map((c) => c.key);
    // one column per column key, however many activities share it
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, 3)).toEqual(['subjectId', 'type', 'name']);
    for (const k of ['areaMu', 'areaM2', 'head', 'birds', 'income', 'survivalRate', 'crop', 'standardized'])
      expect(keys).toContain(k);
    expect(rosterLayout(xiji2025).activities.columns.map((c) => c.key)).not.toContain('survivalRate');
  });

  test('a column counted in two units shows both and says which activity counts in which', () => {
    const head = column(xixiang2023, 'head');
    expect(head && headerText(head)).toBe('养殖数量（头/只）');
    expect(head?.hint).toBe('养猪、养牛按头，养羊按只');
  });

  test('the area split over 亩 and ㎡: the ㎡ column lists the activities whose area is in ㎡ (from the pack)', () => {
    const m2 = column(xixiang2023, 'areaM2');
    expect(m2 && headerText(m2)).toBe('面积（㎡）');
    // a pack that writes the unit into the header shows it once
    const xiji = rosterLayout(xiji2025).activities.columns.find((c) => c.key === 'areaM2');
    expect(xiji && headerText(xiji)).toBe('面积（㎡）');
    expect(m2?.hint).toMatch(/^食用菌大棚提质增效、养蚕室建设及设施、.*冷水鱼养殖按平方米（㎡）填$/);
    expect(column(xixiang2023, 'areaMu')?.hint).toBeUndefined();
    // a rate is entered as a percentage
    expect(column(xixiang2023, 'survivalRate')).toMatchObject({ unit: '%', type: 'percent' });
  });

  test("the activity names by kind: a household's, a collective's, with 其他产业", () => {
    const { activityChoices, activityNames } = rosterLayout(xiji2025);
    expect(activityChoices.household.map((c) => c.code)).toContain('breeding-cows');
    expect(activityChoices.household.map((c) => c.code)).not.toContain('wheat-base');
    expect(activityChoices.collective.map((c) => c.code)).toEqual(['wheat-base', 'other']);
    expect(activityNames.indexOf('其他产业')).toBeLessThan(activityNames.indexOf('小麦种植基地（村集体）'));
  });
});

describe("a pack's facts and activities in a roster", () => {
  const pack = compilePack(xiji2025);
  const layout = rosterLayout(pack);

  function assemble(files: Record<string, string>) {
    const source = mergeSources(
      Object.entries(files).map(([name, text]) => readCsv(new TextEncoder().encode(text), name, layout)),
    );
    const roster = indexRoster(source, pack, '2025-12-31');
    const issues: RosterIssue[] = [...roster.issues];
    const subjects: RosterSubject[] = [...roster.subjects((i) => issues.push(i))];
    return { subjects, issues };
  }

  test('facts are columns of the 户主 row, read by their type into subject.facts', () => {
    const facts = layout.facts.households.map((f) => f.column.zh);
    expect(facts).toEqual(['风险消除情况', '示范村', '已享受扩群补栏']);
    const risk = layout.households.columns.find((c) => c.key === 'riskStatus');
    const choice = risk?.choices?.[0]?.zh as string;
    const { subjects, issues } = assemble({
      '农户及成员.csv': `户编号,姓名,农户类别,风险消除情况,示范村\nH1,张三,监测对象,${choice},是\nH2,李四,脱贫户,,否\n`,
    });
    expect(issues).toEqual([]);
    expect(subjects.map((s) => s.subject.facts)).toEqual([
      { riskStatus: risk?.choices?.[0]?.code, demoVillage: true },
      { demoVillage: false },
    ]);
  });

  test('an unknown choice of a fact is refused naming the column and the choices', () => {
    const { subjects, issues } = assemble({
      '农户及成员.csv': '户编号,姓名,农户类别,风险消除情况\nH1,张三,监测对象,不知道\n',
    });
    expect(subjects).toEqual([]);
    expect(issues.map((i) => [i.column, i.header, i.rejected])).toEqual([['D', '风险消除情况', true]]);
    expect(issues[0]?.message.zh).toMatch(/^未知的风险消除情况“不知道”；可选：/);
  });

  test('a repeatable activity takes two rows; a date and a choice field are read by their type', () => {
    const breed = layout.activityTypes.get('breeding-cows')?.fields.get('breed')?.choices?.[0];
    const head = headerText(layout.activities.columns.find((c) => c.key === 'head') as never);
    expect(head).toBe('验收头数（头/只）');
    const { subjects, issues } = assemble({
      '农户及成员.csv': '户编号,姓名,农户类别\nH1,张三,脱贫户\n',
      '产业.csv': `户编号,产业类型,${head},boughtOn,breed\nH1,能繁母牛（扩群补栏）,2,2025/3/1,${breed?.label.zh}\nH1,能繁母牛（扩群补栏）,1,2025年4月2日,\n`,
    });
    expect(issues).toEqual([]);
    expect(subjects[0]?.subject.activities).toEqual([
      { type: 'breeding-cows', id: 'a2', head: '2', boughtOn: '2025-03-01', breed: breed?.value },
      { type: 'breeding-cows', id: 'a3', head: '1', boughtOn: '2025-04-02' },
    ]);
  });
});
