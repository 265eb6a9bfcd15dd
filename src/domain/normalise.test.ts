import { describe, expect, it } from 'vitest';
import { metric as makeMetric, observation } from '../../tests/factories';
import type { Metric, Observation, Rate } from '../api/schemas';
import { normaliseSeries, type NormaliseInput } from './normalise';

const metric = (partial: Partial<Metric>): Metric =>
  makeMetric({
    label: 'Output',
    unit: 'bn',
    valueKind: 'money',
    moneyScale: 'billion',
    category: 'pillar',
    measure: 'flow',
    normalisable: { perCapita: true, perGdp: true, indexed: true },
    decimals: 1,
    ...partial,
  });
const population = metric({ id: 'ctx_population', label: 'Permanent population', unit: 'million', valueKind: 'count', moneyScale: undefined });
const gdp = metric({ id: 'ctx_gdp', label: 'GDP' });

const obs = (entityId: string, year: number, value: number, partial: Partial<Observation> = {}): Observation =>
  observation({ id: `${entityId}-${year}-${value}`, entityId, year, value, sourceId: 'src', ...partial });
const estimate = { status: 'estimate' as const, method: { kind: 'unverified' as const, detail: 'bulletin' } };
const rates: Rate[] = [
  { from: 'USD', to: 'CNY', rate: 8, year: 2020, status: 'reported', sourceId: 'fx' },
  { from: 'USD', to: 'CNY', rate: 4, year: 2019, status: 'reported', sourceId: 'fx' },
];

const base = (partial: Partial<NormaliseInput>): NormaliseInput => ({
  observations: [],
  metric: metric({}),
  mode: 'absolute',
  currency: 'CNY',
  rates,
  populationMetric: population,
  gdpMetric: gdp,
  ...partial,
});

