import {
  AsOfOutsidePack,
  type LineStatus,
  type ScreenResult,
  type SubjectInput,
  validateSubject,
} from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { ruzhou2023, ruzhou2023Json } from '../src/index.ts';
import { type Category, crop, household, NOT_STABLE, screenWith } from './cases.ts';

// An audit of ruzhou-2023 against counties.md (汝州市 2023 second half): the cases the first table
// (ruzhou-2023.test.ts) does not have. Rule: 20% of the crop's net income (income − cost), a loss
// earns nothing, at most 500 a mu ("原则上"), at most 5,000 a household; 花生, 红薯 and 中草药 only;
// 脱贫户 except 稳定脱贫户, and 监测对象. Every expected number is computed by hand, rounded once per
// line to the fen (half-up), and the household total is the sum of the rounded lines.
const AS_OF = '2023-12-31';

const run = screenWith(ruzhou2023, AS_OF);

const STABLE = { stableAlleviated: true };

const linesOf = (r: ScreenResult) =>
  r.lines.filter((l) => l.standardId === 'planting-net-income' && l.ref !== null);

interface Case {
  name: string;
  subject: SubjectInput;
  status: LineStatus;
  amount: string;
  reason?: string;
  /** the share before the 500-a-mu ceiling, when the ceiling bound the line */
  uncapped?: string;
}

describe('planting-net-income: the share, its rounding and its ceiling', () => {
  test.for<Case>([
    // net 2,234.57 − 1,000 = 1,234.57; × 20% = 246.914 → 246.91 (≤ 3 × 500 = 1,500)
    {
      name: 'net 1,234.57: 246.914 rounds down to 246.91',
      subject: household('monitored', undefined, [crop('peanut', '3', '2234.57', '1000')]),
      status: 'eligible',
      amount: '246.91',
    },
    // net 1,234.58 × 20% = 246.916 → 246.92
    {
      name: 'net 1,234.58: 246.916 rounds up to 246.92',
      subject: household('monitored', undefined, [crop('peanut', '3', '2234.58', '1000')]),
      status: 'eligible',
      amount: '246.92',
    },
    // net 0.03 × 20% = 0.006 → 0.01
    {
      name: 'net 0.03: 0.006 rounds up to one fen',
      subject: household('poverty-alleviated', NOT_STABLE, [crop('herbs', '1', '1000.03', '1000')]),
      status: 'eligible',
      amount: '0.01',
    },
    // the ceiling reached exactly on a half mu: net 1,250 × 20% = 250 = 0.5 × 500 → 250.00, not bound
    {
      name: '0.5 mu, net 1,250: exactly the ceiling',
      subject: household('monitored', undefined, [crop('herbs', '0.5', '1250', '0')]),
      status: 'eligible',
      amount: '250.00',
    },
    // net 1,250.01 × 20% = 250.002 > 250: the ceiling binds; the share rounded is also 250.00
    {
      name: '0.5 mu, net 1,250.01: the ceiling binds by a fifth of a fen',
      subject: household('monitored', undefined, [crop('herbs', '0.5', '1250.01', '0')]),
      status: 'eligible',
      amount: '250.00',
      uncapped: '250.00',
    },
    // net 2,499.99 × 20% = 499.998 ≤ 1 × 500: not bound, rounded once to 500.00
    {
      name: '1 mu, net 2,499.99: 499.998 is under the ceiling and rounds to 500.00',
      subject: household('monitored', undefined, [crop('sweet-potato', '1', '3499.99', '1000')]),
      status: 'eligible',
      amount: '500.00',
    },
    // the ceiling rounded half-up: 0.12345 mu × 500 = 61.725 → 61.73; the share 1,000 × 20% = 200
    {
      name: '0.12345 mu: the ceiling 61.725 rounds up to 61.73',
      subject: household('monitored', undefined, [crop('peanut', '0.12345', '1000', '0')]),
      status: 'eligible',
      amount: '61.73',
      uncapped: '200.00',
    },
    // a small plot with a large income: 0.01 mu × 500 = 5; net 100 × 20% = 20 → 5.00
    {
      name: '0.01 mu: the ceiling is 5 yuan',
      subject: household('poverty-alleviated', NOT_STABLE, [crop('sweet-potato', '0.01', '100', '0')]),
      status: 'eligible',
      amount: '5.00',
      uncapped: '20.00',
    },
    // "原则上" is shown, not applied loosely: 10 mu, net 50,000 × 20% = 10,000 → 10 × 500 = 5,000
    {
      name: '10 mu, net 50,000: held to 5,000 by the ceiling',
      subject: household('monitored', undefined, [crop('herbs', '10', '60000', '10000')]),
      status: 'eligible',
      amount: '5000.00',
      uncapped: '10000.00',
    },
    // net income 0 earns nothing for a 脱贫户 either
    {
      name: '脱贫户 (not 稳定), net 0',
      subject: household('poverty-alleviated', NOT_STABLE, [crop('sweet-potato', '2', '800', '800')]),
      status: 'ineligible',
      amount: '0.00',
      reason: 'netIncome',
    },
    // a loss of one fen
    {
      name: 'net −0.01',
      subject: household('monitored', undefined, [crop('herbs', '1', '999.99', '1000')]),
      status: 'ineligible',
      amount: '0.00',
      reason: 'netIncome',
    },
    {
      name: 'income not given',
      subject: household('monitored', undefined, [{ type: 'herbs', area: '1', cost: '500' }]),
      status: 'needs-information',
      amount: '0.00',
      reason: 'netIncome',
    },
    // the wrong applicant: a 稳定脱贫户 growing herbs, with a good net income
    {
      name: '稳定脱贫户 herbs refused',
      subject: household('poverty-alleviated', STABLE, [crop('herbs', '2', '5000', '1000')]),
      status: 'ineligible',
      amount: '0.00',
      reason: 'subject',
    },
  ])('$name', (c) => {
    const lines = linesOf(run(c.subject));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.status).toBe(c.status);
    expect(lines[0]?.amount).toBe(c.amount);
    expect(lines[0]?.reason?.condition).toBe(c.reason);
    expect(lines[0]?.basis.ceiling?.uncapped).toBe(c.uncapped);
  });

  test('a loss and zero net income say why on the line', () => {
    const line = linesOf(run(household('monitored', undefined, [crop('herbs', '1', '999.99', '1000')])))[0];
    // the check is net income > 0, with the value found
    expect(line?.reason).toMatchObject({ op: 'gt', value: '-0.01', threshold: '0', passed: false });
    expect(line?.notes.map((n) => n.zh).join()).toContain('纯收入为0或亏损的不奖补');
  });
});

