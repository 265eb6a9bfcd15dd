import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITY_IDS, CURRENCIES, METRIC_CATEGORIES } from '../api/vocabulary';
import { NORMALISATIONS } from '../domain/normalise';
import { DEFAULT_YEARS, YEAR_LIMITS, inspectViewSearch, serializeViewSearch, viewSearchParsers } from './search-params';
import { loadViewSearch } from './search-params';

// fast-check prints the seed and path of any failure; pin it with FC_SEED to replay one.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 2 ** 31;
const NAMES = [...Object.keys(viewSearchParsers), '_scenario', '__proto__', 'constructor', 'prototype', 'x'];

const badValue = fc.oneof(
  fc.constantFrom('', ',', ',,', 'NaN', 'Infinity', '-1', '1e999', '9'.repeat(400), '__proto__', 'constructor', 'toString', 'null', 'undefined', 'true'),
  fc.constantFrom(...CITY_IDS, ...CURRENCIES, ...NORMALISATIONS, 'paris', 'WUHAN', ' xian ', 'wuhan,xian,chengdu,wuhan'),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc.integer({ min: YEAR_LIMITS.min - 5, max: YEAR_LIMITS.max + 5 }).map(String),
  fc.constantFrom(...METRIC_CATEGORIES).chain((c) => fc.integer({ min: -3, max: 12 }).map((w) => `${c}:${w}`)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ maxLength: 3000 }),
);

const queryString = fc
  .array(fc.tuple(fc.constantFrom(...NAMES), badValue), { maxLength: 8 })
  .map((pairs) => {
    const params = new URLSearchParams();
    for (const [name, value] of pairs) params.append(name, value);
    return `?${params.toString()}`;
  });

describe(`view search params under generated links (seed ${seed})`, () => {
  it('always opens a valid view, reports instead of throwing, and round-trips', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const state = loadViewSearch(search);
        expect(state.cities.length).toBeGreaterThan(0);
        expect(state.cities.every((c) => (CITY_IDS as readonly string[]).includes(c))).toBe(true);
        expect(state.from).toBeGreaterThanOrEqual(YEAR_LIMITS.min);
        expect(state.to).toBeLessThanOrEqual(YEAR_LIMITS.max);
        expect(state.from).toBeLessThanOrEqual(state.to);
        expect(CURRENCIES).toContain(state.cur);
        expect(NORMALISATIONS).toContain(state.norm);
        expect(Object.keys(state.w).sort()).toEqual([...METRIC_CATEGORIES].sort());
        expect(Object.getPrototypeOf(state.w)).toBe(Object.prototype);

        const ignored = inspectViewSearch(search);
        for (const entry of ignored) expect(entry.value.length).toBeLessThanOrEqual(200);

        // What the view shows is exactly what its own link reproduces.
        expect(loadViewSearch(serializeViewSearch(state))).toEqual(state);
      }),
      { seed, numRuns: 400 },
    );
  });

  it('reports every parameter it did not use as given', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const params = new URLSearchParams(search);
        const ignored = new Set(inspectViewSearch(search).map((i) => i.param));
        for (const name of new Set(params.keys())) {
          if (name === '_scenario') continue;
          const known = Object.hasOwn(viewSearchParsers, name);
          const repeated = params.getAll(name).length > 1;
          if (!known || repeated) expect(ignored.has(name.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))).toBe(true);
        }
        expect(ignored.has('_scenario')).toBe(false);
      }),
      { seed, numRuns: 400 },
    );
  });

  it('keeps defaults when nothing valid is given', () => {
    expect(loadViewSearch('?from=abc&to=1e999')).toMatchObject({ from: DEFAULT_YEARS.from, to: DEFAULT_YEARS.to });
  });
});
