import { advance, type LifecycleEvent, type RegisterCase } from '@huinong/register';
import { DEFAULT_PUBLICITY } from './settings.ts';

type Step = Omit<LifecycleEvent, 'note'>;

/** The happy path from 申请 to 发放 with the default days (村 5, 镇 7, 县 10), dated by hand. */
const PATH: readonly Step[] = [
  { type: 'application.submitted', date: '2024-01-02', role: 'village', name: '李村长' },
  { type: 'review.passed', date: '2024-01-03', role: 'village', name: '李村长' },
  { type: 'publicity.opened', date: '2024-01-04', role: 'village', name: '李村长' },
  { type: 'publicity.closed', date: '2024-01-10', role: 'village', name: '李村长' },
  { type: 'review.passed', date: '2024-01-11', role: 'township', name: '赵干事' },
  { type: 'publicity.opened', date: '2024-01-12', role: 'township', name: '赵干事' },
  { type: 'publicity.closed', date: '2024-01-20', role: 'township', name: '赵干事' },
  { type: 'review.passed', date: '2024-01-21', role: 'county', name: '孙科长' },
  { type: 'publicity.opened', date: '2024-01-22', role: 'county', name: '孙科长' },
  { type: 'publicity.closed', date: '2024-02-02', role: 'county', name: '孙科长' },
  { type: 'payment.made', date: '2024-02-05', role: 'county', name: '孙科长' },
];

export const CasePageSteps = {
  toPaid(c: RegisterCase): RegisterCase {
    let now = c;
    for (const e of PATH) {
      const r = advance(now, e, DEFAULT_PUBLICITY);
      if (!r.ok) throw new Error(`${e.type}: ${r.reason.en}`);
      now = r.case;
    }
    return now;
  },
};
