import { describe, expect, it } from 'vitest';
import type { CityId, Entity, Metric, Observation, Source } from '../../api/schemas';
import { compositeIndex } from '../../domain/composite';
import { buildInsights } from '../../domain/insights';
import { compareMetrics } from '../../domain/comparison';
import { metricsNamedIn, toCompositeCsv, toHeadlineCsv, toInsightsCsv, toScorecardCsv, type OverviewCsvLookups } from './to-overview-csv';

const CITIES: CityId[] = ['wuhan', 'xian', 'chengdu'];
const WEIGHTS = { context: 1, pillar: 1, talent: 1, chips: 1 };
const metric = (id: string, label: string, extra: Partial<Metric> = {}): Metric => ({
  id,
  label,
  definition: 'A test metric.',
  unit: 'firms',
  valueKind: 'count',
  category: 'pillar',
  betterDirection: 'higher',
  measure: 'flow',
  geoLevel: 'city',
  normalisable: { perCapita: false, perGdp: false, indexed: false },
  decimals: 0,
  headline: true,
  ...extra,
});
const GDP = metric('ctx_gdp', 'GDP', { unit: 'CNY', valueKind: 'money', moneyScale: 'billion', category: 'context', decimals: 1 });
const GROWTH = metric('ctx_gdp_growth', 'Real GDP growth', { unit: '%', valueKind: 'percent', category: 'context', decimals: 1 });
const FIRMS = metric('firms', 'Firms');
const obs = (metricId: string, entityId: string, year: number, value: number, sourceId = 'src', extra: Partial<Observation> = {}): Observation => ({
  id: `${metricId}-${entityId}-${year}`,
  entityId,
  metricId,
  year,
  value,
  status: 'reported',
  sourceId,
  ...(metricId === 'ctx_gdp' ? { currency: 'CNY' as const } : {}),
  ...extra,
});

const entityById = new Map<string, Entity>(
  CITIES.map((id) => [id, { id, nameEn: id === 'xian' ? "Xi'an" : id[0]?.toUpperCase() + id.slice(1), nameZh: '城', kind: 'city', parentId: null }]),
);
const sourceById = new Map<string, Source>(
  ['src', 'gov', 'old'].map((id) => [id, { id, title: `Source ${id}`, shortTitle: id, publisher: 'P', year: 2023, url: `https://example.org/${id}`, kind: 'statisticalBulletin' }]),
);
const METRICS = [GDP, GROWTH, FIRMS];
const lookups: OverviewCsvLookups = {
  entityById,
  metricById: new Map(METRICS.map((m) => [m.id, m])),
  sourceById,
  currency: 'CNY',
  derivation: (o) => (o.metricId === 'ctx_gdp' && o.entityId === 'xian' ? 'Converted at 1 USD = 7 CNY (2023)' : undefined),
};
const col = (header: readonly string[], name: string) => header.indexOf(name);

describe('metricsNamedIn', () => {
  it('reads the longest label first, so a sentence about real GDP growth is not also about GDP', () => {
    const scorecard = compareMetrics(METRICS, [], CITIES);
    expect(metricsNamedIn('Chengdu leads on Real GDP growth: 6.1% in 2023.', scorecard).map((m) => m.id)).toEqual(['ctx_gdp_growth']);
    expect(metricsNamedIn('No comparable figures for GDP, Firms in the selected years.', scorecard).map((m) => m.id).sort()).toEqual(['ctx_gdp', 'firms']);
    expect(metricsNamedIn('On the composite index Wuhan comes first with 90 of 100.', scorecard)).toEqual([]);
  });
});

