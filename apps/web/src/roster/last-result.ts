/**
 * The last roster screen, kept in this browser's IndexedDB so that a reload (or a closed tab)
 * does not lose it: the totals, exceptions, lines, publicity list and the workbook itself. Only
 * here, never sent anywhere; "清除" removes it (a shared computer). Where IndexedDB is missing
 * (private modes, the unit tests' DOM) nothing is kept and nothing fails.
 */
import type { RosterDone } from './screen.ts';

const DB = 'huinong-roster';
const STORE = 'results';
const KEY = 'last';

export interface SavedRoster extends RosterDone {
  /** when it was screened, ISO 8601 */
  readonly savedAt: string;
}

function open(): Promise<IDBDatabase> | null {
  if (typeof indexedDB === 'undefined') return null;
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  op: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | null> {
  const opening = open();
  if (!opening) return null;
  try {
    const db = await opening;
    try {
      return await new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = op(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  } catch {
    // a full disk or a refused database: the screen on the page is unaffected
    return null;
  }
}

export async function saveLast(done: RosterDone, now = new Date()): Promise<void> {
  const saved: SavedRoster = { ...done, savedAt: now.toISOString() };
  await run('readwrite', (s) => s.put(saved, KEY));
}

export async function loadLast(): Promise<SavedRoster | null> {
  const v = await run<SavedRoster | undefined>(
    'readonly',
    (s) => s.get(KEY) as IDBRequest<SavedRoster | undefined>,
  );
  // a result kept by an older version of the app (without the 花名册 lines or its pack) is not shown
  return v && v.ok === true && v.workbook instanceof Blob && Array.isArray(v.awards) && v.pack ? v : null;
}

export async function clearLast(): Promise<void> {
  await run('readwrite', (s) => s.delete(KEY));
}
