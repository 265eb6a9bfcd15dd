import { createLoader, createParser, createSerializer, parseAsInteger, parseAsString, parseAsStringLiteral, type inferParserType } from 'nuqs';
import type { CityId, EventKind, MetricCategory } from '../api/schemas';
import { CITY_IDS, CURRENCIES, DATASET_VERSION_PATTERN, EVENT_KINDS, METRIC_CATEGORIES, STATUSES } from '../api/vocabulary';
import { COMPARE_MODES } from '../domain/compare-modes';
import { NORMALISATIONS } from '../domain/normalisations';
import { THEMES } from '../domain/palette';
import { CARD_IDS, getCard } from './cards';

/** URL parameters the mock layer reads for itself; the view ignores them without a notice. */
export const RESERVED_PARAMS = ['_scenario'] as const;

const cityIdSet = new Set<string>(CITY_IDS);

/** Splits a city list into the known ids (in display order, unique) and the parts it ignores. */
export function splitCityList(raw: string): { cities: CityId[]; unknown: string[] } {
  const parts = raw.split(',').map((part) => part.trim().toLowerCase());
  const known = new Set(parts.filter((part) => cityIdSet.has(part)));
  return {
    cities: CITY_IDS.filter((id) => known.has(id)),
    unknown: parts.filter((part) => !cityIdSet.has(part)),
  };
}

/** `cities=wuhan,chengdu`: a comma list of city ids; unknown ids are dropped, none left means the default. */
export const parseAsCities = createParser<CityId[]>({
  parse: (raw) => {
    const { cities } = splitCityList(raw);
    return cities.length > 0 ? cities : null;
  },
  serialize: (cities) => CITY_IDS.filter((id) => cities.includes(id)).join(','),
  eq: (a, b) => a.length === b.length && a.every((id) => b.includes(id)),
});

export const DEFAULT_CITIES: readonly CityId[] = CITY_IDS;

export const YEAR_LIMITS = { min: 1980, max: 2030 } as const;
export const DEFAULT_YEARS = { from: 2015, to: 2024 } as const;

const parseAsYear = createParser<number>({
  parse: (raw) => {
    const year = parseAsInteger.parse(raw);
    return year !== null && /^\d{4}$/.test(raw) && year >= YEAR_LIMITS.min && year <= YEAR_LIMITS.max ? year : null;
  },
  serialize: String,
});

export type CategoryWeights = Record<MetricCategory, number>;
export const DEFAULT_WEIGHTS: CategoryWeights = { context: 1, pillar: 1, talent: 1, chips: 1 };
export const MAX_WEIGHT = 5;

/** `w=pillar:2,chips:0`: composite-index weight per category (0 to 5); unnamed categories keep 1. */
export const parseAsWeights = createParser<CategoryWeights>({
  parse: (raw) => {
    const weights = { ...DEFAULT_WEIGHTS };
    for (const part of raw.split(',')) {
      const [category, value] = part.split(':');
      if (!(METRIC_CATEGORIES as readonly string[]).includes(category ?? '') || !/^\d$/.test(value ?? '')) return null;
      const weight = Number(value);
      if (weight > MAX_WEIGHT) return null;
      weights[category as MetricCategory] = weight;
    }
    return weights;
  },
  serialize: (weights) =>
    METRIC_CATEGORIES.filter((c) => weights[c] !== DEFAULT_WEIGHTS[c])
      .map((c) => `${c}:${weights[c]}`)
      .join(','),
  eq: (a, b) => METRIC_CATEGORIES.every((c) => a[c] === b[c]),
});

/** `kinds=fab,plan`: event categories shown on the timeline; none listed means all. */
export const parseAsEventKinds = createParser<EventKind[]>({
  parse: (raw) => {
    const parts = raw.split(',');
    if (!parts.every((p) => (EVENT_KINDS as readonly string[]).includes(p))) return null;
    return EVENT_KINDS.filter((k) => parts.includes(k));
  },
  serialize: (kinds) => EVENT_KINDS.filter((k) => kinds.includes(k)).join(','),
  eq: (a, b) => a.length === b.length && a.every((k) => b.includes(k)),
});

/** `v=2026.11.1`: a dataset version; anything else is ignored (and reported), never shown as written. */
const parseAsDatasetVersion = createParser<string>({
  parse: (raw) => (DATASET_VERSION_PATTERN.test(raw) ? raw : null),
  serialize: String,
});

export const MAX_SLIDES = 50;

/** `slide=3`: presentation mode, on the deck's third slide (1-based). */
const parseAsSlide = createParser<number>({
  parse: (raw) => {
    const slide = parseAsInteger.parse(raw);
    return slide !== null && /^\d{1,2}$/.test(raw) && slide >= 1 && slide <= MAX_SLIDES ? slide : null;
  },
  serialize: String,
});

