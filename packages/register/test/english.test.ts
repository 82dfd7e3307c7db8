import { describe, expect, test } from 'vitest';
import {
  APPROVAL_COLUMNS,
  advance,
  EVENT_LABELS,
  EventType,
  LEVEL_LABELS,
  LIST_KIND_LABELS,
  PAYMENT_COLUMNS,
  PUBLICITY_COLUMNS,
  RETURNED_LABEL,
  ROLE_LABELS,
  STAGE_LABELS,
  STATE_LABELS,
} from '../src/index.ts';
import { caseAt, run, SETTINGS } from './fixtures.ts';

const HAN = /\p{Script=Han}/u;

/**
 * The English of the labels, the columns and the refusals is complete: the register's English
 * interface shows them as they are, so a Chinese word left in one ("the 一卡通 account") is stray
 * Chinese on the page.
 */
describe('the English of the register has no Chinese in it', () => {
  const tables = {
    ROLE_LABELS,
    LEVEL_LABELS,
    STAGE_LABELS,
    STATE_LABELS,
    EVENT_LABELS,
    LIST_KIND_LABELS,
    RETURNED: { returned: RETURNED_LABEL },
    PUBLICITY_COLUMNS: Object.fromEntries(PUBLICITY_COLUMNS.map((c) => [c.key, c])),
    APPROVAL_COLUMNS: Object.fromEntries(APPROVAL_COLUMNS.map((c) => [c.key, c])),
    PAYMENT_COLUMNS: Object.fromEntries(PAYMENT_COLUMNS.map((c) => [c.key, c])),
  };
  test.for(Object.keys(tables))('%s', (name) => {
    const table = tables[name as keyof typeof tables] as Record<string, { zh: string; en: string }>;
    const chinese = Object.entries(table).filter(([, t]) => HAN.test(t.en) || !HAN.test(t.zh));
    expect(chinese).toEqual([]);
  });

  test('every refusal, in every state, for every role', () => {
    const { account: _, ...noAccount } = caseAt('county-publicity.closed');
    const cases = [
      noAccount,
      run(caseAt('village-publicity.open'), [
        { type: 'objection.raised', date: '2025-09-06', role: 'village', name: '李村长' },
      ]),
      ...(
        [
          'applied',
          'village-review',
          'village-publicity.open',
          'county-publicity.open',
          'county-publicity.closed',
          'paid',
        ] as const
      ).map((s) => caseAt(s)),
    ];
    const stray: string[] = [];
    let refused = 0;
    for (const c of cases)
      for (const type of EventType.options)
        for (const role of ['applicant', 'village', 'township', 'county'] as const)
          for (const [date, name] of [
            ['2025-09-01', '李村长'],
            ['2099-01-01', ''],
            ['2099-01-01', '李村长'],
          ] as const) {
            const r = advance(c, { type, date, role, name }, SETTINGS);
            if (r.ok) continue;
            refused++;
            if (HAN.test(r.reason.en)) stray.push(`${c.lifecycle.state} ${type} ${role}: ${r.reason.en}`);
          }
    expect(refused).toBeGreaterThan(100);
    expect(stray).toEqual([]);
  });
});
