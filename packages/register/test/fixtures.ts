import { type ScreenLine, type ScreenResult, Subject, type SubjectInput } from '@huinong/benefits';
import {
  advance,
  type LifecycleEvent,
  type LifecycleState,
  newCase,
  type PublicitySettingsInput,
  type RegisterCase,
} from '../src/index.ts';

/** village 5 days, township 7 days, county 10 (the minimum) */
export const SETTINGS: PublicitySettingsInput = { villageDays: 5, townshipDays: 7 };
export const PACK = { id: 'xixiang-2023', version: '3' } as const;
export const AT = '2025-09-01T08:00:00.000Z';

export function household(over: Partial<SubjectInput & { kind: 'household' }> = {}): Subject {
  return Subject.parse({
    kind: 'household',
    id: 'h1',
    name: '王大山',
    township: '城关镇',
    village: '白庙村',
    category: 'poverty-alleviated',
    members: [
      { id: 'm1', name: '王大山', idNumber: '610724198001011234' },
      { id: 'm2', name: '王小明', idNumber: '61072420050601123X' },
    ],
    ...over,
  });
}

export function line(key: string, zh: string, amount: string, over: Partial<ScreenLine> = {}): ScreenLine {
  return {
    key,
    standardId: key.split('#')[0] as string,
    clause: '五(一)4(3)',
    clauseText: '',
    title: { zh, en: zh },
    ref: null,
    status: amount === '0.00' ? 'ineligible' : 'eligible',
    amount,
    basis: { quantity: null, unit: null, unitAmount: null, rate: null, source: 'computed' },
    trace: [],
    reason: null,
    nearMiss: null,
    notes: [],
    ...over,
  };
}

/**
 * 王大山's household: 种植业奖补 1,200.00 + 雨露计划 (王小明) 3,000.00 − 每户上限 200.00, and an
 * ineligible 养殖业奖补 → total 4,000.00.
 */
export function result(over: Partial<ScreenResult> = {}): ScreenResult {
  return {
    subjectId: 'h1',
    subjectKind: 'household',
    packId: PACK.id,
    asOf: '2025-09-01',
    lines: [
      line('crop', '种植业奖补', '1200.00'),
      line('rain#m2', '雨露计划', '3000.00', { ref: { kind: 'member', id: 'm2' } }),
      line('livestock', '养殖业奖补', '0.00'),
    ],
    notes: [],
    adjustments: [
      {
        key: 'limit:household-cap',
        limitId: 'household-cap',
        kind: 'money-cap',
        clause: '五(一)4',
        clauseText: '每户最高奖补',
        label: { zh: '每户奖补上限', en: 'household cap' },
        amount: '-200.00',
        lines: ['crop'],
        entry: {
          clause: '五(一)4',
          condition: 'cap',
          label: { zh: '上限', en: 'cap' },
          value: '4200.00',
          threshold: '4000.00',
          op: 'info',
          unit: null,
          passed: false,
        },
        message: { zh: '上限', en: 'cap' },
        notes: [],
      },
    ],
    total: '4000.00',
    ...over,
  };
}

export function aCase(
  over: { id?: string; subject?: Subject; result?: ScreenResult; account?: string } = {},
) {
  const subject = over.subject ?? household();
  return newCase({
    id: over.id ?? subject.id,
    subject,
    result: over.result ?? result({ subjectId: subject.id }),
    pack: PACK,
    at: AT,
    appliedOn: '2025-09-01',
    account: over.account ?? '6228 4800 1234 5678 901',
  });
}

type Step = Omit<LifecycleEvent, 'note'> & { readonly note?: string };

/** The happy path from 申请 to 发放, the state each step reaches, with hand-counted 公示 dates. */
export const PATH: readonly (readonly [Step, LifecycleState])[] = [
  [
    { type: 'application.submitted', date: '2025-09-02', role: 'applicant', name: '王大山' },
    'village-review',
  ],
  [
    { type: 'review.passed', date: '2025-09-03', role: 'village', name: '李村长' },
    'village-publicity.pending',
  ],
  // posted 09-04 for 5 days: 09-05 … 09-09, closes from 09-10
  [
    { type: 'publicity.opened', date: '2025-09-04', role: 'village', name: '李村长' },
    'village-publicity.open',
  ],
  [{ type: 'publicity.closed', date: '2025-09-10', role: 'village', name: '李村长' }, 'township-review'],
  [
    { type: 'review.passed', date: '2025-09-12', role: 'township', name: '赵干事' },
    'township-publicity.pending',
  ],
  // posted 09-13 for 7 days: 09-14 … 09-20, closes from 09-21
  [
    { type: 'publicity.opened', date: '2025-09-13', role: 'township', name: '赵干事' },
    'township-publicity.open',
  ],
  [{ type: 'publicity.closed', date: '2025-09-21', role: 'township', name: '赵干事' }, 'county-approval'],
  [{ type: 'review.passed', date: '2025-09-25', role: 'county', name: '孙科长' }, 'county-publicity.pending'],
  // posted 10-01 for 10 days: 10-02 … 10-11, closes from 10-12
  [{ type: 'publicity.opened', date: '2025-10-01', role: 'county', name: '孙科长' }, 'county-publicity.open'],
  [
    { type: 'publicity.closed', date: '2025-10-12', role: 'county', name: '孙科长' },
    'county-publicity.closed',
  ],
  [{ type: 'payment.made', date: '2025-10-15', role: 'county', name: '孙科长' }, 'paid'],
];

/** Sends the events in order; throws on the first refusal. */
export function run(c: RegisterCase, events: readonly Step[]): RegisterCase {
  let now = c;
  for (const e of events) {
    const r = advance(now, e, SETTINGS);
    if (!r.ok) throw new Error(`${e.type} refused: ${r.reason.en}`);
    now = r.case;
  }
  return now;
}

/** The case taken along the happy path until it is at `state`. */
export function caseAt(state: LifecycleState, c: RegisterCase = aCase()): RegisterCase {
  if (state === 'applied') return c;
  const i = PATH.findIndex(([, to]) => to === state);
  if (i < 0) throw new Error(`${state} is not on the happy path`);
  return run(
    c,
    PATH.slice(0, i + 1).map(([e]) => e),
  );
}
