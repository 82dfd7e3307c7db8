import { type PolicyPack, readDecimal, type SubjectInput } from '@huinong/benefits';
import type { Bilingual } from '../i18n/i18n.tsx';
import { messages } from '../i18n/messages.ts';
import {
  activityItems,
  type FieldSpec,
  type ItemSpec,
  LINKS,
  MEMBER_SECTIONS,
  OTHER_ACTIVITY,
  REVIEWED_SUPPORT,
} from './questions.ts';

export type ApplicantKind = 'household' | 'collective' | 'operator';
export type Category = 'poverty-alleviated' | 'monitored' | 'ordinary';
export type MonitoredType = 'unstable' | 'marginal' | 'sudden-hardship';
export type OperatorType = 'cooperative' | 'family-farm' | 'enterprise';
export type ItemGroup = 'activity' | 'project' | 'link';

/** A member of the household and the sections that apply to them (student, workTrips, …). */
export interface DraftMember {
  readonly id: string;
  readonly sections: readonly string[];
}

/**
 * Everything the applicant has answered, JSON-safe (strings only), kept whole when they go back,
 * change their mind or reload: answers to questions no longer shown stay, unused, until the
 * draft is cleared. This is the wizard machine's context.
 */
export interface Draft {
  readonly kind: ApplicantKind | null;
  readonly category: Category | null;
  readonly monitoredType: MonitoredType | null;
  readonly operatorType: OperatorType | null;
  readonly name: string;
  readonly township: string;
  readonly village: string;
  /** the date the screen is made on (ISO); empty means "today, within the pack's year" */
  readonly asOf: string;
  /** household activities chosen (activity types) */
  readonly activities: readonly string[];
  /** a household also lists activities outside its category's list ("其他生产经营活动") */
  readonly otherActivities: boolean;
  /** collective / operator projects chosen (project types) */
  readonly projects: readonly string[];
  /** operator linking sections chosen (labor, orders, land) */
  readonly links: readonly string[];
  /** household members (五(一)1–2, 五(三)), in the order they were added */
  readonly members: readonly DraftMember[];
  /** the number of members ever added: new members get fresh ids, never a removed one's answers */
  readonly memberSeq: number;
  /** answers by `${group}.${type}.${field}`; yes/no answers are "yes" / "no" */
  readonly answers: Readonly<Record<string, string>>;
  /**
   * The instances of a repeatable activity or project (two batches of cattle bought on two dates),
   * by type, in order: each instance's answers are kept under its key (`activity.KEY.head`). The
   * first instance's key is the type itself, so that a draft from before there were instances
   * keeps its answers where they were; a type with no entry here has that one instance.
   */
  readonly instances: Readonly<Record<string, readonly string[]>>;
  /** the number of instances ever added: a new one gets a fresh key, never a removed one's answers */
  readonly instanceSeq: number;
}

export { EMPTY_DRAFT } from './empty-draft.ts';

export function answerKey(group: ItemGroup, type: string, field: string): string {
  return `${group}.${type}.${field}`;
}

/** The keys of the instances of this type, in order: the type itself until another is added. */
export function instancesOf(draft: Pick<Draft, 'instances'>, type: string): readonly string[] {
  const keys = draft.instances[type];
  return keys && keys.length > 0 ? keys : [type];
}

/** The key the next instance of this type will get (`TYPE~N`: a type never holds a "~"). */
export function nextInstanceKey(draft: Pick<Draft, 'instanceSeq'>, type: string): string {
  return `${type}~${draft.instanceSeq + 1}`;
}

/** Whether `key` can be an instance of `type` (what a draft read back from storage may hold). */
export function isInstanceKey(type: string, key: string): boolean {
  return key === type || (key.startsWith(`${type}~`) && /^\d+$/.test(key.slice(type.length + 1)));
}

