import { z } from 'zod';
import type { Text } from '../core/i18n.ts';
import type { ActivityDef, FactDef, InputField, SubjectKind } from '../pack/inputs.schema.ts';
import type { PolicyPack } from '../pack/pack.schema.ts';
import { attestation, count, isoDate, quantity, rate } from './fields.ts';
import { Collective, HouseholdObject, householdChecks, Operator, type Subject } from './subject.schema.ts';

/**
 * The input schemas of one pack: the engine's shapes (household, members, loans, collective,
 * operator) with the activities and facts the pack declares. Unknown activity types and unknown
 * fields of an activity are errors; every declared field is optional (a missing one makes the
 * line "needs information", never a silent no).
 */
export interface PackSchemas {
  readonly subject: z.ZodType<Subject, unknown>;
  readonly household: z.ZodType;
  readonly collective: z.ZodType;
  readonly operator: z.ZodType;
  /** the Chinese and English names of the pack's fields, activity types and facts */
  readonly labels: ReadonlyMap<string, Text>;
}

/** One declared field's schema: its type, its choices and its range. */
export function fieldSchema(f: InputField): z.ZodType {
  let s: z.ZodType;
  switch (f.type) {
    case 'quantity':
    case 'money':
      s = quantity();
      break;
    case 'count':
      s = count();
      break;
    case 'rate':
      s = rate();
      break;
    case 'yesno':
      s = attestation();
      break;
    case 'text':
      s = z.string();
      break;
    case 'date':
      s = isoDate();
      break;
    case 'choice':
      s = z.enum((f.choices ?? []).map((c) => c.value) as [string, ...string[]]);
      break;
  }
  const { min, max } = f.range ?? {};
  if (min !== undefined || max !== undefined) {
    s = s.superRefine((v, ctx) => {
      if (typeof v !== 'string') return;
      const n = Number(v);
      if (min !== undefined && n < Number(min))
        ctx.addIssue({ code: 'custom', message: 'below-min', params: { value: v, limit: min } });
      if (max !== undefined && n > Number(max))
        ctx.addIssue({ code: 'custom', message: 'above-max', params: { value: v, limit: max } });
    });
  }
  return s.optional();
}

function activitySchema(defs: readonly ActivityDef[]): z.ZodType {
  const other = z.strictObject({
    type: z.literal('other'),
    id: z.string().min(1).optional(),
    name: z.string().min(1),
  });
  const options = defs.map((d) => {
    const shape: Record<string, z.ZodType> = {
      type: z.literal(d.type),
      id: z.string().min(1).optional(),
    };
    for (const f of d.fields) shape[f.key] = fieldSchema(f);
    return z.strictObject(shape);
  });
  return z.discriminatedUnion('type', [other, ...options] as never);
}

function factsSchema(facts: readonly FactDef[], kind: SubjectKind): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const f of facts) if (f.subjects.includes(kind)) shape[f.key] = fieldSchema(f);
  return z.strictObject(shape).optional();
}

/** Non-repeatable activities appear once per subject: a second row is an error, not a second award. */
function noRepeats(repeatable: ReadonlySet<string>) {
  return (s: { activities: readonly { type: string }[] }, ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    s.activities.forEach((a, i) => {
      if (a.type === 'other' || repeatable.has(a.type)) return;
      const first = seen.get(a.type);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['activities', i, 'type'],
          message: 'duplicate-activity',
          params: { first },
        });
      else seen.set(a.type, i);
    });
  };
}

const cache = new WeakMap<object, PackSchemas>();

/** The input schemas of a pack, built once per pack object. This is a pure function. */
export function packSchemas(pack: PolicyPack): PackSchemas {
  const hit = cache.get(pack);
  if (hit) return hit;
  const { activities, facts } = pack.inputs;
  const forKind = (k: SubjectKind) => activities.filter((a) => a.subjects.includes(k));
  const repeatable = new Set(activities.filter((a) => a.repeatable).map((a) => a.type));
  const check = noRepeats(repeatable);
  const household = HouseholdObject.extend({
    activities: z.array(activitySchema(forKind('household'))).default([]),
    facts: factsSchema(facts, 'household'),
  }).superRefine((h, ctx) => {
    householdChecks(h as never, ctx);
    check(h as never, ctx);
  });
  const collective = Collective.extend({
    activities: z.array(activitySchema(forKind('collective'))).default([]),
    facts: factsSchema(facts, 'collective'),
  }).superRefine(check as never);
  const operator = Operator.extend({
    activities: z.array(activitySchema(forKind('operator'))).default([]),
    facts: factsSchema(facts, 'operator'),
  }).superRefine(check as never);
  const labels = new Map<string, Text>();
  for (const a of activities) {
    labels.set(`activity:${a.type}`, a.label);
    for (const f of a.fields) if (!labels.has(f.key)) labels.set(f.key, f.label);
  }
  for (const f of facts) labels.set(f.key, f.label);
  const schemas: PackSchemas = {
    subject: z.discriminatedUnion('kind', [household, collective, operator] as never) as never,
    household,
    collective,
    operator,
    labels,
  };
  cache.set(pack, schemas);
  return schemas;
}
