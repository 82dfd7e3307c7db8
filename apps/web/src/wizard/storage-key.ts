/**
 * Where a pack's draft lives on this device: one draft per pack, so that a draft is never
 * screened against another county's plan, and switching back finds it again. Bump the version
 * when the draft's shape changes. (Here, apart from persistence.ts, so that the first visit can
 * peek at a draft without loading the wizard.)
 */
export function storageKey(packId: string): string {
  return `huinong.wizard.v2.${packId}`;
}

/** The single draft of the versions before packs could be chosen: it was the 西乡 2023 pack's. */
export const LEGACY_KEY = 'huinong.wizard.v1';
export const LEGACY_PACK = 'xixiang-2023';

/**
 * The step and applicant kind of the draft kept for this pack, read without the wizard (a first
 * visit shows its first step before the engine is loaded); null when there is none.
 */
export function storedStep(packId: string): { step: string; kind: string | null } | null {
  try {
    let raw = localStorage.getItem(storageKey(packId));
    if (raw === null && packId === LEGACY_PACK) raw = localStorage.getItem(LEGACY_KEY);
    if (!raw) return null;
    const data = JSON.parse(raw) as { step?: unknown; draft?: { kind?: unknown } };
    if (typeof data.step !== 'string') return null;
    return { step: data.step, kind: typeof data.draft?.kind === 'string' ? data.draft.kind : null };
  } catch {
    return null;
  }
}

/** Forgets the draft kept for this pack. */
export function forgetStored(packId: string): void {
  try {
    localStorage.removeItem(storageKey(packId));
    if (packId === LEGACY_PACK) localStorage.removeItem(LEGACY_KEY);
  } catch {
    // nothing kept
  }
}

/**
 * Keeps the first step's answer when it was given before the wizard loaded: the kept draft's
 * kind (its other answers untouched), or a new draft at the first step.
 */
export function storeKind(packId: string, kind: string, empty: object): void {
  try {
    const raw = localStorage.getItem(storageKey(packId));
    const data = raw ? (JSON.parse(raw) as { step?: unknown; draft?: Record<string, unknown> }) : null;
    const draft = { ...empty, ...(data?.draft ?? {}), kind };
    localStorage.setItem(storageKey(packId), JSON.stringify({ step: data?.step ?? 'applicant', draft }));
  } catch {
    // storage refused: the choice lasts for this visit
  }
}
