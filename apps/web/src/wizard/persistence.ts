import type { SnapshotFrom } from 'xstate';
import { type Draft, EMPTY_DRAFT } from './draft.ts';
import { wizardMachine } from './wizard.machine.ts';

/** Where the draft lives on this device. Bump the version when the draft's shape changes. */
export const STORAGE_KEY = 'huinong.wizard.v1';

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
  return { step, draft: out as unknown as Draft };
}

/** The restored machine snapshot, or undefined for a first visit (or an unreadable draft). */
export function loadSnapshot(
  storage: Storage | undefined = safeStorage(),
): SnapshotFrom<typeof wizardMachine> | undefined {
  const stored = parseStored(storage?.getItem(STORAGE_KEY) ?? null);
  if (!stored) return undefined;
  try {
    return wizardMachine.resolveState({ value: stored.step, context: stored.draft });
  } catch {
    return undefined;
  }
}

export function saveSnapshot(
  snapshot: SnapshotFrom<typeof wizardMachine>,
  storage: Storage | undefined = safeStorage(),
): void {
  const stored: StoredWizard = { step: String(snapshot.value), draft: snapshot.context };
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(stored));
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
