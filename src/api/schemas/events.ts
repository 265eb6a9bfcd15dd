import { STATUSES, idSchema, listEnvelope, partialDateSchema, seedIdSchema } from './common';
import { z } from './zod';

export const EVENT_KINDS = [
  'zone',
  'programme',
  'plan',
  'fab',
  'exportControl',
  'bid',
  'seriesBreak',
  'milestone',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  zone: 'Zone founded',
  programme: 'Programme',
  plan: 'Five-Year Plan',
  fab: 'Fab',
  exportControl: 'Export control',
  bid: 'National Technology Center bid',
  seriesBreak: 'Series break',
  milestone: 'Milestone',
};

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
