import { describe, expect, it } from 'vitest';
import type { Observation, Rate } from '../api/schemas';
import { convertObservation, describeRates, findRate } from './currency';

const rates: Rate[] = [
  { from: 'CAD', to: 'CNY', rate: 5.294, year: 2020, status: 'estimate', sourceId: 'seed', method: { kind: 'derived', detail: '1350/255' } },
  { from: 'USD', to: 'CNY', rate: 6.9, year: 2020, status: 'reported', sourceId: 'pboc' },
  { from: 'USD', to: 'CNY', rate: 6.8, year: 2020, status: 'estimate', sourceId: 'implied', method: { kind: 'derived', detail: 'implied by a press figure' } },
  { from: 'USD', to: 'CNY', rate: 6.5, year: 2019, status: 'reported', sourceId: 'old' },
];

const money = (partial: Partial<Observation>): Observation => ({
  id: 'o',
  entityId: 'wuhan',
  metricId: 'm',
  year: 2020,
  value: 100,
  status: 'reported',
  sourceId: 's',
  currency: 'CNY',
  ...partial,
});

describe('findRate', () => {
  it('uses the rate of the value’s own year, either way round, a reported rate before an estimate', () => {
    expect(findRate('USD', 'CNY', rates, 2020)?.factor).toBe(6.9);
    expect(findRate('USD', 'CNY', rates, 2019)?.factor).toBe(6.5);
    expect(findRate('CNY', 'USD', rates, 2020)?.factor).toBeCloseTo(1 / 6.9, 10);
    expect(findRate('CNY', 'USD', rates, 2020)?.description).toMatch(/\(2020\)$/);
  });

  it('never borrows another year’s rate', () => {
    expect(findRate('USD', 'CNY', rates, 2021)).toBeUndefined();
    expect(findRate('USD', 'CNY', rates, 2018)).toBeUndefined();
  });

  it('chains through CNY within one year, taking the weaker status', () => {
    const rate = findRate('CAD', 'USD', rates, 2020);
    expect(rate?.factor).toBeCloseTo(5.294 / 6.9, 10);
    expect(rate?.status).toBe('estimate');
    expect(rate?.sourceIds).toEqual(['seed', 'pboc']);
    expect(findRate('CAD', 'USD', rates, 2019)).toBeUndefined();
  });

  it('says when no rate connects two currencies', () => {
    expect(findRate('CAD', 'USD', rates.slice(1), 2020)).toBeUndefined();
  });
});

describe('describeRates', () => {
  it('lists each year’s rate once per pair, in year order, and nothing when nothing was converted', () => {
    const used = [findRate('USD', 'CNY', rates, 2020)!, findRate('USD', 'CNY', rates, 2019)!, findRate('USD', 'CNY', rates, 2020)!];
    expect(describeRates(used)).toEqual(["USD to CNY at each value's own year's rate: 1 USD = 6.5 CNY (2019); 1 USD = 6.9 CNY (2020)."]);
    expect(describeRates([])).toEqual([]);
    expect(describeRates([findRate('CNY', 'CNY', rates, 2020)!])).toEqual([]);
  });
});

describe('convertObservation', () => {
  it('converts at the stated rate and keeps the status when the rate is reported', () => {
    const result = convertObservation(money({ value: 690 }), 'USD', rates);
    if (!result.ok) throw new Error(result.reason);
    expect(result.observation.value).toBeCloseTo(100, 10);
    expect(result.observation.currency).toBe('USD');
    expect(result.observation.status).toBe('reported');
  });

  it('makes an estimate of a figure converted at an estimated rate, saying how', () => {
    const result = convertObservation(money({ value: 10, currency: 'CAD', status: 'seed', seedId: 'S11' }), 'CNY', rates);
    if (!result.ok) throw new Error(result.reason);
    expect(result.observation.value).toBeCloseTo(52.94, 10);
    expect(result.observation.status).toBe('estimate');
    expect(result.observation.method?.detail).toMatch(/Converted from CAD at 1 CAD = 5.294 CNY \(2020\)/);
  });

  it('shows an amount the source stated in both currencies exactly as stated', () => {
    const stated = money({
      value: 255,
      currency: 'CAD',
      status: 'seed',
      seedId: 'S21',
      alsoStated: { value: 1350, currency: 'CNY', valueText: '1,350 million yuan' },
    });
    const result = convertObservation(stated, 'CNY', rates);
    if (!result.ok) throw new Error(result.reason);
    expect(result.observation).toMatchObject({ value: 1350, currency: 'CNY', status: 'seed', valueText: '1,350 million yuan' });
    expect(result.rate).toBeUndefined();
  });

  it('leaves non-money and same-currency values alone', () => {
    const count = money({ currency: undefined });
    expect(convertObservation(count, 'USD', rates)).toEqual({ ok: true, observation: count, rate: undefined });
  });
});
