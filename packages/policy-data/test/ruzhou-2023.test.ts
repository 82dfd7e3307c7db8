import { AsOfOutsidePack, type LineStatus, type ScreenResult, type SubjectInput } from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { ruzhou2023 } from '../src/index.ts';
import { crop, household, NOT_STABLE, screenWith } from './cases.ts';

// 汝州市 2023 second half (counties.md): 20% of net income (income − cost), at most 500 a mu
// ("原则上"), at most 5,000 a household. Every number below is computed by hand.
const AS_OF = '2023-12-31';

const run = screenWith(ruzhou2023, AS_OF);

interface Case {
  name: string;
  subject: SubjectInput;
  status: LineStatus;
  amount: string;
  reason?: string;
  /** what 20% gave when the 500-a-mu ceiling bound the line */
  uncapped?: string;
}

const lineOf = (r: ScreenResult) => {
  const lines = r.lines.filter((l) => l.standardId === 'planting-net-income' && l.ref !== null);
  expect(lines).toHaveLength(1);
  return lines[0];
};

describe('planting-net-income: 20% of net income, at most 500 a mu', () => {
  test.for<Case>([
    // (6,000 − 2,000) × 20% = 800 ≤ 2 × 500 = 1,000
    {
      name: '监测对象 peanut below the ceiling',
      subject: household('monitored', undefined, [crop('peanut', '2', '6000', '2000')]),
      status: 'eligible',
      amount: '800.00',
    },
    // (7,000 − 2,000) × 20% = 1,000 = 2 × 500: at the ceiling, not bound
    {
      name: 'peanut exactly at the ceiling',
      subject: household('monitored', undefined, [crop('peanut', '2', '7000', '2000')]),
      status: 'eligible',
      amount: '1000.00',
    },
    // (8,000 − 2,000) × 20% = 1,200 > 1,000 → 1,000
    {
      name: 'peanut above the ceiling',
      subject: household('monitored', undefined, [crop('peanut', '2', '8000', '2000')]),
      status: 'eligible',
      amount: '1000.00',
      uncapped: '1200.00',
    },
    // 脱贫户, not 稳定脱贫户: (5,000 − 1,500) × 20% = 700 ≤ 3 × 500 = 1,500
    {
      name: '脱贫户 (not 稳定) sweet potato',
      subject: household('poverty-alleviated', NOT_STABLE, [crop('sweet-potato', '3', '5000', '1500')]),
      status: 'eligible',
      amount: '700.00',
    },
    // (3,456.78 − 1,222.21) × 20% = 2,234.57 × 0.2 = 446.914 → 446.91 ≤ 1.5 × 500 = 750
    {
      name: 'herbs, rounded once to the fen',
      subject: household('monitored', undefined, [crop('herbs', '1.5', '3456.78', '1222.21')]),
      status: 'eligible',
      amount: '446.91',
    },
    // (2,000 − 0) × 20% = 400 > 0.33 × 500 = 165 → 165
    {
      name: 'a small plot bound by the ceiling',
      subject: household('monitored', undefined, [crop('herbs', '0.33', '2000', '0')]),
      status: 'eligible',
      amount: '165.00',
      uncapped: '400.00',
    },
    // net 0.01 × 20% = 0.002 → 0.00: a gain, however small, passes; the award rounds to nothing
    {
      name: 'net income of one fen',
      subject: household('monitored', undefined, [crop('peanut', '1', '1500.01', '1500')]),
      status: 'eligible',
      amount: '0.00',
    },
    // net 0 (strictly > 0 needed) and a loss
    {
      name: 'net income zero',
      subject: household('monitored', undefined, [crop('peanut', '1', '1500', '1500')]),
      status: 'ineligible',
      amount: '0.00',
      reason: 'netIncome',
    },
    {
      name: 'a loss',
      subject: household('monitored', undefined, [crop('peanut', '1', '1000', '1500')]),
      status: 'ineligible',
      amount: '0.00',
      reason: 'netIncome',
    },
    {
      name: '稳定脱贫户 refused',
      subject: household('poverty-alleviated', { stableAlleviated: true }, [
        crop('peanut', '2', '6000', '2000'),
      ]),
      status: 'ineligible',
      amount: '0.00',
      reason: 'subject',
    },
    {
      name: '脱贫户 without the 稳定脱贫户 fact',
      subject: household('poverty-alleviated', undefined, [crop('peanut', '2', '6000', '2000')]),
      status: 'needs-information',
      amount: '0.00',
      reason: 'subject',
    },
    {
      name: 'area not given',
      subject: household('monitored', undefined, [{ type: 'peanut', income: '6000', cost: '2000' }]),
      status: 'needs-information',
      amount: '0.00',
      reason: 'area',
    },
    {
      name: 'cost not given',
      subject: household('monitored', undefined, [{ type: 'peanut', area: '2', income: '6000' }]),
      status: 'needs-information',
      amount: '0.00',
      reason: 'netIncome',
    },
  ])('$name', (c) => {
    const line = lineOf(run(c.subject));
    expect(line?.status).toBe(c.status);
    expect(line?.amount).toBe(c.amount);
    expect(line?.reason?.condition).toBe(c.reason);
    expect(line?.basis.ceiling?.uncapped).toBe(c.uncapped);
  });

  test('the ceiling says it is "原则上" on the line', () => {
    const line = lineOf(run(household('monitored', undefined, [crop('peanut', '2', '8000', '2000')])));
    expect(line?.basis.ceiling).toMatchObject({ quantity: '2', unit: 'mu', unitAmount: '500' });
    expect(line?.basis.ceiling?.text).toContain('原则上');
    expect(line?.notes.map((n) => n.zh).join()).toContain('原则上');
  });

  test('一般农户: no line, a note', () => {
    const r = run(household('ordinary', undefined, [crop('peanut', '2', '6000', '2000')]));
    expect(r.lines).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(['category-excluded', 'no-standard']);
  });

  test('another crop gets a "no standard" note', () => {
    const r = run(household('monitored', undefined, [{ type: 'other', name: '玉米' }]));
    expect(r.lines.filter((l) => l.status === 'eligible')).toEqual([]);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]?.code).toBe('no-standard');
    expect(r.notes[0]?.message.zh).toContain('玉米');
    expect(r.total).toBe('0.00');
  });
});

