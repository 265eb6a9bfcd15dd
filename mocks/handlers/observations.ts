import { http, HttpResponse } from 'msw';
import type { ApiErrorBody, Observation, ObservationFilters } from '../../src/api/schemas';
import { entities, metrics, observations } from '../data';
import { errorResponse } from '../http-errors';
import { simulateLatency } from '../latency';
import { API_PREFIX } from './list';

const metricIds = new Set(metrics.map((m) => m.id));
const entityIds = new Set(entities.map((e) => e.id));

type ParseResult = { ok: true; filters: ObservationFilters } | { ok: false; parameter: string; message: string };

function parseIdList(raw: string | null, known: Set<string>, parameter: string): string[] | { error: string } | undefined {
  if (raw === null) return undefined;
  const ids = raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (ids.length === 0) return { error: `${parameter} must list at least one id` };
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) return { error: `unknown ${parameter === 'metrics' ? 'metric' : 'entity'} id: ${unknown.join(', ')}` };
  return ids;
}

function parseYear(raw: string | null): number | { error: string } | undefined {
  if (raw === null) return undefined;
  if (!/^\d{4}$/.test(raw)) return { error: `must be a four-digit year, got "${raw.slice(0, 20)}"` };
  return Number(raw);
}

/** Validates the observation filters; exported for unit tests of the contract. */
export function parseObservationQuery(params: URLSearchParams): ParseResult {
  const filters: ObservationFilters = {};
  for (const [parameter, known] of [
    ['metrics', metricIds],
    ['entities', entityIds],
  ] as const) {
    const parsed = parseIdList(params.get(parameter), known, parameter);
    if (parsed === undefined) continue;
    if (!Array.isArray(parsed)) return { ok: false, parameter, message: parsed.error };
    filters[parameter] = parsed;
  }
  for (const parameter of ['from', 'to'] as const) {
    const parsed = parseYear(params.get(parameter));
    if (parsed === undefined) continue;
    if (typeof parsed !== 'number') return { ok: false, parameter, message: parsed.error };
    filters[parameter] = parsed;
  }
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    return { ok: false, parameter: 'from', message: `from (${filters.from}) is after to (${filters.to})` };
  }
  return { ok: true, filters };
}

export function filterObservations(rows: readonly Observation[], filters: ObservationFilters): Observation[] {
  const metricSet = filters.metrics ? new Set(filters.metrics) : undefined;
  const entitySet = filters.entities ? new Set(filters.entities) : undefined;
  return rows.filter(
    (row) =>
      (!metricSet || metricSet.has(row.metricId)) &&
      (!entitySet || entitySet.has(row.entityId)) &&
      (filters.from === undefined || row.year >= filters.from) &&
      (filters.to === undefined || row.year <= filters.to),
  );
}

export const observationsHandlers = [
  http.get<never, never, { data: Observation[] } | ApiErrorBody>(`${API_PREFIX}/observations`, async ({ request }) => {
    await simulateLatency();
    const parsed = parseObservationQuery(new URL(request.url).searchParams);
    if (!parsed.ok) return errorResponse(400, 'bad_parameter', parsed.message, parsed.parameter);
    return HttpResponse.json({ data: filterObservations(observations, parsed.filters) });
  }),
];
