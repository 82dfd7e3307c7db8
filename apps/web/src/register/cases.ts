/**
 * Cases made from the wizard and from roster rows: the subject screened, given the case's id, and
 * frozen with its result (`newCase`); saved again, the same case is updated — re-screened while
 * that is still allowed (`rescreen`), refused with the reason once a list has been posted.
 */
import type { ScreenResult, Subject, Text } from '@huinong/benefits';
import {
  canonicalJson,
  freezeScreening,
  idKey,
  type Json,
  newCase,
  type PackRef,
  type RegisterCase,
  rescreen,
} from '@huinong/register';
import type { Draft } from '../wizard/draft.ts';
import { serialOf } from './settings.ts';
import type { StoredCase } from './store.ts';

/** A new case id: random, never printed (forms show the serial number). */
export function newCaseId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `case-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The subject and its result under the case's id (the wizard screens a subject called "draft"). */
export function underId(subject: Subject, result: ScreenResult, id: string): [Subject, ScreenResult] {
  return [{ ...subject, id } as Subject, { ...result, subjectId: id }];
}

export interface SaveInput {
  readonly pack: PackRef;
  readonly subject: Subject;
  readonly result: ScreenResult;
  readonly draft?: Draft;
  readonly name: string;
  readonly idNumber: string;
  readonly account: string;
  /** an ISO timestamp from the caller's clock */
  readonly at: string;
}

export type SaveOutcome =
  | { readonly ok: true; readonly stored: StoredCase; readonly created: boolean }
  | { readonly ok: false; readonly reason: Text };

/**
 * The case a save goes to: the register's case of the same person (身份证号) under the same pack,
 * else the case the draft was last saved as while it still names the same applicant.
 */
export function targetOf(
  cases: readonly StoredCase[],
  input: Pick<SaveInput, 'pack' | 'idNumber' | 'name'>,
  linked: string | null,
): StoredCase | null {
  const key = idKey(input.idNumber);
  if (key !== null) {
    const same = cases.find(
      (c) => c.case.pack.id === input.pack.id && idKey(c.case.applicant.idNumber) === key,
    );
    if (same) return same;
  }
  const link = linked === null ? undefined : cases.find((c) => c.id === linked);
  if (
    link &&
    link.case.applicant.name === input.name.trim() &&
    (key === null || !link.case.applicant.idNumber)
  )
    return link;
  return null;
}

function applicantOf(input: Pick<SaveInput, 'name' | 'idNumber'>): RegisterCase['applicant'] {
  const idNumber = input.idNumber.replace(/\s+/g, '').toUpperCase();
  return { name: input.name.trim(), ...(idNumber ? { idNumber } : {}) };
}

/**
 * Saves a screen to the register: a new case at 申请 (serial `serial`), or the existing case
 * `target` updated. An existing case past 村级评议 keeps its amount: a screen that changes it is
 * refused with `rescreen`'s reason, one that does not only updates the applicant and account.
 * This is a pure function.
 */
export function saveScreen(input: SaveInput, target: StoredCase | null, serial: number): SaveOutcome {
  const account = input.account.replace(/\s+/g, '');
  const applicant = applicantOf(input);
  if (!target) {
    const id = newCaseId();
    const [subject, result] = underId(input.subject, input.result, id);
    const c = newCase({
      id,
      subject,
      result,
      pack: input.pack,
      at: input.at,
      applicant,
      ...(account ? { account } : {}),
    });
    return {
      ok: true,
      created: true,
      stored: {
        id,
        case: c,
        ...(input.draft ? { draft: input.draft } : {}),
        serial: serialOf(result.asOf.slice(0, 4), serial),
      },
    };
  }
  const [subject, result] = underId(input.subject, input.result, target.id);
  const r = rescreen(target.case, result, { at: input.at, subject, pack: input.pack });
  let next: RegisterCase;
  if (r.ok) next = r.case;
  else if (sameAward(target.case, result)) next = target.case;
  else return { ok: false, reason: r.reason };
  const { account: _old, ...rest } = next;
  const updated: RegisterCase = {
    ...rest,
    applicant,
    ...(account ? { account } : {}),
    updatedAt: input.at,
  };
  return {
    ok: true,
    created: false,
    stored: { ...target, case: updated, ...(input.draft ? { draft: input.draft } : {}) },
  };
}

/** True when the result freezes to the case's award as it stands (lines, adjustments, total). */
export function sameAward(c: RegisterCase, result: ScreenResult): boolean {
  const json = (v: unknown) => canonicalJson(v as Json);
  return json(freezeScreening(result)) === json(c.screening);
}