describe('household-cap: at most 5,000 a household', () => {
  test.for([
    // 10 mu, (30,000 − 5,000) × 20% = 5,000 = 10 × 500: exactly the cap, nothing off
    {
      name: 'exactly 5,000',
      activities: [crop('peanut', '10', '30000', '5000')],
      adjustment: undefined,
      total: '5000.00',
    },
    // peanut (40,000 − 10,000) × 20% = 6,000 > 10 × 500 → 5,000; herbs (7,000 − 2,000) × 20% = 1,000
    // ≤ 4 × 500; 6,000 → −1,000 → 5,000
    {
      name: 'two crops over the cap',
      activities: [crop('peanut', '10', '40000', '10000'), crop('herbs', '4', '7000', '2000')],
      adjustment: '-1000.00',
      total: '5000.00',
    },
    // 800 + 700 = 1,500: far below
    {
      name: 'two crops below the cap',
      activities: [crop('peanut', '2', '6000', '2000'), crop('sweet-potato', '3', '5000', '1500')],
      adjustment: undefined,
      total: '1500.00',
    },
  ])('$name', (c) => {
    const r = run(household('poverty-alleviated', NOT_STABLE, c.activities));
    expect(r.adjustments.find((a) => a.limitId === 'household-cap')?.amount).toBe(c.adjustment);
    expect(r.total).toBe(c.total);
  });
});

describe('the notice period 2023-05-01 – 2023-12-31', () => {
  const subject = household('monitored', undefined, [crop('peanut', '2', '6000', '2000')]);
  test.for(['2023-04-30', '2024-01-01'])('as of %s is refused', (asOf) => {
    expect(() => run(subject, asOf)).toThrow(AsOfOutsidePack);
  });
  // (6,000 − 2,000) × 20% = 800
  test.for(['2023-05-01', '2023-12-31'])('as of %s is screened', (asOf) => {
    expect(run(subject, asOf).total).toBe('800.00');
  });
});
