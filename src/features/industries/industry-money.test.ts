import { describe, expect, it } from 'vitest';
import type { Figure, Rate } from '../../api/schemas';
import { distinctRates, rateNote, toBillions } from './industry-money';

const RATES: Rate[] = [
  { from: 'CAD', to: 'CNY', rate: 5, year: 2020, status: 'estimate', sourceId: 'r1', method: { kind: 'derived', detail: 'test rate' } },
  { from: 'USD', to: 'CNY', rate: 7, year: 2020, status: 'reported', sourceId: 'r2' },
];
const figure = (extra: Partial<Figure>): Figure => ({ value: 10, year: 2020, status: 'reported', sourceId: 's', currency: 'CNY', moneyScale: 'billion', ...extra });

describe('toBillions', () => {
  it('leaves a figure already in the target currency and billions as it is', () => {
    const result = toBillions(figure({ qualifier: 'atLeast' }), 'CNY', RATES);
    expect(result).toMatchObject({ ok: true, figure: { value: 10, qualifier: 'atLeast', status: 'reported' }, rate: undefined });
  });

  it('rescales millions to billions, keeping the qualifier and the upper bound of a range', () => {
    const result = toBillions(figure({ value: 500, valueHigh: 800, qualifier: 'range', moneyScale: 'million' }), 'CNY', RATES);
    expect(result).toMatchObject({ ok: true, figure: { value: 0.5, valueHigh: 0.8, qualifier: 'range', moneyScale: 'billion' } });
  });

  it('converts at the rate of the figure’s year and takes the weaker status of the figure and the rate', () => {
    const result = toBillions(figure({ value: 110, currency: 'CAD' }), 'CNY', RATES);
    if (!result.ok) throw new Error(result.reason);
    expect(result.figure.value).toBeCloseTo(550);
    expect(result.figure.currency).toBe('CNY');
    expect(result.figure.status).toBe('estimate');
    expect(result.figure.method?.detail).toContain('1 CAD = 5 CNY (2020)');
    expect(result.rate?.sourceIds).toEqual(['r1']);
  });

  it('converts CNY to USD at the inverse of the stated rate, a reported rate keeping a reported status', () => {
    const result = toBillions(figure({ value: 70 }), 'USD', RATES);
    if (!result.ok) throw new Error(result.reason);
    expect(result.figure.value).toBeCloseTo(10);
    expect(result.figure.status).toBe('reported');
  });

  it('shows an amount the source also stated in the target currency exactly as stated', () => {
    const result = toBillions(figure({ value: 0.255, currency: 'CAD', alsoStated: { value: 1.35, currency: 'CNY', valueText: '1,350 million yuan' } }), 'CNY', RATES);
    expect(result).toMatchObject({ ok: true, figure: { value: 1.35, valueText: '1,350 million yuan' }, rate: undefined });
  });

  it('refuses when no rate connects the currencies, or the figure is not money', () => {
    expect(toBillions(figure({ currency: 'CAD' }), 'USD', [])).toMatchObject({ ok: false });
    expect(toBillions(figure({ currency: 'USD', year: 2021 }), 'CNY', RATES)).toMatchObject({ ok: false });
    expect(toBillions(figure({ currency: undefined }), 'CNY', RATES)).toMatchObject({ ok: false });
  });
});

describe('distinctRates and rateNote', () => {
  it('names each rate once and says when it is an estimate', () => {
    const a = toBillions(figure({ currency: 'CAD' }), 'CNY', RATES);
    const b = toBillions(figure({ currency: 'CAD', value: 3 }), 'CNY', RATES);
    const rates = distinctRates([a.ok ? a.rate : undefined, b.ok ? b.rate : undefined, undefined]);
    expect(rates).toHaveLength(1);
    expect(rateNote(rates)).toEqual([expect.stringContaining('1 CAD = 5 CNY (2020), itself an estimate')]);
  });
});
