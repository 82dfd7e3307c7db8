/**
 * The register (台账) kept on this device, in IndexedDB through `idb` (as the pack files are): one
 * record per case, with the wizard's answers it was screened from, and the register's settings.
 * Nothing is uploaded. Where IndexedDB is missing (private modes, the unit tests' DOM) the
 * register lasts for this visit only.
 */
import { RegisterCase } from '@huinong/register';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Draft } from '../wizard/draft.ts';
import { DEFAULT_SETTINGS, parseSettings, type RegisterSettings } from './settings.ts';

/** A case as kept: the case, the wizard's answers (to open it again), and its serial number. */
export interface StoredCase {
  readonly id: string;
  readonly case: RegisterCase;
  /** the answers it was screened from; none for a case imported from a roster */
  readonly draft?: Draft;
  /** 编号 printed on its forms ("2023-0001"), given when it was first saved */
  readonly serial: string;
}

interface RegisterDb extends DBSchema {
  cases: { key: string; value: StoredCase };
  settings: { key: string; value: unknown };
}

const DB = 'huinong-register';
const SETTINGS_KEY = 'settings';
const memory = new Map<string, StoredCase>();
let memorySettings: RegisterSettings = DEFAULT_SETTINGS;
let opening: Promise<IDBPDatabase<RegisterDb>> | null = null;

function db(): Promise<IDBPDatabase<RegisterDb>> | null {
  if (typeof indexedDB === 'undefined') return null;
  opening ??= openDB<RegisterDb>(DB, 1, {
    upgrade(d) {
      d.createObjectStore('cases', { keyPath: 'id' });
      d.createObjectStore('settings');
    },
  });
  return opening;
}

/** A stored record read back: the case parsed again (storage is input from outside), or null. */
function revive(raw: unknown): StoredCase | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<StoredCase>;
  const c = RegisterCase.safeParse(r.case);
  if (!c.success || typeof r.id !== 'string') return null;
  return {
    id: r.id,
    case: c.data,
    ...(r.draft && typeof r.draft === 'object' ? { draft: r.draft } : {}),
    serial: typeof r.serial === 'string' ? r.serial : '',
  };
}

/** Every case kept on this device (a record that no longer parses is left out). */
export async function listCases(): Promise<StoredCase[]> {
  const d = db();
  if (!d) return [...memory.values()];
  try {
    return (await (await d).getAll('cases')).map(revive).filter((c): c is StoredCase => c !== null);
  } catch {
    return [...memory.values()];
  }
}

export async function putCase(c: StoredCase): Promise<void> {
  await putCases([c]);
}

/** Stores cases in one transaction (an import, a merge). */
export async function putCases(cases: readonly StoredCase[]): Promise<void> {
  for (const c of cases) memory.set(c.id, c);
  const d = db();
  if (!d) return;
  const tx = (await d).transaction('cases', 'readwrite');
  await Promise.all([...cases.map((c) => tx.store.put(c)), tx.done]);
}

/** Replaces the whole register (after a merge renamed or dropped cases). */
export async function replaceCases(cases: readonly StoredCase[]): Promise<void> {
  memory.clear();
  for (const c of cases) memory.set(c.id, c);
  const d = db();
  if (!d) return;
  const tx = (await d).transaction('cases', 'readwrite');
  await tx.store.clear();
  await Promise.all([...cases.map((c) => tx.store.put(c)), tx.done]);
}

export async function deleteCase(id: string): Promise<void> {
  memory.delete(id);
  const d = db();
  if (!d) return;
  await (await d).delete('cases', id);
}

export async function loadSettings(): Promise<RegisterSettings> {
  const d = db();
  if (!d) return memorySettings;
  try {
    return parseSettings(await (await d).get('settings', SETTINGS_KEY));
  } catch {
    return memorySettings;
  }
}

export async function saveSettings(s: RegisterSettings): Promise<void> {
  memorySettings = s;
  const d = db();
  if (!d) return;
  await (await d).put('settings', s, SETTINGS_KEY);
}

/** Forgets what was kept for this visit (the unit tests, between cases). */
export function forgetMemoryRegister(): void {
  memory.clear();
  memorySettings = DEFAULT_SETTINGS;
}

// ── the case the wizard's draft was saved as ───────────────────────────────

const linkKey = (packId: string) => `huinong.register.linked.${packId}`;

/** The case the pack's wizard draft was last saved as (or opened from), if any. */
export function linkedCase(packId: string): string | null {
  try {
    return localStorage.getItem(linkKey(packId));
  } catch {
    return null;
  }
}

export function linkCase(packId: string, caseId: string | null): void {
  try {
    if (caseId === null) localStorage.removeItem(linkKey(packId));
    else localStorage.setItem(linkKey(packId), caseId);
  } catch {
    // private mode: the link lasts for this visit
  }
}
