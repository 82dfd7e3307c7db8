import { describe, expect, test } from 'vitest';
import {
  advance,
  advanceLifecycle,
  type Lifecycle,
  type LifecycleState,
  type LogEntry,
  lifecycleMachine,
  mayClose,
  publicityPeriod,
  type RefusalCode,
  STATE_LABELS,
  statusOf,
} from '../src/index.ts';
import { aCase, caseAt, PATH, run, SETTINGS } from './fixtures.ts';

const fresh: Lifecycle = { state: 'applied', appliedOn: '2025-09-01', openedOn: null, log: [] };

function lifecycleAt(state: LifecycleState): Lifecycle {
  return caseAt(state).lifecycle;
}

describe('every transition of the happy path', () => {
  test.for(PATH.map(([event, to], i) => ({ i, event, to })))('$event.type → $to', ({ i, event, to }) => {
    const before = i === 0 ? fresh : lifecycleAt(PATH[i - 1]?.[1] as LifecycleState);
    const r = advanceLifecycle(before, event, SETTINGS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.case.state).toBe(to);
    // exactly one log entry more, naming the step
    expect(r.case.log).toHaveLength(before.log.length + 1);
    expect(r.case.log.at(-1)).toEqual({
      from: before.state,
      to,
      event: event.type,
      date: event.date,
      role: event.role,
      name: event.name,
    });
  });

  test('the log of a case taken to 发放', () => {
    const c = caseAt('paid');
    expect(c.lifecycle.log.map((e) => [e.from, e.to, e.event, e.date, e.role, e.name])).toEqual([
      ['applied', 'village-review', 'application.submitted', '2025-09-02', 'applicant', '王大山'],
      ['village-review', 'village-publicity.pending', 'review.passed', '2025-09-03', 'village', '李村长'],
      [
        'village-publicity.pending',
        'village-publicity.open',
        'publicity.opened',
        '2025-09-04',
        'village',
        '李村长',
      ],
      ['village-publicity.open', 'township-review', 'publicity.closed', '2025-09-10', 'village', '李村长'],
      ['township-review', 'township-publicity.pending', 'review.passed', '2025-09-12', 'township', '赵干事'],
      [
        'township-publicity.pending',
        'township-publicity.open',
        'publicity.opened',
        '2025-09-13',
        'township',
        '赵干事',
      ],
      ['township-publicity.open', 'county-approval', 'publicity.closed', '2025-09-21', 'township', '赵干事'],
      ['county-approval', 'county-publicity.pending', 'review.passed', '2025-09-25', 'county', '孙科长'],
      [
        'county-publicity.pending',
        'county-publicity.open',
        'publicity.opened',
        '2025-10-01',
        'county',
        '孙科长',
      ],
      [
        'county-publicity.open',
        'county-publicity.closed',
        'publicity.closed',
        '2025-10-12',
        'county',
        '孙科长',
      ],
      ['county-publicity.closed', 'paid', 'payment.made', '2025-10-15', 'county', '孙科长'],
    ]);
    expect(c.lifecycle.openedOn).toBeNull();
    expect(statusOf(c)).toEqual({ zh: '已发放', en: 'paid' });
  });

  test('a note is logged trimmed, the name trimmed; an empty note is left out', () => {
    const a = advance(aCase(), { ...PATH[0]?.[0], name: ' 王大山 ', note: ' 代办：李村长 ' }, SETTINGS);
    expect(a.ok && a.case.lifecycle.log[0]).toMatchObject({ name: '王大山', note: '代办：李村长' });
    const b = advance(aCase(), { ...PATH[0]?.[0], note: '  ' }, SETTINGS);
    expect(b.ok && 'note' in (b.case.lifecycle.log[0] as LogEntry)).toBe(false);
  });

  test('a village cadre may submit the application for the applicant', () => {
    const r = advance(aCase(), { ...PATH[0]?.[0], role: 'village', name: '李村长' }, SETTINGS);
    expect(r.ok && r.case.lifecycle.state).toBe('village-review');
  });

  test('advance stamps updatedAt only when given', () => {
    const c = aCase();
    const a = advance(c, PATH[0]?.[0], SETTINGS, '2025-09-02T09:00:00.000Z');
    expect(a.ok && a.case.updatedAt).toBe('2025-09-02T09:00:00.000Z');
    const b = advance(c, PATH[0]?.[0], SETTINGS);
    expect(b.ok && b.case.updatedAt).toBe(c.updatedAt);
  });
});