describe('household-cap: at most 5,000 a household in the year', () => {
  test.for([
    // herbs 1 mu: 0.05 × 20% = 0.01; peanut 10 mu: (30,000 − 5,000) × 20% = 5,000 = 10 × 500.
    // 5,000.01 → −0.01 → 5,000.00: the cap exceeded by one fen (lines listed in key order)
    {
      name: 'exceeded by one fen',
      category: 'monitored' as Category,
      facts: undefined,
      activities: [crop('herbs', '1', '0.05', '0'), crop('peanut', '10', '30000', '5000')],
      lines: ['0.01', '5000.00'],
      adjustment: '-0.01',
      total: '5000.00',
    },
    // peanut 6 mu net 15,000 → 3,000 (= 6 × 500); sweet potato 4 mu net 10,000 → 2,000 (= 4 × 500):
    // 5,000 exactly over two crops, nothing off
    {
      name: 'exactly 5,000 over two crops',
      category: 'poverty-alleviated' as Category,
      facts: NOT_STABLE,
      activities: [crop('peanut', '6', '16000', '1000'), crop('sweet-potato', '4', '12000', '2000')],
      lines: ['3000.00', '2000.00'],
      adjustment: undefined,
      total: '5000.00',
    },
    // peanut 10 mu net 24,999.95 × 20% = 4,999.99: a fen under, nothing off
    {
      name: 'a fen under',
      category: 'monitored' as Category,
      facts: undefined,
      activities: [crop('peanut', '10', '29999.95', '5000')],
      lines: ['4999.99'],
      adjustment: undefined,
      total: '4999.99',
    },
    // all three crops, each 10 mu at its ceiling (net 30,000 × 20% = 6,000 → 5,000): 15,000 →
    // −10,000 → 5,000
    {
      name: 'three crops each at its ceiling',
      category: 'monitored' as Category,
      facts: undefined,
      activities: [
        crop('peanut', '10', '40000', '10000'),
        crop('sweet-potato', '10', '40000', '10000'),
        crop('herbs', '10', '40000', '10000'),
      ],
      lines: ['5000.00', '5000.00', '5000.00'],
      adjustment: '-10000.00',
      total: '5000.00',
    },
    // a loss on one crop does not offset another: peanut 1,000 − 1,500 (refused); herbs 2 mu
    // (5,000 − 2,000) × 20% = 600 ≤ 1,000 → 600
    {
      name: 'a loss on one crop, a gain on another',
      category: 'monitored' as Category,
      facts: undefined,
      activities: [crop('peanut', '2', '1000', '1500'), crop('herbs', '2', '5000', '2000')],
      lines: ['600.00'],
      adjustment: undefined,
      total: '600.00',
    },
    // the lines are rounded before they are added: 246.914 → 246.91 twice = 493.82 (not 493.828 →
    // 493.83)
    {
      name: 'the total is the sum of the rounded lines',
      category: 'monitored' as Category,
      facts: undefined,
      activities: [crop('peanut', '3', '2234.57', '1000'), crop('herbs', '3', '2234.57', '1000')],
      lines: ['246.91', '246.91'],
      adjustment: undefined,
      total: '493.82',
    },
  ])('$name', (c) => {
    const r = run(household(c.category, c.facts, c.activities));
    expect(
      linesOf(r)
        .filter((l) => l.status === 'eligible')
        .map((l) => l.amount),
    ).toEqual(c.lines);
    expect(r.adjustments.find((a) => a.limitId === 'household-cap')?.amount).toBe(c.adjustment);
    expect(r.total).toBe(c.total);
  });
});

