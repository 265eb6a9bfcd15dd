import { describe, expect, it } from 'vitest';
import { metrics as realMetrics, observations as realObservations } from './data';
import { server } from './node';
import { handlersForScenarioParam, parseScenarioParam, SCENARIO_ENDPOINTS } from './scenarios';
import { SYNTHETIC_METRIC_COUNT, SYNTHETIC_NOTICE, SYNTHETIC_SOURCE_ID, SYNTHETIC_YEARS, syntheticDataset } from './synthetic';
import {
  apiErrorSchema,
  metaSchema,
  metricsResponseSchema,
  observationsResponseSchema,
  sourcesResponseSchema,
} from '../src/api/schemas';

const get = (path: string) => fetch(new URL(`/api/v1/${path}`, window.location.origin));

describe('synthetic benchmark data', () => {
  it('is 3 cities x 400 metrics x 30 years, every id prefixed syn_ and every label saying synthetic', () => {
    const { metrics, observations } = syntheticDataset();
    expect(metrics).toHaveLength(SYNTHETIC_METRIC_COUNT);
    expect(observations).toHaveLength(3 * 400 * 30);
    expect(new Set(observations.map((o) => o.year)).size).toBe(SYNTHETIC_YEARS.to - SYNTHETIC_YEARS.from + 1);
    expect(metrics.every((m) => m.id.startsWith('syn_') && /^Synthetic metric \d+$/.test(m.label))).toBe(true);
    expect(metrics[16]?.label).toBe('Synthetic metric 17');
    expect(observations.every((o) => o.metricId.startsWith('syn_') && o.sourceId === SYNTHETIC_SOURCE_ID && o.status === 'estimate')).toBe(true);
    expect(new Set(observations.map((o) => o.id)).size).toBe(observations.length);
  });

  it('never touches the real dataset', () => {
    syntheticDataset();
    expect(realMetrics.some((m) => m.id.startsWith('syn_'))).toBe(false);
    expect(realObservations.some((o) => o.sourceId === SYNTHETIC_SOURCE_ID)).toBe(false);
  });

  it('is switched on for every endpoint by _scenario=all:synthetic and parsed beside other kinds', () => {
    expect(parseScenarioParam('all:synthetic')).toHaveLength(SCENARIO_ENDPOINTS.length);
    expect(parseScenarioParam('all:nonsense,fabs:empty')).toEqual([{ endpoint: 'fabs', kind: 'empty' }]);
  });

  it('makes meta say the data are synthetic, and only behind the switch', async () => {
    expect((await (await get('meta')).json()).dataNotice).toBeUndefined();
    server.use(...handlersForScenarioParam('all:synthetic'));
    expect(metaSchema.parse(await (await get('meta')).json()).dataNotice).toBe(SYNTHETIC_NOTICE);
  });

  it('says so in meta whichever endpoint alone serves synthetic rows', async () => {
    server.use(...handlersForScenarioParam('observations:synthetic'));
    expect(metaSchema.parse(await (await get('meta')).json()).dataNotice).toBe(SYNTHETIC_NOTICE);
  });

  it('is served through the mock API in the shapes the schemas describe, with the real data first', async () => {
    server.use(...handlersForScenarioParam('all:synthetic'));
    const metrics = metricsResponseSchema.parse(await (await get('metrics')).json()).data;
    expect(metrics).toHaveLength(realMetrics.length + SYNTHETIC_METRIC_COUNT);
    expect(metrics.slice(0, realMetrics.length).map((m) => m.id)).toEqual(realMetrics.map((m) => m.id));

    const sources = sourcesResponseSchema.parse(await (await get('sources')).json()).data;
    expect(sources.find((s) => s.id === SYNTHETIC_SOURCE_ID)?.title).toBe('Synthetic benchmark data — not real');

    const all = observationsResponseSchema.parse(await (await get('observations')).json()).data;
    expect(all).toHaveLength(realObservations.length + 36_000);

    const filtered = observationsResponseSchema.parse(
      await (await get('observations?metrics=syn_metric_017,ctx_gdp&entities=xian&from=2010&to=2019')).json(),
    ).data;
    expect(filtered.filter((o) => o.metricId === 'syn_metric_017')).toHaveLength(10);
    expect(filtered.every((o) => o.entityId === 'xian' && o.year >= 2010 && o.year <= 2019)).toBe(true);
    expect(filtered.some((o) => o.metricId === 'ctx_gdp')).toBe(true);
  });

  it('answers a bad filter as the real API does', async () => {
    server.use(...handlersForScenarioParam('all:synthetic'));
    const response = await get('observations?metrics=syn_metric_999');
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).error).toMatchObject({ parameter: 'metrics', message: 'unknown metric id: syn_metric_999' });
  });
});