/**
 * "能繁母牛（第2批）" / "Breeding cows (batch 2)": one of several instances, numbered by its place.
 * A household's activity comes in batches (批), a collective's or operator's project is counted.
 */
export function numbered(label: Bilingual, n: number, group: ItemGroup): Bilingual {
  const m = messages[group === 'activity' ? 'details.batch' : 'details.instance'];
  const fill = (template: string, text: string) =>
    template.replace('{label}', () => text).replace('{n}', () => String(n));
  return { zh: fill(m.zh, label.zh), en: fill(m.en, label.en) };
}

/** `member.m1.workTrips.from` */
export function memberKey(memberId: string, section: string, field: string): string {
  return `member.${memberId}.${section}.${field}`;
}

/** The household-level answer deciding 公益性岗位 for 边缘易致贫户. */
export const ZERO_EMPLOYMENT_KEY = 'household.zeroEmployment';

/** `fact.riskStatus`: the answer to one of the pack's facts about the applicant itself. */
export function factKey(key: string): string {
  return `fact.${key}`;
}

/** What the pack offers this applicant (see `offerFor` in engine.ts). */
export interface Offer {
  /** the activities the pack declares for this kind of applicant, in the pack's order */
  readonly items: readonly ItemSpec[];
  /** a household activity on its category's list (the rest count only while "其他" is open) */
  readonly activity: (type: string) => boolean;
  /** a member section some standard for this household reads */
  readonly memberSection: (section: string) => boolean;
  /** whether the "零就业" question can change the result */
  readonly zeroEmployment: boolean;
  /** the pack's facts about the applicant that some standard or limit reads */
  readonly facts: readonly FieldSpec[];
}

/** Everything the pack declares for this kind of applicant, asked or not (for tests and tools). */
export function offerAll(pack: PolicyPack, kind: ApplicantKind): Offer {
  return {
    items: activityItems(pack, kind),
    activity: () => true,
    memberSection: () => true,
    zeroEmployment: true,
    facts: [],
  };
}

/** One item chosen, as the wizard asks it and the engine is given it. */
export interface ChosenItem {
  readonly group: ItemGroup;
  /**
   * the item; for an instance of a repeatable one, its `type` is the instance's key (its answers'
   * and its activity's id) and, when there are several, its label is numbered ("（第2批）")
   */
  readonly item: ItemSpec;
  /** the activity / project type */
  readonly type: string;
  /** the instance's place among those of its type (1, 2, …) and how many there are */
  readonly n: number;
  readonly count: number;
}

function instancesOfItem(draft: Draft, group: ItemGroup, item: ItemSpec): ChosenItem[] {
  if (!item.repeatable || group === 'link') return [{ group, item, type: item.type, n: 1, count: 1 }];
  const keys = instancesOf(draft, item.type);
  const count = keys.length;
  return keys.map((key, i) => ({
    group,
    item:
      count === 1 && key === item.type
        ? item
        : {
            ...item,
            type: key,
            instanceOf: item.type,
            ...(count > 1 ? { label: numbered(item.label, i + 1, group) } : {}),
          },
    type: item.type,
    n: i + 1,
    count,
  }));
}

/**
 * The items chosen for the applicant, in the pack's order, each instance of a repeatable one in
 * its own place. `offer.activity` tells which household activities its category's list holds;
 * the others count only while "其他" is open.
 */
export function chosenItems(draft: Draft, offer: Offer): ChosenItem[] {
  const pick = (group: ItemGroup, list: readonly ItemSpec[], chosen: readonly string[]) =>
    list.filter((i) => chosen.includes(i.type)).flatMap((item) => instancesOfItem(draft, group, item));
  switch (draft.kind) {
    case 'household':
      return pick(
        'activity',
        [...offer.items, OTHER_ACTIVITY],
        draft.activities.filter((t) => (t !== 'other' && offer.activity(t)) || draft.otherActivities),
      );
    case 'collective':
      return [
        ...pick('project', offer.items, draft.projects),
        ...pick('link', [REVIEWED_SUPPORT], draft.links),
      ];
    case 'operator':
      return [...pick('project', offer.items, draft.projects), ...pick('link', LINKS, draft.links)];
    default:
      return [];
  }
}

