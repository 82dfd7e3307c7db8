import { xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, choiceIndex, rosterLayout } from '../src/index.ts';

const { household: HOUSEHOLD_ACTIVITIES, collective: PROJECTS } = rosterLayout(xixiang2023).activityChoices;

import * as V from '../src/values.ts';
import { id18 } from './helpers.ts';

const ok = <T>(value: T) => ({ ok: true, value });

describe('cell values → engine input', () => {
  test.for([
    [2, '2'],
    [0.1 + 0.2, '0.3'],
    [2800.5, '2800.5'],
    ['2', '2'],
    ['2亩', '2'],
    ['3,000元', '3000'],
    ['1,500', '1500'],
    ['１２', '12'],
    ['１，５００亩', '1500'],
    ['２．５', '2.5'],
    // left for the engine to refuse, naming the field
    ['三亩', '三亩'],
    ['-3', '-3'],
  ] as const)('quantity %j → %j', ([cell, text]) => {
    expect(V.quantity(cell)).toEqual(ok(text));
  });

  test.for([
    ['1,5', '逗号只能用作千位分隔', 'a comma may only group thousands'],
    ['1,5亩', '逗号只能用作千位分隔', 'a comma may only group thousands'],
    ['12,34,567', '逗号只能用作千位分隔', 'a comma may only group thousands'],
    [`1${'0'.repeat(400)}`, '数值过大', 'far too large'],
    [1e300, '数值过大', 'far too large'],
  ] as const)('quantity %j is refused on its cell', ([cell, zh, en]) => {
    const r = V.quantity(cell);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.zh).toContain(zh);
      expect(r.message.en).toContain(en);
    }
  });

  test.for([
    [0.85, '0.85'],
    [85, '0.85'],
    ['85%', '0.85'],
    ['８５％', '0.85'],
    [1, '1'],
    ['100%', '1'],
    // above 100%: left for the engine, which refuses any rate above 1 on its digits
    ['100.0000000000001%', '1.000000000000001'],
  ] as const)('percent %j → %j', ([cell, rate]) => {
    expect(V.percent(cell)).toEqual(ok(rate));
  });

  test.for([['1.0000000000000001'], ['1.5'], [1.05]] as const)(
    'percent %j, between 1 and 2, is refused as ambiguous',
    ([cell]) => {
      const r = V.percent(cell);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.en).toContain('ambiguous');
    },
  );

  test.for([
    [50000, '50000'],
    ['50000元', '50000'],
    ['5万', '50000'],
    ['5.5万元', '55000'],
    ['５万', '50000'],
    // left for the engine to refuse, naming the field
    ['五万', '五万'],
  ] as const)('money %j → %j', ([cell, text]) => {
    expect(V.money(cell)).toEqual(ok(text));
  });

  test.for([
    [36, 36],
    ['36', 36],
    ['36个月', 36],
    ['12月', 12],
    ['3年', 36],
    ['１年', 12],
  ] as const)('months %j → %j', ([cell, n]) => {
    expect(V.months(cell)).toEqual(ok(n));
  });

  test.for(['三年', '1.5', '1年6个月'])('months %j is refused, in both languages', (cell) => {
    const r = V.months(cell);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toEqual({
      zh: `应为整月数，如 36 或“3年”：“${cell}”`,
      en: `must be a whole number of months, e.g. 36 or 3年: "${cell}"`,
    });
  });

  test.for([
    [0.85, '0.85'],
    [85, '0.85'],
    ['85%', '0.85'],
    ['85', '0.85'],
    ['0.85', '0.85'],
    [1, '1'],
    ['八成', '八成'],
  ] as const)('percent %j → %j', ([cell, rate]) => {
    expect(V.percent(cell)).toEqual(ok(rate));
  });

  test.for([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['no', false],
    [1, true],
    [false, false],
    ['√', true],
  ] as const)('yes/no %j → %j', ([cell, value]) => {
    expect(V.yesNo(cell)).toEqual(ok(value));
  });

  test('yes/no refuses anything else in both languages', () => {
    expect(V.yesNo('也许')).toEqual({
      ok: false,
      message: { zh: '应填“是”或“否”，不是“也许”', en: 'must be 是 (yes) or 否 (no), not "也许"' },
    });
  });

  test('choices: Chinese names, other names and the engine codes', () => {
    const what = { zh: '农户类别', en: 'household category' };
    const index = choiceIndex(CATEGORIES);
    expect(V.choice('脱贫户', CATEGORIES, index, what)).toEqual(ok('poverty-alleviated'));
    expect(V.choice('Monitored', CATEGORIES, index, what)).toEqual(ok('monitored'));
    expect(V.choice(' 一般农户 ', CATEGORIES, index, what)).toEqual(ok('ordinary'));
    const bad = V.choice('贫困户', CATEGORIES, index, what);
    expect(bad.ok || bad.message.zh).toBe('未知的农户类别“贫困户”；可选：脱贫户、监测对象、一般农户');
    const activities = choiceIndex(HOUSEHOLD_ACTIVITIES);
    expect(V.choice('养猪', HOUSEHOLD_ACTIVITIES, activities, what)).toEqual(ok('pig'));
    expect(V.choice('茶园', HOUSEHOLD_ACTIVITIES, activities, what)).toEqual(ok('tea-renovation'));
    expect(V.choice('养禽(鸡、鸭、鹅)', HOUSEHOLD_ACTIVITIES, activities, what)).toEqual(ok('poultry'));
    const projects = choiceIndex(PROJECTS);
    expect(V.choice('天麻', PROJECTS, projects, what)).toEqual(ok('tianma-base'));
  });

  test.for([
    [44986, '2023-03-01'],
    [60, '1900-02-29'.replace('29', '28')],
    ['2023-03-01', '2023-03-01'],
    ['2023/3/1', '2023-03-01'],
    ['2023.3.1', '2023-03-01'],
    ['2023年3月1日', '2023-03-01'],
    ['20230301', '2023-03-01'],
    ['2023-03-01 08:00', '2023-03-01'],
    ['三月', '三月'],
  ] as const)('date %j → %j', ([cell, iso]) => {
    expect(V.date(cell)).toEqual(ok(iso));
  });

  test('Excel day serials, with the phantom 1900-02-29', () => {
    expect(V.serialToIso(1)).toBe('1900-01-01');
    expect(V.serialToIso(59)).toBe('1900-02-28');
    expect(V.serialToIso(61)).toBe('1900-03-01');
    expect(V.serialToIso(45291)).toBe('2023-12-31');
    expect(V.serialToIso(0)).toBeNull();
  });

  test('身份证号: checked and normalised; a number cell has lost digits', () => {
    const n = id18('61072419800101123');
    expect(V.idNumber(n, '2023-12-31')).toEqual(ok(n));
    expect(V.idNumber(` ${n.toLowerCase()} `, '2023-12-31')).toEqual(ok(n));
    expect(V.idNumber(610724198001011200, '2023-12-31')).toMatchObject({ ok: false });
    const wrong = V.idNumber(`${n.slice(0, 17)}${n[17] === '0' ? '1' : '0'}`, '2023-12-31');
    expect(wrong.ok || wrong.message.zh).toContain('校验码');
  });

  test('accounts: digits after spaces and hyphens go; a long number cell is refused', () => {
    expect(V.account('6228 4800-0000 0001 234')).toEqual(ok('6228480000000001234'));
    expect(V.account(123456789)).toEqual(ok('123456789'));
    // what Excel keeps of a 19-digit account typed as a number
    expect(V.account(Number('6228480000000001234'))).toMatchObject({ ok: false });
    expect(V.account('6228xx')).toMatchObject({ ok: false });
  });

  test('an error cell is reported as such', () => {
    expect(V.quantity({ error: '#N/A' })).toEqual({
      ok: false,
      message: { zh: '单元格是错误值 #N/A', en: 'the cell holds the error value #N/A' },
    });
  });
});