describe('normaliseSeries', () => {
  it('converts each value at its own year’s rate and names them', () => {
    const result = normaliseSeries(base({ observations: [obs('wuhan', 2019, 80, { currency: 'CNY' }), obs('wuhan', 2020, 160, { currency: 'CNY' })], currency: 'USD' }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.rows.map((r) => r.value)).toEqual([20, 20]);
    expect(result.notes).toEqual(["CNY to USD at each value's own year's rate: 1 CNY = 0.25 USD (2019); 1 CNY = 0.125 USD (2020)."]);
  });

  it('leaves a year without a rate unconverted and out of the chart, and says so', () => {
    const result = normaliseSeries(base({ observations: [obs('wuhan', 2020, 160, { currency: 'CNY' }), obs('wuhan', 2021, 200, { currency: 'CNY' })], currency: 'USD' }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.rows.map((r) => r.year)).toEqual([2020]);
    expect(result.notes).toContain("Not shown in USD, for want of that year's exchange rate: wuhan 2021 (CNY).");
  });

  it('says nothing about rates when nothing was converted', () => {
    const result = normaliseSeries(base({ observations: [obs('wuhan', 2020, 160, { currency: 'CNY' })], currency: 'CNY' }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.notes).toEqual([]);
  });

  it('never divides a value by a population of another basis', () => {
    const result = normaliseSeries(
      base({
        observations: [obs('chengdu', 2015, 1.0, { currency: 'CNY', basis: 'pre2016' }), obs('chengdu', 2016, 1.2, { currency: 'CNY', basis: 'pre2016' })],
        mode: 'perCapita',
        population: [obs('chengdu', 2015, 10, { metricId: 'ctx_population', basis: 'pre2016' }), obs('chengdu', 2016, 12, { metricId: 'ctx_population' })],
      }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.rows.map((r) => r.year)).toEqual([2015]);
    expect(result.notes).toContain('1 value left out: the permanent population of that year is on another basis (boundary or definition).');
  });

  it('divides by population of the same year, with the weakest status of the two', () => {
    const result = normaliseSeries(
      base({
        observations: [obs('wuhan', 2020, 1.5, { currency: 'CNY' }), obs('wuhan', 2021, 2, { currency: 'CNY' })],
        mode: 'perCapita',
        population: [obs('wuhan', 2020, 12, { metricId: 'ctx_population', ...estimate })],
      }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.value).toBeCloseTo(125, 10); // 1.5 bn yuan / 12 m people
    expect(result.rows[0]?.status).toBe('estimate');
    expect(result.rows[0]?.method?.kind).toBe('derived');
    expect(result.metric.unit).toBe('CNY per resident');
    expect(result.notes).toContain('1 value left out: no permanent population for that year.');
  });

  it("writes a derived value's inputs with their units and their metric's decimals, never a bare number", () => {
    // A value converted from dollars lands on many decimals: CNY 1,264.2 bn = US$ 158.025 bn at 8 yuan to the dollar.
    const perCapita = normaliseSeries(
      base({
        observations: [obs('wuhan', 2020, 158.025, { currency: 'USD' })],
        mode: 'perCapita',
        population: [obs('wuhan', 2020, 12.3456, { metricId: 'ctx_population', ...estimate })],
      }),
    );
    if (!perCapita.ok) throw new Error(perCapita.reason);
    expect(perCapita.rows[0]?.method?.detail).toBe('CNY 1,264.2 bn ÷ permanent population 2020 (12.3 million, estimate).');

    const perGdp = normaliseSeries(
      base({
        observations: [obs('chengdu', 2020, 42.614, { currency: 'CNY', ...estimate })],
        mode: 'perGdp',
        gdp: [obs('chengdu', 2020, 1201.076, { metricId: 'ctx_gdp', currency: 'CNY' })],
      }),
    );
    if (!perGdp.ok) throw new Error(perGdp.reason);
    expect(perGdp.rows[0]?.method?.detail).toBe('CNY 42.6 bn ÷ GDP 2020 (CNY 1,201.1 bn, reported).');
    expect(perGdp.rows[0]?.note).toBe('Divided by GDP 2020.');
  });

  it('gives counts per 1,000 residents', () => {
    const students = metric({ unit: 'million', valueKind: 'count', moneyScale: undefined });
    const result = normaliseSeries(
      base({ metric: students, observations: [obs('xian', 2020, 0.6)], mode: 'perCapita', population: [obs('xian', 2020, 12)] }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.rows[0]?.value).toBeCloseTo(50, 10);
    expect(result.metric.unit).toBe('per 1,000 residents');
  });

  it('shows money as a share of GDP, in yuan whatever the display currency', () => {
    const result = normaliseSeries(
      base({ observations: [obs('chengdu', 2020, 5, { currency: 'USD' })], mode: 'perGdp', currency: 'CAD', gdp: [obs('chengdu', 2020, 2000, { metricId: 'ctx_gdp', currency: 'CNY' })] }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.rows[0]?.value).toBeCloseTo(2, 10); // US$5 bn = CNY 40 bn = 2% of CNY 2,000 bn
    expect(result.metric.unit).toBe('% of GDP');
  });

  it('indexes each city to its own first year in the range', () => {
    const result = normaliseSeries(
      base({
        mode: 'indexed',
        observations: [obs('wuhan', 2016, 50), obs('wuhan', 2018, 75), obs('xian', 2018, 10, estimate), obs('xian', 2019, 12)],
      }),
    );
    if (!result.ok) throw new Error(result.reason);
    const byKey = Object.fromEntries(result.rows.map((r) => [`${r.entityId}${r.year}`, r]));
    expect(byKey.wuhan2016?.value).toBe(100);
    expect(byKey.wuhan2018?.value).toBe(150);
    expect(byKey.xian2019?.value).toBeCloseTo(120, 10);
    // The base was an estimate, so every index point built on it is one.
    expect(byKey.xian2019?.status).toBe('estimate');
    expect(result.notes.at(-1)).toMatch(/wuhan 2016, xian 2018/);
  });

  it('names the denominator\'s source by its short name, never by its id', () => {
    const students = metric({ id: 'tal_students', label: 'Students', unit: 'million', valueKind: 'count', moneyScale: undefined });
    const input = base({ metric: students, observations: [obs('xian', 2020, 0.6)], mode: 'perCapita', population: [obs('xian', 2020, 12, { sourceId: 'citypopulation_xian' })] });
    const named = normaliseSeries({ ...input, sourceName: (id) => (id === 'citypopulation_xian' ? 'CityPopulation.de, Xi\'an' : undefined) });
    const unnamed = normaliseSeries(input);
    if (!named.ok || !unnamed.ok) throw new Error('expected values');
    expect(named.rows[0]?.note).toBe("Divided by permanent population 2020 (CityPopulation.de, Xi'an).");
    expect(unnamed.rows[0]?.note).toBe('Divided by permanent population 2020.');
    expect(JSON.stringify([named.rows, unnamed.rows])).not.toContain('citypopulation_xian');
  });

  it('keeps the values of a metric that does not take the normalisation, as reported, and says so', () => {
    const share = metric({ unit: '%', valueKind: 'percent', moneyScale: undefined, normalisable: { perCapita: false, perGdp: false, indexed: false } });
    const observations = [obs('wuhan', 2020, 5)];
    const absolute = normaliseSeries(base({ metric: share, mode: 'absolute', observations }));
    for (const [mode, said] of [
      ['perCapita', 'not divided by population'],
      ['perGdp', 'not divided by GDP'],
      ['indexed', 'not indexed'],
    ] as const) {
      const result = normaliseSeries(base({ metric: share, mode, observations }));
      if (!result.ok || !absolute.ok) throw new Error('expected values');
      expect(result.asReported).toBe(said);
      expect(result.rows).toEqual(absolute.rows);
      expect(result.metric).toEqual(share);
      expect(result.notes[0]).toMatch(new RegExp(`^Shown as reported: .* is ${said}`));
    }
  });
});