/** "85" (percent) → "0.85" (rate), by moving the decimal point: no binary float involved. */
export function percentToRate(percent: string): string {
  const s = percent.trim();
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return s;
  const digits = `${m[1]}${m[2] ?? ''}`;
  const point = (m[1] ?? '').length - 2;
  const padded = point <= 0 ? `${'0'.repeat(1 - point)}${digits}` : digits;
  const at = point <= 0 ? 1 : point;
  const int = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const frac = padded.slice(at).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/**
 * A number as typed, the way the engine reads it: full-width digits from a Chinese keyboard
 * (「１２」 = 12) and thousands groupings ("3,000" = 3000) read by the engine's `readDecimal`; what
 * it cannot read is passed on as typed, for the schema to refuse at its field.
 */
export function typedNumber(raw: string): string {
  const r = readDecimal(raw);
  return r.ok ? r.value : raw.trim();
}

const NUMERIC = new Set(['number', 'count', 'percent']);

/** Answers as the engine reads them: yes/no as booleans, a percentage as a rate, the rest trimmed. */
function valuesOf(
  draft: Draft,
  fields: readonly FieldSpec[],
  keyOf: (f: FieldSpec) => string,
): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const f of fields) {
    const raw = draft.answers[keyOf(f)];
    if (raw === undefined || raw.trim() === '') continue;
    if (f.kind === 'yesno') out[f.name] = raw === 'yes';
    else if (f.kind === 'percent') out[f.name] = percentToRate(typedNumber(raw));
    else if (NUMERIC.has(f.kind)) out[f.name] = typedNumber(raw);
    else out[f.name] = raw.trim();
  }
  return out;
}

function fieldsOf(draft: Draft, group: ItemGroup, item: ItemSpec): Record<string, string | boolean> {
  return valuesOf(draft, item.fields, (f) => answerKey(group, item.type, f.name));
}

/**
 * The draft as the engine's input (validated by `validateSubject` before it is screened). Only the
 * items chosen for the current applicant are included; other answers stay in the draft.
 * Returns null until the applicant (and a household's category) is known.
 */
export function toSubjectInput(draft: Draft, offer: Offer): SubjectInput | null {
  const facts = valuesOf(draft, offer.facts, (f) => factKey(f.name));
  const place = {
    ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
    ...(draft.township.trim() ? { township: draft.township.trim() } : {}),
    ...(draft.village.trim() ? { village: draft.village.trim() } : {}),
    ...(Object.keys(facts).length > 0 ? { facts } : {}),
  };
  const items = chosenItems(draft, offer);
  switch (draft.kind) {
    case 'household': {
      if (!draft.category) return null;
      // each instance is its own activity, its id the key of its answers (errors map back by it)
      const activities = items.map(({ group, item, type }) => ({
        type,
        id: item.type,
        ...fieldsOf(draft, group, item),
      }));
      return {
        kind: 'household',
        id: 'draft',
        ...place,
        category: draft.category,
        ...(draft.category === 'monitored' && draft.monitoredType
          ? { monitoredType: draft.monitoredType }
          : {}),
        ...(offer.zeroEmployment && draft.answers[ZERO_EMPLOYMENT_KEY]
          ? { zeroEmployment: draft.answers[ZERO_EMPLOYMENT_KEY] === 'yes' }
          : {}),
        members: draft.members.map((m) => memberInput(draft, m, offer)),
        activities,
      } as SubjectInput;
    }
    case 'collective': {
      const activities = items
        .filter((i) => i.group === 'project')
        .map(({ group, item, type }) => ({ type, id: item.type, ...fieldsOf(draft, group, item) }));
      const review = items.find((i) => i.item.type === 'reviewedSupport');
      const reviewed = review ? fieldsOf(draft, 'link', review.item) : {};
      return {
        kind: 'collective',
        id: 'draft',
        ...place,
        activities,
        ...(typeof reviewed.amount === 'string'
          ? {
              reviewedSupport: {
                amount: reviewed.amount,
                ...(typeof reviewed.reference === 'string' ? { reference: reviewed.reference } : {}),
              },
            }
          : {}),
      } as SubjectInput;
    }
    case 'operator': {
      const activities = items
        .filter((i) => i.group === 'project')
        .map(({ group, item, type }) => ({ type, id: item.type, ...fieldsOf(draft, group, item) }));
      const sections: Record<string, Record<string, string | boolean>> = {};
      for (const { group, item } of items)
        if (group === 'link') sections[item.type] = fieldsOf(draft, group, item);
      return {
        kind: 'operator',
        id: 'draft',
        ...place,
        ...(draft.operatorType ? { operatorType: draft.operatorType } : {}),
        activities,
        ...sections,
      } as SubjectInput;
    }
    default:
      return null;
  }
}