describe('overview CSVs', () => {
  const observations = [
    obs('ctx_gdp', 'wuhan', 2016, 300, 'old'),
    obs('ctx_gdp', 'xian', 2016, 100, 'old'),
    obs('ctx_gdp', 'chengdu', 2016, 200, 'old'),
    obs('ctx_gdp', 'wuhan', 2023, 200, 'gov'),
    obs('ctx_gdp', 'xian', 2023, 100, 'gov', { status: 'estimate', method: { kind: 'derived', detail: 'converted' } }),
    obs('ctx_gdp', 'chengdu', 2023, 400, 'gov'),
    obs('firms', 'wuhan', 2022, 50),
    obs('firms', 'xian', 2022, 40),
  ];
  const scorecard = compareMetrics(METRICS, observations, CITIES);
  const composite = compositeIndex(scorecard, CITIES, WEIGHTS);

  it('lists each insight with the metrics, years, statuses and sources behind it', () => {
    const insights = buildInsights({ rows: scorecard, composite, observations, cities: CITIES });
    const table = toInsightsCsv(insights, scorecard, observations, CITIES, sourceById);
    const overtook = table.rows.find((r) => String(r[0]).includes('overtook'));
    expect(overtook?.[0]).toBe('Chengdu overtook Wuhan on GDP between 2016 and 2023.');
    // The compared 2023 values and the 2016 ones the sentence names.
    expect(overtook?.slice(1, 5)).toEqual(['GDP', '2016–2023', 'reported; estimate', 6]);
    expect(overtook?.[col(table.header, 'source')]).toBe('Source gov; Source old');
    const lead = table.rows.find((r) => String(r[0]).startsWith('Chengdu leads on GDP'));
    expect(lead?.slice(1, 5)).toEqual(['GDP', 2023, 'reported; estimate', 3]);
    expect(lead?.[col(table.header, 'source_url')]).toBe('https://example.org/gov');
    const index = table.rows.find((r) => String(r[0]).startsWith('On the composite index'));
    expect(index?.[1]).toBe('Every compared metric (composite index)');
  });

  it('writes the scorecard city by city with rank and gap, and a metric it cannot compare as one row with the reason', () => {
    const table = toScorecardCsv(scorecard, lookups);
    const row = (metricId: string, place: string) => table.rows.find((r) => r[col(table.header, 'metric_id')] === metricId && r[col(table.header, 'place_id')] === place);
    const xian = row('ctx_gdp', 'xian');
    expect(xian?.[col(table.header, 'value')]).toBe(100);
    expect(xian?.[col(table.header, 'rank')]).toBe(3);
    expect(xian?.[col(table.header, 'gap_to_leader')]).toBe(-300);
    expect(xian?.[col(table.header, 'relative_gap_pct')]).toBe(-75);
    expect(xian?.[col(table.header, 'status')]).toBe('estimate');
    expect(xian?.[col(table.header, 'derivation')]).toBe('Converted at 1 USD = 7 CNY (2023)');
    expect(xian?.[col(table.header, 'unit')]).toBe('CNY bn');
    // Firms: Chengdu has no value, so there is no year all three share; one row says so.
    const firms = table.rows.filter((r) => r[col(table.header, 'metric_id')] === 'firms');
    expect(firms).toHaveLength(1);
    expect(firms[0]?.[col(table.header, 'value')]).toBeUndefined();
    expect(firms[0]?.[col(table.header, 'note')]).toMatch(/^No year in which every selected city has a value/);
    const growth = table.rows.filter((r) => r[col(table.header, 'metric_id')] === 'ctx_gdp_growth');
    expect(growth).toHaveLength(1);
    expect(growth[0]?.[col(table.header, 'note')]).toMatch(/^No selected city has a value/);
  });

  it('writes the composite index per index and city with coverage, weight, weakest status and sources', () => {
    const table = toCompositeCsv(composite, scorecard, CITIES, WEIGHTS, lookups);
    const overallXian = table.rows.find((r) => r[0] === 'Overall' && r[1] === "Xi'an");
    expect(overallXian?.[col(table.header, 'unit')]).toMatch(/^index, 0–100/);
    expect(overallXian?.[col(table.header, 'status')]).toBe('estimate');
    expect(overallXian?.[col(table.header, 'metrics')]).toBe('GDP');
    const value = overallXian?.[col(table.header, 'value')];
    expect(value).toBeCloseTo(Math.round((composite.overall.xian.score ?? 0) * 10) / 10);
    const pillarChengdu = table.rows.find((r) => r[0] === 'Pillar industries' && r[1] === 'Chengdu');
    expect(pillarChengdu?.[col(table.header, 'value')]).toBeUndefined();
    expect(pillarChengdu?.[col(table.header, 'note')]).toMatch(/^No score/);
    expect(pillarChengdu?.[col(table.header, 'weight')]).toBe(1);
  });

  it('writes each headline figure per city with the year it is compared at, a city without one as an empty value', () => {
    const compared = toHeadlineCsv([{ metric: FIRMS, byCity: { wuhan: observations[6], xian: observations[7] }, yearText: '2022 for both', compared: true }], ['wuhan', 'xian'], lookups);
    expect(compared.rows.map((r) => [r[col(compared.header, 'place_id')], r[col(compared.header, 'value')], r[col(compared.header, 'compared_at')], r[col(compared.header, 'note')]])).toEqual([
      ['wuhan', 50, '2022 for both', undefined],
      ['xian', 40, '2022 for both', undefined],
    ]);
    const table = toHeadlineCsv([{ metric: FIRMS, byCity: { wuhan: observations[6], xian: undefined }, yearText: 'no common year: not compared', compared: false }], ['wuhan', 'xian'], lookups);
    expect(table.rows.map((r) => [r[col(table.header, 'place_id')], r[col(table.header, 'value')], r[col(table.header, 'note')]])).toEqual([
      ['wuhan', 50, 'Latest value, not compared: no year in which every selected city has a value.'],
      ['xian', undefined, 'No figure in these years.'],
    ]);
  });
});
