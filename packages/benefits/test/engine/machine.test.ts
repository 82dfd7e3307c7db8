import { describe, expect, test } from 'vitest';
import {
  buildStandardMachine,
  compilePack,
  defaultAsOf,
  PolicyPack,
  type PolicyPackInput,
  precomputeSteps,
  runMachine,
  runSteps,
  Subject,
  screen,
  sumMoney,
  toFen,
} from '../../src/index.ts';

/** A one-standard pack written for these tests (the real pack lives in @huinong/policy-data). */
const tinyInput: PolicyPackInput = {
  id: 'tiny',
  name: { zh: '测试', en: 'test' },
  document: { title: 't', file: 't.txt', published: '2023-01' },
  dates: { from: '2023-01-01', to: '2023-12-31' },
  home: { province: '陕西省', city: '汉中市', county: '西乡县', code: '610724' },
  inputs: {
    activities: [
      {
        type: 'sheep',
        subjects: ['household'],
        label: { zh: '养羊', en: 'sheep' },
        fields: [
          { key: 'head', type: 'count', unit: 'sheep', label: { zh: '只数', en: 'head' } },
          { key: 'income', type: 'money', unit: 'yuan', label: { zh: '收入', en: 'income' } },
        ],
      },
    ],
  },
  standards: [
    {
      id: 'goats',
      clause: 'X1',
      text: '养羊5只及以上，收入达到2000元以上，奖补200元/只',
      title: { zh: '养羊', en: 'goats' },
      subject: {
        kinds: ['household'],
        categories: ['monitored'],
        label: { zh: '监测对象', en: 'monitored' },
      },
      source: { kind: 'activity', types: ['sheep'] },
      conditions: [
        {
          kind: 'min',
          id: 'head',
          field: 'head',
          threshold: '5',
          unit: 'sheep',
          label: { zh: '只数', en: 'head' },
          text: '5只及以上',
        },
        {
          kind: 'min',
          id: 'income',
          field: 'income',
          threshold: '2000',
          unit: 'yuan',
          label: { zh: '收入', en: 'income' },
          text: '2000元以上',
        },
      ],
      award: { kind: 'per-unit', quantity: 'head', unit: 'sheep', amount: '200' },
      dates: { from: '2023-01-01', to: '2023-12-31' },
    },
  ],
};
const tiny = PolicyPack.parse(tinyInput);
const cs = compilePack(tiny).byId.get('goats')!;
const household = (head: unknown, income?: unknown) =>
  Subject.parse({
    kind: 'household',
    id: 'h',
    category: 'monitored',
    monitoredType: 'marginal',
    activities: [{ type: 'sheep', head, ...(income === undefined ? {} : { income }) }],
  });

describe('a standard machine', () => {
  test('has one state per check of the clause, then award and the three outcomes', () => {
    const machine = buildStandardMachine('goats', cs.shape);
    expect(Object.keys(machine.config.states ?? {})).toEqual([
      'inForce',
      'subject',
      'head',
      'income',
      'award',
      'eligible',
      'ineligible',
      'needsInformation',
    ]);
  });

  test('its checks are decided by named guards', () => {
    const states = cs.machine.config.states as Record<string, { always?: { guard?: { type: string } }[] }>;
    expect(states.head?.always?.map((t) => t.guard?.type)).toEqual([
      'isMissing',
      'reachesMinimum',
      undefined,
    ]);
    expect(states.subject?.always?.[1]?.guard?.type).toBe('subjectMatches');
  });

  test('the steps precomputed from the machine are its checks in order', () => {
    expect(precomputeSteps(cs.machine, cs.shape).map((s) => s.state)).toEqual([
      'inForce',
      'subject',
      'head',
      'income',
    ]);
  });

  test.for([
    ['eligible at the thresholds', 5, 2000, 'eligible', '1000.00'],
    ['ineligible one head short', 4, 2000, 'ineligible', null],
    ['needs information without income', 6, undefined, 'needsInformation', null],
  ] as const)('%s: the actor and the steps agree', ([, head, income, outcome, amount]) => {
    const subject = household(head, income);
    const input = {
      subject,
      source: subject.kind === 'household' ? subject.activities[0] : null,
      asOf: '2023-06-30',
    };
    const byActor = runMachine(cs.machine, input);
    const bySteps = runSteps(cs.steps, cs.shape, input);
    expect(byActor).toEqual(bySteps);
    expect(byActor.outcome).toBe(outcome);
    expect(byActor.award?.amount ?? null).toBe(amount);
  });

  test('a near miss says what is missing, in Chinese and English', () => {
    const line = screen(household(4, 2500), { pack: tiny, asOf: '2023-06-30' }).lines[0];
    expect(line?.nearMiss?.message).toEqual({
      zh: '差 1 只（只数 4 只 / 5 只）',
      en: '1 more head (head 4 head / 5 head)',
    });
  });
});

describe('money', () => {
  test.for<[string, string]>([
    ['0.005', '0.01'],
    ['0.004', '0.00'],
    ['24691.356', '24691.36'],
    ['1234.565', '1234.57'],
    ['2', '2.00'],
  ])('toFen(%s) rounds half-up once to %s', ([v, out]) => {
    expect(toFen(v)).toBe(out);
  });

  test('sumMoney adds two-decimal strings exactly', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney([])).toBe('0.00');
    expect(sumMoney(['99999999999.99', '0.01'])).toBe('100000000000.00');
    expect(sumMoney(['1.5', '2'])).toBe('3.50');
  });
});

describe('defaultAsOf', () => {
  test.for<[string, string]>([
    ['2023-06-30', '2023-06-30'],
    ['2026-11-23', '2023-12-31'],
    ['2022-05-01', '2023-01-01'],
  ])('today %s → %s', ([today, asOf]) => {
    expect(defaultAsOf(tiny, today as string)).toBe(asOf);
  });
});