function memberValues(draft: Draft, m: DraftMember, section: ItemSpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of section.fields) {
    const raw = draft.answers[memberKey(m.id, section.type, f.name)];
    if (raw !== undefined && raw.trim() !== '')
      out[f.name] = NUMERIC.has(f.kind) ? typedNumber(raw) : raw.trim();
  }
  return out;
}

/** Whole numbers stay numbers where the schema wants a number (a loan's term in months). */
const wholeNumber = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : s);

/** One member as the engine's input: only the sections chosen and offered. */
export function memberInput(draft: Draft, m: DraftMember, offer: Offer): Record<string, unknown> {
  const name = draft.answers[memberKey(m.id, 'person', 'name')]?.trim();
  const out: Record<string, unknown> = { id: m.id, ...(name ? { name } : {}) };
  for (const section of MEMBER_SECTIONS) {
    if (!m.sections.includes(section.type) || !offer.memberSection(section.type)) continue;
    const v = memberValues(draft, m, section);
    const yes = (k: string) => (v[k] === undefined ? {} : { [k]: v[k] === 'yes' });
    switch (section.type) {
      case 'student':
        out.student = {
          ...(v.schoolType ? { schoolType: v.schoolType } : {}),
          enrolled: v.enrolled === 'yes',
        };
        break;
      case 'workTrips': {
        const place = v.place ? (JSON.parse(v.place) as Record<string, string>) : {};
        out.workTrips = [
          { id: `${m.id}-trip`, ...(v.from ? { from: v.from } : {}), ...(v.to ? { to: v.to } : {}), place },
        ];
        if (v.travelGrantsReceived) out.travelGrantsReceived = v.travelGrantsReceived;
        break;
      }
      case 'publicPost':
        out.publicPost = v.months ? { months: v.months } : {};
        break;
      case 'loans':
        out.loans = [
          {
            id: `${m.id}-loan`,
            ...(v.purpose ? { purpose: v.purpose } : {}),
            ...(v.principal ? { principal: v.principal } : {}),
            ...(v.disbursedOn ? { disbursedOn: v.disbursedOn } : {}),
            ...(v.termMonths ? { termMonths: wholeNumber(v.termMonths) } : {}),
            events:
              v.repaidOn && v.principal ? [{ type: 'repayment', date: v.repaidOn, amount: v.principal }] : [],
          },
        ];
        break;
      case 'mutualFundLoans':
        out.mutualFundLoans = [
          {
            id: `${m.id}-fund`,
            ...yes('isMember'),
            ...(v.purpose ? { purpose: v.purpose } : {}),
            ...(v.feePaid ? { feePaid: v.feePaid } : {}),
          },
        ];
        break;
    }
  }
  return out;
}
