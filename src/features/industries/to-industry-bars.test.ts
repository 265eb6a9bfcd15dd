import { describe, expect, it } from 'vitest';
import type { Industry, Rate } from '../../api/schemas';
import { toIndustryBars } from './to-industry-bars';

function industry(id: string, cityId: Industry['cityId'], output?: Partial<NonNullable<Industry['output']>>): Industry {
  return {
    id,
    cityId,
    name: id,
    geoLevel: 'city',
    headline: false,
    anchorCompanies: [],
    sourceIds: ['src'],
    ...(output ? { output: { value: 1, year: 2020, status: 'reported', sourceId: 'src', currency: 'CNY', moneyScale: 'billion', ...output } } : {}),
  };
}

describe('toIndustryBars', () => {
  it('groups by city in display order, largest first, and keeps only the selected cities', () => {
    const { bars } = toIndustryBars(
      [industry('a', 'chengdu', { value: 5 }), industry('b', 'wuhan', { value: 1 }), industry('c', 'wuhan', { value: 9 }), industry('d', 'xian', { value: 3 })],
      ['wuhan', 'chengdu'],
      'CNY',
    );
    expect(bars.map((b) => b.id)).toEqual(['c', 'b', 'a']);
  });

  it('reports industries it cannot draw instead of drawing them as zero', () => {
    const result = toIndustryBars([industry('none', 'wuhan'), industry('cad', 'wuhan', { value: 110, currency: 'CAD' })], ['wuhan'], 'CNY');
    expect(result.bars).toHaveLength(0);
    expect(result.withoutOutput.map((i) => i.id)).toEqual(['none']);
    expect(result.otherCurrency.map((i) => i.id)).toEqual(['cad']);
  });

  it('draws every bar in the chosen currency at one stated rate, rescaling millions, and names the rate', () => {
    const rates: Rate[] = [{ from: 'USD', to: 'CNY', rate: 8, year: 2020, status: 'estimate', sourceId: 'fx', method: { kind: 'derived', detail: 'test' } }];
    const result = toIndustryBars(
      [industry('big', 'wuhan', { value: 80 }), industry('millions', 'wuhan', { value: 4000, moneyScale: 'million' }), industry('usd', 'xian', { value: 2, currency: 'USD' })],
      ['wuhan', 'xian'],
      'USD',
      rates,
    );
    expect(result.bars.map((b) => [b.id, b.output.value, b.output.currency, b.output.status])).toEqual([
      ['big', 10, 'USD', 'estimate'],
      ['millions', 0.5, 'USD', 'estimate'],
      ['usd', 2, 'USD', 'reported'],
    ]);
    expect(result.rates.map((r) => r.description)).toEqual(['1 CNY = 0.125 USD (2020)']);
  });
});
