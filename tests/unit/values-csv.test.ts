import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { entities, meta, metrics, observations, sources } from '../../mocks/data';
import { VALUES_CSV_HEADER, toValuesCsv } from '../../src/features/sources/to-values-csv';

const lookups = {
  entityById: new Map(entities.map((e) => [e.id, e])),
  metricById: new Map(metrics.map((m) => [m.id, m])),
  sourceById: new Map(sources.map((s) => [s.id, s])),
};

describe('toValuesCsv', () => {
  it('writes one row per value with its source, status and the dataset version', async () => {
    const seed = observations.find((o) => o.status === 'seed' && o.valueText);
    if (!seed) throw new Error('no seed observation with its wording');
    const parsed = Papa.parse<Record<string, string>>(await toValuesCsv([seed], lookups, meta), { header: true }).data;
    expect(Object.keys(parsed[0] ?? {})).toEqual([...VALUES_CSV_HEADER]);
    expect(parsed[0]).toMatchObject({
      place_id: seed.entityId,
      metric_id: seed.metricId,
      year: String(seed.year),
      value: String(seed.value),
      status: 'seed',
      seed_id: seed.seedId,
      dataset_version: meta.datasetVersion,
    });
    expect(parsed[0]?.as_written?.replace(/^'/, '')).toBe(seed.valueText);
  });
});
