import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getJson } from '../client';
import { getRequestSettings } from '../query-client';
import type { CityId, Observation, ObservationFilters } from '../schemas';
import { CITY_IDS } from '../vocabulary';

/** Sorted, de-duplicated filters, so selection order never splits the cache. */
export function normaliseObservationFilters(filters: ObservationFilters): ObservationFilters {
  const sortedUnique = (values?: readonly string[]) => (values ? [...new Set(values)].sort() : undefined);
  const normalised: ObservationFilters = {};
  const metrics = sortedUnique(filters.metrics);
  const entities = sortedUnique(filters.entities);
  if (metrics) normalised.metrics = metrics;
  if (entities) normalised.entities = entities;
  if (filters.from !== undefined) normalised.from = filters.from;
  if (filters.to !== undefined) normalised.to = filters.to;
  return normalised;
}

export function observationSearchParams(filters: ObservationFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.metrics) params.set('metrics', filters.metrics.join(','));
  if (filters.entities) params.set('entities', filters.entities.join(','));
  if (filters.from !== undefined) params.set('from', String(filters.from));
  if (filters.to !== undefined) params.set('to', String(filters.to));
  return params;
}

export const observationKeys = {
  all: ['observations'] as const,
  list: (filters: ObservationFilters) => [...observationKeys.all, 'list', normaliseObservationFilters(filters)] as const,
};

export const observationsQueryOptions = (filters: ObservationFilters = {}) => {
  const normalised = normaliseObservationFilters(filters);
  return queryOptions({
    queryKey: observationKeys.list(normalised),
    queryFn: async ({ signal, client }) =>
      (
        await getJson('observations', 'observations', 'observationsResponseSchema', {
          signal,
          params: observationSearchParams(normalised),
          timeoutMs: getRequestSettings(client).timeoutMs,
        })
      ).data,
  });
};

export const useObservations = (filters: ObservationFilters = {}) => useQuery(observationsQueryOptions(filters));

/**
 * The selected cities' observations. Asked for all three cities and narrowed here, so ticking a
 * city off or on again redraws from the cache at once instead of waiting on a new request (a
 * service-worker round trip of 100-150 ms in the benchmark's "cities" interaction).
 */
export function useCityObservations(cities: readonly CityId[], filters: Omit<ObservationFilters, 'entities'> = {}) {
  const selected = cities.join(',');
  const select = useCallback(
    (rows: Observation[]) => {
      const wanted = new Set(selected.split(','));
      return CITY_IDS.every((city) => wanted.has(city)) ? rows : rows.filter((o) => wanted.has(o.entityId));
    },
    [selected],
  );
  return useQuery({ ...observationsQueryOptions({ ...filters, entities: [...CITY_IDS] }), select });
}
