import type { RegisterCase } from './case.schema.ts';
import type { Level, LogEntry } from './lifecycle.schema.ts';

/** One level's review and 公示 as the log records them, for the 审批表 and the 公示名单. */
export interface LevelMilestones {
  /** the review passed (村级评议, 镇审核验收, 县级审批) */
  readonly reviewed: LogEntry | null;
  /** the day the list was (last) posted — after a 复核, the day it was posted again */
  readonly posted: string | null;
  /** the day the 公示 closed */
  readonly closed: LogEntry | null;
  /** objections raised during this 公示 */
  readonly objections: readonly LogEntry[];
}

export type Milestones = Readonly<Record<Level, LevelMilestones>>;

const EMPTY: LevelMilestones = { reviewed: null, posted: null, closed: null, objections: [] };

function levelOf(entry: LogEntry): Level | null {
  const stage = entry.from.split('.')[0];
  if (stage === 'village-review' || stage === 'village-publicity') return 'village';
  if (stage === 'township-review' || stage === 'township-publicity') return 'township';
  if (stage === 'county-approval' || stage === 'county-publicity') return 'county';
  return null;
}

/**
 * The reviews and 公示 of the case's current round: the log since the last 退回 (a returned case
 * starts again from 申请, so earlier signatures no longer stand). This is a pure function.
 */
export function milestones(c: RegisterCase): Milestones {
  const log = c.lifecycle.log;
  let start = 0;
  log.forEach((e, i) => {
    if (e.to === 'applied') start = i + 1;
  });
  const out: Record<Level, LevelMilestones> = { village: EMPTY, township: EMPTY, county: EMPTY };
  for (const e of log.slice(start)) {
    const level = levelOf(e);
    if (level === null) continue;
    const m = out[level];
    if (e.event === 'review.passed') out[level] = { ...m, reviewed: e };
    else if (e.event === 'publicity.opened' || e.event === 'recheck.upheld')
      out[level] = { ...m, posted: e.date };
    else if (e.event === 'publicity.closed') out[level] = { ...m, closed: e };
    else if (e.event === 'objection.raised') out[level] = { ...m, objections: [...m.objections, e] };
  }
  return out;
}
