import type { Text } from '../core/i18n.ts';
import { MicrocreditParams } from '../loan/loan.schema.ts';
import { type Shape, shapeOf } from '../machine/shapes.ts';
import {
  buildStandardMachine,
  precomputeSteps,
  type StandardMachine,
  type Step,
} from '../machine/standard.machine.ts';
import { type Limit, PolicyPack, type Standard } from '../pack/pack.schema.ts';
import type { HouseholdCategory } from '../schemas/subject.schema.ts';
import { orderLimits } from './limits.ts';

/** A standard ready to run: its shape, its machine and the steps precomputed from the machine. */
export interface CompiledStandard {
  readonly standard: Standard;
  readonly order: number;
  readonly shape: Shape;
  readonly machine: StandardMachine;
  readonly steps: readonly Step[];
  /** 五(一)1: the loan parameters of the pack, validated, with the clause and its text */
  readonly loanParams: MicrocreditParams | null;
}

type Kind = 'household' | 'collective' | 'operator';

/** A pack compiled once: machines built, steps precomputed, standards indexed by who may claim. */
export interface CompiledPack {
  readonly compiled: true;
  readonly pack: PolicyPack;
  readonly standards: readonly CompiledStandard[];
  readonly byId: ReadonlyMap<string, CompiledStandard>;
  /** standards a subject of this kind (and household category) may be listed for */
  readonly forSubject: (kind: Kind, category?: HouseholdCategory) => readonly CompiledStandard[];
  /** ids of `forSubject(kind, category)`, for membership tests */
  readonly idsForSubject: (kind: Kind, category?: HouseholdCategory) => ReadonlySet<string>;
  /** every activity-sourced standard reading this activity type, whoever may claim it */
  readonly readersOf: (activityType: string) => readonly CompiledStandard[];
  /** the household stage's limits, in the order they apply */
  readonly limits: readonly Limit[];
  /** the pack's name for an activity type (its `inputs.activities` label) */
  readonly activityLabel: (activityType: string) => Text;
}

const OTHER: Text = { zh: '其他产业', en: 'other activity' };

const cache = new WeakMap<object, CompiledPack>();

function listedFor(s: Standard, kind: Kind, category?: HouseholdCategory): boolean {
  if (!s.subject.kinds.includes(kind)) return false;
  if (kind !== 'household' || s.source.kind === 'member') return true;
  if (!s.subject.categories) return true;
  if (category !== undefined && s.subject.categories.includes(category)) return true;
  return (s.subject.alsoGroups ?? []).some((g) => g.category === category);
}

/**
 * Compiles a policy pack (validating it first). Compiled packs are cached per pack object, so
 * `screen` can be called with the plain pack. This is a pure function.
 */
export function compilePack(input: PolicyPack | CompiledPack): CompiledPack {
  if ('compiled' in input) return input;
  const hit = cache.get(input);
  if (hit) return hit;
  const pack = PolicyPack.parse(input);
  const standards = pack.standards
    .filter((s) => !s.subject.kinds.includes('project'))
    .map((standard, order) => {
      const shape = shapeOf(standard, pack);
      const machine = buildStandardMachine(standard.id, shape);
      const loanParams =
        standard.award.kind === 'loan-interest'
          ? MicrocreditParams.parse({
              ...standard.award.params,
              clause: standard.clause,
              clauseText: standard.text,
            })
          : null;
      return { standard, order, shape, machine, steps: precomputeSteps(machine, shape), loanParams };
    });
  const byId = new Map(standards.map((s) => [s.standard.id, s]));
  const index = new Map<string, CompiledStandard[]>();
  const key = (kind: Kind, category?: HouseholdCategory) => `${kind}:${category ?? ''}`;
  for (const kind of ['household', 'collective', 'operator'] as const) {
    const cats =
      kind === 'household' ? (['poverty-alleviated', 'monitored', 'ordinary'] as const) : [undefined];
    for (const cat of cats) {
      index.set(
        key(kind, cat),
        standards.filter((s) => listedFor(s.standard, kind, cat)),
      );
    }
  }
  const idIndex = new Map<string, ReadonlySet<string>>();
  for (const [k, list] of index) idIndex.set(k, new Set(list.map((c) => c.standard.id)));
  // nested objects: no key strings built per screen
  const fastIndex: Record<string, Record<string, CompiledStandard[]>> = {};
  const fastIds: Record<string, Record<string, ReadonlySet<string>>> = {};
  for (const [k, list] of index) {
    const [kind, cat] = k.split(':') as [string, string];
    fastIndex[kind] = { ...fastIndex[kind], [cat]: list };
    fastIds[kind] = { ...fastIds[kind], [cat]: idIndex.get(k) as ReadonlySet<string> };
  }
  const readers = new Map<string, CompiledStandard[]>();
  for (const s of standards) {
    if (s.standard.source.kind !== 'activity') continue;
    for (const t of s.standard.source.types) readers.set(t, [...(readers.get(t) ?? []), s]);
  }
  const labels = new Map(pack.inputs.activities.map((a) => [a.type, a.label]));
  const compiled: CompiledPack = {
    compiled: true,
    pack,
    standards,
    byId,
    forSubject: (kind, category) => fastIndex[kind]?.[category ?? ''] ?? [],
    idsForSubject: (kind, category) => fastIds[kind]?.[category ?? ''] ?? new Set(),
    readersOf: (t) => readers.get(t) ?? [],
    limits: orderLimits(pack.limits),
    activityLabel: (t) => labels.get(t) ?? (t === 'other' ? OTHER : { zh: t, en: t }),
  };
  cache.set(input, compiled);
  return compiled;
}
