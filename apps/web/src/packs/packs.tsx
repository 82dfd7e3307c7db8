import { type PackError, type PolicyPack, type Text, validatePack } from '@huinong/benefits';
import { builtInPacks } from '@huinong/policy-data';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { deleteStoredPack, listStoredPacks, storePack } from './pack-store.ts';
import { type PackFile, readPackFile } from './read-pack.ts';

/** A pack the app can screen with: built in, or opened from a file and kept on this device. */
export interface PackEntry {
  readonly pack: PolicyPack;
  readonly source: 'built-in' | 'file';
  readonly fileName?: string;
  /** a file pack's JSON: what the roster worker is sent (and validates again there) */
  readonly json?: unknown;
}

/** What a worker needs to find the pack again: a built-in's id, or a file pack's JSON. */
export interface PackRef {
  readonly id: string;
  readonly json?: unknown;
}

export function packRef(entry: PackEntry): PackRef {
  return entry.source === 'file' ? { id: entry.pack.id, json: entry.json } : { id: entry.pack.id };
}

export interface Packs {
  /** the chosen pack: every view screens with it */
  readonly pack: PolicyPack;
  readonly current: PackEntry;
  /** the built-in packs, then the files opened on this device */
  readonly entries: readonly PackEntry[];
  choose(id: string): void;
  /** reads, validates and keeps a pack file; a valid one becomes the chosen pack */
  open(file: File): Promise<PackFile>;
  remove(id: string): Promise<void>;
  /** the problems of the last file opened, each with its path */
  readonly fileErrors: readonly PackError[] | null;
  readonly fileName: string | null;
  /** the pack file just opened (said once, until another pack is chosen) */
  readonly opened: PolicyPack | null;
  dismissErrors(): void;
  /** the remembered pack is no longer on this device: the default is used instead */
  readonly notice: Text | null;
}

/** Which pack was chosen last, on this device. */
export const PACK_KEY = 'huinong.pack';

function rememberedId(): string | null {
  try {
    return localStorage.getItem(PACK_KEY);
  } catch {
    return null;
  }
}

function remember(id: string): void {
  try {
    localStorage.setItem(PACK_KEY, id);
  } catch {
    // private mode: the choice lasts for this visit
  }
}

const BUILT_IN: readonly PackEntry[] = builtInPacks.map((pack) => ({ pack, source: 'built-in' }));
const DEFAULT = BUILT_IN[0] as PackEntry;

const PacksContext = createContext<Packs>({
  pack: DEFAULT.pack,
  current: DEFAULT,
  entries: BUILT_IN,
  choose: () => {},
  open: async () => ({ ok: false, errors: [] }),
  remove: async () => {},
  fileErrors: null,
  fileName: null,
  opened: null,
  dismissErrors: () => {},
  notice: null,
});

/** The chosen pack and the packs on this device. */
export function usePacks(): Packs {
  return useContext(PacksContext);
}

/** The chosen pack. */
export function usePack(): PolicyPack {
  return useContext(PacksContext).pack;
}

/**
 * Holds the chosen pack (remembered across reloads; the default is 西乡县 2023) and the pack
 * files kept in IndexedDB. Until a remembered file pack is read back, `loading` is shown.
 */
export function PacksProvider({ children, loading }: { children: ReactNode; loading?: ReactNode }) {
  const [files, setFiles] = useState<readonly PackEntry[] | null>(null);
  const [chosen, setChosen] = useState<string>(() => rememberedId() ?? DEFAULT.pack.id);
  const [fileErrors, setFileErrors] = useState<readonly PackError[] | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [opened, setOpened] = useState<PolicyPack | null>(null);

  useEffect(() => {
    let live = true;
    listStoredPacks().then((stored) => {
      if (!live) return;
      const entries: PackEntry[] = [];
      for (const s of stored) {
        // a kept file is checked again: an older one the schema now refuses is left out
        const v = validatePack(s.json);
        if (v.ok && !BUILT_IN.some((b) => b.pack.id === v.pack.id))
          entries.push({ pack: v.pack, source: 'file', fileName: s.fileName, json: s.json });
      }
      setFiles(entries);
    });
    return () => {
      live = false;
    };
  }, []);

  const entries = useMemo(() => [...BUILT_IN, ...(files ?? [])], [files]);
  const found = entries.find((e) => e.pack.id === chosen);
  const current = found ?? DEFAULT;
  const notice: Text | null =
    !found && files !== null
      ? {
          zh: `本机找不到上次使用的政策包（${chosen}），已改用${DEFAULT.pack.name.zh}`,
          en: `the pack used last (${chosen}) is not on this device: using ${DEFAULT.pack.name.en}`,
        }
      : null;

  const choose = useCallback((id: string) => {
    setChosen(id);
    setOpened(null);
    remember(id);
  }, []);

  const open = useCallback(
    async (file: File): Promise<PackFile> => {
      setFileName(file.name);
      const r = await readPackFile(file, new Set(BUILT_IN.map((b) => b.pack.id)));
      if (!r.ok) {
        setOpened(null);
        setFileErrors(r.errors);
        return r;
      }
      setFileErrors(null);
      await storePack({
        id: r.pack.id,
        json: r.json,
        fileName: file.name,
        savedAt: new Date().toISOString(),
      });
      const entry: PackEntry = { pack: r.pack, source: 'file', fileName: file.name, json: r.json };
      setFiles((prev) => [...(prev ?? []).filter((e) => e.pack.id !== r.pack.id), entry]);
      choose(r.pack.id);
      setOpened(r.pack);
      return r;
    },
    [choose],
  );

  const remove = useCallback(async (id: string) => {
    await deleteStoredPack(id);
    setFiles((prev) => (prev ?? []).filter((e) => e.pack.id !== id));
    setChosen((c) => {
      if (c !== id) return c;
      remember(DEFAULT.pack.id);
      return DEFAULT.pack.id;
    });
  }, []);

  const value = useMemo<Packs>(
    () => ({
      pack: current.pack,
      current,
      entries,
      choose,
      open,
      remove,
      fileErrors,
      fileName,
      opened,
      dismissErrors: () => setFileErrors(null),
      notice,
    }),
    [current, entries, choose, open, remove, fileErrors, fileName, opened, notice],
  );
  // a remembered file pack is not known until IndexedDB answers: wait rather than screen with another
  if (!found && files === null) return <>{loading ?? null}</>;
  return <PacksContext.Provider value={value}>{children}</PacksContext.Provider>;
}
