import type { PolicyPack } from '@huinong/benefits';
import type { SnapshotFrom } from 'xstate';
import { type Draft, EMPTY_DRAFT, isInstanceKey } from './draft.ts';
import { LEGACY_KEY, LEGACY_PACK, storageKey } from './storage-key.ts';
import { type WizardMachine, wizardMachine } from './wizard.machine.ts';

export { LEGACY_KEY, storageKey };

const STATES = new Set(Object.keys(wizardMachine.root.states));

export interface StoredWizard {
  readonly step: string;
  readonly draft: Draft;
}

const ENUMS: Record<string, readonly string[]> = {
  kind: ['household', 'collective', 'operator'],
  category: ['poverty-alleviated', 'monitored', 'ordinary'],
  monitoredType: ['unstable', 'marginal', 'sudden-hardship'],
  operatorType: ['cooperative', 'family-farm', 'enterprise'],
};

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Reads back a draft, keeping only fields of the right type (storage is input from outside). */
export function parseStored(raw: string | null): StoredWizard | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const { step, draft } = data as { step?: unknown; draft?: unknown };
  if (typeof step !== 'string' || !STATES.has(step) || !draft || typeof draft !== 'object') return null;
  const d = draft as Record<string, unknown>;
  const out: Record<string, unknown> = { ...EMPTY_DRAFT };
  for (const [k, empty] of Object.entries(EMPTY_DRAFT)) {
    const v = d[k];
    if (Array.isArray(empty) ? isStringArray(v) : typeof empty === typeof v && v !== null) out[k] = v;
    else if (empty === null && typeof v === 'string' && ENUMS[k]?.includes(v)) out[k] = v;
  }
  out.members = Array.isArray(d.members)
    ? d.members.filter(
        (m): m is { id: string; sections: string[] } =>
          !!m && typeof m === 'object' && typeof m.id === 'string' && isStringArray(m.sections),
      )
    : [];
  const answers = d.answers;
  out.answers =
    answers && typeof answers === 'object'
      ? Object.fromEntries(Object.entries(answers).filter(([, v]) => typeof v === 'string'))
      : {};
  out.instances = storedInstances(d.instances);
  out.instanceSeq = storedInstanceSeq(
    d.instanceSeq,
    out.instances as Draft['instances'],
    out.answers as Draft['answers'],
  );
  return { step, draft: out as unknown as Draft };
}

const TYPE = /^[a-z][a-z0-9-]*$/;

/**
 * The instances of repeatable activities, each list only of keys of its type, once each. A draft
 * saved before there were instances has none: each activity keeps its one instance, whose answers
 * are under its type as they always were (so the storage key did not change).
 */
function storedInstances(v: unknown): Draft['instances'] {
  const out: Record<string, string[]> = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  for (const [type, keys] of Object.entries(v)) {
    if (!TYPE.test(type) || !Array.isArray(keys)) continue;
    const valid = [
      ...new Set(keys.filter((k): k is string => typeof k === 'string' && isInstanceKey(type, k))),
    ];
    if (valid.length > 0) out[type] = valid;
  }
  return out;
}

/**
 * The count of instances ever added, never below a number already in a key or an answer: a new
 * instance must not take the answers of one kept or removed, even if the count was lost.
 */
function storedInstanceSeq(v: unknown, instances: Draft['instances'], answers: Draft['answers']): number {
  let seq = typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0;
  const numberOf = (key: string) => Number(/~(\d+)$/.exec(key)?.[1] ?? 0);
  for (const keys of Object.values(instances)) for (const k of keys) seq = Math.max(seq, numberOf(k));
  for (const key of Object.keys(answers)) {
    const m = /^(?:activity|project)\.[a-z][a-z0-9-]*~(\d+)\./.exec(key);
    if (m) seq = Math.max(seq, Number(m[1]));
  }
  return seq;
}

/**
 * A stored draft checked against the pack it is read for: activities and projects the pack no
 * longer declares (a newer version of a pack file) are dropped; their answers stay unused.
 */
export function revalidate(draft: Draft, pack: PolicyPack): Draft {
  const types = new Set(pack.inputs.activities.map((a) => a.type));
  const keep = (list: readonly string[]) => list.filter((t) => t === 'other' || types.has(t));
  return { ...draft, activities: keep(draft.activities), projects: keep(draft.projects) };
}

/** The restored machine snapshot of a pack's draft, or undefined for a first visit (or an unreadable draft). */
export function loadSnapshot(
  pack: PolicyPack,
  machine: WizardMachine = wizardMachine,
  storage: Storage | undefined = safeStorage(),
): SnapshotFrom<WizardMachine> | undefined {
  let raw = storage?.getItem(storageKey(pack.id)) ?? null;
  if (raw === null && pack.id === LEGACY_PACK) raw = storage?.getItem(LEGACY_KEY) ?? null;
  const stored = parseStored(raw);
  if (!stored) return undefined;
  try {
    return machine.resolveState({ value: stored.step, context: revalidate(stored.draft, pack) });
  } catch {
    return undefined;
  }
}

export function saveSnapshot(
  packId: string,
  snapshot: SnapshotFrom<WizardMachine>,
  storage: Storage | undefined = safeStorage(),
): void {
  const stored: StoredWizard = { step: String(snapshot.value), draft: snapshot.context };
  try {
    storage?.setItem(storageKey(packId), JSON.stringify(stored));
    if (packId === LEGACY_PACK) storage?.removeItem(LEGACY_KEY);
  } catch {
    // storage full or refused: the draft lasts for this visit only
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
