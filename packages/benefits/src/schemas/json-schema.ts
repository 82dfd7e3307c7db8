import { z } from 'zod';
import { PolicyPack } from '../pack/pack.schema.ts';
import { Subject } from './subject.schema.ts';

/**
 * JSON Schema of what other tools send: one subject, or an array of subjects (input form:
 * quantities may be numbers or numeric strings). This is a pure function.
 */
export function subjectJsonSchema(): object {
  return z.toJSONSchema(z.union([Subject, z.array(Subject)]), { io: 'input', unrepresentable: 'any' });
}

/** JSON Schema of a policy pack. */
export function policyPackJsonSchema(): object {
  return z.toJSONSchema(PolicyPack, { io: 'input', unrepresentable: 'any' });
}
