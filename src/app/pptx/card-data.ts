import type { QueryClient } from '@tanstack/react-query';
import {
  changesQueryOptions,
  entitiesQueryOptions,
  eventsQueryOptions,
  fabsQueryOptions,
  industriesQueryOptions,
  metaQueryOptions,
  metricsQueryOptions,
  observationsQueryOptions,
  ratesQueryOptions,
  sourcesQueryOptions,
} from '../../api/resources';
import type { CityId, Entity, Meta, Metric, Observation, ObservationFilters, Source } from '../../api/schemas';
import { CITY_IDS } from '../../api/vocabulary';

/*
 * The API data a slide's builder reads, through the same query options (and so the same cache
 * entries) the cards use: a card already on screen costs no request, and what is missing is
 * fetched once. Pure builders (card-content.ts) take what these return.
 */

export type Reference = {
  meta: Meta;
  entityById: ReadonlyMap<string, Entity>;
  metricById: ReadonlyMap<string, Metric>;
  sourceById: ReadonlyMap<string, Source>;
};

export async function loadReference(client: QueryClient): Promise<Reference> {
  const [meta, entities, metrics, sources] = await Promise.all([
    client.fetchQuery(metaQueryOptions()),
    client.fetchQuery(entitiesQueryOptions()),
    client.fetchQuery(metricsQueryOptions()),
    client.fetchQuery(sourcesQueryOptions()),
  ]);
  return {
    meta,
    entityById: new Map(entities.map((e) => [e.id, e])),
    metricById: new Map(metrics.map((m) => [m.id, m])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
  };
}

/** The selected cities' observations, asked for all three cities as useCityObservations does (one cache entry), then narrowed. */
export async function loadCityObservations(client: QueryClient, cities: readonly CityId[], filters: Omit<ObservationFilters, 'entities'>): Promise<Observation[]> {
  const rows = await client.fetchQuery(observationsQueryOptions({ ...filters, entities: [...CITY_IDS] }));
  return rows.filter((o) => (cities as readonly string[]).includes(o.entityId));
}

export const loadObservations = (client: QueryClient, filters: ObservationFilters) => client.fetchQuery(observationsQueryOptions(filters));
export const loadRates = (client: QueryClient) => client.fetchQuery(ratesQueryOptions());
export const loadEvents = (client: QueryClient) => client.fetchQuery(eventsQueryOptions());
export const loadFabs = (client: QueryClient) => client.fetchQuery(fabsQueryOptions());
export const loadIndustries = (client: QueryClient) => client.fetchQuery(industriesQueryOptions());
export const loadChanges = (client: QueryClient) => client.fetchQuery(changesQueryOptions());
