import { describe, expect, test } from 'vitest';
import {
  approvalRows,
  canonicalJson,
  ENGINE_VERSION,
  FrozenList,
  freezeFromRegister,
  freezeList,
  hashRows,
  PAYMENT_COLUMNS,
  paymentList,
  publicityRows,
  type RegisterCase,
  rescreen,
  sha256Hex,
  verifyList,
} from '../src/index.ts';
import { aCase, caseAt, household, line, PACK, result, run } from './fixtures.ts';

describe('canonical rows and SHA-256', () => {
  test('SHA-256 of "abc" (FIPS 180-2 example) and of Chinese text', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('公示')).toMatch(/^[0-9a-f]{64}$/);
  });

  test('keys sorted, undefined left out, arrays in order', () => {
    expect(canonicalJson({ b: 1, a: [true, null, '名'], c: undefined })).toBe('{"a":[true,null,"名"],"b":1}');
  });

  test('the hash does not depend on the order of a row’s fields, but does on the rows’ order', () => {
    const a = { key: 'h1', name: '王大山', amount: '4000.00' };
    const b = { amount: '4000.00', name: '王大山', key: 'h1' };
    const c = { key: 'h2', name: '李四', amount: '1.00' };
    expect(hashRows([a, c])).toBe(hashRows([b, c]));
    expect(hashRows([a, c])).not.toBe(hashRows([c, a]));
  });
});

const LI = household({
  id: 'h2',
  name: '李四',
  members: [{ id: 'm1', name: '李四', idNumber: '610724197502023333' }],
});
const liResult = result({
  subjectId: 'h2',
  lines: [line('crop', '种植业奖补', '1500.50')],
  adjustments: [],
  total: '1500.50',
});

