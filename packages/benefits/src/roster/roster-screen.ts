import type { Text } from '../core/i18n.ts';
import { sumMoney } from '../core/money.ts';
import type { ScreenLine, ScreenResult } from '../core/result.ts';
import type { TraceEntry } from '../core/trace.ts';
import type { Household, Member, Subject } from '../schemas/subject.schema.ts';
import { compilePack } from '../screen/compile.ts';
import { type ScreenOptions, screen } from '../screen/screen.ts';
import { normalizeIdNumber } from './id-number.ts';

/** Where a person's grant was first counted in the roster. */
export interface RosterHolder {
  readonly subjectId: string;
  readonly memberId: string;
}

/**
 * A change the roster made to one member's line because the same person (same 身份证号) was
 * already granted the standard earlier in the roster.
 */
export interface RosterAdjustment {
  readonly standardId: string;
  readonly subjectId: string;
  readonly memberId: string;
  readonly idNumber: string;
  readonly first: RosterHolder;
  /**
   * `grants-received`: the member's `travelGrantsReceived` was raised before screening, so the
   * standard's own once-per-year check refused the line; `line-dropped`: the eligible line was
   * set to ineligible after screening.
   */
  readonly how: 'grants-received' | 'line-dropped';
  readonly message: Text;
}

export interface RosterScreen {
  /** the subject as screened (with any raised `travelGrantsReceived`) */
  readonly subject: Subject;
  readonly result: ScreenResult;
  readonly adjustments: readonly RosterAdjustment[];
}

export interface RosterScreener {
  /** Screens the next subject of the roster, in roster order. */
  screen(subject: Subject): RosterScreen;
}

const ONCE: Text = { zh: '同一人本年已在名册中享受', en: 'already granted to this person in the roster' };

function droppedLine(line: ScreenLine, first: RosterHolder): ScreenLine {
  const reason: TraceEntry = {
    clause: line.clause,
    condition: 'oncePerPerson',
    label: ONCE,
    value: first.subjectId,
    threshold: null,
    op: 'info',
    unit: null,
    passed: false,
  };
  return {
    ...line,
    status: 'ineligible',
    amount: '0.00',
    basis: { ...line.basis },
    trace: [...line.trace, reason],
    reason,
    nearMiss: null,
  };
}

/**
 * Screens a roster subject by subject, applying the once-per-person rules across it: a person
 * (same 身份证号, compared after normalising) listed in two households gets each member-sourced
 * standard once, in roster order — the first eligible line counts.
 *
 * - `tiered-travel` standards (五(三)2 交通补助, 每人每年只能享受一次): the later member's
 *   `travelGrantsReceived` is raised by the grants already counted, so the standard's own
 *   once-per-year check refuses the line and explains it.
 * - other member-sourced standards (雨露计划, 公益性岗位): the later eligible line is set to
 *   ineligible with the reason "already granted" and the first holder.
 * - within one subject, a second member with the same number is treated the same way.
 *
 * Members without an ID number are never matched. The screener keeps state (the people granted so
 * far) but reads nothing from the environment: the same roster in the same order gives the same
 * results.
 */
export function createRosterScreener(options: ScreenOptions): RosterScreener {
  const cp = compilePack(options.pack);
  const opts: ScreenOptions = { ...options, pack: cp };
  const memberStandards = cp.standards.filter(
    (s) =>
      s.standard.source.kind === 'member' &&
      s.standard.award.kind !== 'loan-interest' &&
      s.standard.award.kind !== 'fee-reimbursement',
  );
  const travel = new Map<string, number>();
  for (const s of memberStandards)
    if (s.standard.award.kind === 'tiered-travel')
      travel.set(s.standard.id, s.standard.award.perPersonPerYear);
  /** `${standardId}|${idNumber}` → holders in order */
  const granted = new Map<string, RosterHolder[]>();

  function prepare(h: Household, adjustments: RosterAdjustment[]): Household {
    if (travel.size === 0) return h;
    let changed = false;
    const members = h.members.map((m): Member => {
      if (!m.idNumber || !m.workTrips?.length) return m;
      const id = normalizeIdNumber(m.idNumber);
      let raise = 0;
      for (const [standardId] of travel) {
        const holders = granted.get(`${standardId}|${id}`);
        if (!holders?.length) continue;
        raise = Math.max(raise, holders.length);
        const first = holders[0] as RosterHolder;
        adjustments.push({
          standardId,
          subjectId: h.id,
          memberId: m.id,
          idNumber: id,
          first,
          how: 'grants-received',
          message: {
            zh: `同一身份证号已在 ${first.subjectId} 享受该补助（每人每年一次），本户该成员计为已享受 ${holders.length} 次`,
            en: `the same ID number was already granted this in ${first.subjectId} (once per person per year); counted as ${holders.length} grant(s) received`,
          },
        });
      }
      if (raise === 0) return m;
      changed = true;
      return { ...m, travelGrantsReceived: String(Number(m.travelGrantsReceived ?? 0) + raise) };
    });
    return changed ? { ...h, members } : h;
  }

  return {
    screen(subject: Subject): RosterScreen {
      const adjustments: RosterAdjustment[] = [];
      const screened = subject.kind === 'household' ? prepare(subject, adjustments) : subject;
      const result = screen(screened, opts);
      if (screened.kind !== 'household') return { subject: screened, result, adjustments };
      const byMember = new Map(screened.members.map((m) => [m.id, m]));
      let dropped = false;
      const lines = result.lines.map((line) => {
        if (line.status !== 'eligible' || line.ref?.kind !== 'member') return line;
        const idNumber = byMember.get(line.ref.id)?.idNumber;
        if (!idNumber) return line;
        const id = normalizeIdNumber(idNumber);
        const key = `${line.standardId}|${id}`;
        const holders = granted.get(key) ?? [];
        const limit = travel.get(line.standardId) ?? 1;
        if (holders.length < limit) {
          holders.push({ subjectId: screened.id, memberId: line.ref.id });
          granted.set(key, holders);
          return line;
        }
        const first = holders[0] as RosterHolder;
        dropped = true;
        adjustments.push({
          standardId: line.standardId,
          subjectId: screened.id,
          memberId: line.ref.id,
          idNumber: id,
          first,
          how: 'line-dropped',
          message: {
            zh: `同一身份证号已在 ${first.subjectId} 享受该项（每人一次），本行不计`,
            en: `the same ID number was already granted this in ${first.subjectId} (once per person); this line is not counted`,
          },
        });
        return droppedLine(line, first);
      });
      if (!dropped) return { subject: screened, result, adjustments };
      // the total stays the sum of the eligible lines and the household stage's adjustments
      const total = sumMoney([
        ...lines.filter((l) => l.status === 'eligible').map((l) => l.amount),
        ...result.adjustments.map((a) => a.amount),
      ]);
      return { subject: screened, result: { ...result, lines, total }, adjustments };
    },
  };
}

/** Screens a whole roster in order with the once-per-person rules. This is a pure function. */
export function screenRoster(subjects: Iterable<Subject>, options: ScreenOptions): RosterScreen[] {
  const screener = createRosterScreener(options);
  return Array.from(subjects, (s) => screener.screen(s));
}
