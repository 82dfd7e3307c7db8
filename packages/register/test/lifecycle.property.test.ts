import { addDaysIso } from '@huinong/benefits';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { advanceLifecycle, EventType, type Lifecycle, type LifecycleState, Role } from '../src/index.ts';
import { SETTINGS } from './fixtures.ts';

const start: Lifecycle = { state: 'applied', appliedOn: '2025-09-01', openedOn: null, log: [] };

/**
 * The steps a state takes, by whom, the forward one first: a random walk mostly goes forward,
 * sometimes takes another (a 退回, an 异议, an early payment), and sometimes spoils the step.
 */
const MOVES: Record<LifecycleState, readonly (readonly [EventType, Role])[]> = {
  applied: [['application.submitted', 'applicant']],
  'village-review': [
    ['review.passed', 'village'],
    ['review.passed', 'village'],
    ['review.returned', 'village'],
  ],
  'village-publicity.pending': [['publicity.opened', 'village']],
  'village-publicity.open': [
    ['publicity.closed', 'village'],
    ['publicity.closed', 'village'],
    ['objection.raised', 'village'],
  ],
  'village-publicity.recheck': [
    ['recheck.upheld', 'village'],
    ['recheck.upheld', 'village'],
    ['recheck.returned', 'village'],
  ],
  'township-review': [
    ['review.passed', 'township'],
    ['review.passed', 'township'],
    ['review.returned', 'township'],
  ],
  'township-publicity.pending': [['publicity.opened', 'township']],
  'township-publicity.open': [
    ['publicity.closed', 'township'],
    ['publicity.closed', 'township'],
    ['objection.raised', 'township'],
  ],
  'township-publicity.recheck': [
    ['recheck.upheld', 'township'],
    ['recheck.returned', 'township'],
  ],
  'county-approval': [
    ['review.passed', 'county'],
    ['review.passed', 'county'],
    ['review.returned', 'county'],
  ],
  'county-publicity.pending': [
    ['publicity.opened', 'county'],
    ['payment.made', 'county'],
  ],
  'county-publicity.open': [
    ['publicity.closed', 'county'],
    ['payment.made', 'county'],
    ['objection.raised', 'county'],
  ],
  'county-publicity.recheck': [
    ['recheck.upheld', 'county'],
    ['recheck.returned', 'county'],
  ],
  'county-publicity.closed': [['payment.made', 'county']],
  paid: [['payment.made', 'county']],
};

const step = fc.record({
  pick: fc.nat(),
  spoil: fc.constantFrom(...Array(12).fill('none'), 'role', 'name', 'type'),
  role: fc.constantFrom(...Role.options),
  type: fc.constantFrom(...EventType.options),
  offset: fc.integer({ min: -2, max: 8 }),
});

const reached = new Set<LifecycleState>();

test('for any sequence of steps: one log entry per accepted step, dates in order, 公示 periods kept', () => {
  fc.assert(
    fc.property(fc.array(step, { minLength: 40, maxLength: 120 }), (steps) => {
      let l = start;
      let day = '2025-09-01';
      for (const s of steps) {
        const moves = MOVES[l.state];
        const [type, role] = moves[s.pick % 100 < 80 ? 0 : s.pick % moves.length] as readonly [
          EventType,
          Role,
        ];
        day = addDaysIso(day, Math.max(0, s.offset));
        const event = {
          type: s.spoil === 'type' ? s.type : type,
          role: s.spoil === 'role' ? s.role : role,
          name: s.spoil === 'name' ? ' ' : '甲',
          date: addDaysIso(day, Math.min(0, s.offset)),
        };
        const r = advanceLifecycle(l, event, SETTINGS);
        if (!r.ok) {
          expect(r.reason.zh).not.toBe('');
          continue;
        }
        expect(r.case.log).toHaveLength(l.log.length + 1);
        l = r.case;
      }
      // every entry chains from the previous one's state, dates never go backwards, all signed
      l.log.forEach((entry, i) => {
        expect(entry.from).toBe(i === 0 ? 'applied' : l.log[i - 1]?.to);
        if (i > 0) expect(entry.date >= (l.log[i - 1]?.date ?? '')).toBe(true);
        expect(entry.name).not.toBe('');
      });
      // a county close is never earlier than 11 days after the county list was last posted
      l.log.forEach((entry, i) => {
        if (entry.event !== 'publicity.closed' || entry.from !== 'county-publicity.open') return;
        const posted = l.log.slice(0, i).findLast((p) => p.to === 'county-publicity.open')?.date as string;
        expect(entry.date >= addDaysIso(posted, 11)).toBe(true);
      });
      for (const entry of l.log) reached.add(entry.to);
      // a payment only follows a closed county 公示, by the county
      for (const entry of l.log)
        if (entry.event === 'payment.made')
          expect([entry.from, entry.role]).toEqual(['county-publicity.closed', 'county']);
    }),
    { numRuns: 200 },
  );
  // the walk does reach the end of the path
  expect([...reached]).toContain('paid');
});
