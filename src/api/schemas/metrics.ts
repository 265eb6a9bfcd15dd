import { idSchema, listEnvelope } from './common';
import { z } from './zod';
import { BETTER_DIRECTIONS, GEO_LEVELS, MEASURES, METRIC_CATEGORIES, MONEY_SCALES, VALUE_KINDS } from '../vocabulary';
export type { MetricCategory, GeoLevel, BetterDirection, ValueKind, Measure } from '../vocabulary';

export const metricSchema = z.object({
  id: idSchema,
  label: z.string().check(z.minLength(1)),
  definition: z.string().check(z.minLength(10)),
  /** Unit as displayed, without currency for money (the currency travels with each value). */
  unit: z.string().check(z.minLength(1)),
  valueKind: z.enum(VALUE_KINDS),
  moneyScale: z.optional(z.enum(MONEY_SCALES)),
  category: z.enum(METRIC_CATEGORIES),
  betterDirection: z.enum(BETTER_DIRECTIONS),
  geoLevel: z.enum(GEO_LEVELS),
  normalisable: z.object({ perCapita: z.boolean(), perGdp: z.boolean(), indexed: z.boolean() }),
  decimals: z.int().check(z.gte(0), z.lte(4)),
  headline: z.optional(z.boolean()),
  measure: z.enum(MEASURES),
  /**
   * China's national figure is a yardstick for the metric: `level` when the value compares as it is
   * (R&D intensity, GDP per capita), `perMillion` when it compares per million residents (counts
   * such as high-tech enterprises or graduates).
   */
  yardstick: z.optional(z.enum(['level', 'perMillion'])),
  /** Why the composite index leaves the metric out although it has a better direction (e.g. money lost). */
  outOfIndex: z.optional(z.string().check(z.minLength(10))),
});
export type Metric = z.infer<typeof metricSchema>;
export const metricsResponseSchema = listEnvelope(metricSchema);
