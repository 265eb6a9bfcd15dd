import { describe, expect, it } from 'vitest';
import type { Fab, Figure } from '../../api/schemas';
import { frontEndCapacity } from '../../domain/capacity';
import { describeContribution, describeInvestment, formatWafersCompact, niceMax, toCapacityBars, toInvestmentBars } from './to-group-bars';
import { toInvestment } from './to-investment';

const figure = (value: number, extra: Partial<Figure> = {}): Figure => ({ value, year: 2022, status: 'reported', sourceId: 'src', ...extra });
const fab = (id: string, cityId: Fab['cityId'], extra: Partial<Fab>): Fab => ({
  id,
  name: id,
  company: 'Co',
  cityId,
  facilityType: 'frontEnd',
  product: 'NAND',
  status: 'operating',
  waferSizeMm: 300,
  sourceIds: ['src'],
  ...extra,
});

describe('capacity bars', () => {
  it('one group per plant status with a figure, a bar per city, gaps for cities without one', () => {
    const { totals } = frontEndCapacity(
      [
        fab('a', 'wuhan', { capacityWpm: figure(90_000) }),
        fab('b', 'xian', { capacityWpm: figure(40_000), waferSizeMm: 200, status: 'halted' }),
        fab('c', 'chengdu', {}),
      ],
      ['wuhan', 'xian', 'chengdu'],
    );
    const bars = toCapacityBars(totals);
    expect(bars.map((b) => b.label)).toEqual(['Operating', 'Halted (planned capacity)']);
    expect(bars[0]?.values.wuhan?.label).toBe('90k');
    expect(bars[0]?.values.xian).toBeUndefined();
    expect(bars[1]?.values.xian?.value).toBeCloseTo(17_760);
    expect(bars[1]?.values.xian?.details[0]).toBe('b: 40,000 wafers/month × 0.444 = 17,760 in 300 mm terms (200 mm, 2022, Reported)');
    // The bar carries the number; its tooltip the number with its unit.
    expect(bars[0]?.values.wuhan?.text).toBe('90,000 wafers/month, 300 mm-equivalent');
    expect(bars.some((b) => b.values.chengdu)).toBe(false);
  });

  it('writes thousands compactly, with qualifiers', () => {
    expect(formatWafersCompact({ value: 4_440, status: 'reported' })).toBe('4.4k');
    expect(formatWafersCompact({ value: 250_000, qualifier: 'approx', status: 'estimate' })).toBe('~250k');
    expect(formatWafersCompact({ value: 60_000, valueHigh: 80_000, qualifier: 'range', status: 'seed' })).toBe('60–80k');
  });

  it('describes a 300 mm plant without a conversion', () => {
    const [total] = frontEndCapacity([fab('x', 'wuhan', { capacityWpm: figure(20_000, { year: 2017 }) })], ['wuhan']).totals;
    expect(total && describeContribution(total.contributions[0]!)).toBe('x: 20,000 wafers/month (300 mm, 2017, Reported)');
  });
});

describe('investment descriptions', () => {
  it('keeps the precision the source stated and shows the converted amount beside it', () => {
    const plant = fab('s', 'xian', {
      name: 'Samsung',
      investment: { value: 25.87, currency: 'USD', moneyScale: 'billion', year: 2022, status: 'reported', sourceId: 'src' },
    });
    const { totals } = toInvestment([plant], ['xian'], 'CNY', [{ from: 'USD', to: 'CNY', rate: 7, year: 2022, status: 'reported', sourceId: 'fx' }]);
    const item = totals[0]?.items[0];
    expect(item && describeInvestment(item)).toBe('Samsung: US$ 25.87 bn = CNY 181.1 bn (2022, Reported)');
  });

  it("gives each bar's tooltip the amount in its currency and scale, not the bare number written on the bar", () => {
    const plant = fab('s', 'xian', { investment: { value: 25.87, currency: 'USD', moneyScale: 'billion', year: 2022, status: 'reported', sourceId: 'src', qualifier: 'approx' } });
    const [committed] = toInvestmentBars(toInvestment([plant], ['xian'], 'USD', []).totals);
    expect(committed?.values.xian?.label).toBe('~25.9');
    expect(committed?.values.xian?.text).toBe('US$ ~25.9 bn');
  });
});

describe('niceMax', () => {
  it('rounds the axis top up to a round number at least 10% above the tallest bar', () => {
    expect(niceMax(260_000)).toBe(300_000);
    expect(niceMax(232.4)).toBe(300);
    expect(niceMax(34)).toBe(40);
    expect(niceMax(0)).toBe(1);
  });
});
