import {
  asOfProblem,
  defaultAsOf,
  type FieldError,
  type PolicyPack,
  plausibilityWarnings,
  type ScreenResult,
  type Subject,
  type SubjectInput,
  screen,
  type Text,
  validateSubject,
} from '@huinong/benefits';
import { lprSeries } from '@huinong/policy-data';
import {
  answerKey,
  chosenItems,
  type Draft,
  factKey,
  type ItemGroup,
  memberKey,
  numbered,
  type Offer,
  offerAll,
  toSubjectInput,
  ZERO_EMPLOYMENT_KEY,
} from './wizard/draft.ts';
import { activityItems, MEMBER_SECTIONS } from './wizard/questions.ts';

const memberSectionSpec = (type: string) => MEMBER_SECTIONS.find((m) => m.type === type);

import {
  factsFor,
  householdActivities,
  memberSectionsFor,
  zeroEmploymentMatters,
} from './wizard/relevance.ts';

const offers = new WeakMap<PolicyPack, Map<string, Offer>>();

/**
 * What the pack offers this applicant: the activities it declares for this kind, those on a
 * household category's list (the rest sit under "其他"), the member sections some standard
 * reads, whether "零就业" matters, and the facts about the applicant some standard reads.
 */
export function offerFor(pack: PolicyPack, draft: Pick<Draft, 'kind' | 'category' | 'monitoredType'>): Offer {
  let byDraft = offers.get(pack);
  if (!byDraft) {
    byDraft = new Map();
    offers.set(pack, byDraft);
  }
  const key = `${draft.kind}/${draft.category}/${draft.monitoredType}`;
  let offer = byDraft.get(key);
  if (!offer) {
    if (!draft.kind) {
      offer = { ...offerAll(pack, 'household'), memberSection: () => false, zeroEmployment: false };
    } else if (draft.kind !== 'household' || !draft.category) {
      offer = {
        items: activityItems(pack, draft.kind),
        activity: () => true,
        memberSection: () => false,
        zeroEmployment: false,
        facts: factsFor(pack, draft.kind, draft.category, draft.monitoredType),
      };
    } else {
      const activities = new Set(householdActivities(pack, draft.category).offered.map((a) => a.type));
      const sections = new Set(
        memberSectionsFor(pack, draft.category, draft.monitoredType).map((s) => s.type),
      );
      offer = {
        items: activityItems(pack, 'household'),
        activity: (t) => activities.has(t),
        memberSection: (s) => sections.has(s),
        zeroEmployment: zeroEmploymentMatters(pack, draft.category, draft.monitoredType),
        facts: factsFor(pack, 'household', draft.category, draft.monitoredType),
      };
    }
    byDraft.set(key, offer);
  }
  return offer;
}

/** An error of the draft, pointing at the answer it came from when there is one. */
export interface DraftError extends FieldError {
  /** the answer key (`activity.<type>.<field>`, `fact.<key>`, `member.m1.loans.principal`) or profile field */
  readonly key: string | null;
}

export type DraftCheck =
  | { ok: true; input: SubjectInput; subject: Subject }
  | { ok: false; input: SubjectInput | null; errors: DraftError[] };

const LOAN_FIELD: Record<string, string> = { date: 'repaidOn', amount: 'principal' };

/**
 * Maps an engine path (`activities.0.head`, `members.0.workTrips.0.place.city`) back to the draft,
 * by the input (or the subject) that the path indexes.
 */
