import {
  type FieldError,
  type ScreenResult,
  type Subject,
  type SubjectInput,
  screen,
  validateSubject,
} from '@huinong/benefits';
import { lprSeries, xixiang2023 } from '@huinong/policy-data';
import {
  answerKey,
  chosenItems,
  type Draft,
  type ItemGroup,
  memberKey,
  type Offer,
  toSubjectInput,
  ZERO_EMPLOYMENT_KEY,
} from './wizard/draft.ts';
import { householdActivities, memberSectionsFor, zeroEmploymentMatters } from './wizard/relevance.ts';

/** The policy pack the app screens against. */
export const PACK = xixiang2023;

const offers = new Map<string, Offer>();

/**
 * What the pack offers this applicant: the activities on its category's list (the rest sit under
 * "其他"), the member sections some standard reads, and whether "零就业" matters.
 */
export function offerFor(draft: Pick<Draft, 'kind' | 'category' | 'monitoredType'>): Offer {
  const key = `${draft.kind}/${draft.category}/${draft.monitoredType}`;
  let offer = offers.get(key);
  if (!offer) {
    if (draft.kind !== 'household' || !draft.category) {
      offer = { activity: () => true, memberSection: () => false, zeroEmployment: false };
    } else {
      const activities = new Set(householdActivities(PACK, draft.category).offered.map((a) => a.type));
      const sections = new Set(
        memberSectionsFor(PACK, draft.category, draft.monitoredType).map((s) => s.type),
      );
      offer = {
        activity: (t) => activities.has(t),
        memberSection: (s) => sections.has(s),
        zeroEmployment: zeroEmploymentMatters(PACK, draft.category, draft.monitoredType),
      };
    }
    offers.set(key, offer);
  }
  return offer;
}

/** Whether a household activity is on its category's list in the pack. */
export function offeredFor(
  draft: Pick<Draft, 'kind' | 'category' | 'monitoredType'>,
): (type: string) => boolean {
  return offerFor(draft).activity;
}

/** An error of the draft, pointing at the answer it came from when there is one. */
export interface DraftError extends FieldError {
  /** the answer key (`activity.pig.head`, `member.m1.loans.principal`) or profile field */
  readonly key: string | null;
}

export type DraftCheck =
  | { ok: true; input: SubjectInput; subject: Subject }
  | { ok: false; input: SubjectInput | null; errors: DraftError[] };

const LOAN_FIELD: Record<string, string> = { date: 'repaidOn', amount: 'principal' };

/** Maps an engine path (`activities.0.head`, `members.0.workTrips.0.place.city`) back to the draft. */
function keyOf(input: SubjectInput, path: string): string | null {
  const [head, second, third, fourth, fifth, sixth] = path.split('.');
  if (head === 'activities' && second !== undefined && third !== undefined) {
    const item = (input.activities as { type: string }[] | undefined)?.[Number(second)];
    if (!item) return null;
    const group: ItemGroup = input.kind === 'household' ? 'activity' : 'project';
    return answerKey(group, item.type, third);
  }
  if ((head === 'labor' || head === 'orders' || head === 'land' || head === 'reviewedSupport') && second) {
    return answerKey('link', head, second);
  }
  if (head === 'members' && second !== undefined && input.kind === 'household') {
    const member = (input.members as { id: string }[] | undefined)?.[Number(second)];
    if (!member || !third) return null;
    if (third === 'travelGrantsReceived') return memberKey(member.id, 'workTrips', third);
    if (third === 'student' || third === 'publicPost')
      return fourth ? memberKey(member.id, third, fourth) : null;
    if (third === 'workTrips' || third === 'loans' || third === 'mutualFundLoans') {
      // members.0.loans.0.events.0.date → the repayment date; workTrips.0.place.city → the place
      const field = fifth;
      if (fourth === undefined || field === undefined) return null;
      if (field === 'events') return memberKey(member.id, third, LOAN_FIELD[sixth ?? ''] ?? 'repaidOn');
      return memberKey(member.id, third, field);
    }
  }
  if (head === 'zeroEmployment') return ZERO_EMPLOYMENT_KEY;
  if (head === 'name' || head === 'township' || head === 'village') return head;
  return null;
}

/** Validates the draft with the engine's own schema (the edge where input is checked). */
export function validateDraft(draft: Draft): DraftCheck {
  const input = toSubjectInput(draft, offerFor(draft));
  if (!input) return { ok: false, input: null, errors: [] };
  const v = validateSubject(input);
  if (v.ok) return { ok: true, input, subject: v.value };
  return { ok: false, input, errors: v.errors.map((e) => ({ ...e, key: keyOf(input, e.path) })) };
}

/** Today's date (local), as ISO. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The as-of date: the draft's, or today held within the pack's year. */
export function effectiveAsOf(draft: Pick<Draft, 'asOf'>, now: string = today()): string {
  if (draft.asOf) return draft.asOf;
  if (now < PACK.dates.from) return PACK.dates.from;
  if (now > PACK.dates.to) return PACK.dates.to;
  return now;
}

export interface DraftScreen {
  readonly check: DraftCheck;
  /** null until the applicant (and a household's category) is known */
  readonly result: ScreenResult | null;
  /** the subject that was screened (malformed answers left out) */
  readonly subject: Subject | null;
}

/** Removes what the errors point at: the field first, then (if the schema needs it) its container. */
function prune(input: unknown, paths: readonly string[], up: number): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  const GONE = Symbol('gone');
  for (const path of paths) {
    const keys = path.split('.');
    const cut = keys.slice(0, Math.max(1, keys.length - up));
    let parent: unknown = copy;
    for (const k of cut.slice(0, -1)) parent = (parent as Record<string, unknown> | undefined)?.[k];
    const last = cut.at(-1) as string;
    if (Array.isArray(parent)) parent[Number(last)] = GONE;
    else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[last];
  }
  const compact = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.filter((x) => x !== GONE).map(compact);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, compact(x)]));
    return v;
  };
  return compact(copy);
}

/**
 * Screens the draft as it stands. Answers the schema refuses (a letter in a number, a loan without
 * its date) are reported beside their input and left out of the screen — the field, or if need be
 * the part it belongs to — so that every other line still follows the typing.
 */
export function screenDraft(draft: Draft, now?: string): DraftScreen {
  const check = validateDraft(draft);
  const asOf = effectiveAsOf(draft, now);
  const run = (subject: Subject) => screen(subject, { pack: PACK, asOf, lpr: lprSeries });
  if (check.ok) return { check, subject: check.subject, result: run(check.subject) };
  if (!check.input) return { check, subject: null, result: null };
  let input: unknown = check.input;
  let errors = check.errors.map((e) => e.path);
  for (let up = 0; up < 4 && errors.length > 0; up++) {
    input = prune(input, errors, up);
    const v = validateSubject(input);
    if (v.ok) return { check, subject: v.value, result: run(v.value) };
    errors = v.errors.map((e) => e.path);
  }
  return { check, subject: null, result: null };
}

export { chosenItems };
