import { figureProblems, figureShape, idSchema, listEnvelope } from './common';
import { GEO_LEVELS } from '../vocabulary';
import { z } from './zod';

export const observationSchema = z
  .object({
    id: idSchema,
    entityId: idSchema,
    metricId: idSchema,
    ...figureShape,
    /** Set when the figure describes a different geography than the metric's usual level. */
    geoLevel: z.optional(z.enum(GEO_LEVELS)),
    /**
     * The definition or boundary the figure is on, where a series has more than one (e.g.
     * `census2020` for population re-estimated after the 2020 census). A change of basis within a
     * series is a break: an event of kind seriesBreak marks it, and values on two bases are never
     * divided into each other.
     */
    basis: z.optional(z.string().check(z.regex(/^[a-z0-9][a-zA-Z0-9_-]*$/, 'must be a short id'))),
    /** Part of the year the figure covers, when not the whole year ("Jan–Aug"). */
    period: z.optional(z.string()),
  })
  .check(
    z.superRefine((obs, ctx) => {
      for (const p of figureProblems(obs)) ctx.issues.push({ code: 'custom', message: p.message, path: [p.path], input: obs });
    }),
  );
export type Observation = z.infer<typeof observationSchema>;
export const observationsResponseSchema = listEnvelope(observationSchema);

/** Filters the observations endpoint accepts. */
export type ObservationFilters = {
  metrics?: readonly string[];
  entities?: readonly string[];
  from?: number;
  to?: number;
};
