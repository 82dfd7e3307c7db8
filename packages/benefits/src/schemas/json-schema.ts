import { z } from 'zod';
import { PolicyPack } from '../pack/pack.schema.ts';
import { packSchemas } from './pack-subject.ts';

/**
 * JSON Schema of what other tools send for a pack: one subject, or an array of subjects (input
 * form: quantities may be numbers or numeric strings), with the pack's activities and facts.
 * This is a pure function.
 */
export function subjectJsonSchema(pack: PolicyPack): object {
  const { subject } = packSchemas(pack);
  return z.toJSONSchema(z.union([subject, z.array(subject)]), { io: 'input', unrepresentable: 'any' });
}

/** JSON Schema of a policy pack file (what a county writes). */
export function policyPackJsonSchema(): object {
  return z.toJSONSchema(PolicyPack, { io: 'input', unrepresentable: 'any' });
}
