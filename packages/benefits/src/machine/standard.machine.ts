import { assign, createActor, setup } from 'xstate';
import type { TraceEntry } from '../core/trace.ts';
import type { Check, CheckInput, Evaluation } from './checks.ts';
import type { AwardResult, Shape } from './shapes.ts';

/** How a standard machine ends: the three outcomes of a clause. */
export type MachineOutcome = 'eligible' | 'ineligible' | 'needsInformation';

export interface StandardRun {
  readonly outcome: MachineOutcome;
  readonly trace: readonly TraceEntry[];
  /** the evaluation that stopped the run (failed or missing), if any */
  readonly stop: Evaluation | null;
  readonly award: AwardResult | null;
}

interface Ctx {
  readonly input: CheckInput;
  readonly trace: readonly TraceEntry[];
  readonly stop: Evaluation | null;
  readonly award: AwardResult | null;
}

/**
 * Builds the machine of one standard from its shape. Each check of the clause is a state named
 * after the check; its transitions are decided by the named guard of the check (e.g.
 * `reachesMinimum`, `subjectMatches`) with the check's index as params, and every check appends
 * a trace entry. The final states are the clause's outcomes.
 *
 * This is a pure function; the machine is built once per standard when a pack is compiled.
 */
export function buildStandardMachine(id: string, shape: Shape) {
  const { checks } = shape;
  const evalAt = (input: CheckInput, index: number): Evaluation => (checks[index] as Check).evaluate(input);
  const guardNames = new Set(checks.map((c) => c.guard));
  const guards: Record<string, (args: { context: Ctx }, params: { index: number }) => boolean> = {
    isMissing: ({ context }, { index }) => evalAt(context.input, index).outcome === 'missing',
  };
  for (const name of guardNames) {
    guards[name] = ({ context }, { index }) => evalAt(context.input, index).outcome === 'pass';
  }

  const states: Record<string, object> = {};
  checks.forEach((check, index) => {
    const next = index + 1 < checks.length ? (checks[index + 1] as Check).id : 'award';
    states[check.id] = {
      always: [
        {
          guard: { type: 'isMissing', params: { index } },
          target: 'needsInformation',
          actions: { type: 'stopAt', params: { index } },
        },
        {
          guard: { type: check.guard, params: { index } },
          target: next,
          actions: { type: 'record', params: { index } },
        },
        { target: 'ineligible', actions: { type: 'stopAt', params: { index } } },
      ],
    };
  });
  states.award = { entry: 'computeAward', always: 'eligible' };
  states.eligible = { type: 'final' };
  states.ineligible = { type: 'final' };
  states.needsInformation = { type: 'final' };

  return setup({
    types: { context: {} as Ctx, input: {} as CheckInput },
    guards: guards as never,
    actions: {
      record: assign(({ context }, { index }: { index: number }) => ({
        trace: [...context.trace, evalAt(context.input, index).entry],
      })),
      stopAt: assign(({ context }, { index }: { index: number }) => {
        const ev = evalAt(context.input, index);
        return { trace: [...context.trace, ev.entry], stop: ev };
      }),
      computeAward: assign(({ context }) => ({ award: shape.award(context.input) })),
    },
  }).createMachine({
    id,
    initial: (checks[0] as Check).id,
    context: ({ input }) => ({ input, trace: [], stop: null, award: null }),
    states: states as never,
  });
}

export type StandardMachine = ReturnType<typeof buildStandardMachine>;

/** Runs the machine itself (an actor) to its outcome: the reference path. */
export function runMachine(machine: StandardMachine, input: CheckInput): StandardRun {
  const actor = createActor(machine, { input });
  actor.start();
  const snap = actor.getSnapshot();
  actor.stop();
  const ctx = snap.context as Ctx;
  return { outcome: snap.value as MachineOutcome, trace: ctx.trace, stop: ctx.stop, award: ctx.award };
}

/** One step of the precomputed path: the check a state makes and the state that follows a pass. */
export interface Step {
  readonly state: string;
  readonly check: Check;
}

/**
 * Walks the machine's definition from its initial state along the passing transitions and
 * returns the checks in the order the machine makes them. Screening then evaluates these steps
 * directly (the fast path) — the same guards' arithmetic, without an actor per line. A property
 * test proves both paths give the same lines.
 */
export function precomputeSteps(machine: StandardMachine, shape: Shape): Step[] {
  type T = { guard?: { type: string; params?: { index: number } }; target?: string };
  const config = machine.config as unknown as { initial: string; states: Record<string, { always?: T[] }> };
  const steps: Step[] = [];
  let state: string | undefined = config.initial;
  while (state && state !== 'award') {
    const transitions: T[] = config.states[state]?.always ?? [];
    const pass: T | undefined = transitions.find((t) => t.guard && t.guard.type !== 'isMissing');
    const index = pass?.guard?.params?.index;
    if (!pass || index === undefined) throw new Error(`state ${state} has no passing transition`);
    steps.push({ state, check: shape.checks[index] as Check });
    state = pass.target;
  }
  return steps;
}

/** The fast path: the machine's checks in its order, one evaluation each. */
export function runSteps(steps: readonly Step[], shape: Shape, input: CheckInput): StandardRun {
  const trace: TraceEntry[] = [];
  for (const step of steps) {
    const ev = step.check.evaluate(input);
    trace.push(ev.entry);
    if (ev.outcome === 'missing') return { outcome: 'needsInformation', trace, stop: ev, award: null };
    if (ev.outcome === 'fail') return { outcome: 'ineligible', trace, stop: ev, award: null };
  }
  return { outcome: 'eligible', trace, stop: null, award: shape.award(input) };
}
