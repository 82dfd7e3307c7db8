import type { PolicyPack } from '@huinong/benefits';
import type { ApplicantKind, Category, MonitoredType } from './draft.ts';
import {
  activityItems,
  type FieldSpec,
  fieldSpec,
  type ItemSpec,
  LINKS,
  MEMBER_SECTIONS,
  REVIEWED_SUPPORT,
} from './questions.ts';

type Standard = PolicyPack['standards'][number];

/**
 * Which questions can change the result, read from the policy pack: a standard that may apply to
 * this applicant names the activities it reads (its source) and the fields its conditions and
 * award read. Everything else is not asked. These are pure functions.
 */

function appliesTo(s: Standard, kind: ApplicantKind, category: Category | null): boolean {
  if (!s.subject.kinds.includes(kind)) return false;
  if (kind !== 'household') return true;
  if (!category) return false;
  const also = s.subject.alsoGroups?.some((g) => g.category === category) ?? false;
  return !s.subject.categories || s.subject.categories.includes(category) || also;
}

/** the last segment of a dotted path: "labor.wages" → "wages" */
const leaf = (path: string) => path.split('.').at(-1) ?? path;

function fieldsRead(s: Standard): string[] {
  const out = s.conditions.flatMap((c) =>
    c.kind === 'min-ratio'
      ? [c.field, c.per]
      : c.kind === 'min-difference'
        ? [c.field, c.minus]
        : c.kind === 'min-months' && c.until
          ? [c.field, c.until]
          : [c.field],
  );
  const a = s.award;
  if (a.kind === 'per-unit') out.push(a.quantity);
  if (a.kind === 'share') {
    out.push(a.base);
    if (a.minus) out.push(a.minus);
    if (a.ceiling) out.push(a.ceiling.per);
  }
  if (a.kind === 'reviewed' || a.kind === 'fee-reimbursement') out.push(a.field);
  return out.map(leaf);
}

function activityTypes(s: Standard): readonly string[] {
  return s.source.kind === 'activity' ? s.source.types : [];
}

/** The standards of the pack that may apply to this applicant. */
export function standardsFor(pack: PolicyPack, kind: ApplicantKind, category: Category | null): Standard[] {
  return pack.standards.filter((s) => appliesTo(s, kind, category));
}

/**
 * A household's activities: those its category's standards cover (`offered`), and the others it
 * may still list under "其他" (`others`), for which the screen says the plan has no standard.
 */
export function householdActivities(
  pack: PolicyPack,
  category: Category,
): { offered: ItemSpec[]; others: ItemSpec[] } {
  const covered = new Set(standardsFor(pack, 'household', category).flatMap(activityTypes));
  const all = activityItems(pack, 'household');
  return {
    offered: all.filter((a) => covered.has(a.type)),
    others: all.filter((a) => !covered.has(a.type)),
  };
}

/** Projects of collectives and operators that some standard of the pack pays for. */
export function projectsFor(pack: PolicyPack, kind: 'collective' | 'operator'): ItemSpec[] {
  const covered = new Set(standardsFor(pack, kind, null).flatMap(activityTypes));
  return activityItems(pack, kind).filter((p) => covered.has(p.type));
}

/** The subject-level sections (劳务用工, 订单收购, 土地流转; 县级评审) that some standard reads. */
export function sectionsFor(pack: PolicyPack, kind: 'collective' | 'operator'): ItemSpec[] {
  const read = new Set(
    standardsFor(pack, kind, null).flatMap((s) => {
      if (s.source.kind === 'subject' && s.source.field) return [leaf(s.source.field)];
      if (s.award.kind === 'reviewed') return [s.award.field.split('.')[0] ?? ''];
      return [];
    }),
  );
  return [...LINKS, REVIEWED_SUPPORT].filter((l) => read.has(l.type));
}

/**
 * The fields of one item that some applicable standard reads; an item no applicable standard
 * reads (an activity outside the category's list) asks nothing.
 */
export function relevantFields(
  pack: PolicyPack,
  kind: ApplicantKind,
  category: Category | null,
  item: ItemSpec,
): ItemSpec['fields'] {
  // an instance of a repeatable activity is asked what its type is asked
  const type = item.instanceOf ?? item.type;
  if (type === 'other') return item.fields;
  const standards = standardsFor(pack, kind, category).filter((s) =>
    s.source.kind === 'activity'
      ? s.source.types.includes(type)
      : s.source.kind === 'subject' &&
        ((s.source.field !== undefined && leaf(s.source.field) === type) ||
          (s.award.kind === 'reviewed' && s.award.field.startsWith(`${type}.`))),
  );
  const read = new Set(standards.flatMap(fieldsRead));
  return item.fields.filter(
    (f) => read.has(f.name) || (type === 'reviewedSupport' && f.name === 'reference'),
  );
}

