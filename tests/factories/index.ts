import type { Metric, Observation, Source } from '../../src/api/schemas';
import { slideLocation } from '../../src/features/presentation/model/deck-operations';
import type { Deck, Slide } from '../../src/features/presentation/model/deck-schema';
import type { ScreenState } from '../../src/features/presentation/presenter-channel';

/*
 * One place for test data: each factory fills what a test does not care about with valid
 * defaults, so a schema change is made here once. Tests keep short local helpers for their
 * positional shorthand, built on these.
 */

/** A city-level count metric, higher is better; override what the test is about. */
export function metric(partial: Partial<Metric> = {}): Metric {
  return {
    id: 'm',
    label: 'Test metric',
    definition: 'A test metric definition.',
    unit: 'units',
    valueKind: 'count',
    category: 'talent',
    betterDirection: 'higher',
    measure: 'stock',
    geoLevel: 'city',
    normalisable: { perCapita: false, perGdp: false, indexed: false },
    decimals: 0,
    ...partial,
  };
}

/** A city GDP metric in billions of yuan, as the dataset's ctx_gdp (per capita and indexed allowed). */
export function gdpMetric(partial: Partial<Metric> = {}): Metric {
  return metric({
    id: 'ctx_gdp',
    label: 'GDP',
    definition: 'Gross domestic product.',
    unit: 'CNY',
    valueKind: 'money',
    moneyScale: 'billion',
    category: 'context',
    measure: 'flow',
    normalisable: { perCapita: true, perGdp: false, indexed: true },
    decimals: 1,
    ...partial,
  });
}

/** A reported value of metric `m` from source `s`, with an id made of its entity, metric and year. */
export function observation(partial: Partial<Observation> & Pick<Observation, 'entityId' | 'year' | 'value'>): Observation {
  const metricId = partial.metricId ?? 'm';
  return {
    id: `${partial.entityId}-${metricId}-${partial.year}`,
    metricId,
    status: 'reported',
    sourceId: 's',
    ...partial,
  };
}

/** A statistical bulletin with a URL, a year and a read date. */
export function source(partial: Partial<Source> = {}): Source {
  return {
    id: 's',
    title: 'Test Statistical Bulletin 2020',
    shortTitle: 'Test Bulletin 2020',
    publisher: 'Test Bureau of Statistics',
    year: 2021,
    url: 'https://example.org/bulletin',
    accessed: '2026-12',
    kind: 'statisticalBulletin',
    ...partial,
  };
}

/** A slide of Chips' capacity card; override the rest. */
export function slide(partial: Partial<Slide> = {}): Slide {
  return { id: 'a', title: 'Capacity', notes: '', path: '/chips', search: 'card=capacity', ...partial };
}

/** A version-1 deck of the given slides (one capacity slide when none is given). */
export function deck(title = 'Test deck', slides: Slide[] = [slide()]): Deck {
  return { version: 1, title, slides };
}

/** What the shared screen tells the presenter view at slide `index` (0-based) of `shown`: that slide's view, a 16:9 slide area, the projector theme. */
export function screenState(shown: Deck, index = 0, partial: Partial<ScreenState> = {}): ScreenState {
  const current = shown.slides[index] ?? slide();
  return { type: 'state', deck: shown, index, view: slideLocation(current, index + 1), screen: { width: 67.5, height: 34 }, theme: 'contrast', ...partial };
}
