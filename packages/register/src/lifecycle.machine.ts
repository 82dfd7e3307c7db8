import type { Text } from '@huinong/benefits';
import { assign, type StateValue, setup } from 'xstate';
import { EVENT_LABELS, LEVEL_LABELS, ROLE_LABELS, STATE_LABELS } from './labels.ts';
import type {
  Level,
  LifecycleEvent,
  LifecycleState,
  LogEntry,
  PublicitySettings,
  Role,
} from './lifecycle.schema.ts';
import { mayClose, publicityDays, publicityPeriod } from './publicity.ts';

/**
 * The award's path for one case, from 申请 to 发放, as a state machine:
 *
 *   applied ──application.submitted──▶ village-review ──review.passed──▶ village-publicity
 *                                                                             │ publicity.closed
 *                                                                             ▼
 *   county-approval ◀──publicity.closed── township-publicity ◀──review.passed── township-review
 *      │ review.passed
 *      ▼
 *   county-publicity ──publicity.closed──▶ county-publicity.closed ──payment.made──▶ paid
 *
 * 退回: `review.returned` at village-review, township-review and county-approval, and
 * `recheck.returned` from the 复核 of any 公示, go back to applied, where `application.submitted`
 * resubmits the case to the village.
 *
 * and inside each of the three 公示 (village, township, county):
 *
 *   pending ──publicity.opened──▶ open ──objection.raised──▶ recheck
 *                                 ▲  │                         │ recheck.upheld: the list is posted
 *                                 │  │ publicity.closed        │ again and its period restarts
 *                                 └──┼─────────────────────────┘
 *                                    ▼      (county: → closed, then payment.made → paid)
 *
 * Each level makes its own steps: the village cadre the 村级评议 and 村级公示, the township staff
 * the 镇审核验收 and 镇公示, the county staff the 县级审批, 县级公示 and 发放; the application is
 * submitted by the applicant or by a village cadre for them. Every event is dated, signed (a name)
 * and may carry a note; dates never go backwards; a 公示 closes only when its period is over
 * (`publicity.ts` counts the days). A refused event takes a targetless transition that only
 * records why (`refusal`), so the state is unchanged and the reason comes from the machine itself;
 * an accepted one appends one entry to the log. Callers use `advance` (`advance.ts`), not xstate.
 */

/** Why an event was refused. */
export type RefusalCode =
  | 'invalid-event'
  | 'invalid-settings'
  | 'not-now'
  | 'wrong-role'
  | 'unsigned'
  | 'backdated'
  | 'period-running'
  | 'recheck-pending'
  | 'publicity-not-closed'
  | 'no-account';

/** A refusal: a code for programs and the reason in Chinese and English for people. */
export interface Refusal extends Text {
  readonly code: RefusalCode;
}

export interface LifecycleContext {
  readonly settings: PublicitySettings;
  readonly appliedOn: string;
  readonly openedOn: string | null;
  readonly log: readonly LogEntry[];
  /** the case has a 一卡通 account to pay into */
  readonly hasAccount: boolean;
  /** set by a refused event (rendered by `refusalReason`), null otherwise */
  readonly refusal: RefuseParams | null;
}

export type LifecycleInput = Omit<LifecycleContext, 'refusal'>;

// ── plain functions the guards and actions call ─────────────────────────────

/** The date no step may precede: the last step's, or the application's. This is a pure function. */
export function lastDate(context: Pick<LifecycleContext, 'appliedOn' | 'log'>): string {
  const last = context.log.at(-1);
  return last && last.date > context.appliedOn ? last.date : context.appliedOn;
}

/** True when the event's role is none of `roles`. This is a pure function. */
export function notTheirStep(event: LifecycleEvent, roles: readonly Role[]): boolean {
  return !roles.includes(event.role);
}

/** True when the event carries no name. This is a pure function. */
export function unsigned(event: LifecycleEvent): boolean {
  return event.name.trim() === '';
}

/** True when the event is dated before the previous step. This is a pure function. */
export function backdated(context: LifecycleContext, event: LifecycleEvent): boolean {
  return event.date < lastDate(context);
}

/** True while the open 公示 of `level` may not close on the event's date. This is a pure function. */
export function periodRunning(context: LifecycleContext, event: LifecycleEvent, level: Level): boolean {
  if (context.openedOn === null) return true;
  return !mayClose(context.openedOn, publicityDays(context.settings, level), event.date);
}

/** The state as one string ("village-publicity.open"). This is a pure function. */
export function flatState(value: StateValue): LifecycleState {
  if (typeof value === 'string') return value as LifecycleState;
  const [stage, phase] = Object.entries(value)[0] ?? ['applied', undefined];
  return (typeof phase === 'string' ? `${stage}.${phase}` : stage) as LifecycleState;
}

