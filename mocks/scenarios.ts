import { delay, http, HttpResponse } from 'msw';
import { errorResponse } from './http-errors';
import { API_PREFIX } from './handlers/list';

/**
 * Fault overrides, per endpoint, for tests (`server.use(...scenarioHandlers('fabs', 'serverError'))`)
 * and, whenever mocking is on, for demos through the reserved `_scenario` URL parameter,
 * e.g. `?_scenario=fabs:serverError,observations:slow`.
 */
export const SCENARIO_ENDPOINTS = [
  'meta',
  'entities',
  'metrics',
  'observations',
  'sources',
  'industries',
  'fabs',
  'events',
  'rates',
] as const;
export type ScenarioEndpoint = (typeof SCENARIO_ENDPOINTS)[number];

export const SCENARIO_KINDS = ['serverError', 'dropped', 'hang', 'slow', 'malformed', 'schemaBreak', 'empty'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export const SLOW_SCENARIO_MS = 3000;

/** Handlers that override one endpoint with one fault; place them before the normal handlers. */
export function scenarioHandlers(endpoint: ScenarioEndpoint, kind: ScenarioKind) {
  const path = `${API_PREFIX}/${endpoint}`;
  switch (kind) {
    case 'serverError':
      return [http.get(path, () => errorResponse(500, 'scenario_server_error', 'Simulated server error'))];
    case 'dropped':
      return [http.get(path, () => HttpResponse.error())];
    case 'hang':
      return [
        http.get(path, async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      ];
    case 'slow':
      // Returning nothing lets the normal handler answer after the delay.
      return [
        http.get(path, async () => {
          await delay(SLOW_SCENARIO_MS);
        }),
      ];
    case 'malformed':
      return [
        http.get(
          path,
          () => new HttpResponse('{"data": [ {"id": "tr', { status: 200, headers: { 'Content-Type': 'application/json' } }),
        ),
      ];
    case 'schemaBreak':
      return [
        http.get(path, () =>
          HttpResponse.json(endpoint === 'meta' ? { datasetVersion: 42 } : { data: [{ id: 42, value: 'NaN' }] }),
        ),
      ];
    case 'empty':
      return [http.get(path, () => HttpResponse.json(endpoint === 'meta' ? {} : { data: [] }))];
  }
}

export type ScenarioSpec = { endpoint: ScenarioEndpoint; kind: ScenarioKind };

/** Parses `fabs:serverError,observations:slow`; unknown parts are skipped. */
export function parseScenarioParam(raw: string | null): ScenarioSpec[] {
  if (!raw) return [];
  const specs: ScenarioSpec[] = [];
  for (const part of raw.split(',')) {
    const [endpoint, kind] = part.split(':');
    if (
      (SCENARIO_ENDPOINTS as readonly string[]).includes(endpoint ?? '') &&
      (SCENARIO_KINDS as readonly string[]).includes(kind ?? '')
    ) {
      specs.push({ endpoint: endpoint as ScenarioEndpoint, kind: kind as ScenarioKind });
    }
  }
  return specs;
}

export function handlersForScenarioParam(raw: string | null) {
  return parseScenarioParam(raw).flatMap((spec) => scenarioHandlers(spec.endpoint, spec.kind));
}
