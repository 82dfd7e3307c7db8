/**
 * Pack files opened in this browser, kept offline in IndexedDB (through `idb`, a small, maintained
 * promise wrapper of the IndexedDB API): the file's JSON as it was read, never uploaded. Where
 * IndexedDB is missing (private modes, the unit tests' DOM) the packs last for this visit only.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export interface StoredPack {
  /** the pack's id (a file opened again with the same id replaces the earlier one) */
  readonly id: string;
  /** the file's content, parsed: validated again (validatePack) each time it is read */
  readonly json: unknown;
  readonly fileName: string;
  /** ISO 8601 */
  readonly savedAt: string;
}

interface PackDb extends DBSchema {
  packs: { key: string; value: StoredPack };
}

const DB = 'huinong-packs';
const memory = new Map<string, StoredPack>();
let opening: Promise<IDBPDatabase<PackDb>> | null = null;

function db(): Promise<IDBPDatabase<PackDb>> | null {
  if (typeof indexedDB === 'undefined') return null;
  opening ??= openDB<PackDb>(DB, 1, {
    upgrade(d) {
      d.createObjectStore('packs', { keyPath: 'id' });
    },
  });
  return opening;
}

/** Every pack file kept on this device, oldest first. */
export async function listStoredPacks(): Promise<StoredPack[]> {
  const d = db();
  try {
    const all = d ? await (await d).getAll('packs') : [...memory.values()];
    return all.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  } catch {
    return [...memory.values()];
  }
}

export async function storePack(p: StoredPack): Promise<void> {
  memory.set(p.id, p);
  const d = db();
  if (!d) return;
  try {
    await (await d).put('packs', p);
  } catch {
    // a full disk or a refused database: the pack lasts for this visit
  }
}

export async function deleteStoredPack(id: string): Promise<void> {
  memory.delete(id);
  const d = db();
  if (!d) return;
  try {
    await (await d).delete('packs', id);
  } catch {
    // nothing kept to remove
  }
}

/** Forgets the packs kept for this visit (the unit tests, between cases). */
export function forgetMemoryPacks(): void {
  memory.clear();
}