describe('退回 at each review, then resubmit', () => {
  test.for([
    { at: 'village-review', role: 'village', name: '李村长', date: '2025-09-03' },
    { at: 'township-review', role: 'township', name: '赵干事', date: '2025-09-12' },
    { at: 'county-approval', role: 'county', name: '孙科长', date: '2025-09-25' },
  ] as const)('returned at $at, resubmitted, reviewed again', ({ at, role, name, date }) => {
    const before = caseAt(at);
    const returned = run(before, [{ type: 'review.returned', date, role, name, note: '材料不全' }]);
    expect(returned.lifecycle.state).toBe('applied');
    expect(returned.lifecycle.log.at(-1)).toEqual({
      from: at,
      to: 'applied',
      event: 'review.returned',
      date,
      role,
      name,
      note: '材料不全',
    });
    expect(statusOf(returned)).toEqual({ zh: '已退回（待重新申请）', en: 'returned (to be resubmitted)' });
    // resubmitted: back to the village's review, which may pass it again
    const again = run(returned, [
      { type: 'application.submitted', date, role: 'applicant', name: '王大山' },
      { type: 'review.passed', date, role: 'village', name: '李村长' },
    ]);
    expect(again.lifecycle.state).toBe('village-publicity.pending');
    expect(again.lifecycle.log).toHaveLength(before.lifecycle.log.length + 3);
    expect(statusOf(again)).toEqual(STATE_LABELS['village-publicity.pending']);
  });
});

describe('异议 → 复核 during each 公示', () => {
  test.for([
    // posted, objection, upheld (reposted), first close under the old period (now too early), first allowed
    {
      level: 'village',
      role: 'village',
      open: 'village-publicity.open',
      posted: '2025-09-04',
      objection: '2025-09-06',
      upheld: '2025-09-08',
      oldClose: '2025-09-10',
      newClose: '2025-09-14',
      next: 'township-review',
    },
    {
      level: 'township',
      role: 'township',
      open: 'township-publicity.open',
      posted: '2025-09-13',
      objection: '2025-09-15',
      upheld: '2025-09-16',
      oldClose: '2025-09-21',
      newClose: '2025-09-24',
      next: 'county-approval',
    },
    {
      level: 'county',
      role: 'county',
      open: 'county-publicity.open',
      posted: '2025-10-01',
      objection: '2025-10-03',
      upheld: '2025-10-05',
      oldClose: '2025-10-12',
      newClose: '2025-10-16',
      next: 'county-publicity.closed',
    },
  ] as const)(
    '$level: upheld restarts the period',
    ({ role, open, posted, objection, upheld, oldClose, newClose, next }) => {
      const c = caseAt(open);
      expect(c.lifecycle.openedOn).toBe(posted);
      const rechecking = run(c, [
        { type: 'objection.raised', date: objection, role, name: '甲', note: '群众反映' },
      ]);
      expect(rechecking.lifecycle.state).toBe(open.replace('open', 'recheck'));
      // no close while the objection is re-checked
      const during = advance(
        rechecking,
        { type: 'publicity.closed', date: newClose, role, name: '甲' },
        SETTINGS,
      );
      expect(!during.ok && during.reason.code).toBe('recheck-pending');
      const reposted = run(rechecking, [{ type: 'recheck.upheld', date: upheld, role, name: '甲' }]);
      expect(reposted.lifecycle.state).toBe(open);
      expect(reposted.lifecycle.openedOn).toBe(upheld);
      const early = advance(
        reposted,
        { type: 'publicity.closed', date: oldClose, role, name: '甲' },
        SETTINGS,
      );
      expect(!early.ok && early.reason.code).toBe('period-running');
      expect(
        run(reposted, [{ type: 'publicity.closed', date: newClose, role, name: '甲' }]).lifecycle.state,
      ).toBe(next);
    },
  );

  test('复核 may return the case instead', () => {
    const c = run(caseAt('township-publicity.open'), [
      { type: 'objection.raised', date: '2025-09-15', role: 'township', name: '赵干事' },
      { type: 'recheck.returned', date: '2025-09-17', role: 'township', name: '赵干事', note: '面积不实' },
    ]);
    expect(c.lifecycle.state).toBe('applied');
    expect(c.lifecycle.openedOn).toBeNull();
    expect(c.lifecycle.log.slice(-2).map((e) => [e.from, e.to, e.event])).toEqual([
      ['township-publicity.open', 'township-publicity.recheck', 'objection.raised'],
      ['township-publicity.recheck', 'applied', 'recheck.returned'],
    ]);
  });

  // the register offers a role the steps not refused as "not theirs": another level's close during
  // a 复核, or a payment while the county 公示 is up, must be refused so, not for the 复核 or the 公示
  test.for([
    { at: 'village', role: 'township', code: 'wrong-role' },
    { at: 'village', role: 'county', code: 'wrong-role' },
    { at: 'village', role: 'village', code: 'recheck-pending' },
    { at: 'county', role: 'village', code: 'wrong-role' },
    { at: 'county', role: 'county', code: 'recheck-pending' },
  ] as const)('closing the $at 公示 during its 复核, as the $role: $code', ({ at, role, code }) => {
    const rechecking = run(caseAt(`${at}-publicity.open`), [
      { type: 'objection.raised', date: '2025-10-03', role: at, name: '甲' },
    ]);
    const r = advance(
      rechecking,
      { type: 'publicity.closed', date: '2025-12-01', role, name: '乙' },
      SETTINGS,
    );
    expect(!r.ok && r.reason.code).toBe(code);
  });

  test.for([
    { role: 'village', code: 'wrong-role' },
    { role: 'township', code: 'wrong-role' },
    { role: 'county', code: 'publicity-not-closed' },
  ] as const)('paying while the county 公示 is up, as the $role: $code', ({ role, code }) => {
    const r = advance(
      caseAt('county-publicity.open'),
      { type: 'payment.made', date: '2025-10-20', role, name: '乙' },
      SETTINGS,
    );
    expect(!r.ok && r.reason.code).toBe(code);
  });
});

