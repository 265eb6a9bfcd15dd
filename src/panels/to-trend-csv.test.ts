import { describe, expect, it } from 'vitest';
import { gdpMetric } from '../../tests/factories';
import type { Entity, Metric, Observation, Rate, Source } from '../api/schemas';
import { normaliseSeries } from '../domain/normalise';
import { conversionOf, seriesDerivation, toTrendCsv } from './to-trend-csv';

const RATES: Rate[] = [
  { from: 'USD', to: 'CNY', rate: 7, year: 2023, status: 'reported', sourceId: 'fx' },
  { from: 'USD', to: 'CNY', rate: 7, year: 2022, status: 'reported', sourceId: 'fx' },
];
const metric = (id: string, extra: Partial<Metric>): Metric => gdpMetric({ id, label: id, definition: 'A test metric.', ...extra });
const GDP = metric('ctx_gdp', {});
const POPULATION = metric('ctx_population', { unit: 'million', valueKind: 'count', moneyScale: undefined, label: 'Permanent population', decimals: 2 });
const obs = (id: string, entityId: string, metricId: string, year: number, value: number, extra: Partial<Observation> = {}): Observation => ({
  id,
  entityId,
  metricId,
  year,
  value,
  status: 'reported',
  sourceId: 's',
  ...extra,
});

describe('seriesDerivation and conversionOf', () => {
  it('says nothing for a value shown as stored, and names the normalisation and the rate otherwise', () => {
    expect(seriesDerivation('absolute', GDP, { kind: 'none' })).toBe('');
    const rate = conversionOf({ year: 2023, currency: 'CNY' }, 'USD', RATES);
    expect(rate).toMatchObject({ kind: 'rate' });
    expect(seriesDerivation('perCapita', GDP, rate)).toBe('Per capita: divided by the permanent population of the same year; converted at 1 CNY = 0.1429 USD (2023)');
    expect(seriesDerivation('perCapita', POPULATION, { kind: 'none' })).toBe('Per capita: times 1,000, divided by the permanent population of the same year');
    expect(seriesDerivation('indexed', GDP, { kind: 'none' })).toMatch(/^Indexed: /);
  });

  it('converts only what is in another currency, and prefers the source’s own second figure', () => {
    expect(conversionOf({ year: 2023, currency: 'USD' }, 'USD', RATES)).toEqual({ kind: 'none' });
    expect(conversionOf({ year: 2023, currency: undefined }, 'USD', RATES)).toEqual({ kind: 'none' });
    expect(conversionOf({ year: 2023, currency: 'CAD', alsoStated: { value: 1, currency: 'USD', valueText: 'US$1bn' } }, 'USD', RATES)).toEqual({ kind: 'asStated' });
    expect(conversionOf({ year: 2023, currency: 'CAD' }, 'USD', RATES)).toEqual({ kind: 'none' });
  });
});

describe('toTrendCsv', () => {
  it('writes per-capita USD values as the chart shows them, with their unit and how they were made', () => {
    const stored = [obs('g1', 'wuhan', 'ctx_gdp', 2022, 1400, { currency: 'CNY' }), obs('g2', 'wuhan', 'ctx_gdp', 2023, 2100, { currency: 'CNY' })];
    const population = [obs('p1', 'wuhan', 'ctx_population', 2022, 10), obs('p2', 'wuhan', 'ctx_population', 2023, 12, { status: 'estimate', method: { kind: 'interpolated', detail: 'between censuses' } })];
    const series = normaliseSeries({ observations: stored, metric: GDP, mode: 'perCapita', currency: 'USD', rates: RATES, population, populationMetric: POPULATION });
    if (!series.ok) throw new Error(series.reason);
    const entityById = new Map<string, Entity>([['wuhan', { id: 'wuhan', nameEn: 'Wuhan', nameZh: '武汉', kind: 'city', parentId: null }]]);
    const sourceById = new Map<string, Source>();
    const table = toTrendCsv({
      observations: series.rows,
      storedById: new Map(stored.map((o) => [o.id, o])),
      displayMetric: series.metric,
      storedMetric: GDP,
      norm: 'perCapita',
      workingCurrency: 'USD',
      rates: RATES,
      entityById,
      sourceById,
    });
    const col = (name: string) => table.header.indexOf(name);
    // 1,400 bn CNY ÷ 7 = 200 bn USD, over 10 million residents: US$ 20,000 per resident.
    expect(table.rows.map((r) => [r[col('year')], r[col('value')], r[col('unit')], r[col('status')]])).toEqual([
      [2022, 20_000, 'USD per resident', 'reported'],
      [2023, 25_000, 'USD per resident', 'estimate'],
    ]);
    expect(table.rows[0]?.[col('derivation')]).toBe('Per capita: divided by the permanent population of the same year; converted at 1 CNY = 0.1429 USD (2022)');
    expect(table.rows[1]?.[col('method')]).toMatch(/^Derived from sourced inputs: /);
  });
});
