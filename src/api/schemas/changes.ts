import { currencySchema, idSchema, listEnvelope, yearSchema } from './common';
import { z } from './zod';
import { CHANGE_KINDS, STATUSES } from '../vocabulary';
export type { ChangeKind } from '../vocabulary';

/** A value as a version of the dataset showed it: the preferred figure for its place, metric and year. */
export const changedValueSchema = z.object({
  value: z.number(),
  /** The currency of a money value, as the source stated it. */
  currency: z.optional(currencySchema),
  status: z.enum(STATUSES),
  sourceId: idSchema,
});

/**
 * One difference between the previous dataset version (meta.previousVersion) and this one, for a
 * place, metric and year (and part of the year): a value added, removed, or changed in value,
 * status or source, with what it was and what it is.
 */
export const datasetChangeSchema = z.object({
  kind: z.enum(CHANGE_KINDS),
  entityId: idSchema,
  metricId: idSchema,
  year: yearSchema,
  period: z.optional(z.string()),
  before: z.optional(changedValueSchema),
  after: z.optional(changedValueSchema),
});
export type DatasetChange = z.infer<typeof datasetChangeSchema>;
export const changesResponseSchema = listEnvelope(datasetChangeSchema);
