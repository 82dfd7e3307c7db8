import {
  type FieldError,
  type ScreenResult,
  type Subject,
  type SubjectInput,
  screen,
  validateSubject,
} from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import {
  answerKey,
  type Category,
  chosenItems,
  type Draft,
  type ItemGroup,
  toSubjectInput,
} from './wizard/draft.ts';
import { householdActivities } from './wizard/relevance.ts';

/** The policy pack the app screens against. */
export const PACK = xixiang2023;

const offeredByCategory = new Map<Category, Set<string>>();

/** Whether a household activity is on its category's list in the pack (the rest sit under "其他"). */
export function offeredFor(draft: Pick<Draft, 'kind' | 'category'>): (activityType: string) => boolean {
  if (draft.kind !== 'household' || !draft.category) return () => true;
  const category = draft.category;
  let set = offeredByCategory.get(category);
  if (!set) {
    set = new Set(householdActivities(PACK, category).offered.map((a) => a.type));
    offeredByCategory.set(category, set);
  }
  return (t) => set.has(t);
}

/** An error of the draft, pointing at the answer it came from when there is one. */
export interface DraftError extends FieldError {
  /** the answer key (`activity.pig.head`) or profile field the error is about */
  readonly key: string | null;
}

export type DraftCheck =
  | { ok: true; input: SubjectInput; subject: Subject }
  | { ok: false; input: SubjectInput | null; errors: DraftError[] };

/** Maps an engine path (`activities.0.head`, `labor.wages`) back to the draft's answer key. */
function keyOf(input: SubjectInput, path: string): string | null {
  const [head, second, third] = path.split('.');
  if (head === 'activities' && second !== undefined && third !== undefined) {
    const item = (input.activities as { type: string }[] | undefined)?.[Number(second)];
    if (!item) return null;
    const group: ItemGroup = input.kind === 'household' ? 'activity' : 'project';
    return answerKey(group, item.type, third);
  }
  if ((head === 'labor' || head === 'orders' || head === 'land' || head === 'reviewedSupport') && second) {
    return answerKey('link', head, second);
  }
  if (head === 'name' || head === 'township' || head === 'village') return head;
  return null;
}

/** Validates the draft with the engine's own schema (the edge where input is checked). */
export function validateDraft(draft: Draft): DraftCheck {
  const input = toSubjectInput(draft, offeredFor(draft));
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

/**
 * Screens the draft as it stands. Answers the schema refuses (a letter in a number) are left out
 * of the screen and reported beside their input, so the other lines still follow the typing.
 */
export function screenDraft(draft: Draft, now?: string): DraftScreen {
  const check = validateDraft(draft);
  const asOf = effectiveAsOf(draft, now);
  if (check.ok) return { check, subject: check.subject, result: screen(check.subject, { pack: PACK, asOf }) };
  if (!check.input) return { check, subject: null, result: null };
  const cleaned = withoutErrors(draft, check.errors);
  const second = validateDraft(cleaned);
  if (!second.ok) return { check, subject: null, result: null };
  return { check, subject: second.subject, result: screen(second.subject, { pack: PACK, asOf }) };
}

function withoutErrors(draft: Draft, errors: readonly DraftError[]): Draft {
  const answers = { ...draft.answers };
  for (const e of errors) if (e.key && e.key in answers) answers[e.key] = '';
  const profile: Partial<Record<'name' | 'township' | 'village', string>> = {};
  for (const e of errors)
    if (e.key === 'name' || e.key === 'township' || e.key === 'village') profile[e.key] = '';
  return { ...draft, ...profile, answers };
}

export { chosenItems };
