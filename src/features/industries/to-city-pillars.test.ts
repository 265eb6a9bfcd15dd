import { describe, expect, it } from 'vitest';
import type { Industry, Rate } from '../../api/schemas';
import { toCityPillars } from './to-city-pillars';

function industry(id: string, cityId: Industry['cityId'], extra: Partial<Industry> & { value?: number; currency?: 'CNY' | 'CAD' } = {}): Industry {
  const { value, currency = 'CNY', ...rest } = extra;
  return {
    id,
    cityId,
    name: id,
    geoLevel: 'city',
    headline: false,
    anchorCompanies: [],
    sourceIds: ['src'],
    ...(value !== undefined ? { output: { value, year: 2020, status: 'reported', sourceId: 'src', currency, moneyScale: 'billion' } } : {}),
    ...rest,
  };
}

const RATES: Rate[] = [{ from: 'CAD', to: 'CNY', rate: 5, year: 2020, status: 'estimate', sourceId: 'fx', method: { kind: 'derived', detail: 'test' } }];

describe('toCityPillars', () => {
  it('lists each selected city in order, headline industries first, then by output with missing outputs last', () => {
    const { cities } = toCityPillars(
      [
        industry('small', 'wuhan', { value: 5 }),
        industry('none', 'wuhan'),
        industry('head', 'wuhan', { headline: true }),
        industry('big', 'wuhan', { value: 50 }),
        industry('cd', 'chengdu', { value: 1 }),
        industry('xa', 'xian', { value: 1 }),
      ],
      ['chengdu', 'wuhan'],
      'CNY',
      RATES,
    );
    expect(cities.map((c) => c.cityId)).toEqual(['chengdu', 'wuhan']);
    expect(cities[1]?.entries.map((e) => e.industry.id)).toEqual(['head', 'big', 'small', 'none']);
  });

  it('names the largest city-level output, never a zone figure, and every industry that ties for it', () => {
    const { cities } = toCityPillars(
      [industry('zone', 'xian', { value: 900, geoLevel: 'zone' }), industry('a', 'xian', { value: 40 }), industry('b', 'xian', { value: 40 }), industry('c', 'xian', { value: 30 })],
      ['xian'],
      'CNY',
      RATES,
    );
    expect(cities[0]?.largest.map((e) => e.industry.id)).toEqual(['a', 'b']);
    expect(cities[0]?.entries.find((e) => e.industry.id === 'zone')?.isZone).toBe(true);
  });

  it('converts outputs to the chosen currency before comparing them, and reports the rate', () => {
    const result = toCityPillars([industry('cad', 'wuhan', { value: 20, currency: 'CAD' }), industry('cny', 'wuhan', { value: 60 })], ['wuhan'], 'CNY', RATES);
    const [wuhan] = result.cities;
    expect(wuhan?.largest.map((e) => e.industry.id)).toEqual(['cad']);
    expect(wuhan?.largest[0]?.output).toMatchObject({ value: 100, currency: 'CNY', status: 'estimate' });
    expect(result.rates.map((r) => r.description)).toEqual(['1 CAD = 5 CNY (2020)']);
  });

  it('keeps a city without industries (empty, no largest) and flags outputs no rate converts', () => {
    const { cities } = toCityPillars([industry('cad', 'wuhan', { value: 20, currency: 'CAD' })], ['wuhan', 'xian'], 'USD', RATES);
    expect(cities[0]?.entries[0]).toMatchObject({ output: undefined, outputNotConverted: true });
    expect(cities[0]?.largest).toEqual([]);
    expect(cities[1]).toEqual({ cityId: 'xian', entries: [], largest: [] });
  });
});
