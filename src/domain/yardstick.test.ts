import { describe, expect, it } from 'vitest';
import { metric as makeMetric, observation } from '../../tests/factories';
import type { Metric, Observation } from '../api/schemas';
import { perMillionResidents, toYardstickRows } from './yardstick';

const metric = (id: string, partial: Partial<Metric> = {}): Metric =>
  makeMetric({ id, label: id, unit: 'firms', category: 'pillar', normalisable: { perCapita: true, perGdp: false, indexed: true }, ...partial });
const obs = (entityId: string, metricId: string, year: number, value: number, partial: Partial<Observation> = {}): Observation =>
  observation({ entityId, metricId, year, value, ...partial });
const pop = (entityId: string, year: number, millions: number, partial: Partial<Observation> = {}) => obs(entityId, 'ctx_population', year, millions, partial);

describe('toYardstickRows', () => {
  it('puts China’s value for the year the cities are compared at beside them', () => {
    const rd = metric('rd', { yardstick: 'level', valueKind: 'percent', unit: '%' });
    const [row] = toYardstickRows(
      [rd],
      [obs('wuhan', 'rd', 2022, 3.5), obs('xian', 'rd', 2022, 5.2), obs('wuhan', 'rd', 2023, 3.6), obs('china', 'rd', 2022, 2.54), obs('china', 'rd', 2023, 2.65)],
      ['wuhan', 'xian'],
    );
    expect(row?.comparison.year).toBe(2022);
    expect(row?.china?.value).toBe(2.54);
    expect(row?.comparison.leaders).toEqual(['xian']);
  });

  it('compares counts per million residents of the same year, China included', () => {
    const firms = metric('firms', { yardstick: 'perMillion' });
    const [row] = toYardstickRows(
      [firms],
      [obs('wuhan', 'firms', 2023, 14_000), pop('wuhan', 2023, 14), obs('xian', 'firms', 2023, 13_000), pop('xian', 2023, 13), obs('china', 'firms', 2023, 400_000), pop('china', 2023, 1400)],
      ['wuhan', 'xian'],
    );
    expect(row?.metric.unit).toBe('firms per million residents');
    expect(row?.comparison.cells.map((c) => c.observation?.value)).toEqual([1000, 1000]);
    expect(row?.comparison.leaders).toEqual(['wuhan', 'xian']);
    expect(row?.china?.value).toBeCloseTo(285.71, 2);
  });

  it('says when China has no figure for that year, and when the cities have no common year', () => {
    const rd = metric('rd', { yardstick: 'level' });
    const [missing] = toYardstickRows([rd], [obs('wuhan', 'rd', 2022, 3.5), obs('xian', 'rd', 2022, 5.2), obs('china', 'rd', 2021, 2.4)], ['wuhan', 'xian']);
    expect(missing?.china).toBeUndefined();
    expect(missing?.chinaMissing).toBe('no national figure for 2022');
    const [apart] = toYardstickRows([rd], [obs('wuhan', 'rd', 2022, 3.5), obs('xian', 'rd', 2021, 5.2), obs('china', 'rd', 2021, 2.4)], ['wuhan', 'xian']);
    expect(apart?.chinaMissing).toBe('not compared');
  });

  it('leaves out metrics without a national yardstick', () => {
    expect(toYardstickRows([metric('x')], [obs('wuhan', 'x', 2022, 1)], ['wuhan'])).toEqual([]);
  });
});

describe('perMillionResidents', () => {
  it('never divides by a population of another basis, a zero population or a missing one', () => {
    const count = obs('chengdu', 'firms', 2015, 1000, { basis: 'pre2016' });
    expect(perMillionResidents(count, pop('chengdu', 2015, 16, { basis: 'pre2016' }))?.value).toBe(62.5);
    expect(perMillionResidents(count, pop('chengdu', 2015, 16))).toBeUndefined();
    expect(perMillionResidents(obs('wuhan', 'firms', 2015, 10), pop('wuhan', 2015, 0))).toBeUndefined();
    expect(perMillionResidents(obs('wuhan', 'firms', 2015, 10), undefined)).toBeUndefined();
  });

  it('takes the weaker status of the count and the population, and says how it was made', () => {
    const derived = perMillionResidents(obs('wuhan', 'firms', 2018, 100), pop('wuhan', 2018, 10, { status: 'estimate', method: { kind: 'interpolated', detail: 'between two years' } }));
    expect(derived).toMatchObject({ value: 10, status: 'estimate', method: { kind: 'derived' } });
  });
});
