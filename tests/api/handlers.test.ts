import { describe, expect, it } from 'vitest';
import { metrics, observations } from '../../mocks/data';
import {
  apiErrorSchema,
  entitiesResponseSchema,
  eventsResponseSchema,
  fabsResponseSchema,
  industriesResponseSchema,
  metaSchema,
  metricsResponseSchema,
  observationsResponseSchema,
  ratesResponseSchema,
  sourcesResponseSchema,
} from '../../src/api/schemas';

const get = (path: string) => fetch(new URL(`/api/v1/${path}`, window.location.origin));

describe('mock API', () => {
  it.each([
    ['meta', metaSchema],
    ['entities', entitiesResponseSchema],
    ['metrics', metricsResponseSchema],
    ['observations', observationsResponseSchema],
    ['sources', sourcesResponseSchema],
    ['industries', industriesResponseSchema],
    ['fabs', fabsResponseSchema],
    ['events', eventsResponseSchema],
    ['rates', ratesResponseSchema],
  ] as const)('serves %s in the shape its schema describes', async (path, schema) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    const parsed = schema.safeParse(await response.json());
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  });

  it('filters observations by metric, entity and years', async () => {
    const metricId = observations[0]!.metricId;
    const body = observationsResponseSchema.parse(await (await get(`observations?metrics=${metricId}&entities=wuhan,xian&from=2018&to=2021`)).json());
    const expected = observations.filter(
      (o) => o.metricId === metricId && ['wuhan', 'xian'].includes(o.entityId) && o.year >= 2018 && o.year <= 2021,
    );
    expect(body.data.map((o) => o.id).sort()).toEqual(expected.map((o) => o.id).sort());
  });

  it.each([
    ['from=abc', 'from', /four-digit year/],
    [`metrics=${metrics[0]!.id},no_such_metric`, 'metrics', /unknown metric id: no_such_metric/],
    ['entities=atlantis', 'entities', /unknown entity id: atlantis/],
    ['from=2022&to=2020', 'from', /after to/],
    ['metrics=', 'metrics', /at least one id/],
  ])('answers 400 naming the parameter for %s', async (query, parameter, message) => {
    const response = await get(`observations?${query}`);
    expect(response.status).toBe(400);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toMatch(message);
  });

  it('answers an unknown path under the API with a JSON 404', async () => {
    const response = await get('no-such-resource');
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('not_found');
  });
});