export const DISPLAY_MODES = ['chart', 'table'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

export const viewSearchParsers = {
  cities: parseAsCities.withDefault([...DEFAULT_CITIES]),
  /** Every chart card shows its chart or the table of the same rows. */
  view: parseAsStringLiteral(DISPLAY_MODES).withDefault('chart'),
  /** First and last year shown (inclusive). */
  from: parseAsYear.withDefault(DEFAULT_YEARS.from),
  to: parseAsYear.withDefault(DEFAULT_YEARS.to),
  /** Absolute, per capita, per unit of GDP or indexed, where the metric allows it. */
  norm: parseAsStringLiteral(NORMALISATIONS).withDefault('absolute'),
  /** Currency money is shown in. */
  cur: parseAsStringLiteral(CURRENCIES).withDefault('CNY'),
  /** Cities compared at the latest year all of them share (default), or each at its latest year. */
  compare: parseAsStringLiteral(COMPARE_MODES).withDefault('sameYear'),
  /** Light, dark or high-contrast projector theme; absent means the system preference. */
  theme: parseAsStringLiteral(THEMES),
  /** A city in the spotlight on every chart: the others are dimmed, not removed. */
  spot: parseAsStringLiteral(CITY_IDS),
  /** The dataset version a copied link was made with; a different one opens with a notice. */
  v: parseAsDatasetVersion,
  /** Timeline: event categories shown (all when empty). */
  kinds: parseAsEventKinds.withDefault([]),
  /** Composite-index weights per category. */
  w: parseAsWeights.withDefault({ ...DEFAULT_WEIGHTS }),
  /** Sources & data: free-text filter of the values table. */
  q: parseAsString.withDefault(''),
  /** Sources & data: show only values of this status. */
  status: parseAsStringLiteral(STATUSES),
  /** One card of the section shown alone (a slide's usual subject); see view-state/cards.ts. */
  card: parseAsStringLiteral(CARD_IDS),
  /** Presentation mode on this slide of the deck (absent: not presenting). */
  slide: parseAsSlide,
  /** A deck carried by a link (compressed); the deck feature reads it once and removes it. */
  deck: parseAsString,
};

export type ViewSearchKey = keyof typeof viewSearchParsers;

export const serializeViewSearch = createSerializer(viewSearchParsers);

const loadRawViewSearch = createLoader(viewSearchParsers);
export type ViewState = inferParserType<typeof viewSearchParsers>;

/** Each parameter parsed on its own, then the rules across them: a backwards range is ignored. */
export function loadViewSearch(search: URLSearchParams | string): ViewState {
  const state = loadRawViewSearch(search);
  return state.from > state.to ? { ...state, from: DEFAULT_YEARS.from, to: DEFAULT_YEARS.to } : state;
}


export type IgnoredParam = { param: string; value: string; reason: string };

const MAX_SHOWN_VALUE = 40;
function shown(value: string): string {
  // Control characters would be invisible in the notice; show their code instead.
  const visible = value.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > MAX_SHOWN_VALUE ? `${visible.slice(0, MAX_SHOWN_VALUE)}…` : visible;
}

/**
 * Reads a query string the way the view does and lists what it ignored, so a bad link opens the
 * nearest valid view and can say what was dropped. Unknown parameters, repeats (the first one
 * wins), unknown city ids and empty lists are reported; reserved mock parameters are not.
 */
export function inspectViewSearch(search: string, pathname?: string): IgnoredParam[] {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  for (const [param, value] of params) {
    if ((RESERVED_PARAMS as readonly string[]).includes(param)) continue;
    if (!Object.hasOwn(viewSearchParsers, param)) {
      ignored.push({ param: shown(param), value: shown(value), reason: 'not a Hubscope setting' });
      continue;
    }
    if (seen.has(param)) {
      ignored.push({ param, value: shown(value), reason: 'repeated; the first value was used' });
      continue;
    }
    seen.add(param);
    if (param === 'cities') {
      const { cities, unknown } = splitCityList(value);
      if (cities.length === 0) {
        ignored.push({ param, value: shown(value), reason: 'no known city; showing all three' });
      } else if (unknown.length > 0) {
        ignored.push({ param, value: shown(unknown.join(',')), reason: 'unknown city' });
      }
    } else if (param === 'card' && CARD_IDS.includes(value as (typeof CARD_IDS)[number])) {
      const card = getCard(value);
      if (pathname !== undefined && card && card.path !== pathname) {
        ignored.push({ param, value: shown(value), reason: 'that card is on another section; showing the whole section' });
      }
    } else if (param === 'card') {
      ignored.push({ param, value: shown(value), reason: 'no such card; showing the whole section' });
    } else if (viewSearchParsers[param as ViewSearchKey].parse(value) === null) {
      ignored.push({ param, value: shown(value), reason: 'not a valid value; the default was used' });
    }
  }
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null && to !== null && !ignored.some((i) => i.param === 'from' || i.param === 'to') && Number(from) > Number(to)) {
    ignored.push({ param: 'from', value: `${shown(from)} (to=${shown(to)})`, reason: 'the range runs backwards; the default years were used' });
  }
  return ignored;
}