/** The machine's state value of a flat state. This is a pure function. */
export function stateValue(state: LifecycleState): StateValue {
  const dot = state.indexOf('.');
  return dot < 0 ? state : { [state.slice(0, dot)]: state.slice(dot + 1) };
}

/** What a refusing transition records; `refusalReason` words it. */
export type RefuseParams =
  | { readonly why: 'wrong-role'; readonly roles: readonly Role[] }
  | { readonly why: 'period-running'; readonly level: Level }
  | { readonly why: 'not-now' | 'unsigned' | 'backdated' | 'recheck-pending' | 'publicity-not-closed' }
  | { readonly why: 'no-account' };

function or(items: readonly Text[]): Text {
  return { zh: items.map((t) => t.zh).join('或'), en: items.map((t) => t.en).join(' or ') };
}

/** The reason for a refusal, in Chinese and English. This is a pure function. */
export function refusalReason(
  params: RefuseParams,
  context: LifecycleContext,
  event: LifecycleEvent,
  state: LifecycleState,
): Refusal {
  const what = EVENT_LABELS[event.type];
  const where = STATE_LABELS[state];
  switch (params.why) {
    case 'wrong-role': {
      const who = or(params.roles.map((r) => ROLE_LABELS[r]));
      const role = ROLE_LABELS[event.role];
      return {
        code: 'wrong-role',
        zh: `“${where.zh}”阶段只能由${who.zh}${what.zh}，${role.zh}不能办理`,
        en: `at "${where.en}" only the ${who.en} can ${what.en}, not the ${role.en}`,
      };
    }
    case 'unsigned':
      return {
        code: 'unsigned',
        zh: `请填写经办人姓名后再${what.zh}`,
        en: `the name of the person who makes the step is missing: cannot ${what.en}`,
      };
    case 'backdated': {
      const last = lastDate(context);
      return {
        code: 'backdated',
        zh: `日期${event.date}早于上一步的日期${last}，日期不能倒退`,
        en: `the date ${event.date} is before the previous step's (${last}): dates cannot go backwards`,
      };
    }
    case 'period-running': {
      const days = publicityDays(context.settings, params.level);
      const level = LEVEL_LABELS[params.level];
      if (context.openedOn === null)
        return {
          code: 'period-running',
          zh: `${level.zh}公示尚未张贴`,
          en: `the ${level.en} list is not posted`,
        };
      const p = publicityPeriod(context.openedOn, days);
      return {
        code: 'period-running',
        zh: `${level.zh}公示期${days}天（${p.posted}张贴，公示期${p.from}至${p.to}），${p.earliestClose}起方可结束，${event.date}不能结束`,
        en: `the ${level.en} publicity of ${days} days (posted ${p.posted}, running ${p.from} to ${p.to}) can close on or after ${p.earliestClose}, not on ${event.date}`,
      };
    }
    case 'recheck-pending':
      return {
        code: 'recheck-pending',
        zh: '异议正在复核，复核完成前不能结束公示',
        en: 'an objection is under re-check: the publicity cannot close before the re-check ends',
      };
    case 'publicity-not-closed':
      return {
        code: 'publicity-not-closed',
        zh: '县级公示尚未结束，不能发放',
        en: 'the county publicity has not closed: cannot pay yet',
      };
    case 'no-account':
      return {
        code: 'no-account',
        zh: '没有“一卡通”账号，不能发放',
        en: 'no One-Card account to pay into: cannot pay',
      };
    case 'not-now':
      return {
        code: 'not-now',
        zh: `当前状态为“${where.zh}”，不能${what.zh}`,
        en: `the case is at "${where.en}": cannot ${what.en}`,
      };
  }
}

// ── transitions ─────────────────────────────────────────────────────────────

const target = (to: LifecycleState) => `#lifecycle.${to}` as const;

const record = (from: LifecycleState, to: LifecycleState) =>
  ({ type: 'record', params: { from, to } }) as const;

/** The refusals every step checks, in order: the role, the name, the date. */
const signedBy = (roles: readonly Role[]) =>
  [
    {
      guard: { type: 'notTheirStep', params: { roles } },
      actions: { type: 'refuse', params: { why: 'wrong-role', roles } },
    },
    { guard: 'unsigned', actions: { type: 'refuse', params: { why: 'unsigned' } } },
    { guard: 'backdated', actions: { type: 'refuse', params: { why: 'backdated' } } },
  ] as const;

/** A step by `roles` from `from` to `to`, with an extra action on the way. */
const step = (
  from: LifecycleState,
  to: LifecycleState,
  roles: readonly Role[],
  then: 'open' | 'close' | null = null,
) =>
  [...signedBy(roles), { target: target(to), actions: [record(from, to), ...(then ? [then] : [])] }] as const;