describe('the day count of a 公示 (民法典第二百零一条: the posting day is not counted)', () => {
  test.for([
    { posted: '2025-10-01', days: 10, from: '2025-10-02', to: '2025-10-11', earliestClose: '2025-10-12' },
    { posted: '2025-09-04', days: 5, from: '2025-09-05', to: '2025-09-09', earliestClose: '2025-09-10' },
    { posted: '2025-12-28', days: 7, from: '2025-12-29', to: '2026-01-04', earliestClose: '2026-01-05' },
    { posted: '2028-02-25', days: 5, from: '2028-02-26', to: '2028-03-01', earliestClose: '2028-03-02' },
  ])('posted $posted for $days days: $from – $to, closes from $earliestClose', (c) => {
    expect(publicityPeriod(c.posted, c.days)).toEqual(c);
    expect(mayClose(c.posted, c.days, c.to)).toBe(false);
    expect(mayClose(c.posted, c.days, c.earliestClose)).toBe(true);
  });
});

type Refused = {
  name: string;
  at: LifecycleState;
  event: Record<string, unknown>;
  code: RefusalCode;
  zh?: string;
};

const refusals: Refused[] = [
  // early close of each 公示: the day before the first allowed day
  {
    name: 'village 公示 closed on its last day',
    at: 'village-publicity.open',
    event: { type: 'publicity.closed', date: '2025-09-09', role: 'village', name: '李村长' },
    code: 'period-running',
    zh: '村级公示期5天（2025-09-04张贴，公示期2025-09-05至2025-09-09），2025-09-10起方可结束',
  },
  {
    name: 'township 公示 closed on its last day',
    at: 'township-publicity.open',
    event: { type: 'publicity.closed', date: '2025-09-20', role: 'township', name: '赵干事' },
    code: 'period-running',
    zh: '2025-09-21起方可结束',
  },
  {
    name: 'county 公示 closed on its last day',
    at: 'county-publicity.open',
    event: { type: 'publicity.closed', date: '2025-10-11', role: 'county', name: '孙科长' },
    code: 'period-running',
    zh: '县级公示期10天（2025-10-01张贴，公示期2025-10-02至2025-10-11），2025-10-12起方可结束',
  },
  {
    name: 'county 公示 closed the day it was posted',
    at: 'county-publicity.open',
    event: { type: 'publicity.closed', date: '2025-10-01', role: 'county', name: '孙科长' },
    code: 'period-running',
  },
  // the wrong role at each level
  {
    name: 'the applicant passes the village review',
    at: 'village-review',
    event: { type: 'review.passed', date: '2025-09-03', role: 'applicant', name: '王大山' },
    code: 'wrong-role',
    zh: '“村级评议”阶段只能由村干部审核通过，申请人不能办理',
  },
  {
    name: 'the township passes the village review',
    at: 'village-review',
    event: { type: 'review.passed', date: '2025-09-03', role: 'township', name: '赵干事' },
    code: 'wrong-role',
  },
  {
    name: 'the village posts the township list',
    at: 'township-publicity.pending',
    event: { type: 'publicity.opened', date: '2025-09-13', role: 'village', name: '李村长' },
    code: 'wrong-role',
  },
  {
    name: 'the township approves for the county',
    at: 'county-approval',
    event: { type: 'review.passed', date: '2025-09-25', role: 'township', name: '赵干事' },
    code: 'wrong-role',
  },
  {
    name: 'the village closes the county 公示',
    at: 'county-publicity.open',
    event: { type: 'publicity.closed', date: '2025-10-12', role: 'village', name: '李村长' },
    code: 'wrong-role',
  },
  {
    name: 'the township pays',
    at: 'county-publicity.closed',
    event: { type: 'payment.made', date: '2025-10-15', role: 'township', name: '赵干事' },
    code: 'wrong-role',
  },
  {
    name: 'the township submits the application',
    at: 'applied',
    event: { type: 'application.submitted', date: '2025-09-02', role: 'township', name: '赵干事' },
    code: 'wrong-role',
    zh: '只能由申请人或村干部提交申请',
  },
  {
    name: 'the township returns at the village review',
    at: 'village-review',
    event: { type: 'review.returned', date: '2025-09-03', role: 'township', name: '赵干事' },
    code: 'wrong-role',
  },
  // a missing name
  {
    name: 'no name',
    at: 'village-review',
    event: { type: 'review.passed', date: '2025-09-03', role: 'village', name: '' },
    code: 'unsigned',
    zh: '请填写经办人姓名',
  },
  {
    name: 'a blank name',
    at: 'county-publicity.closed',
    event: { type: 'payment.made', date: '2025-10-15', role: 'county', name: '  ' },
    code: 'unsigned',
  },
  // dates going backwards
  {
    name: 'a review before the application',
    at: 'village-review',
    event: { type: 'review.passed', date: '2025-09-01', role: 'village', name: '李村长' },
    code: 'backdated',
    zh: '日期2025-09-01早于上一步的日期2025-09-02',
  },
  {
    name: 'an application before it was made',
    at: 'applied',
    event: { type: 'application.submitted', date: '2025-08-31', role: 'applicant', name: '王大山' },
    code: 'backdated',
  },
  {
    name: 'a payment before the close',
    at: 'county-publicity.closed',
    event: { type: 'payment.made', date: '2025-10-11', role: 'county', name: '孙科长' },
    code: 'backdated',
  },
  // payment before the county 公示 closes
  {
    name: 'payment while the county 公示 is up',
    at: 'county-publicity.open',
    event: { type: 'payment.made', date: '2025-10-20', role: 'county', name: '孙科长' },
    code: 'publicity-not-closed',
    zh: '县级公示尚未结束，不能发放',
  },
  {
    name: 'payment at county approval',
    at: 'county-approval',
    event: { type: 'payment.made', date: '2025-10-20', role: 'county', name: '孙科长' },
    code: 'not-now',
    zh: '当前状态为“县级审批”，不能通过“一卡通”发放',
  },
  {
    name: 'payment before the county list is posted',
    at: 'county-publicity.pending',
    event: { type: 'payment.made', date: '2025-10-20', role: 'county', name: '孙科长' },
    code: 'not-now',
  },
  // steps out of turn
  {
    name: 'closing a list never posted',
    at: 'village-publicity.pending',
    event: { type: 'publicity.closed', date: '2025-09-20', role: 'village', name: '李村长' },
    code: 'not-now',
  },
  {
    name: 'an objection before posting',
    at: 'village-publicity.pending',
    event: { type: 'objection.raised', date: '2025-09-20', role: 'village', name: '李村长' },
    code: 'not-now',
  },
  {
    name: 'a re-check without an objection',
    at: 'township-publicity.open',
    event: { type: 'recheck.upheld', date: '2025-09-20', role: 'township', name: '赵干事' },
    code: 'not-now',
  },
  {
    name: 'a second payment',
    at: 'paid',
    event: { type: 'payment.made', date: '2025-10-20', role: 'county', name: '孙科长' },
    code: 'not-now',
    zh: '当前状态为“已发放”',
  },
  {
    name: 'a return after payment',
    at: 'paid',
    event: { type: 'review.returned', date: '2025-10-20', role: 'county', name: '孙科长' },
    code: 'not-now',
  },
  // invalid events
  {
    name: 'not a real date',
    at: 'village-review',
    event: { type: 'review.passed', date: '2025-02-30', role: 'village', name: '李村长' },
    code: 'invalid-event',
  },
  {
    name: 'an unknown event',
    at: 'village-review',
    event: { type: 'review.skipped', date: '2025-09-03', role: 'village', name: '李村长' },
    code: 'invalid-event',
  },
  {
    name: 'an unknown role',
    at: 'village-review',
    event: { type: 'review.passed', date: '2025-09-03', role: 'mayor', name: '李村长' },
    code: 'invalid-event',
  },
];

