import { z } from 'zod';
import { count, quantity } from '../schemas/fields.ts';

/** A 五(二) infrastructure project to be costed against the plan's standards. */
export const InfraProject = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('village-road'),
    lengthKm: quantity(),
    roadbedWidthM: quantity().optional(),
    pavementWidthM: quantity().optional(),
    thicknessCm: quantity().optional(),
    budget: quantity().optional(),
  }),
  z.object({ type: z.literal('road-upgrade'), lengthKm: quantity(), budget: quantity().optional() }),
  z.object({
    type: z.literal('bridge'),
    spanM: quantity(),
    deckAreaM2: quantity(),
    budget: quantity().optional(),
  }),
  z.object({
    type: z.literal('living-env'),
    reviewedAmount: quantity().optional(),
    budget: quantity().optional(),
  }),
  z.object({ type: z.literal('toilet'), count: count(), budget: quantity().optional() }),
]);
export type InfraProject = z.infer<typeof InfraProject>;
