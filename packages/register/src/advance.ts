import { transition } from 'xstate';
import type { RegisterCase } from './case.schema.ts';
import {
  flatState,
  type LifecycleContext,
  lifecycleMachine,
  type Refusal,
  refusalReason,
  stateValue,
} from './lifecycle.machine.ts';
import {
  type Lifecycle,
  LifecycleEvent,
  type LifecycleState,
  PublicitySettings,
  type PublicitySettingsInput,
} from './lifecycle.schema.ts';

export type AdvanceResult<T> =
  | { readonly ok: true; readonly case: T }
  | { readonly ok: false; readonly reason: Refusal };

function issues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '—'}: ${i.message}`).join('; ');
}

export interface LifecycleOptions {
  /** the case has a 一卡通 account (发放 is refused without one); true by default */
  readonly hasAccount?: boolean;
}

/**
 * Runs one event through the lifecycle machine: the lifecycle after it, with one more log entry,
 * or the reason it was refused (the lifecycle is then unchanged). The event and the settings are
 * validated first. This is a pure function.
 */
export function advanceLifecycle(
  lifecycle: Lifecycle,
  event: unknown,
  settings: PublicitySettingsInput,
  options: LifecycleOptions = {},
): AdvanceResult<Lifecycle> {
  const s = PublicitySettings.safeParse(settings);
  if (!s.success)
    return {
      ok: false,
      reason: {
        code: 'invalid-settings',
        zh: `公示期设置无效：${issues(s.error)}`,
        en: `the publicity settings are invalid: ${issues(s.error)}`,
      },
    };
  const e = LifecycleEvent.safeParse(event);
  if (!e.success)
    return {
      ok: false,
      reason: {
        code: 'invalid-event',
        zh: `操作无效：${issues(e.error)}`,
        en: `the step is invalid: ${issues(e.error)}`,
      },
    };
  const context: LifecycleContext = {
    settings: s.data,
    appliedOn: lifecycle.appliedOn,
    openedOn: lifecycle.openedOn,
    log: lifecycle.log,
    hasAccount: options.hasAccount ?? true,
    refusal: null,
  };
  const snapshot = lifecycleMachine.resolveState({ value: stateValue(lifecycle.state), context });
  const [next] = transition(lifecycleMachine, snapshot, e.data);
  const refusal = next.context.refusal;
  if (refusal !== null)
    return { ok: false, reason: refusalReason(refusal, context, e.data, lifecycle.state) };
  const state: LifecycleState = flatState(next.value);
  return {
    ok: true,
    case: {
      state,
      appliedOn: lifecycle.appliedOn,
      openedOn: next.context.openedOn,
      log: [...next.context.log],
    },
  };
}

/**
 * Takes one step on a case (`review.passed`, `publicity.closed`, `payment.made`…): the case after
 * it, or the reason it was refused — the wrong role, a missing name, a date before the last
 * step's, a 公示 whose period is not over, a payment without a 一卡通 account or before the county
 * 公示 closed. `at` (the caller's ISO timestamp) becomes `updatedAt`. This is a pure function.
 */
export function advance(
  c: RegisterCase,
  event: unknown,
  settings: PublicitySettingsInput,
  at?: string,
): AdvanceResult<RegisterCase> {
  const r = advanceLifecycle(c.lifecycle, event, settings, { hasAccount: Boolean(c.account) });
  if (!r.ok) return r;
  return { ok: true, case: { ...c, lifecycle: r.case, updatedAt: at ?? c.updatedAt } };
}