function keyOf(input: SubjectInput | Subject, path: string): string | null {
  const [head, second, third, fourth, fifth, sixth] = path.split('.');
  if (head === 'activities' && second !== undefined && third !== undefined) {
    const item = (input.activities as { type: string; id?: string }[] | undefined)?.[Number(second)];
    if (!item) return null;
    const group: ItemGroup = input.kind === 'household' ? 'activity' : 'project';
    // the draft's activities are given the key of their answers as id (an instance's own)
    return answerKey(group, item.id ?? item.type, third);
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
  if (head === 'facts' && second) return factKey(second);
  if (head === 'name' || head === 'township' || head === 'village') return head;
  return null;
}

/** Validates the draft with the pack's own input schema (the edge where input is checked). */
export function validateDraft(pack: PolicyPack, draft: Draft): DraftCheck {
  const input = toSubjectInput(draft, offerFor(pack, draft));
  if (!input) return { ok: false, input: null, errors: [] };
  const v = validateSubject(input, pack);
  if (v.ok) return { ok: true, input, subject: v.value };
  return { ok: false, input, errors: v.errors.map((e) => ({ ...e, key: keyOf(input, e.path) })) };
}

/** Today's date (local), as ISO. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The as-of date: the draft's, or today held within the pack's period (`defaultAsOf`). */
export function effectiveAsOf(
  pack: Pick<PolicyPack, 'dates'>,
  draft: Pick<Draft, 'asOf'>,
  now: string = today(),
): string {
  return draft.asOf || defaultAsOf(pack, now);
}

export interface DraftScreen {
  readonly check: DraftCheck;
  /** null until the applicant (and a household's category) is known, or for a date outside the plan */
  readonly result: ScreenResult | null;
  /** the subject that was screened (malformed answers left out) */
  readonly subject: Subject | null;
  /** the as-of date is outside the plan's period: the pack does not decide it (shown at the date) */
  readonly asOfProblem: Text | null;
  /**
   * values above the pack's `range.plausible` (200 head of pigs in 西乡 2023): screened as they
   * are, and flagged at their field with the pack's limit, to be checked before paying
   */
  readonly warnings: readonly DraftError[];
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
export function screenDraft(pack: PolicyPack, draft: Draft, now?: string): DraftScreen {
  const check = validateDraft(pack, draft);
  const asOf = effectiveAsOf(pack, draft, now);
  const problem = asOfProblem(pack, asOf);
  const done = (subject: Subject | null): DraftScreen => ({
    check,
    subject,
    asOfProblem: problem,
    result: subject && !problem ? screen(subject, { pack, asOf, lpr: lprSeries }) : null,
    warnings:
      subject && check.input
        ? plausibilityWarnings(subject, pack).map((w) => ({
            path: w.path,
            field: w.field,
            message: w.message,
            // the path indexes the subject screened, which may have lost a refused activity
            key: keyOf(subject, w.path),
          }))
        : [],
  });
  if (check.ok) return done(check.subject);
  if (!check.input) return done(null);
  let input: unknown = check.input;
  let errors = check.errors.map((e) => e.path);
  for (let up = 0; up < 4 && errors.length > 0; up++) {
    input = prune(input, errors, up);
    const v = validateSubject(input, pack);
    if (v.ok) return done(v.value);
    errors = v.errors.map((e) => e.path);
  }
  return done(null);
}

export { chosenItems };

/**
 * The result as the page shows it: when a repeatable activity is declared more than once, each
 * of its lines is titled with the instance's number ("…（第2批）"), counted in the order the
 * activities were given — the wizard's order, so the same number as on its details step — so that
 * two batches read as two lines. The engine's result is left as it is (the register compares it).
 */
export function numberedResult(
  result: ScreenResult,
  input: { readonly kind: string; readonly activities?: readonly unknown[] | undefined } | null,
): ScreenResult {
  const title = lineTitles(input);
  if (!title) return result;
  return {
    ...result,
    lines: result.lines.map((l) => {
      const t = title(l);
      return t === l.title ? l : { ...l, title: t };
    }),
  };
}

/**
 * A line's title with its instance's number when its activity type was declared more than once,
 * or null when none was (then every title is the engine's). Used by the results and the register's
 * forms, so that a batch has the same number everywhere.
 */
export function lineTitles(
  input: { readonly kind: string; readonly activities?: readonly unknown[] | undefined } | null,
):
  | ((line: {
      readonly title: Text;
      readonly ref: { readonly kind: string; readonly id: string } | null;
    }) => Text)
  | null {
  const activities = (input?.activities ?? []) as readonly { type: string; id?: string }[];
  const group: ItemGroup = input?.kind === 'household' ? 'activity' : 'project';
  const count = new Map<string, number>();
  for (const a of activities) count.set(a.type, (count.get(a.type) ?? 0) + 1);
  const numbers = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const a of activities) {
    const n = (seen.get(a.type) ?? 0) + 1;
    seen.set(a.type, n);
    if ((count.get(a.type) ?? 0) > 1 && a.id) numbers.set(a.id, n);
  }
  if (numbers.size === 0) return null;
  return (l) => {
    const n = l.ref?.kind === 'activity' ? numbers.get(l.ref.id) : undefined;
    return n ? numbered(l.title, n, group) : l.title;
  };
}

/** The wizard step where the answer of a key is asked (what an error links to from the review). */
export function stepOfKey(
  key: string | null,
  kind: Draft['kind'],
): 'category' | 'projects' | 'details' | 'members' | 'review' {
  if (!key) return 'review';
  if (key.startsWith('activity.') || key.startsWith('project.') || key.startsWith('link.')) return 'details';
  if (key.startsWith('member.') || key === ZERO_EMPLOYMENT_KEY) return 'members';
  if (key.startsWith('fact.')) return kind === 'household' ? 'category' : 'projects';
  return 'review';
}

/** The errors of the answers asked on this step: while there are any, 下一步 does not move on. */
export function errorsOfStep(errors: readonly DraftError[], step: string, kind: Draft['kind']): DraftError[] {
  return errors.filter((e) => e.key !== null && stepOfKey(e.key, kind) === step);
}

/**
 * An error in words, as the person saw the question: the item and the question's label
 * ("当年种植 · 面积（亩）", "成员 1 · 跨县务工 · 外出务工开始日期"), never the engine's path.
 */
export function errorWords(pack: PolicyPack, draft: Draft, error: DraftError): Text {
  const key = error.key;
  if (!key) return error.field;
  const parts = key.split('.');
  const join = (...ts: (Text | undefined)[]): Text => {
    const xs = ts.filter((t): t is Text => t !== undefined);
    return { zh: xs.map((t) => t.zh).join(' · '), en: xs.map((t) => t.en).join(' · ') };
  };
  const withUnit = (f: { label: Text; unit?: Text } | undefined): Text | undefined =>
    f && {
      zh: f.unit ? `${f.label.zh}（${f.unit.zh}）` : f.label.zh,
      en: f.unit ? `${f.label.en} (${f.unit.en})` : f.label.en,
    };
  const [group, type, field] = parts;
  if (group === 'activity' || group === 'project' || group === 'link') {
    const item = chosenItems(draft, offerFor(pack, draft)).find((i) => i.item.type === type)?.item;
    return item ? join(item.label, withUnit(item.fields.find((f) => f.name === field))) : error.field;
  }
  if (group === 'member') {
    const [, id, section, name] = parts;
    const index = draft.members.findIndex((m) => m.id === id);
    const person = draft.answers[memberKey(id ?? '', 'person', 'name')]?.trim();
    const who: Text = {
      zh: `成员 ${index + 1}${person ? `（${person}）` : ''}`,
      en: `member ${index + 1}${person ? ` (${person})` : ''}`,
    };
    const sec = memberSectionSpec(section ?? '');
    return join(who, sec?.label, withUnit(sec?.fields.find((f) => f.name === name)));
  }
  if (group === 'fact') {
    const f = offerFor(pack, draft).facts.find((x) => x.name === type);
    return f ? f.label : error.field;
  }
  return error.field;
}