/**
 * A step refused for a reason of its own (a 复核 running, a 公示 not closed) — once the role, name
 * and date would do: a step of another level's is refused as not theirs, so that it is never
 * offered to them.
 */
const refuse = (why: 'recheck-pending' | 'publicity-not-closed', roles: readonly Role[]) =>
  [...signedBy(roles), { actions: { type: 'refuse', params: { why } } }] as const;

/** One level's 公示: pending → open ⇄ recheck, closing to `next` once its period is over. */
const publicity = (level: Level, next: LifecycleState) => {
  const roles = [level] as const;
  const at = (phase: 'pending' | 'open' | 'recheck') => `${level}-publicity.${phase}` as LifecycleState;
  return {
    initial: 'pending',
    states: {
      pending: { on: { 'publicity.opened': step(at('pending'), at('open'), roles, 'open') } },
      open: {
        on: {
          'objection.raised': step(at('open'), at('recheck'), roles),
          'publicity.closed': [
            ...signedBy(roles),
            {
              guard: { type: 'periodRunning', params: { level } },
              actions: { type: 'refuse', params: { why: 'period-running', level } },
            },
            { target: target(next), actions: [record(at('open'), next), 'close'] },
          ],
        },
      },
      recheck: {
        on: {
          'recheck.upheld': step(at('recheck'), at('open'), roles, 'open'),
          'recheck.returned': step(at('recheck'), 'applied', roles, 'close'),
          'publicity.closed': refuse('recheck-pending', roles),
        },
      },
    },
  } as const;
};

// ── the machine ──────────────────────────────────────────────────────────────

export const lifecycleMachine = setup({
  types: {
    context: {} as LifecycleContext,
    events: {} as LifecycleEvent,
    input: {} as LifecycleInput,
  },
  guards: {
    notTheirStep: ({ event }, params: { roles: readonly Role[] }) => notTheirStep(event, params.roles),
    unsigned: ({ event }) => unsigned(event),
    backdated: ({ context, event }) => backdated(context, event),
    periodRunning: ({ context, event }, params: { level: Level }) =>
      periodRunning(context, event, params.level),
    noAccount: ({ context }) => !context.hasAccount,
  },
  actions: {
    refuse: assign((_, params: RefuseParams) => ({ refusal: params })),
    record: assign(({ context, event }, params: { from: LifecycleState; to: LifecycleState }) => {
      const entry: LogEntry = {
        from: params.from,
        to: params.to,
        event: event.type,
        date: event.date,
        role: event.role,
        name: event.name.trim(),
        ...(event.note !== undefined && event.note.trim() !== '' ? { note: event.note.trim() } : {}),
      };
      return { log: [...context.log, entry], refusal: null };
    }),
    // 公示 posted, or posted again after 复核: its period starts from this day
    open: assign(({ event }) => ({ openedOn: event.date })),
    close: assign(() => ({ openedOn: null })),
  },
}).createMachine({
  id: 'lifecycle',
  initial: 'applied',
  context: ({ input }) => ({ ...input, refusal: null }),
  // anything a state does not take is refused with the state and the event named
  on: { '*': { actions: { type: 'refuse', params: { why: 'not-now' } } } },
  states: {
    applied: {
      on: { 'application.submitted': step('applied', 'village-review', ['applicant', 'village']) },
    },
    'village-review': {
      on: {
        'review.passed': step('village-review', 'village-publicity.pending', ['village']),
        'review.returned': step('village-review', 'applied', ['village']),
      },
    },
    'village-publicity': publicity('village', 'township-review'),
    'township-review': {
      on: {
        'review.passed': step('township-review', 'township-publicity.pending', ['township']),
        'review.returned': step('township-review', 'applied', ['township']),
      },
    },
    'township-publicity': publicity('township', 'county-approval'),
    'county-approval': {
      on: {
        'review.passed': step('county-approval', 'county-publicity.pending', ['county']),
        'review.returned': step('county-approval', 'applied', ['county']),
      },
    },
    'county-publicity': {
      initial: 'pending',
      states: {
        ...publicity('county', 'county-publicity.closed').states,
        open: {
          on: {
            ...publicity('county', 'county-publicity.closed').states.open.on,
            'payment.made': refuse('publicity-not-closed', ['county']),
          },
        },
        closed: {
          on: {
            'payment.made': [
              ...signedBy(['county']),
              { guard: 'noAccount', actions: { type: 'refuse', params: { why: 'no-account' } } },
              { target: target('paid'), actions: record('county-publicity.closed', 'paid') },
            ],
          },
        },
      },
    },
    // not a final state, so that a step after 发放 is refused with a reason like any other
    paid: {},
  },
});

export type LifecycleMachine = typeof lifecycleMachine;
