import type { PackError, PolicyPack, Text } from '@huinong/benefits';
import { DEFAULT_PACK_ID, loadPack, packCatalog } from '@huinong/policy-data';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { PackFile } from './read-pack.ts';

/**
 * A pack as the picker and the footer name it: what `packCatalog` lists for a built-in pack, or
 * what a pack file says of itself. The standards are not here: `usePack()` gives the loaded pack.
 */
export interface PackSummary {
  readonly id: string;
  readonly name: Text;
  readonly county?: Text | undefined;
  readonly year?: number | undefined;
  readonly dates: { readonly from: string; readonly to: string };
  readonly published: string;
  readonly home?: { readonly county: string } | undefined;
}

/** A pack the app can screen with: built in (loaded on demand), or opened from a file and kept here. */
export interface PackEntry {
  readonly pack: PackSummary;
  readonly source: 'built-in' | 'file';
  readonly fileName?: string;
  /** a file pack's JSON: what the roster worker is sent (and validates again there) */
  readonly json?: unknown;
  /** a file pack, validated when it was read */
  readonly loaded?: PolicyPack;
}

/** What a worker needs to find the pack again: a built-in's id, or a file pack's JSON. */
export interface PackRef {
  readonly id: string;
  readonly json?: unknown;
}

export function packRef(entry: PackEntry): PackRef {
  return entry.source === 'file' ? { id: entry.pack.id, json: entry.json } : { id: entry.pack.id };
}

/** "西乡县 2023": the county and year a picker lists a pack by (its id when it names neither). */
export function packLabel(pack: PackSummary, lang: 'zh' | 'en'): string {
  const county = pack.county?.[lang] ?? pack.home?.county ?? pack.id;
  const year = pack.year ?? Number(pack.dates.from.slice(0, 4));
  return `${county} ${year}`;
}

/** A loaded pack's summary (a file pack's). */
export function summaryOf(pack: PolicyPack): PackSummary {
  return {
    id: pack.id,
    name: pack.name,
    county: pack.county,
    year: pack.year,
    dates: pack.dates,
    published: pack.document.published,
    home: pack.home,
  };
}

export interface Packs {
  /** the chosen pack: every view screens with it */
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
  readonly opened: PackSummary | null;
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

const BUILT_IN: readonly PackEntry[] = packCatalog.map((m) => ({ pack: m, source: 'built-in' }));
const DEFAULT = (BUILT_IN.find((b) => b.pack.id === DEFAULT_PACK_ID) ?? BUILT_IN[0]) as PackEntry;

const PacksContext = createContext<Packs>({
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

const PackContext = createContext<PolicyPack | null>(null);

/** The chosen pack, loaded: only inside a `PackGate`. */
export function usePack(): PolicyPack {
  const pack = useContext(PackContext);
  if (!pack) throw new Error('usePack() outside a <PackGate>');
  return pack;
}

// built-in packs already loaded, so that a view opened again renders at once
const ready = new Map<string, PolicyPack>();

/**
 * The pack with this id, loaded: a file pack at once, a built-in one once its JSON has come in
 * (`loadPack`); null while it loads or when no pack on this device has that id.
 */
export function useLoadedPack(id: string | null): PolicyPack | null {
  const { entries } = usePacks();
  const entry = id === null ? undefined : entries.find((e) => e.pack.id === id);
  const [, setTick] = useState(0);
  const builtIn = entry?.source === 'built-in';
  useEffect(() => {
    if (!builtIn || id === null || ready.has(id)) return;
    let live = true;
    loadPack(id).then((p) => {
      ready.set(id, p);
      if (live) setTick((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [builtIn, id]);
  if (!entry) return null;
  return entry.loaded ?? ready.get(entry.pack.id) ?? null;
}

/** Built-in packs already parsed (Node callers, the unit tests): used at once, never loaded again. */
export function primePacks(packs: readonly PolicyPack[]): void {
  for (const p of packs) ready.set(p.id, p);
}

/** Starts loading a built-in pack before it is needed (a choice on the first step). */
export function preloadPack(id: string): void {
  if (ready.has(id) || !packCatalog.some((m) => m.id === id)) return;
  loadPack(id).then((p) => ready.set(id, p));
}

/** Gives its children the chosen pack, loaded (`usePack()`); `fallback` until it is. */
export function PackGate({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  const { current } = usePacks();
  const pack = useLoadedPack(current.pack.id);
  if (!pack) return <>{fallback ?? null}</>;
  return <PackContext.Provider value={pack}>{children}</PackContext.Provider>;
}

/** A pack given as it is (the unit tests' components, a view that has its own pack). */
export function PackValue({ pack, children }: { pack: PolicyPack; children: ReactNode }) {
  return <PackContext.Provider value={pack}>{children}</PackContext.Provider>;
}

/**
 * Holds the chosen pack (remembered across reloads; the default is 西乡县 2023) and the pack
 * files kept in IndexedDB. Until a remembered file pack is read back, `loading` is shown. Neither
 * the engine nor a pack is loaded here: a file pack is checked again (`validatePack`) only when
 * there is one.
 */
export function PacksProvider({ children, loading }: { children: ReactNode; loading?: ReactNode }) {
  const [files, setFiles] = useState<readonly PackEntry[] | null>(null);
  const [chosen, setChosen] = useState<string>(() => rememberedId() ?? DEFAULT.pack.id);
  const [fileErrors, setFileErrors] = useState<readonly PackError[] | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [opened, setOpened] = useState<PackSummary | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      const { listStoredPacks } = await import('./pack-store.ts');
      const stored = await listStoredPacks();
      const entries: PackEntry[] = [];
      if (stored.length > 0) {
        const { validatePack } = await import('@huinong/benefits');
        for (const s of stored) {
          // a kept file is checked again: an older one the schema now refuses is left out
          const v = validatePack(s.json);
          if (v.ok && !BUILT_IN.some((b) => b.pack.id === v.pack.id))
            entries.push({
              pack: summaryOf(v.pack),
              loaded: v.pack,
              source: 'file',
              fileName: s.fileName,
              json: s.json,
            });
        }
      }
      if (live) setFiles(entries);
    })();
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
      const [{ readPackFile }, { storePack }] = await Promise.all([
        import('./read-pack.ts'),
        import('./pack-store.ts'),
      ]);
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
      const entry: PackEntry = {
        pack: summaryOf(r.pack),
        loaded: r.pack,
        source: 'file',
        fileName: file.name,
        json: r.json,
      };
      setFiles((prev) => [...(prev ?? []).filter((e) => e.pack.id !== r.pack.id), entry]);
      choose(r.pack.id);
      setOpened(entry.pack);
      return r;
    },
    [choose],
  );

  const remove = useCallback(async (id: string) => {
    const { deleteStoredPack } = await import('./pack-store.ts');
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