describe('公示名单 frozen and checked against the register', () => {
  const meta = { pack: PACK, level: 'village', village: '白庙村', date: '2025-09-04', days: 5 } as const;

  function posted(): RegisterCase[] {
    // 王大山 posted at the village; 李四 still at 申请, not on the list
    return [caseAt('village-publicity.open'), aCase({ subject: LI, result: liResult })];
  }

  test('rows, masked 身份证号 even when the county shows it in full elsewhere, and the meta', () => {
    const list = freezeFromRegister('publicity', posted(), {
      ...meta,
      disclosure: { idNumber: { show: 'full' } },
    });
    expect(list.rows).toEqual([
      {
        key: 'h1',
        seq: 1,
        name: '王大山',
        idNumber: '610724********1234',
        village: '白庙村',
        items: '种植业奖补、雨露计划（王小明）',
        amount: '4000.00',
      },
    ]);
    expect(list.meta).toMatchObject({
      pack: { id: 'xixiang-2023', version: '3' },
      engineVersion: ENGINE_VERSION,
      date: '2025-09-04',
      title: { zh: '村级公示名单', en: 'village publicity list' },
      period: {
        posted: '2025-09-04',
        days: 5,
        from: '2025-09-05',
        to: '2025-09-09',
        earliestClose: '2025-09-10',
      },
    });
    expect(list.algorithm).toBe('SHA-256');
    expect(list.hash).toBe(hashRows(list.rows));
    // an exported list reads back with its schema
    expect(FrozenList.parse(JSON.parse(JSON.stringify(list)))).toEqual(list);
  });

  test('checked right away, it matches', () => {
    const register = posted();
    const check = verifyList(freezeFromRegister('publicity', register, meta), register);
    expect(check).toMatchObject({ intact: true, matches: true, changed: [], removed: [], added: [] });
    expect(check.message.zh).toBe('名单与台账一致');
  });

  test('a changed amount is detected, row and field', () => {
    const register = posted();
    const list = freezeFromRegister('publicity', register, meta);
    // an objection upheld: returned, re-screened at 4,300.00, resubmitted and passed again
    const returned = run(register[0] as RegisterCase, [
      { type: 'objection.raised', date: '2025-09-06', role: 'village', name: '李村长' },
      { type: 'recheck.returned', date: '2025-09-07', role: 'village', name: '李村长' },
    ]);
    const r = rescreen(
      returned,
      result({
        total: '4300.00',
        adjustments: [],
        lines: [
          line('crop', '种植业奖补', '1300.00'),
          line('rain#m2', '雨露计划', '3000.00', { ref: { kind: 'member', id: 'm2' } }),
        ],
      }),
      {
        at: '2025-09-07T10:00:00.000Z',
      },
    );
    if (!r.ok) throw new Error(r.reason.en);
    const again = run(r.case, [
      { type: 'application.submitted', date: '2025-09-08', role: 'applicant', name: '王大山' },
      { type: 'review.passed', date: '2025-09-08', role: 'village', name: '李村长' },
    ]);
    const check = verifyList(list, [again, register[1] as RegisterCase]);
    expect(check.intact).toBe(true);
    expect(check.matches).toBe(false);
    expect(check.changed).toEqual([
      { key: 'h1', name: '王大山', fields: [{ field: 'amount', was: '4000.00', now: '4300.00' }] },
    ]);
    expect(check.message.zh).toBe('名单与台账不一致：1行有变动（王大山）');
  });

  test('a case returned (gone from the list) and a new one posted are detected', () => {
    const register = posted();
    const list = freezeFromRegister('publicity', register, meta);
    const returned = run(register[0] as RegisterCase, [
      { type: 'objection.raised', date: '2025-09-06', role: 'village', name: '李村长' },
      { type: 'recheck.returned', date: '2025-09-07', role: 'village', name: '李村长' },
    ]);
    const li = run(register[1] as RegisterCase, [
      { type: 'application.submitted', date: '2025-09-02', role: 'applicant', name: '李四' },
      { type: 'review.passed', date: '2025-09-03', role: 'village', name: '李村长' },
    ]);
    const check = verifyList(list, [returned, li]);
    expect(check.removed).toEqual([{ key: 'h1', name: '王大山' }]);
    expect(check.added).toEqual([{ key: 'h2', name: '李四' }]);
  });

  test('a list altered after freezing is not intact', () => {
    const register = posted();
    const list = freezeFromRegister('publicity', register, meta);
    const altered = { ...list, rows: list.rows.map((r) => ({ ...r, amount: '9999.00' })) };
    const check = verifyList(altered, register);
    expect(check.intact).toBe(false);
    expect(check.message.zh).toContain('名单在生成后被改动过');
  });

  test('the township and county lists take the cases that reached them', () => {
    const register = [
      caseAt('township-publicity.open'),
      caseAt('village-publicity.open', aCase({ subject: LI, result: liResult })),
    ];
    expect(publicityRows(register, { pack: PACK, level: 'village' }).map((r) => r.key)).toEqual(['h2', 'h1']);
    expect(publicityRows(register, { pack: PACK, level: 'township' }).map((r) => r.key)).toEqual(['h1']);
    expect(publicityRows(register, { pack: PACK, level: 'county' })).toEqual([]);
    // another pack version's cases are not on the list
    expect(publicityRows(register, { pack: { ...PACK, version: '4' }, level: 'village' })).toEqual([]);
  });

  test('freezeList keeps the rows as given', () => {
    const rows = [{ key: 'a', name: '甲', amount: '1.00' }];
    const list = freezeList('publicity', rows, { pack: PACK, level: 'county', date: '2025-10-01', days: 10 });
    expect(list.rows).toEqual(rows);
    expect(list.rows).not.toBe(rows);
    expect(list.meta.period?.earliestClose).toBe('2025-10-12');
  });
});

describe('审批表', () => {
  test('the amount in figures and 大写, who passed each review and when', () => {
    const rows = approvalRows([caseAt('county-publicity.closed'), aCase({ subject: LI, result: liResult })], {
      pack: PACK,
    });
    expect(rows).toEqual([
      {
        key: 'h1',
        seq: 1,
        name: '王大山',
        idNumber: '610724********1234',
        township: '城关镇',
        village: '白庙村',
        items: '种植业奖补、雨露计划（王小明）',
        amount: '4000.00',
        amountCapital: '肆仟元整',
        villageReview: '2025-09-03 李村长',
        villagePublicity: '2025-09-04至2025-09-10',
        townshipReview: '2025-09-12 赵干事',
        townshipPublicity: '2025-09-13至2025-09-21',
        countyApproval: '2025-09-25 孙科长',
      },
    ]);
  });
});

