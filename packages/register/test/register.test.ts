import { describe, expect, test } from 'vitest';
import {
  listRegister,
  mergeRegisters,
  type RegisterCase,
  searchRegister,
  villageSummaries,
} from '../src/index.ts';
import { aCase, caseAt, household, line, result, run } from './fixtures.ts';

/** 王大山 (白庙村, 4,000.00), 李四 (白庙村, 1,500.50), 张三 (河口村, 800.00) */
function register(): RegisterCase[] {
  const li = household({
    id: 'h2',
    name: '李四',
    members: [{ id: 'm1', name: '李四', idNumber: '610724197502023333' }],
  });
  const zhang = household({
    id: 'h3',
    name: '张三',
    village: '河口村',
    members: [{ id: 'm1', name: '张三', idNumber: '610724196803034444' }],
  });
  return [
    caseAt('township-review'),
    aCase({
      subject: li,
      result: result({
        subjectId: 'h2',
        lines: [line('crop', '种植业奖补', '1500.50')],
        adjustments: [],
        total: '1500.50',
      }),
    }),
    aCase({
      subject: zhang,
      result: result({
        subjectId: 'h3',
        lines: [line('crop', '种植业奖补', '800.00')],
        adjustments: [],
        total: '800.00',
      }),
    }),
  ];
}

describe('the register list', () => {
  test('by village, with status, amount and last change', () => {
    expect(
      listRegister(register()).map((r) => [r.village, r.name, r.status.zh, r.amount, r.lastChange]),
    ).toEqual([
      // code-point order of the villages and names: 河 (U+6CB3) before 白 (U+767D); 李 before 王
      ['河口村', '张三', '申请', '800.00', { date: '2025-09-01', event: null, name: null }],
      ['白庙村', '李四', '申请', '1500.50', { date: '2025-09-01', event: null, name: null }],
      [
        '白庙村',
        '王大山',
        '镇审核验收',
        '4000.00',
        { date: '2025-09-10', event: 'publicity.closed', name: '李村长' },
      ],
    ]);
  });

  test('one village', () => {
    expect(listRegister(register(), { village: '白庙村' }).map((r) => r.id)).toEqual(['h2', 'h1']);
  });

  test('a returned case shows as returned', () => {
    const c = run(caseAt('village-review'), [
      { type: 'review.returned', date: '2025-09-03', role: 'village', name: '李村长' },
    ]);
    expect(listRegister([c])[0]).toMatchObject({
      state: 'applied',
      returned: true,
      status: { zh: '已退回（待重新申请）' },
    });
  });

  test('village summaries: count, total, states', () => {
    expect(villageSummaries(register())).toEqual([
      { township: '城关镇', village: '河口村', cases: 1, total: '800.00', byState: { applied: 1 } },
      {
        township: '城关镇',
        village: '白庙村',
        cases: 2,
        // 1500.50 + 4000.00
        total: '5500.50',
        byState: { applied: 1, 'township-review': 1 },
      },
    ]);
  });
});

describe('search by name, ID digits or village', () => {
  test.for([
    { q: '王大山', ids: ['h1'] },
    { q: '王', ids: ['h1'] },
    // a member's name finds the household
    { q: '王小明', ids: ['h1'] },
    { q: '白庙', ids: ['h2', 'h1'] },
    { q: '河口村', ids: ['h3'] },
    // the last four digits of a 身份证号, and a member's with a lower-case x
    { q: '3333', ids: ['h2'] },
    { q: '0601123x', ids: ['h1'] },
    { q: '610724', ids: ['h3', 'h2', 'h1'] },
    { q: ' ', ids: ['h3', 'h2', 'h1'] },
    { q: '赵', ids: [] },
  ])('"$q" → $ids', ({ q, ids }) => {
    expect(searchRegister(register(), q).map((c) => c.id)).toEqual(ids);
  });
});

describe('merging villages’ registers by 身份证号', () => {
  test('the same person with the same case is kept once', () => {
    const [a, b] = register();
    const m = mergeRegisters([
      { source: '白庙村.json', cases: [a as RegisterCase, b as RegisterCase] },
      {
        source: '白庙村-副本.json',
        cases: [{ ...(b as RegisterCase), updatedAt: '2025-09-05T00:00:00.000Z' }],
      },
    ]);
    expect(m.cases.map((c) => c.id)).toEqual(['h2', 'h1']);
    expect(m.duplicates).toEqual([
      {
        idNumber: '610724197502023333',
        name: '李四',
        kept: { source: '白庙村-副本.json', id: 'h2' },
        dropped: [{ source: '白庙村.json', id: 'h2' }],
      },
    ]);
    expect(m.conflicts).toEqual([]);
  });

  test('the same person with different cases: the latest kept, the conflict reported', () => {
    const [, li] = register() as [RegisterCase, RegisterCase, RegisterCase];
    // the other village typed the ID with spaces and screened a different amount, later
    const other: RegisterCase = {
      ...li,
      id: 'hk-07',
      village: '河口村',
      applicant: { name: '李四', idNumber: '610724 19750202 3333' },
      screening: { lines: [], adjustments: [], total: '0.00' },
      updatedAt: '2025-09-09T00:00:00.000Z',
    };
    const m = mergeRegisters([
      { source: '白庙村', cases: [li] },
      { source: '河口村', cases: [other] },
    ]);
    expect(m.cases.map((c) => c.id)).toEqual(['hk-07']);
    expect(m.conflicts).toHaveLength(1);
    expect(m.conflicts[0]).toMatchObject({
      idNumber: '610724197502023333',
      kept: { source: '河口村', id: 'hk-07' },
      others: [{ source: '白庙村', id: 'h2' }],
      fields: ['applicant', 'village', 'screening'],
    });
    expect(m.conflicts[0]?.message.zh).toContain('李四（610724197502023333）在河口村和白庙村的记录不一致');
  });

  test('two people under one case id: the second is renamed, never dropped', () => {
    const [wang] = register() as [RegisterCase];
    const other = aCase({
      id: 'h1',
      subject: household({
        id: 'h1',
        name: '陈五',
        members: [{ id: 'm1', name: '陈五', idNumber: '610724199001015555' }],
      }),
    });
    const m = mergeRegisters([
      { source: '白庙村', cases: [wang] },
      { source: '河口村', cases: [other] },
    ]);
    expect(m.cases.map((c) => [c.id, c.applicant.name])).toEqual([
      ['h1', '王大山'],
      ['河口村/h1', '陈五'],
    ]);
    expect(m.renamed).toEqual([{ source: '河口村', from: 'h1', to: '河口村/h1' }]);
  });

  test('a case without a 身份证号 is kept and reported; the very same case only once', () => {
    const noId = aCase({ id: 'x', subject: household({ id: 'x', name: '无名', members: [] }) });
    const edited = { ...noId, village: '河口村' };
    const m = mergeRegisters([
      { source: 'a', cases: [noId] },
      { source: 'b', cases: [noId, edited] },
    ]);
    expect(m.cases.map((c) => [c.id, c.village])).toEqual([
      ['b/x', '河口村'],
      ['x', '白庙村'],
    ]);
    expect(m.duplicates).toEqual([
      { idNumber: '', name: '无名', kept: { source: 'a', id: 'x' }, dropped: [{ source: 'b', id: 'x' }] },
    ]);
    expect(m.withoutIdNumber).toHaveLength(3);
  });
});
