import { builtInPacks, xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import { activityItems, findItem, LINKS, REVIEWED_SUPPORT } from './questions.ts';
import {
  factsFor,
  householdActivities,
  memberSectionsFor,
  projectsFor,
  relevantFields,
  sectionsFor,
} from './relevance.ts';

const types = (items: readonly { type: string }[]) => items.map((i) => i.type);
const names = (fields: readonly { name: string }[]) => fields.map((f) => f.name);
const HOUSEHOLD_ACTIVITIES = activityItems(xixiang2023, 'household');
const PROJECTS = activityItems(xixiang2023, 'collective');
const activity = (type: string) => findItem(HOUSEHOLD_ACTIVITIES, type)!;

describe('which questions can change the result (read from the pack)', () => {
  test('a 脱贫户 is offered the 五(一)4(3) list only: no sheep, bees, poultry or businesses', () => {
    const { offered, others } = householdActivities(xixiang2023, 'poverty-alleviated');
    expect(types(offered)).toEqual(['tea-renovation', 'bag-fungus', 'gourd', 'orchard', 'vegetable', 'pig']);
    expect(types(others)).toEqual(
      expect.arrayContaining(['sheep', 'bees', 'poultry', 'processing', 'shop', 'farmstay']),
    );
  });

  test('a 监测对象 is offered the 五(一)4(4) list: no orchard', () => {
    const { offered, others } = householdActivities(xixiang2023, 'monitored');
    expect(types(offered)).toEqual([
      'tea-renovation',
      'gourd',
      'tianma',
      'herbs',
      'pepper',
      'pig',
      'sheep',
      'bees',
      'poultry',
      'processing',
      'shop',
      'farmstay',
    ]);
    expect(types(others)).toEqual(expect.arrayContaining(['orchard', 'vegetable', 'bag-fungus', 'cattle']));
  });

  test('an ordinary household is offered nothing', () => {
    expect(householdActivities(xixiang2023, 'ordinary').offered).toEqual([]);
  });

  test.for([
    ['poverty-alleviated', 'pig', ['head', 'income']],
    ['monitored', 'pig', ['head', 'income']],
    ['poverty-alleviated', 'orchard', ['area', 'survivalRate']],
    ['monitored', 'tianma', ['area', 'income']],
    ['monitored', 'pepper', ['area', 'plantsPerMu', 'stemDiameterCm', 'survivalRate']],
    ['monitored', 'farmstay', ['investment', 'registered', 'operating', 'annualRevenue']],
    ['poverty-alleviated', 'sheep', []],
    ['monitored', 'orchard', []],
  ] as const)('%s · %s asks %j', ([category, type, expected]) => {
    expect(names(relevantFields(xixiang2023, 'household', category, activity(type)))).toEqual(expected);
  });

  test('collectives and operators: projects and sections the pack pays for', () => {
    expect(types(projectsFor(xixiang2023, 'collective'))).toEqual(
      expect.arrayContaining([
        'herbs-base',
        'tianma-base',
        'black-fungus',
        'kiwi',
        'cattle-pens',
        'rice-fish',
      ]),
    );
    expect(types(projectsFor(xixiang2023, 'operator'))).not.toContain('herbs-base');
    expect(types(sectionsFor(xixiang2023, 'operator'))).toEqual(['labor', 'orders', 'land']);
    expect(types(sectionsFor(xixiang2023, 'collective'))).toEqual(['reviewedSupport']);
  });

  test.for([
    ['labor', ['poorWorkers', 'wages']],
    ['orders', ['contractAboveMarket', 'households', 'purchases']],
    ['land', ['households', 'ledgerAndContracts', 'leaseFees']],
  ] as const)('operator section %s asks %j', ([type, expected]) => {
    expect(names(relevantFields(xixiang2023, 'operator', null, findItem(LINKS, type)!))).toEqual(expected);
  });

  test('the kiwi project asks both areas; pens ask the attestation', () => {
    expect(names(relevantFields(xixiang2023, 'collective', null, findItem(PROJECTS, 'kiwi')!))).toEqual([
      'contiguousArea',
      'trellisArea',
    ]);
    expect(names(relevantFields(xixiang2023, 'operator', null, findItem(PROJECTS, 'pig-pens')!))).toEqual([
      'area',
      'standardized',
    ]);
    expect(names(relevantFields(xixiang2023, 'collective', null, REVIEWED_SUPPORT))).toEqual([
      'amount',
      'reference',
    ]);
  });
});

describe('the facts about the applicant that the pack reads', () => {
  const keys = (fields: readonly { name: string }[]) => fields.map((f) => f.name);

  test.for([
    ['xiji-2025', 'monitored', ['riskStatus', 'demoVillage', 'cattleAwardReceived']],
    ['xiji-2025', 'poverty-alleviated', []],
    ['ruzhou-2023', 'poverty-alleviated', ['stableAlleviated']],
    ['ruzhou-2023', 'monitored', []],
    ['xixiang-2023', 'monitored', []],
  ] as const)('%s asks a %s household %j', ([id, category, expected]) => {
    const pack = builtInPacks.find((p) => p.id === id)!;
    expect(keys(factsFor(pack, 'household', category, 'unstable'))).toEqual(expected);
  });

  test('a fact no standard or limit reads is not asked', () => {
    const pack = builtInPacks.find((p) => p.id === 'xiji-2025')!;
    const trimmed = { ...pack, limits: [] };
    expect(keys(factsFor(trimmed, 'household', 'monitored', 'unstable'))).toEqual(['riskStatus']);
  });

  test('a choice is asked as a list, with the pack’s question and help', () => {
    const pack = builtInPacks.find((p) => p.id === 'xiji-2025')!;
    const [risk] = factsFor(pack, 'household', 'monitored', 'unstable');
    expect(risk?.kind).toBe('select');
    expect(risk?.label.zh).toBe('该监测户的返贫致贫风险是否已消除？');
    expect(risk?.options?.map((o) => o.value)).toEqual(['not-eliminated', 'eliminated']);
    expect(risk?.hint?.zh).toMatch(/较高标准/);
  });
});

describe('a 监测对象 family with a vocational student', () => {
  test('is asked about the student, so that it is told the plan’s rule for 雨露计划', () => {
    const types = (c: 'monitored' | 'poverty-alleviated' | 'ordinary') =>
      memberSectionsFor(xixiang2023, c, c === 'monitored' ? 'unstable' : null).map((s) => s.type);
    expect(types('monitored')).toContain('student');
    expect(types('poverty-alleviated')).toContain('student');
    expect(types('monitored')).not.toContain('publicPost');
    expect(types('ordinary')).toEqual([]);
  });
});
