import { describe, expect, it } from 'vitest';
import { createLoader } from 'nuqs';
import type { inferParserType } from 'nuqs';
import { inspectViewSearch, serializeViewSearch, viewSearchParsers } from './search-params';

const load = createLoader(viewSearchParsers);

describe('view search params', () => {
  it('defaults to all three cities and leaves the default out of the URL', () => {
    expect(load('').cities).toEqual(['wuhan', 'xian', 'chengdu']);
    expect(serializeViewSearch({ cities: ['wuhan', 'xian', 'chengdu'] })).toBe('');
  });

  it('round-trips a selection in display order whatever order it was given', () => {
    const search = serializeViewSearch({ cities: ['chengdu', 'wuhan'] });
    expect(decodeURIComponent(search)).toBe('?cities=wuhan,chengdu');
    expect(load(search).cities).toEqual(['wuhan', 'chengdu']);
  });

  it('keeps the known cities of a partly bad list and reports the rest', () => {
    expect(load('?cities=xian,paris').cities).toEqual(['xian']);
    expect(inspectViewSearch('?cities=xian,paris')).toEqual([
      { param: 'cities', value: 'paris', reason: 'unknown city' },
    ]);
  });

  it('falls back to all cities when none is known, and says so', () => {
    expect(load('?cities=__proto__').cities).toEqual(['wuhan', 'xian', 'chengdu']);
    expect(inspectViewSearch('?cities=__proto__')[0]?.reason).toMatch(/no known city/);
  });

  it('reports unknown and repeated parameters but not the reserved mock switch', () => {
    const ignored = inspectViewSearch('?cities=wuhan&cities=xian&constructor=1&_scenario=fabs:serverError');
    expect(ignored.map((i) => i.param)).toEqual(['cities', 'constructor']);
    expect(ignored[0]?.reason).toMatch(/repeated/);
  });

  it('shows control characters and very long values safely', () => {
    const [entry] = inspectViewSearch(`?x${encodeURIComponent('\u0007')}=${'a'.repeat(500)}`);
    expect(entry?.param).toBe('x\\u0007');
    expect(entry?.value.length).toBeLessThanOrEqual(41);
  });
});

describe('display mode', () => {
  it('accepts chart or table and reports anything else', () => {
    expect(load('?view=table').view).toBe('table');
    expect(load('?view=pie').view).toBe('chart');
    expect(inspectViewSearch('?view=pie')[0]?.reason).toMatch(/not a valid value/);
  });
});

describe('years, normalisation, currency and weights', () => {
  it('reads a valid year range and refuses malformed or out-of-range years', () => {
    expect(load('?from=2018&to=2020')).toMatchObject({ from: 2018, to: 2020 });
    expect(load('?from=18&to=99999')).toMatchObject({ from: 2015, to: 2024 });
    expect(inspectViewSearch('?from=18').map((i) => i.reason)).toEqual(['not a valid value; the default was used']);
  });

  it('reports a backwards range', () => {
    expect(inspectViewSearch('?from=2022&to=2018')[0]?.reason).toMatch(/runs backwards/);
  });

  it('round-trips weights, leaving default weights out', () => {
    const search = serializeViewSearch({ w: { context: 1, pillar: 3, talent: 1, chips: 0 } });
    expect(decodeURIComponent(search)).toBe('?w=pillar:3,chips:0');
    expect(load(search).w).toEqual({ context: 1, pillar: 3, talent: 1, chips: 0 });
    expect(load('?w=pillar:9').w).toEqual({ context: 1, pillar: 1, talent: 1, chips: 1 });
    expect(load('?w=__proto__:1').w).toEqual({ context: 1, pillar: 1, talent: 1, chips: 1 });
  });

  it('accepts only known normalisations and currencies', () => {
    expect(load('?norm=perCapita&cur=USD')).toMatchObject({ norm: 'perCapita', cur: 'USD' });
    expect(load('?norm=perHour&cur=EUR')).toMatchObject({ norm: 'absolute', cur: 'CNY' });
  });
});

describe('every parameter', () => {
  // A non-default value for each setting; the test fails when a new setting has no example here.
  const examples: { [K in keyof typeof viewSearchParsers]: NonNullable<inferParserType<typeof viewSearchParsers>[K]> } = {
    cities: ['xian', 'chengdu'],
    view: 'table',
    from: 2017,
    to: 2022,
    norm: 'indexed',
    cur: 'USD',
    compare: 'latest',
    theme: 'contrast',
    spot: 'chengdu',
    v: '2026.11.1',
    kinds: ['plan', 'fab'],
    w: { context: 0, pillar: 2, talent: 5, chips: 1 },
    q: 'wafer 武汉',
    status: 'estimate',
    card: 'capacity',
    slide: 3,
    deck: 'N4IgLgpgTgZg9gdwHYGcBcoCMA',
  };

  it('has an example for every parameter the view reads', () => {
    expect(Object.keys(examples).sort()).toEqual(Object.keys(viewSearchParsers).sort());
  });

  it.each(Object.entries(examples))('round-trips %s through the address and reports nothing', (key, value) => {
    const search = serializeViewSearch({ [key]: value });
    expect(search).toMatch(new RegExp(`^\\?${key}=`));
    expect(load(search)[key as keyof typeof examples]).toEqual(value);
    expect(inspectViewSearch(search, '/chips')).toEqual([]);
  });

  it('round-trips all of them at once', () => {
    const search = serializeViewSearch(examples);
    expect(load(search)).toEqual(examples);
  });
});

describe('card and slide', () => {
  it('shows a card alone only on its own section, and says why otherwise', () => {
    expect(inspectViewSearch('?card=capacity', '/chips')).toEqual([]);
    expect(inspectViewSearch('?card=capacity', '/talent')[0]?.reason).toMatch(/another section/);
    expect(load('?card=nosuch').card).toBeNull();
    expect(inspectViewSearch('?card=nosuch', '/chips')[0]?.reason).toMatch(/no such card/);
  });

  it('reads slide numbers from 1 to 50 and refuses anything else', () => {
    expect(load('?slide=1').slide).toBe(1);
    expect(load('?slide=50').slide).toBe(50);
    for (const bad of ['0', '51', '-1', '2.5', '1e1', '01x', '999999999999']) {
      expect(load(`?slide=${bad}`).slide).toBeNull();
      expect(inspectViewSearch(`?slide=${bad}`)[0]?.reason).toMatch(/not a valid value/);
    }
  });
});
