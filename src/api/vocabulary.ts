/**
 * The API's closed vocabularies (ids, kinds, statuses) and their display labels, apart from the
 * zod schemas that check them: the shell and the URL parser read these on first paint, and zod then
 * loads with the first request (api/client.ts) instead of with the shell. The schemas build their
 * enums from these lists, so both stay one source.
 */

// Checked by schemas/common.ts
/** The three hubs Hubscope compares, in display order. */

export const CITY_IDS = ['wuhan', 'xian', 'chengdu'] as const;
export type CityId = (typeof CITY_IDS)[number];

export const STATUSES = ['reported', 'seed', 'estimate'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, string> = {
  reported: 'Reported',
  seed: 'Seed article',
  estimate: 'Estimate',
};

export const QUALIFIERS = ['approx', 'atLeast', 'upTo', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CURRENCIES = ['CNY', 'USD', 'CAD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const MONEY_SCALES = ['million', 'billion', 'trillion'] as const;
export type MoneyScale = (typeof MONEY_SCALES)[number];

export const ESTIMATE_METHODS = ['interpolated', 'derived', 'unverified'] as const;
export type EstimateMethodKind = (typeof ESTIMATE_METHODS)[number];
export const ESTIMATE_METHOD_LABELS: Record<EstimateMethodKind, string> = {
  interpolated: 'Interpolated between two sourced points',
  derived: 'Derived from sourced inputs',
  unverified: 'Published figure not yet checked',
};

// Checked by schemas/changes.ts
export const CHANGE_KINDS = ['added', 'changed', 'removed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = { added: 'Added', changed: 'Changed', removed: 'Removed' };

// Checked by schemas/entities.ts
export const ENTITY_KINDS = ['city', 'zone', 'province', 'country', 'company', 'university'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

// Checked by schemas/events.ts
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

// Checked by schemas/fabs.ts
export const FACILITY_TYPES = ['frontEnd', 'assemblyTest', 'materials'] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];
export const FACILITY_TYPE_LABELS: Record<FacilityType, string> = {
  frontEnd: 'Front-end fab',
  assemblyTest: 'Assembly/test',
  materials: 'Materials',
};

export const FAB_STATUSES = ['operating', 'halted', 'cancelled', 'planned'] as const;
export type FabStatus = (typeof FAB_STATUSES)[number];
export const FAB_STATUS_LABELS: Record<FabStatus, string> = {
  operating: 'Operating',
  halted: 'Halted',
  cancelled: 'Cancelled',
  planned: 'Planned',
};

// Checked by schemas/metrics.ts
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

// Checked by schemas/sources.ts
/**
 * What a source is, strongest first: a city's statistical bulletin (or a bureau's statistical
 * table) beats a government document, which beats official media reprinting it, then the press,
 * companies, analysts, and last aggregators and mirrors. The seed article is its own kind.
 */
export const SOURCE_KINDS = ['statisticalBulletin', 'government', 'officialMedia', 'press', 'company', 'research', 'secondary', 'seed'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The kind in words, as it follows a source's name ("Xi'an Statistical Bulletin 2022, official statistics"). */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  statisticalBulletin: 'official statistics',
  government: 'government',
  officialMedia: 'official media',
  press: 'press',
  company: 'company',
  research: 'research',
  secondary: 'mirror or aggregator',
  seed: 'seed article',
};

/** A dataset version as the API writes it (2026.11.1): the meta schema checks it, and so does a link's `v=`. */
export const DATASET_VERSION_PATTERN = /^\d{4}\.\d{2}\.\d{1,6}$/;
