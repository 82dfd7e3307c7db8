import type { Text } from '../core/i18n.ts';
import type { InputField } from '../pack/inputs.schema.ts';
import type { PolicyPack, ProjectGroup, Standard } from '../pack/pack.schema.ts';
import { conditionFields } from '../pack/project-checks.ts';

/** Whether a standard is a 五(二) project standard (judged by estimateProject, never screened). */
export function isProjectStandard(s: Standard): boolean {
  return s.subject.kinds.includes('project');
}

/** The pack's project standards, in pack order. */
export function projectStandards(pack: PolicyPack): Standard[] {
  return pack.standards.filter(isProjectStandard);
}

/** A field a project of a choice gives, as the pack declares it. */
export interface ProjectFieldDef {
  readonly field: InputField;
  /** read by a condition that decides the standard (the span of a bridge): without it, no estimate */
  readonly required: boolean;
}

/**
 * One thing a caseworker can estimate: a project standard of its own, or a group of alternatives
 * (one clause, the standard chosen by the conditions). What it asks: the quantity (none when the
 * plan gives no number) and the fields its standards declare, in their order.
 */
export interface ProjectChoice {
  readonly kind: 'standard' | 'group';
  /** the standard's id or the group's id: `{ standardId }` or `{ group }` of the project */
  readonly id: string;
  readonly clause: string;
  /** the standard's title or the group's label */
  readonly title: Text;
  /** the standard, or the group's alternatives in pack order */
  readonly standards: readonly Standard[];
  readonly group: ProjectGroup | null;
  readonly quantity: InputField | null;
  readonly fields: readonly ProjectFieldDef[];
}

/** The keys the conditions of these standards read (not their design checks). */
function conditionKeys(standards: readonly Standard[]): Set<string> {
  const out = new Set<string>();
  for (const s of standards)
    for (const c of s.conditions) for (const [, field] of conditionFields(c)) out.add(field);
  return out;
}

function choiceOf(
  kind: ProjectChoice['kind'],
  standards: readonly Standard[],
  group: ProjectGroup | null,
): ProjectChoice {
  const first = standards[0] as Standard;
  const quantity = first.project?.quantity ?? null;
  const required = conditionKeys(standards);
  const fields: ProjectFieldDef[] = [];
  for (const s of standards)
    for (const f of s.project?.fields ?? [])
      if (!fields.some((x) => x.field.key === f.key))
        fields.push({ field: f, required: required.has(f.key) });
  return {
    kind,
    id: group ? group.id : first.id,
    clause: group ? group.clause : first.clause,
    title: group ? group.label : first.title,
    standards,
    group,
    quantity,
    fields,
  };
}

/**
 * What a pack's projects can be estimated as, in the order of its standards: each project
 * standard, the alternatives of a group once (where its first standard is). This is a pure
 * function.
 */
export function projectChoices(pack: PolicyPack): ProjectChoice[] {
  const out: ProjectChoice[] = [];
  const done = new Set<string>();
  for (const s of projectStandards(pack)) {
    const gid = s.project?.group;
    const group = gid === undefined ? undefined : pack.projectGroups.find((g) => g.id === gid);
    if (!group) {
      out.push(choiceOf('standard', [s], null));
      continue;
    }
    if (done.has(group.id)) continue;
    done.add(group.id);
    const members = projectStandards(pack).filter((x) => x.project?.group === group.id);
    out.push(choiceOf('group', members, group));
  }
  return out;
}

/**
 * The choice a project names: a group by its id, a standard by its id (a standard of a group is
 * judged among its alternatives: `named` is the one the caller expects). Null when the pack has
 * no such project standard or group.
 */
export function projectChoice(
  pack: PolicyPack,
  ref: { readonly standardId?: string | undefined; readonly group?: string | undefined },
): { choice: ProjectChoice; named: Standard | null } | null {
  const choices = projectChoices(pack);
  if (ref.group !== undefined) {
    const choice = choices.find((c) => c.kind === 'group' && c.id === ref.group);
    return choice ? { choice, named: null } : null;
  }
  for (const choice of choices) {
    const named = choice.standards.find((s) => s.id === ref.standardId);
    if (named) return { choice, named };
  }
  return null;
}

/** The project input's reference to a choice: `{ standardId }` or `{ group }`. */
export function choiceRef(choice: ProjectChoice): { standardId: string } | { group: string } {
  return choice.kind === 'group' ? { group: choice.id } : { standardId: choice.id };
}
