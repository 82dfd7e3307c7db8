import type { z } from 'zod';
import type { InputField } from './inputs.schema.ts';
import type { Condition, ProjectCheck, ProjectGroup, Standard } from './pack.schema.ts';

/**
 * The pack's checks of its 五(二) project standards (run by `PolicyPack`'s refinement, so that
 * `validatePack` refuses a broken one with its path): a project standard declares `project`, its
 * award is a cost range (with a quantity in the range's unit) or set by review, every field its
 * conditions and design checks read is declared with a type they can read, and the standards of
 * a group are alternatives the engine can choose between (same quantity, conditions to choose by).
 */

/** the keys of the project input itself, which a declared field may not take */
export const PROJECT_RESERVED_KEYS: readonly string[] = [
  'standardId',
  'group',
  'quantity',
  'fields',
  'budget',
  'name',
  'standard',
];

const NUMERIC: ReadonlySet<string> = new Set(['quantity', 'count', 'money', 'rate']);

/** The field types a condition or design check may read. */
function typesRead(c: Condition | ProjectCheck): ReadonlySet<string> {
  switch (c.kind) {
    case 'attest':
      return new Set(['yesno']);
    case 'one-of':
      return new Set(['choice', 'text']);
    case 'date-from':
    case 'date-to':
    case 'min-months':
      return new Set(['date']);
    default:
      return NUMERIC;
  }
}

/** The fields a condition reads, with the key of each in the condition. */
export function conditionFields(c: Condition | ProjectCheck): [key: string, field: string][] {
  const out: [string, string][] = [['field', c.field]];
  if (c.kind === 'min-ratio') out.push(['per', c.per]);
  if (c.kind === 'min-difference') out.push(['minus', c.minus]);
  if (c.kind === 'min-months' && c.until) out.push(['until', c.until]);
  return out;
}

type Path = (string | number)[];

interface PackShape {
  readonly standards: readonly Standard[];
  readonly projectGroups: readonly ProjectGroup[];
}

function issue(ctx: z.RefinementCtx, path: Path, message: string, value?: string): void {
  ctx.addIssue(
    value === undefined
      ? { code: 'custom', path, message }
      : { code: 'custom', path, message, params: { value } },
  );
}

const isProject = (s: Standard): boolean => s.subject.kinds.includes('project');

/** The declared inputs of a project standard by key: its quantity and its fields. */
function declared(s: Standard): Map<string, InputField> {
  const out = new Map<string, InputField>();
  if (s.project?.quantity) out.set(s.project.quantity.key, s.project.quantity);
  for (const f of s.project?.fields ?? []) if (!out.has(f.key)) out.set(f.key, f);
  return out;
}

function checkReads(
  c: Condition | ProjectCheck,
  at: Path,
  fields: ReadonlyMap<string, InputField>,
  ctx: z.RefinementCtx,
): void {
  for (const [key, name] of conditionFields(c)) {
    const f = fields.get(name);
    if (!f) issue(ctx, [...at, key], 'undeclared-field', name);
    else if (!typesRead(c).has(f.type)) issue(ctx, [...at, key], 'field-wrong-type', f.type);
  }
}

function checkStandard(s: Standard, i: number, groups: ReadonlySet<string>, ctx: z.RefinementCtx): void {
  const at: Path = ['standards', i];
  if (!isProject(s)) {
    if (s.project) issue(ctx, [...at, 'project'], 'project-not-a-project');
    return;
  }
  const a = s.award;
  if (a.kind !== 'cost-range' && a.kind !== 'reviewed')
    issue(ctx, [...at, 'award', 'kind'], 'project-award', a.kind);
  const p = s.project;
  if (!p) {
    issue(ctx, [...at, 'project'], 'project-missing');
    return;
  }
  const q = p.quantity;
  if (a.kind === 'cost-range') {
    if (!q) issue(ctx, [...at, 'project', 'quantity'], 'project-quantity-required', a.per);
    else if (q.unit !== a.per)
      issue(ctx, [...at, 'project', 'quantity', 'unit'], 'project-unit-mismatch', a.per);
  }
  if (q && q.type !== 'quantity' && q.type !== 'count')
    issue(ctx, [...at, 'project', 'quantity', 'type'], 'project-quantity-type', q.type);
  if (q && PROJECT_RESERVED_KEYS.includes(q.key))
    issue(ctx, [...at, 'project', 'quantity', 'key'], 'reserved-key', q.key);
  const keys = new Set<string>(q ? [q.key] : []);
  p.fields.forEach((f, j) => {
    const where = [...at, 'project', 'fields', j, 'key'];
    if (PROJECT_RESERVED_KEYS.includes(f.key)) issue(ctx, where, 'reserved-key', f.key);
    else if (keys.has(f.key)) issue(ctx, where, 'duplicate-id', f.key);
    keys.add(f.key);
  });
  const fields = declared(s);
  s.conditions.forEach((c, j) => {
    checkReads(c, [...at, 'conditions', j], fields, ctx);
  });
  const ids = new Set(s.conditions.map((c) => c.id));
  p.checks.forEach((c, j) => {
    checkReads(c, [...at, 'project', 'checks', j], fields, ctx);
    if (ids.has(c.id)) issue(ctx, [...at, 'project', 'checks', j, 'id'], 'duplicate-id', c.id);
    ids.add(c.id);
  });
  if (p.group !== undefined) {
    if (!groups.has(p.group)) issue(ctx, [...at, 'project', 'group'], 'unknown-group', p.group);
    else if (s.conditions.length === 0)
      issue(ctx, [...at, 'conditions'], 'group-without-conditions', p.group);
  }
}

/** Refines a pack: every project standard and project group (see the file's comment). */
export function checkProjects(p: PackShape, ctx: z.RefinementCtx): void {
  const standardIds = new Set(p.standards.map((s) => s.id));
  const groupIds = new Set<string>();
  p.projectGroups.forEach((g, i) => {
    if (groupIds.has(g.id) || standardIds.has(g.id))
      issue(ctx, ['projectGroups', i, 'id'], 'duplicate-id', g.id);
    groupIds.add(g.id);
  });
  p.standards.forEach((s, i) => {
    checkStandard(s, i, groupIds, ctx);
  });
  // the alternatives of a group: one quantity (key and unit), and a field key meaning one thing
  p.projectGroups.forEach((g, gi) => {
    const members = p.standards
      .map((s, i) => [s, i] as const)
      .filter(([s]) => isProject(s) && s.project?.group === g.id);
    if (members.length === 0) {
      issue(ctx, ['projectGroups', gi, 'id'], 'group-empty', g.id);
      return;
    }
    const [first] = members[0] as readonly [Standard, number];
    const q0 = first.project?.quantity;
    const seen = new Map<string, InputField>();
    for (const [s, i] of members) {
      const q = s.project?.quantity;
      if (s !== first && (q?.key !== q0?.key || q?.unit !== q0?.unit || q?.type !== q0?.type))
        issue(ctx, ['standards', i, 'project', 'quantity'], 'group-quantity-differs', g.id);
      s.project?.fields.forEach((f, j) => {
        const before = seen.get(f.key);
        if (before && (before.type !== f.type || before.unit !== f.unit))
          issue(ctx, ['standards', i, 'project', 'fields', j], 'group-field-differs', f.key);
        if (!before) seen.set(f.key, f);
      });
    }
  });
}
