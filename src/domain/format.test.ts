import { describe, expect, it } from 'vitest';
import { compareText, formatEnGb, formatValue, formatYearSpan } from './format';

const gdp = { unit: 'bn', valueKind: 'money', moneyScale: 'billion', decimals: 1 } as const;
const firms = { unit: 'firms', valueKind: 'count', decimals: 0 } as const;
const share = { unit: '%', valueKind: 'percent', decimals: 0 } as const;
const years = { unit: 'years', valueKind: 'years', decimals: 0 } as const;

describe('formatValue', () => {
  it('writes money with its currency and scale', () => {
    expect(formatValue({ value: 1771.676, currency: 'CNY' }, gdp)).toBe('CNY 1,771.7 bn');
    expect(formatValue({ value: 110, currency: 'CAD' }, gdp)).toBe('C$ 110.0 bn');
  });

  it('keeps the qualifier the source used', () => {
    expect(formatValue({ value: 100, qualifier: 'atLeast' }, firms)).toBe('≥100 firms');
    expect(formatValue({ value: 300, qualifier: 'approx' }, firms)).toBe('~300 firms');
    expect(formatValue({ value: 74, qualifier: 'upTo' }, share)).toBe('≤74%');
    expect(formatValue({ value: 3, valueHigh: 5, qualifier: 'range' }, years)).toBe('3–5 years');
  });
});

describe('formatYearSpan', () => {
  it('spans the years it is given', () => {
    expect(formatYearSpan([2020, 2015, 2024])).toBe('2015–2024');
    expect(formatYearSpan([2020])).toBe('2020');
    expect(formatYearSpan([])).toBe('');
  });
});

describe('formatEnGb and compareText', () => {
  it('format as toLocaleString and localeCompare do, whatever the options and order of calls', () => {
    const cases: [number, Intl.NumberFormatOptions | undefined][] = [
      [1234567.891, undefined],
      [1234567.891, { maximumFractionDigits: 1 }],
      [0.5, { minimumFractionDigits: 2, maximumFractionDigits: 2 }],
      [1 / 6.9, { maximumSignificantDigits: 4 }],
      [1234567.891, undefined],
    ];
    for (const [value, options] of cases) expect(formatEnGb(value, options)).toBe(value.toLocaleString('en-GB', options));
    const names = ['Wuhan', 'chengdu', 'Xi’an', 'Ürümqi', 'apple'];
    expect([...names].sort(compareText)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
