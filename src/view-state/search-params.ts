import { createParser, createSerializer, parseAsString, parseAsStringLiteral } from 'nuqs';
import { CITY_IDS, STATUSES, type CityId } from '../api/schemas';

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

export const DISPLAY_MODES = ['chart', 'table'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

export const viewSearchParsers = {
  cities: parseAsCities.withDefault([...DEFAULT_CITIES]),
  /** Every chart card shows its chart or the table of the same rows. */
  view: parseAsStringLiteral(DISPLAY_MODES).withDefault('chart'),
  /** Sources & data: free-text filter of the values table. */
  q: parseAsString.withDefault(''),
  /** Sources & data: show only values of this status. */
  status: parseAsStringLiteral(STATUSES),
};

export type ViewSearchKey = keyof typeof viewSearchParsers;

export const serializeViewSearch = createSerializer(viewSearchParsers);

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
export function inspectViewSearch(search: string): IgnoredParam[] {
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
    } else if (viewSearchParsers[param as ViewSearchKey].parse(value) === null) {
      ignored.push({ param, value: shown(value), reason: 'not a valid value; the default was used' });
    }
  }
  return ignored;
}