describe('"一卡通"发放清册', () => {
  /**
   * 李四 (paid): 种植业奖补 1,500.50. 王大山 (county 公示 closed): 种植业奖补 1,200.00, 雨露计划
   * (王小明) 3,000.00, 每户奖补上限 −200.00. 张三's county 公示 is still up; 陈五 was screened with
   * another pack version. Total: 1,500.50 + 1,200.00 + 3,000.00 − 200.00 = 5,500.50.
   */
  function register(): RegisterCase[] {
    const zhang = household({
      id: 'h3',
      name: '张三',
      members: [{ id: 'm1', name: '张三', idNumber: '610724196803034444' }],
    });
    const chen = household({
      id: 'h4',
      name: '陈五',
      members: [{ id: 'm1', name: '陈五', idNumber: '610724199001015555' }],
    });
    const chenCase = caseAt(
      'county-publicity.closed',
      aCase({ subject: chen, result: result({ subjectId: 'h4' }) }),
    );
    return [
      caseAt('county-publicity.closed'),
      caseAt('paid', aCase({ subject: LI, result: liResult, account: '6228480099998888777' })),
      caseAt('county-publicity.open', aCase({ subject: zhang, result: result({ subjectId: 'h3' }) })),
      { ...chenCase, pack: { ...PACK, version: '2' } },
    ];
  }

  test('rows, totals in figures and 大写, masked by default', () => {
    const list = paymentList(register(), { pack: PACK });
    expect(list.columns).toBe(PAYMENT_COLUMNS);
    expect(list.columns.map((c) => c.zh)).toEqual([
      '序号',
      '姓名',
      '身份证号',
      '“一卡通”账号',
      '补助项目',
      '金额（元）',
      '村',
    ]);
    expect(
      list.rows.map((r) => [r.seq, r.name, r.idNumber, r.account, r.item, r.amount, r.village, r.kind]),
    ).toEqual([
      [1, '李四', '610724********3333', '622848*********8777', '种植业奖补', '1500.50', '白庙村', 'line'],
      [2, '王大山', '610724********1234', '622848*********8901', '种植业奖补', '1200.00', '白庙村', 'line'],
      [
        3,
        '王大山',
        '610724********1234',
        '622848*********8901',
        '雨露计划（王小明）',
        '3000.00',
        '白庙村',
        'line',
      ],
      [
        4,
        '王大山',
        '610724********1234',
        '622848*********8901',
        '每户奖补上限',
        '-200.00',
        '白庙村',
        'adjustment',
      ],
    ]);
    expect(list).toMatchObject({
      households: 2,
      total: '5500.50',
      totalFigures: '¥5,500.50',
      totalCapital: '伍仟伍佰元伍角',
      totalLine: { zh: '合计：2户，金额¥5,500.50（人民币大写：伍仟伍佰元伍角）' },
    });
  });

  test('the county’s setting: full account, 身份证号 masked to 3 + 4', () => {
    const list = paymentList(register(), {
      pack: PACK,
      disclosure: { account: { show: 'full' }, idNumber: { head: 3, tail: 4 } },
    });
    expect(list.rows[0]).toMatchObject({ idNumber: '610***********3333', account: '6228480099998888777' });
  });

  test('frozen, still matching after the payment is made', () => {
    const cases = register();
    const list = freezeFromRegister('payment', cases, { pack: PACK, date: '2025-10-13' });
    expect(list.rows).toHaveLength(4);
    const paid = run(cases[0] as RegisterCase, [
      { type: 'payment.made', date: '2025-10-15', role: 'county', name: '孙科长' },
    ]);
    expect(verifyList(list, [paid, ...cases.slice(1)]).matches).toBe(true);
  });
});
