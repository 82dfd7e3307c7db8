import { describe, expect, test } from 'vitest';
import benefitsPackage from '../../benefits/package.json' with { type: 'json' };
import {
  ENGINE_VERSION,
  type LifecycleState,
  newCase,
  RESCREEN_STATES,
  RegisterCase,
  rescreen,
} from '../src/index.ts';
import { AT, aCase, caseAt, household, line, PACK, result } from './fixtures.ts';

describe('newCase', () => {
  test('a case at 申请 with the screen frozen', () => {
    const c = aCase();
    expect(c).toMatchObject({
      id: 'h1',
      applicant: { name: '王大山', idNumber: '610724198001011234' },
      township: '城关镇',
      village: '白庙村',
      account: '6228480012345678901',
      pack: { id: 'xixiang-2023', version: '3' },
      engineVersion: ENGINE_VERSION,
      asOf: '2025-09-01',
      lifecycle: { state: 'applied', appliedOn: '2025-09-01', openedOn: null, log: [] },
      createdAt: AT,
      updatedAt: AT,
      screenedAt: AT,
    });
    expect(c.screening.total).toBe('4000.00');
    expect(c.screening.lines.map((l) => [l.key, l.status, l.amount])).toEqual([
      ['crop', 'eligible', '1200.00'],
      ['rain#m2', 'eligible', '3000.00'],
      ['livestock', 'ineligible', '0.00'],
    ]);
    // the trace is not frozen: the lines keep what lists print
    expect('trace' in (c.screening.lines[0] as object)).toBe(false);
    expect(c.screening.adjustments.map((a) => a.amount)).toEqual(['-200.00']);
  });

  test('the 户主 is the member named as the household, else the first member', () => {
    const s = household({
      name: '李四',
      members: [
        { id: 'a', name: '李小妹', idNumber: '610724200101011111' },
        { id: 'b', name: '李四', idNumber: '610724197001012222' },
      ],
    });
    expect(aCase({ subject: s }).applicant).toEqual({ name: '李四', idNumber: '610724197001012222' });
    const t = household({
      name: '李五',
      members: [{ id: 'a', name: '李小妹', idNumber: '610724200101011111' }],
    });
    expect(aCase({ subject: t }).applicant).toEqual({ name: '李五', idNumber: '610724200101011111' });
  });

  test('a result for another subject or pack is refused', () => {
    expect(() => aCase({ result: result({ subjectId: 'h2' }) })).toThrow(RangeError);
    expect(() =>
      newCase({ id: 'x', subject: household(), result: result({ packId: 'other' }), pack: PACK, at: AT }),
    ).toThrow(RangeError);
  });

  test('the engine version is the engine package’s', () => {
    expect(ENGINE_VERSION).toBe(benefitsPackage.version);
  });

  test('a case survives JSON (a stored or exported register) unchanged', () => {
    const c = caseAt('township-review');
    expect(RegisterCase.parse(JSON.parse(JSON.stringify(c)))).toEqual(c);
  });

  test('a stored case whose total is not the sum of its lines is refused', () => {
    const c = aCase();
    const bad = { ...c, screening: { ...c.screening, total: '4200.00' } };
    const r = RegisterCase.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('合计4200.00不等于各项之和4000.00');
  });
});

describe('rescreen: only before 村级公示', () => {
  const later = result({
    lines: [line('crop', '种植业奖补', '1500.00'), line('livestock', '养殖业奖补', '0.00')],
    adjustments: [],
    total: '1500.00',
    asOf: '2025-09-03',
  });

  test.for(RESCREEN_STATES)('allowed at %s', (state) => {
    const r = rescreen(caseAt(state), later, {
      at: '2025-09-03T10:00:00.000Z',
      pack: { ...PACK, version: '4' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.case.screening.total).toBe('1500.00');
    expect(r.case).toMatchObject({
      asOf: '2025-09-03',
      pack: { version: '4' },
      screenedAt: '2025-09-03T10:00:00.000Z',
      updatedAt: '2025-09-03T10:00:00.000Z',
      createdAt: AT,
    });
    expect(r.case.lifecycle.state).toBe(state);
  });

  const after: LifecycleState[] = [
    'village-publicity.pending',
    'village-publicity.open',
    'township-review',
    'county-approval',
    'county-publicity.closed',
    'paid',
  ];
  test.for(after)('refused at %s', (state) => {
    const c = caseAt(state);
    const r = rescreen(c, later, { at: '2025-09-03T10:00:00.000Z' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.zh).toContain('公示后不能重新筛查');
    expect(r.reason.en).toContain('cannot be re-screened after publicity');
  });

  test('allowed again once returned to 申请', () => {
    const returned = caseAt('county-approval');
    const back = {
      ...returned,
      lifecycle: {
        ...returned.lifecycle,
        state: 'applied' as const,
        log: [
          ...returned.lifecycle.log,
          {
            from: 'county-approval' as const,
            to: 'applied' as const,
            event: 'review.returned' as const,
            date: '2025-09-26',
            role: 'county' as const,
            name: '孙科长',
          },
        ],
      },
    };
    expect(rescreen(back, later, { at: '2025-09-27T10:00:00.000Z' }).ok).toBe(true);
  });

  test('a result for another subject is refused', () => {
    const r = rescreen(aCase(), { ...later, subjectId: 'other' }, { at: AT });
    expect(!r.ok && r.reason.en).toContain("not for this case's subject");
  });
});