describe('who and which crops', () => {
  test('a 稳定脱贫户 with all three crops: nothing', () => {
    const r = run(
      household('poverty-alleviated', STABLE, [
        crop('peanut', '2', '6000', '2000'),
        crop('sweet-potato', '2', '6000', '2000'),
        crop('herbs', '2', '6000', '2000'),
      ]),
    );
    expect(linesOf(r).map((l) => [l.status, l.reason?.condition])).toEqual([
      ['ineligible', 'subject'],
      ['ineligible', 'subject'],
      ['ineligible', 'subject'],
    ]);
    expect(r.total).toBe('0.00');
  });

  test('a covered crop and another one: the peanut is paid, the maize has a note', () => {
    // (6,000 − 2,000) × 20% = 800 ≤ 2 × 500
    const r = run(
      household('poverty-alleviated', NOT_STABLE, [
        crop('peanut', '2', '6000', '2000'),
        { type: 'other', name: '玉米' },
      ]),
    );
    expect(linesOf(r).map((l) => l.amount)).toEqual(['800.00']);
    expect(r.notes.map((n) => n.code)).toEqual(['no-standard']);
    expect(r.notes[0]?.message.zh).toContain('玉米');
    expect(r.total).toBe('800.00');
  });

  test.for([
    ['collective', { kind: 'collective', id: 'c1', name: '测试村股份经济合作社' }],
    ['operator', { kind: 'operator', id: 'o1', name: '测试合作社', operatorType: 'cooperative' }],
  ] as const)('a %s cannot declare a crop of this household award', ([, who]) => {
    const v = validateSubject(
      { ...who, activities: [crop('peanut', '2', '6000', '2000')] } as SubjectInput,
      ruzhou2023,
    );
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]?.path).toBe('activities.0.type');
  });

  test.for([
    ['collective', { kind: 'collective', id: 'c1', name: '测试村股份经济合作社' }],
    ['operator', { kind: 'operator', id: 'o1', name: '测试合作社', operatorType: 'cooperative' }],
  ] as const)('a %s screened: no line, and a note that it is not covered', ([, who]) => {
    const r = run({ ...who, activities: [] } as SubjectInput);
    expect(r.lines).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(['category-excluded']);
    expect(r.notes[0]?.message.zh).toContain('监测对象');
    expect(r.total).toBe('0.00');
  });
});

describe('the period 2023-05 – 2023-12', () => {
  const subject = household('monitored', undefined, [crop('peanut', '2', '6000', '2000')]);
  // the notice is dated 2024-03-12, after the period it pays for: a screen is as of a day in the period
  test('as of the notice’s own date (2024-03-12) is refused', () => {
    expect(() => run(subject, '2024-03-12')).toThrow(AsOfOutsidePack);
  });
  // (6,000 − 2,000) × 20% = 800
  test('as of a day inside (2023-08-15) is screened', () => {
    expect(run(subject, '2023-08-15').total).toBe('800.00');
  });
});

describe('the texts of the pack', () => {
  test('every English text is English: Chinese only for quoted words of the plan and terms of art', () => {
    const allowed = [/"[^"]*"/g, /“[^”]*”/g, /脱贫户|监测对象|稳定脱贫户/g];
    const found: string[] = [];
    const walk = (o: unknown, path: string) => {
      if (Array.isArray(o)) for (const [i, x] of o.entries()) walk(x, `${path}.${i}`);
      else if (o && typeof o === 'object')
        for (const [k, v] of Object.entries(o)) {
          if (k === 'en' && typeof v === 'string') {
            const rest = allowed.reduce((s, re) => s.replace(re, ''), v);
            if (/\p{Script=Han}/u.test(rest)) found.push(`${path}: ${v}`);
          } else walk(v, `${path}.${k}`);
        }
    };
    walk(ruzhou2023Json, 'ruzhou-2023');
    expect(found).toEqual([]);
  });

  test('the line shows the "原则上" of the ceiling and the 5,000 cap names the year', () => {
    const s = ruzhou2023.standards[0];
    expect(s?.award.kind === 'share' && s.award.ceiling?.text).toBe('（摘要）原则上每亩不超过500元');
    expect(ruzhou2023.limits.find((l) => l.id === 'household-cap')?.text).toContain('每户每年');
  });
});
