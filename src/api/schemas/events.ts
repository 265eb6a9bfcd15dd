import { idSchema, listEnvelope, partialDateSchema, seedIdSchema } from './common';
import { z } from './zod';
import { EVENT_KINDS, STATUSES } from '../vocabulary';
export type { EventKind } from '../vocabulary';

export const eventSchema = z.object({
  id: idSchema,
  date: partialDateSchema,
  /** A city id, or the id of a country entity for national events. */
  entityId: idSchema,
  kind: z.enum(EVENT_KINDS),
  title: z.string().check(z.minLength(1)),
  description: z.string(),
  metricIds: z.array(idSchema),
  sourceIds: z.array(idSchema).check(z.minLength(1)),
  status: z.enum(STATUSES),
  seedId: z.optional(seedIdSchema),
});
export type HubEvent = z.infer<typeof eventSchema>;
export const eventsResponseSchema = listEnvelope(eventSchema);
