import { xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import {
  answerKey,
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
