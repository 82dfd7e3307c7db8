import { z } from 'zod';
import { Text } from '../core/i18n.ts';

/**
 * What a pack reads (openfisca's `variables/`, publicodes' questions): every activity a subject
 * can declare, with its fields, their type, unit, range, labels, question, help and roster
 * column; and the facts of the subject itself that the plan's rules read (a monitored
 * household's risk status, a 示范村). The engine knows the shapes (household, member, loan,
 * activity); the crops, animals and facilities of a plan are named only here.
 */

const decimal = z.string().regex(/^\d+(\.\d+)?$/, 'a non-negative decimal string');

/**
 * How a field is entered and validated:
 * `quantity` a non-negative decimal (亩, ㎡), `count` a whole number (头, 只, 箱), `money` yuan,
 * `rate` 0–1 (0.85 = 85%), `yesno` an attestation, `text`, `date` (ISO), `choice` one of a list.
 */
export const FieldType = z.enum(['quantity', 'count', 'money', 'rate', 'yesno', 'text', 'date', 'choice']);
export type FieldType = z.infer<typeof FieldType>;

export const Choice = z.object({
  value: z.string().min(1),
  label: Text,
  /** other words accepted for this value in a roster cell */
  aliases: z.array(z.string()).default([]),
});
export type Choice = z.infer<typeof Choice>;

export const InputField = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a camelCase key'),
  type: FieldType,
  /** unit code (see UNITS: mu, m2, head, bird, box, bag, yuan, month…) */
  unit: z.string().optional(),
  label: Text,
  /** the wizard's question, when it differs from the label */
  question: Text.optional(),
  help: Text.optional(),
  /** the roster column: its English key and Chinese header (defaults: the key and the label) */
  column: z
    .object({
      key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
      zh: z.string().min(1),
      aliases: z.array(z.string()).default([]),
    })
    .optional(),
  /** bounds: below `min` or above `max` is refused; above `plausible` is flagged for review */
  range: z
    .object({ min: decimal.optional(), max: decimal.optional(), plausible: decimal.optional() })
    .optional(),
  choices: z.array(Choice).min(1).optional(),
});
export type InputField = z.infer<typeof InputField>;

export const SubjectKind = z.enum(['household', 'collective', 'operator']);
export type SubjectKind = z.infer<typeof SubjectKind>;

export const ActivityDef = z.object({
  type: z.string().regex(/^[a-z][a-z0-9-]*$/),
  subjects: z.array(SubjectKind).min(1),
  /** the activity's name in explanations, notes and rosters */
  label: Text,
  /** the wizard's wording, when it differs from the label ("当年种植" for a crop's 种植) */
  question: Text.optional(),
  /** other names a roster cell may use for this activity (a short name, a local name…) */
  aliases: z.array(z.string()).default([]),
  help: Text.optional(),
  /** more than one of this activity per subject (two batches of cattle bought on two dates) */
  repeatable: z.boolean().default(false),
  fields: z.array(InputField),
});
export type ActivityDef = z.infer<typeof ActivityDef>;

/** A fact of the subject itself, kept in `subject.facts[key]`. */
export const FactDef = InputField.extend({
  subjects: z.array(SubjectKind).min(1),
  /** asked only of households of these categories */
  categories: z.array(z.enum(['poverty-alleviated', 'monitored', 'ordinary'])).optional(),
});
export type FactDef = z.infer<typeof FactDef>;

export const PackInputs = z.object({
  activities: z.array(ActivityDef).default([]),
  facts: z.array(FactDef).default([]),
});
export type PackInputs = z.infer<typeof PackInputs>;