function groupMatches(
  g: NonNullable<Standard['subject']['alsoGroups']>[number],
  category: Category,
  monitoredType: MonitoredType | null,
): boolean {
  return (
    g.category === category &&
    (g.monitoredTypes === undefined || (monitoredType !== null && g.monitoredTypes.includes(monitoredType)))
  );
}

/** The household standards read from members, for this category (and 监测对象 sub-type). */
function memberStandards(
  pack: PolicyPack,
  category: Category,
  monitoredType: MonitoredType | null,
): Standard[] {
  return pack.standards.filter(
    (s) =>
      s.source.kind === 'member' &&
      s.subject.kinds.includes('household') &&
      ((s.subject.categories?.includes(category) ?? true) ||
        (s.subject.alsoGroups ?? []).some((g) => groupMatches(g, category, monitoredType))),
  );
}

/**
 * What to ask about each member: the sections (student, workTrips, publicPost, loans,
 * mutualFundLoans) that some standard for this household reads — and those of a member standard
 * for other households whose reading of who is covered the pack explains in a note, so that the
 * household is asked and told the plan's rule: a 监测对象 family with a vocational student hears
 * that 雨露计划 in this plan names 建档立卡脱贫户 only. A 监测对象 is not asked about public-welfare
 * posts unless 边缘易致贫.
 */
export function memberSectionsFor(
  pack: PolicyPack,
  category: Category,
  monitoredType: MonitoredType | null,
): ItemSpec[] {
  const explained = pack.standards.filter(
    (s) =>
      s.source.kind === 'member' &&
      s.subject.kinds.includes('household') &&
      s.notes.length > 0 &&
      s.subject.categories !== undefined &&
      !s.subject.categories.includes(category) &&
      // a standard that opens to some of this category by a group (边缘易致贫 with 零就业) says so itself
      !(s.subject.alsoGroups ?? []).some((g) => g.category === category) &&
      category !== 'ordinary',
  );
  const read = new Set(
    [...memberStandards(pack, category, monitoredType), ...explained].map((s) =>
      s.source.kind === 'member' ? s.source.field : '',
    ),
  );
  return MEMBER_SECTIONS.filter((m) => read.has(m.type));
}

/** Whether "零就业" can change the result: it opens a standard to this group only (五(三)3). */
export function zeroEmploymentMatters(
  pack: PolicyPack,
  category: Category,
  monitoredType: MonitoredType | null,
): boolean {
  return pack.standards.some(
    (s) =>
      !(s.subject.categories?.includes(category) ?? true) &&
      (s.subject.alsoGroups ?? []).some(
        (g) => groupMatches(g, category, monitoredType) && g.zeroEmployment !== undefined,
      ),
  );
}

type Group = NonNullable<Standard['subject']['alsoGroups']>[number];

/** The facts (`subject.facts`) the groups, rates, conditions and limits of these standards read. */
function factsRead(
  pack: PolicyPack,
  standards: readonly Standard[],
  category: Category | null,
  monitoredType: MonitoredType | null,
): Set<string> {
  const keys = new Set<string>();
  const group = (g: Group) => {
    // a group of another category (or 监测对象 sub-type) never decides this household
    if (category && !groupMatches(g, category, monitoredType)) return;
    for (const k of Object.keys(g.facts ?? {})) keys.add(k);
  };
  for (const s of standards) {
    s.subject.alsoGroups?.forEach(group);
    const a = s.award;
    if ((a.kind === 'per-unit' || a.kind === 'fixed') && a.rates) for (const r of a.rates) group(r.group);
    for (const c of s.conditions) if (c.field.startsWith('facts.')) keys.add(c.field.slice(6));
  }
  const ids = new Set(standards.map((s) => s.id));
  for (const l of pack.limits)
    if (l.kind === 'exclusion' && l.ifFact && l.standards.some((id) => ids.has(id))) keys.add(l.ifFact.key);
  return keys;
}

/**
 * The facts of the applicant itself to ask (a monitored household's risk status, a 示范村): those
 * the pack declares for this kind and category that a standard which may apply reads — in its
 * groups or rates — or a limit over such standards.
 */
export function factsFor(
  pack: PolicyPack,
  kind: ApplicantKind,
  category: Category | null,
  monitoredType: MonitoredType | null,
): FieldSpec[] {
  if (kind === 'household' && !category) return [];
  const read = factsRead(
    pack,
    standardsFor(pack, kind, category),
    kind === 'household' ? category : null,
    monitoredType,
  );
  return pack.inputs.facts
    .filter(
      (f) =>
        f.subjects.includes(kind) &&
        (kind !== 'household' || !f.categories || (category !== null && f.categories.includes(category))) &&
        read.has(f.key),
    )
    .map(fieldSpec);
}
