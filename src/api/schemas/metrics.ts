import { MONEY_SCALES, idSchema, listEnvelope } from './common';
import { z } from './zod';

export const METRIC_CATEGORIES = ['context', 'pillar', 'talent', 'chips'] as const;
export type MetricCategory = (typeof METRIC_CATEGORIES)[number];
export const METRIC_CATEGORY_LABELS: Record<MetricCategory, string> = {
  context: 'Context',
  pillar: 'Pillar industries',
  talent: 'Talent',
  chips: 'Chips',
};

export const GEO_LEVELS = ['city', 'zone', 'province', 'national', 'company'] as const;
export type GeoLevel = (typeof GEO_LEVELS)[number];
export const GEO_LEVEL_LABELS: Record<GeoLevel, string> = {
  city: 'City',
  zone: 'Zone (not a city total)',
  province: 'Province',
  national: 'National',
  company: 'Company',
};

export const BETTER_DIRECTIONS = ['higher', 'lower', 'neutral'] as const;
export type BetterDirection = (typeof BETTER_DIRECTIONS)[number];

/** How a value is read: money is converted between currencies, the others never are. */
export const VALUE_KINDS = ['money', 'count', 'percent', 'rank', 'years', 'quantity'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * What a figure measures over time: a flow happens within the year (GDP, graduates), a stock is a
 * level at a moment (population, firms certified at year end), a cumulative count adds up every
 * year since some start (permits issued since 2004). Cumulative counts are not compared in the index.
 */
export const MEASURES = ['flow', 'stock', 'cumulative'] as const;
export type Measure = (typeof MEASURES)[number];

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
