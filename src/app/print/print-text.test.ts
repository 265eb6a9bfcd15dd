import { describe, expect, it } from 'vitest';
import { describeViewSettings, reproducingSearch } from './print-text';
import { deckPrintHref, isPrintPath, sectionPrintHref } from './print-path';

describe('describeViewSettings', () => {
  it('always names cities, years, values and currency', () => {
    expect(describeViewSettings('')).toEqual(['Wuhan 武汉, Xi\'an 西安, Chengdu 成都', '2015–2024', 'Values: absolute', 'Money in CNY']);
  });

  it('keeps an acronym in a label capitalised inside the sentence', () => {
    expect(describeViewSettings('?norm=perGdp')).toContain('Values: per unit of GDP');
  });

  it('adds the settings that are not defaults', () => {
    const phrases = describeViewSettings('?cities=xian&from=2020&to=2020&norm=perCapita&cur=USD&compare=latest&view=table&spot=xian&w=chips:0&kinds=fab&q=wafer&status=estimate');
    expect(phrases).toEqual([
      "Xi'an 西安",
      '2020',
      'Values: per capita',
      'Money in USD',
      'Cities compared each at its latest year, not at one year',
      'Shown as a table',
      "Spotlight: Xi'an 西安",
      'Composite weights: Context 1, Pillar industries 1, Talent 1, Chips 0',
      'Timeline: Fab',
      'Values matching “wafer”',
      'Only estimate values',
    ]);
  });
});

describe('reproducingSearch', () => {
  it('spells out the years and the dataset version, and drops presentation state', () => {
    const params = new URLSearchParams(reproducingSearch('?card=capacity&slide=3&v=old', '2026.11.1'));
    expect(Object.fromEntries(params)).toEqual({ card: 'capacity', from: '2015', to: '2024', v: '2026.11.1' });
  });

  it('keeps commas and colons legible', () => {
    expect(reproducingSearch('?cities=wuhan,xian&w=chips:0', undefined)).toBe('?cities=wuhan,xian&w=chips:0&from=2015&to=2024');
  });
});

describe('print paths', () => {
  it('recognises the print view under any base', () => {
    expect(isPrintPath('/print', '/')).toBe(true);
    expect(isPrintPath('/hubscope/print/', '/hubscope/')).toBe(true);
    expect(isPrintPath('/printer', '/')).toBe(false);
    expect(isPrintPath('/chips/print', '/')).toBe(false);
  });

  it('builds the links the app opens it with', () => {
    expect(deckPrintHref('/')).toBe('/print');
    expect(deckPrintHref('/hubscope/', 'N4Ig+x')).toBe('/hubscope/print#deck=N4Ig%2Bx');
    expect(sectionPrintHref('/', '/chips', '?cities=wuhan&slide=2&card=capacity')).toBe('/print?section=/chips&cities=wuhan&card=capacity');
  });
});
