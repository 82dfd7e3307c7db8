import { xiji2025, xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import {
  answerKey,
  chosenItems,
  type Draft,
  EMPTY_DRAFT,
  offerAll,
  percentToRate,
  toSubjectInput as toInput,
} from './draft.ts';
import { parseStored } from './persistence.ts';

describe('percentToRate', () => {
  test.for([
    ['85', '0.85'],
    ['100', '1'],
    ['84.99', '0.8499'],
    ['5', '0.05'],
    ['0', '0'],
    ['120', '1.2'],
    ['abc', 'abc'],
  ] as const)('%s%% → %s', ([percent, rate]) => {
    expect(percentToRate(percent)).toBe(rate);
  });
});

const draft = (d: Partial<Draft>): Draft => ({ ...EMPTY_DRAFT, ...d });
/** everything the pack declares for the draft's kind of applicant */
const toSubjectInput = (d: Draft, offer = offerAll(xixiang2023, d.kind ?? 'household')) => toInput(d, offer);

describe('toSubjectInput', () => {
  test('nothing to screen before the applicant and category are known', () => {
    expect(toSubjectInput(EMPTY_DRAFT)).toBeNull();
    expect(toSubjectInput(draft({ kind: 'household' }))).toBeNull();
  });

  test('a household: only the chosen activities, empty answers left out, percent as a rate', () => {
    const input = toSubjectInput(
      draft({
        kind: 'household',
        category: 'poverty-alleviated',
        monitoredType: 'marginal',
        name: '张三',
        activities: ['gourd'],
        answers: {
          [answerKey('activity', 'gourd', 'area')]: '1.5',
          [answerKey('activity', 'gourd', 'survivalRate')]: '90',
          [answerKey('activity', 'gourd', 'income')]: ' ',
          [answerKey('activity', 'pig', 'head')]: '4',
        },
      }),
    );
    expect(input).toEqual({
      kind: 'household',
      id: 'draft',
      name: '张三',
      category: 'poverty-alleviated',
      members: [],
      activities: [{ type: 'gourd', id: 'gourd', area: '1.5', survivalRate: '0.9' }],
    });
  });

  test('activities outside the category list count only while "其他" is open', () => {
    const d = draft({ kind: 'household', category: 'poverty-alleviated', activities: ['pig', 'sheep'] });
    const offered = { ...offerAll(xixiang2023, 'household'), activity: (t: string) => t === 'pig' };
    expect(toSubjectInput(d, offered)?.activities).toEqual([{ type: 'pig', id: 'pig' }]);
    expect(toSubjectInput({ ...d, otherActivities: true }, offered)?.activities).toEqual([
      { type: 'pig', id: 'pig' },
      { type: 'sheep', id: 'sheep' },
    ]);
  });

  test('an operator: linking sections with yes/no as booleans', () => {
    const input = toSubjectInput(
      draft({
        kind: 'operator',
        links: ['labor', 'orders'],
        answers: {
          [answerKey('link', 'labor', 'poorWorkers')]: '5',
          [answerKey('link', 'labor', 'wages')]: '50000',
          [answerKey('link', 'orders', 'contractAboveMarket')]: 'no',
          [answerKey('link', 'land', 'leaseFees')]: '9000',
        },
      }),
    );
    expect(input).toEqual({
      kind: 'operator',
      id: 'draft',
      activities: [],
      labor: { poorWorkers: '5', wages: '50000' },
      orders: { contractAboveMarket: false },
    });
  });

  test('a collective: the reviewed amount only once it is given', () => {
    const d = draft({ kind: 'collective', links: ['reviewedSupport'] });
    expect(toSubjectInput(d)).toEqual({ kind: 'collective', id: 'draft', activities: [] });
    const withAmount = {
      ...d,
      answers: {
        [answerKey('link', 'reviewedSupport', 'amount')]: '200000',
        [answerKey('link', 'reviewedSupport', 'reference')]: '西农发〔2023〕12号',
      },
    };
    expect(toSubjectInput(withAmount)).toMatchObject({
      reviewedSupport: { amount: '200000', reference: '西农发〔2023〕12号' },
    });
  });
});

describe('parseStored (the draft read back from localStorage)', () => {
  test('round-trips a draft', () => {
    const d = draft({ kind: 'operator', links: ['labor'], answers: { 'link.labor.wages': '42000' } });
    expect(parseStored(JSON.stringify({ step: 'details', draft: d }))).toEqual({ step: 'details', draft: d });
  });

  test.for([null, '', 'not json', '[]', '{"step":"nowhere","draft":{}}', '{"step":"review"}'])(
    'refuses %j',
    (raw) => {
      expect(parseStored(raw)).toBeNull();
    },
  );

  test('drops fields of the wrong type or unknown values, keeps the rest', () => {
    const stored = parseStored(
      JSON.stringify({
        step: 'review',
        draft: {
          kind: 'martian',
          category: 'monitored',
          activities: [1, 'pig'],
          answers: { a: '1', b: 2 },
          name: 7,
        },
      }),
    );
    expect(stored?.draft).toEqual({ ...EMPTY_DRAFT, category: 'monitored', answers: { a: '1' } });
  });
});

describe('instances of a repeatable activity', () => {
  const cows = (key: string, head: string, boughtOn: string) => ({
    [answerKey('activity', key, 'head')]: head,
    [answerKey('activity', key, 'boughtOn')]: boughtOn,
    [answerKey('activity', key, 'origin')]: 'other-county',
  });
  const twoBatches = draft({
    kind: 'household',
    category: 'monitored',
    monitoredType: 'unstable',
    activities: ['breeding-cows', 'wheat'],
    instances: { 'breeding-cows': ['breeding-cows', 'breeding-cows~1'] },
    instanceSeq: 1,
    answers: {
      ...cows('breeding-cows', '3', '2025-02-01'),
      ...cows('breeding-cows~1', '4', '2025-03-15'),
      [answerKey('activity', 'wheat', 'area')]: '2',
    },
  });
  const xiji = offerAll(xiji2025, 'household');

  test('each batch is its own activity of the type, with its own id and its own answers', () => {
    expect(toInput(twoBatches, xiji)?.activities).toEqual([
      {
        type: 'breeding-cows',
        id: 'breeding-cows',
        head: '3',
        boughtOn: '2025-02-01',
        origin: 'other-county',
      },
      {
        type: 'breeding-cows',
        id: 'breeding-cows~1',
        head: '4',
        boughtOn: '2025-03-15',
        origin: 'other-county',
      },
      { type: 'wheat', id: 'wheat', area: '2' },
    ]);
  });

  test('several are numbered by their place (第1批, 第2批); one alone keeps its plain label', () => {
    const labels = chosenItems(twoBatches, xiji).map((c) => [c.item.type, c.item.label.zh, c.item.label.en]);
    expect(labels).toEqual([
      ['breeding-cows', '能繁母牛（扩群补栏）（第1批）', 'Breeding cows (herd expansion) (batch 1)'],
      ['breeding-cows~1', '能繁母牛（扩群补栏）（第2批）', 'Breeding cows (herd expansion) (batch 2)'],
      ['wheat', '小麦种植', 'Wheat'],
    ]);
    // the first batch removed: the one left is the activity again, its answers still its own
    const one = { ...twoBatches, instances: { 'breeding-cows': ['breeding-cows~1'] } };
    expect(chosenItems(one, xiji)[0]?.item.label.zh).toBe('能繁母牛（扩群补栏）');
    expect(toInput(one, xiji)?.activities?.[0]).toMatchObject({ id: 'breeding-cows~1', head: '4' });
  });

  test('instances of an activity the pack does not declare repeatable are not asked (one wheat row)', () => {
    const d = { ...twoBatches, instances: { wheat: ['wheat', 'wheat~2'] } };
    expect(toInput(d, xiji)?.activities?.filter((a) => a.type === 'wheat')).toEqual([
      { type: 'wheat', id: 'wheat', area: '2' },
    ]);
  });
});

describe('parseStored: drafts saved before there were instances', () => {
  test('a draft of the old shape loads whole: its one batch keeps its answers under the old keys', () => {
    const old = {
      kind: 'household',
      category: 'monitored',
      monitoredType: 'unstable',
      operatorType: null,
      name: '马五',
      township: '',
      village: '',
      asOf: '',
      activities: ['breeding-cows'],
      otherActivities: false,
      projects: [],
      links: [],
      members: [],
      memberSeq: 0,
      answers: { 'activity.breeding-cows.head': '3', 'fact.riskStatus': 'not-eliminated' },
    };
    const stored = parseStored(JSON.stringify({ step: 'details', draft: old }));
    expect(stored?.draft).toEqual({ ...old, instances: {}, instanceSeq: 0 });
    const input = toInput(stored?.draft as Draft, offerAll(xiji2025, 'household'));
    expect(input?.activities).toEqual([{ type: 'breeding-cows', id: 'breeding-cows', head: '3' }]);
  });

  test('instances read back: only keys of their type, once each; the count never below a key in use', () => {
    // written as text: a "__proto__" key in an object literal would not be a key at all
    const raw = `{"step": "details", "draft": {
      "instances": {
        "breeding-cows": ["breeding-cows", "breeding-cows~4", "breeding-cows~4", "wheat", 7, "breeding-cows~x"],
        "wheat": [],
        "__proto__": ["__proto__"],
        "feeder-cattle": "feeder-cattle~2"
      },
      "instanceSeq": 2,
      "answers": { "activity.feeder-cattle~6.head": "2" }
    }}`;
    // the answer of a removed batch (~6): a new batch must not take it back
    const stored = parseStored(raw);
    expect(stored?.draft.instances).toEqual({ 'breeding-cows': ['breeding-cows', 'breeding-cows~4'] });
    expect(stored?.draft.instanceSeq).toBe(6);
  });
});