describe('every refusal leaves the case unchanged, with a reason in Chinese and English', () => {
  test.for(refusals)('$name → $code', ({ at, event, code, zh }) => {
    const c = caseAt(at);
    const copy = JSON.parse(JSON.stringify(c)) as typeof c;
    const r = advance(c, event, SETTINGS);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.code).toBe(code);
    expect(r.reason.zh.length).toBeGreaterThan(0);
    expect(r.reason.en.length).toBeGreaterThan(0);
    if (zh) expect(r.reason.zh).toContain(zh);
    expect(c).toEqual(copy);
  });

  test.for([
    { at: 'village-publicity.open', date: '2025-09-10', role: 'village' },
    { at: 'township-publicity.open', date: '2025-09-21', role: 'township' },
    { at: 'county-publicity.open', date: '2025-10-12', role: 'county' },
  ] as const)('$at closes on its first allowed day, $date', ({ at, date, role }) => {
    const r = advance(caseAt(at), { type: 'publicity.closed', date, role, name: '甲' }, SETTINGS);
    expect(r.ok).toBe(true);
  });

  test('payment without a 一卡通 account', () => {
    const c = caseAt('county-publicity.closed');
    const { account: _, ...noAccount } = c;
    const r = advance(
      noAccount,
      { type: 'payment.made', date: '2025-10-15', role: 'county', name: '孙科长' },
      SETTINGS,
    );
    expect(!r.ok && r.reason).toMatchObject({ code: 'no-account', zh: '没有“一卡通”账号，不能发放' });
  });

  test('a county period below 10 days is refused as a setting (国开办发〔2017〕50号)', () => {
    const r = advance(caseAt('village-review'), PATH[1]?.[0], { ...SETTINGS, countyDays: 9 });
    expect(!r.ok && r.reason.code).toBe('invalid-settings');
    expect(!r.ok && r.reason.zh).toContain('县级公示不少于10天');
  });

  test('a longer county period is honoured', () => {
    const c = caseAt('county-publicity.open');
    const settings = { ...SETTINGS, countyDays: 15 };
    const early = advance(
      c,
      { type: 'publicity.closed', date: '2025-10-16', role: 'county', name: '孙' },
      settings,
    );
    expect(!early.ok && early.reason.code).toBe('period-running');
    expect(
      advance(c, { type: 'publicity.closed', date: '2025-10-17', role: 'county', name: '孙' }, settings).ok,
    ).toBe(true);
  });

  test('the same day as the previous step is not going backwards', () => {
    const c = run(caseAt('village-review'), [
      { type: 'review.passed', date: '2025-09-02', role: 'village', name: '李村长' },
      { type: 'publicity.opened', date: '2025-09-02', role: 'village', name: '李村长' },
    ]);
    expect(c.lifecycle.state).toBe('village-publicity.open');
  });
});

test('the machine is an xstate machine with every stage as a state', () => {
  expect(Object.keys(lifecycleMachine.root.states)).toEqual([
    'applied',
    'village-review',
    'village-publicity',
    'township-review',
    'township-publicity',
    'county-approval',
    'county-publicity',
    'paid',
  ]);
  expect(Object.keys(lifecycleMachine.root.states['county-publicity']?.states ?? {})).toEqual([
    'pending',
    'open',
    'recheck',
    'closed',
  ]);
});
