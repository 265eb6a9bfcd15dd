import { idSchema, partialDateSchema } from './common';
import { z } from './zod';
import { DATASET_VERSION_PATTERN } from '../vocabulary';

export const metaSchema = z.object({
  datasetVersion: z.string().check(z.regex(DATASET_VERSION_PATTERN, 'must look like 2026.11.1')),
  asOf: partialDateSchema,
  title: z.string(),
  description: z.string(),
  licenceNote: z.string(),
  seedSourceId: idSchema,
  /** The version before this one; `/changes` lists what differs from it. */
  previousVersion: z.optional(z.string().check(z.regex(/^\d{4}\.\d{2}\.\d+$/, 'must look like 2026.11.1'))),
  /** Set when the API serves data that are not the real dataset (e.g. synthetic benchmark data); the app shows it as a banner. */
  dataNotice: z.optional(z.string().check(z.minLength(1))),
});
export type Meta = z.infer<typeof metaSchema>;
