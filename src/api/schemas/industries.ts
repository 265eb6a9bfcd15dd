import { cityIdSchema, figureSchema, idSchema, listEnvelope } from './common';
import { GEO_LEVELS } from '../vocabulary';
import { z } from './zod';

export const industrySchema = z.object({
  id: idSchema,
  cityId: cityIdSchema,
  name: z.string().check(z.minLength(1)),
  nameZh: z.optional(z.string()),
  /** Whether the figures describe the whole city or one zone or park inside it. */
  geoLevel: z.enum(GEO_LEVELS),
  geoNote: z.optional(z.string()),
  headline: z.boolean(),
  output: z.optional(figureSchema),
  growthPct: z.optional(figureSchema),
  firms: z.optional(figureSchema),
  anchorCompanies: z.array(z.string()),
  designation: z.optional(z.string()),
  sourceIds: z.array(idSchema).check(z.minLength(1)),
  note: z.optional(z.string()),
});
export type Industry = z.infer<typeof industrySchema>;
export const industriesResponseSchema = listEnvelope(industrySchema);
