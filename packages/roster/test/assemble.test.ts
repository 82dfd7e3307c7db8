import { compilePack } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import {
  indexRoster,
  mergeSources,
  type RosterIssue,
  type RosterSubject,
  readCsv,
  rosterLayout,
} from '../src/index.ts';
import { id18 } from './helpers.ts';

const pack = compilePack(xixiang2023);

/** Reads CSV sheets (file name → text) and assembles every subject. */
function assemble(files: Record<string, string>) {
  const source = mergeSources(
    Object.entries(files).map(([name, text]) =>
      readCsv(new TextEncoder().encode(text), name, rosterLayout(pack)),
    ),
  );
  const roster = indexRoster(source, pack, '2023-12-31');
  const issues: RosterIssue[] = [...roster.issues];
  const subjects: RosterSubject[] = [...roster.subjects((i) => issues.push(i))];
  return { subjects, issues, rows: roster.rows };
}

const at = (i: RosterIssue) =>
  `${i.sheet}!${i.column ?? ''}${i.row ?? ''} ${i.kind}${i.rejected ? ' rejected' : ''}`;

describe('assembling a roster', () => {
  test('a row without 行类型 is the 户主 when it is the first of its 户编号, a member after', () => {
    const { subjects, issues } = assemble({
      '农户及成员.csv':
        '户编号,姓名,农户类别,务工省份,外出务工开始日期\nH1,张三,脱贫户,,\nH1,张四,,广东省,2023/3/1\n',
    });
    expect(issues).toEqual([]);
    const h = subjects[0]?.subject;
    expect(h).toMatchObject({ kind: 'household', id: 'H1', category: 'poverty-alleviated' });
    expect(h?.kind === 'household' && h.members.map((m) => [m.id, m.name, m.workTrips?.[0]?.from])).toEqual([
      ['m2', '张三', undefined],
      ['m3', '张四', '2023-03-01'],
    ]);
    expect(subjects[0]?.refs.get('m3')).toEqual({
      sheet: '农户及成员.csv',
      row: 3,
      label: '张四',
      labelEn: '',
      person: '张四',
    });
  });

  test('an area in the wrong unit column is refused with the column to use; other columns are noted', () => {
    const { subjects, issues } = assemble({
      'households.csv': '户编号,姓名,农户类别\nH1,张三,脱贫户\n',
      'operators.csv': '主体编号,名称,经营主体类型\nOP1,合作社甲,合作社\n',
      'activities.csv':
        '户编号/主体编号,产业类型,面积（亩）,面积（㎡）,袋数（袋）\nOP1,生猪标准化养殖圈舍,2000,,\nOP1,冷水鱼养殖,,1000,\nH1,养猪,,,500\n',
    });
    // subjects are read in roster order: households, then collectives, then operators
    expect(issues.map(at)).toEqual(['activities.csv!E4 warning', 'activities.csv!C2 rejected rejected']);
    expect(issues[0]?.message.zh).toBe('「袋数（袋）」不适用于养猪，已忽略');
    expect(issues[1]?.message.zh).toBe('生猪标准化养殖圈舍的面积按平方米（㎡）计，请填在「面积（㎡）」列');
    const op = subjects.find((s) => s.subject.id === 'OP1')?.subject;
    expect(op?.activities).toEqual([{ type: 'coldwater-fish', id: 'a3', area: '1000' }]);
  });

  test('a collective project named for a household, a repeated activity, a member with no household', () => {
    const { issues } = assemble({
      'households.csv': '户编号,姓名,农户类别,行类型\nH1,张三,脱贫户,户主\nH9,李四,,成员\n',
      'activities.csv':
        '户编号,产业类型,面积（亩）\nH1,猕猴桃产业,50\nH1,茶园,1\nH1,低产低效茶园改树改土,2\n',
    });
    expect(issues.map(at)).toEqual([
      'households.csv!A3 not-linked rejected',
      'activities.csv!B2 rejected rejected',
      'activities.csv!B4 rejected rejected',
    ]);
    expect(issues[1]?.message.zh).toBe('“猕猴桃产业”是村集体或经营主体的项目，农户不适用');
    expect(issues[2]?.message.zh).toContain('同一户的同一产业只填一行');
  });

  test('the same person twice in one household: the later row is left out; in two households, noted', () => {
    const a = id18('61072419800101123');
    const { subjects, issues } = assemble({
      'households.csv': `户编号,姓名,身份证号,农户类别\nH1,张三,${a},脱贫户\nH1,张三,${a},\nH2,王五,,监测对象\nH2,张三,${a},\n`,
    });
    expect(issues.map(at)).toEqual([
      'households.csv!C3 duplicate-person rejected',
      'households.csv!C5 duplicate-person',
    ]);
    expect(subjects.map((s) => (s.subject.kind === 'household' ? s.subject.members.length : 0))).toEqual([
      1, 2,
    ]);
  });

  test('a rejected 户主 row takes its member and activity rows with it, each reported', () => {
    const { subjects, issues } = assemble({
      'households.csv': '户编号,姓名,农户类别,监测对象类型\nH1,张三,脱贫户,边缘易致贫户\nH1,张四,,\n',
      'activities.csv': '户编号,产业类型,养殖数量（头/只）\nH1,养猪,3\n',
    });
    expect(subjects).toEqual([]);
    expect(issues.map(at)).toEqual([
      'households.csv!D2 rejected rejected',
      'households.csv!3 not-screened rejected',
      'activities.csv!3 not-screened rejected'.replace('!3', '!2'),
    ]);
    // the engine's own rule and message: only 监测对象 have a 监测对象类型
    expect(issues[0]?.message.zh).toBe('只有监测对象才填监测对象类型');
  });
});
