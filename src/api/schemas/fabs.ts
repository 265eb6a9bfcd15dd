import { cityIdSchema, figureSchema, idSchema, listEnvelope, partialDateSchema, seedIdSchema } from './common';
import { z } from './zod';
import { FAB_STATUSES, FACILITY_TYPES } from '../vocabulary';
export type { FacilityType, FabStatus } from '../vocabulary';

export const fabSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1)),
  company: z.string().check(z.minLength(1)),
  companyEntityId: z.optional(idSchema),
  cityId: cityIdSchema,
  facilityType: z.enum(FACILITY_TYPES),
  product: z.string(),
  /** Logic node ("14 nm") or memory layer count ("232-layer"), as the source gives it. */
  nodeOrLayers: z.optional(z.string()),
  waferSizeMm: z.optional(z.union([z.literal(150), z.literal(200), z.literal(300)])),
  /** Capacity in wafers per month (for materials plants: wafers produced per month). */
  capacityWpm: z.optional(figureSchema),
  status: z.enum(FAB_STATUSES),
  statusNote: z.optional(z.string()),
  investment: z.optional(figureSchema),
  announced: z.optional(partialDateSchema),
  started: z.optional(partialDateSchema),
  ended: z.optional(partialDateSchema),
  sourceIds: z.array(idSchema).check(z.minLength(1)),
  seedIds: z.optional(z.array(seedIdSchema)),
  note: z.optional(z.string()),
});
export type Fab = z.infer<typeof fabSchema>;
export const fabsResponseSchema = listEnvelope(fabSchema);
