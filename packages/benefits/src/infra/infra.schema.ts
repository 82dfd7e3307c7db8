import { z } from 'zod';
import { quantity } from '../schemas/fields.ts';

/**
 * A 五(二) infrastructure project to be costed against the pack's project standards: the standard
 * it is judged by (`standardId`), or the group of alternatives whose conditions choose one
 * (`group`, e.g. the two bridges of one clause, chosen by span); its quantity in the standard's
 * unit; the other fields the standard declares (`fields`, by key: span, widths…); its budget in
 * yuan. What the quantity and fields may hold is the pack's declaration, checked by the estimate.
 */
export const InfraProject = z
  .object({
    standardId: z.string().min(1).optional(),
    group: z.string().min(1).optional(),
    quantity: quantity().optional(),
    fields: z.record(z.string(), z.unknown()).default({}),
    budget: quantity().optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.standardId === undefined) === (p.group === undefined))
      ctx.addIssue({ code: 'custom', path: ['standardId'], message: 'standard-or-group' });
  });
export type InfraProject = z.infer<typeof InfraProject>;
export type InfraProjectInput = z.input<typeof InfraProject>;
