import { describe, expect, it } from 'vitest';
import type { CityId, Metric, Observation } from '../../api/schemas';
import type { YearRow } from '../../domain/series';
import { cityLabel } from '../../domain/cities';
import { latestByCity, toLatestComparison, toMultipleBars, verdictText } from './to-latest-comparison';

const obs = (entityId: CityId, year: number, value: number, extra: Partial<Observation> = {}): Observation => ({
  id: `${entityId}-${year}`,
  entityId,
  metricId: 'm',
  year,
  value,
  status: 'reported',
  sourceId: 's',
  ...extra,
});

const rows = (...values: Observation[]): YearRow[] => {
  const byYear = new Map<number, YearRow>();
  for (const v of values) {
    const row = byYear.get(v.year) ?? { year: v.year, values: {} };
    row.values[v.entityId as CityId] = v;
    byYear.set(v.year, row);
  }
  return [...byYear.values()];
};

const ALL: CityId[] = ['wuhan', 'xian', 'chengdu'];
const metric = (betterDirection: Metric['betterDirection']): Metric => ({
  id: 'm',
  label: 'Measure',
  definition: 'A test measure.',
  unit: 'persons',
  valueKind: 'count',
  category: 'talent',
  betterDirection,
  measure: 'flow',
  geoLevel: 'city',
  normalisable: { perCapita: false, perGdp: false, indexed: false },
  decimals: 0,
});
const race = (values: Observation[], direction: Metric['betterDirection'] = 'higher', cities = ALL, mode: 'sameYear' | 'latest' = 'sameYear') => {
  const [row] = toLatestComparison([{ metricId: 'm', ok: true, metric: metric(direction), rows: rows(...values), notes: [] }], cities, mode);
  if (!row?.ok) throw new Error('expected a comparison');
  return row;
};
const words = (row: ReturnType<typeof race>) => verdictText(row.verdict, (c) => c);

describe('latestByCity', () => {
  it("takes each city's latest value, whatever order the rows come in, and leaves missing cities out", () => {
    const cells = latestByCity(rows(obs('wuhan', 2020, 3), obs('wuhan', 2017, 9), obs('xian', 2018, 5)).reverse(), ALL);
    expect(cells.wuhan?.value).toBe(3);
    expect(cells.xian?.year).toBe(2018);
    expect('chengdu' in cells).toBe(false);
  });
});

describe('the talent race verdict (one engine with the scorecard)', () => {
  it('compares every city at the latest year all of them have, not at each latest', () => {
    const row = race([obs('wuhan', 2021, 3), obs('xian', 2021, 5), obs('chengdu', 2021, 4), obs('wuhan', 2023, 9)]);
    expect(row.cells.wuhan?.year).toBe(2021);
    expect(words(row)).toBe('xian leads (2021 for all three)');
    expect(row.latest.wuhan?.year).toBe(2023);
  });

  it('says "no common year" with each city’s latest year and ranks nobody', () => {
    const row = race([obs('wuhan', 2017, 1.2), obs('xian', 2019, 0.7), obs('chengdu', 2023, 1)]);
    expect(row.verdict.kind).toBe('noCommonYear');
    expect(words(row)).toBe('No common year (wuhan 2017, xian 2019, chengdu 2023): not ranked');
    expect(row.cells).toEqual({});
    // The small multiple lists each city's latest year right below, so its verdict does not.
    expect(verdictText(row.verdict, (c) => c, { yearsListed: true })).toBe('No common year: not ranked');
  });

  it('in "latest for each city" ranks years one apart, flagged, but not two apart', () => {
    expect(words(race([obs('wuhan', 2020, 3), obs('chengdu', 2021, 8)], 'lower', ['wuhan', 'chengdu'], 'latest'))).toBe('wuhan leads (latest for each; years differ by one, to 2021)');
    expect(race([obs('wuhan', 2019, 3), obs('chengdu', 2021, 8)], 'higher', ['wuhan', 'chengdu'], 'latest').verdict.kind).toBe('noCommonYear');
  });

  it('calls equal best values a tie, a lone value single, nothing none, and leaves neutral measures unranked', () => {
    expect(words(race([obs('wuhan', 2021, 7), obs('xian', 2021, 7), obs('chengdu', 2021, 6)]))).toBe('Tie: wuhan and xian (2021 for all three)');
    expect(race([obs('chengdu', 2018, 181)], 'higher', ALL, 'latest').verdict).toEqual({ kind: 'single', cities: ['chengdu'], year: 2018 });
    expect(words(race([obs('chengdu', 2018, 181)], 'higher', ALL, 'latest'))).toBe('Only chengdu has a figure (2018)');
    expect(race([]).verdict).toEqual({ kind: 'none' });
    expect(race([obs('wuhan', 2021, 1), obs('xian', 2021, 2)], 'neutral', ['wuhan', 'xian']).verdict).toMatchObject({ kind: 'unranked' });
  });

  it('counts a range by its stated lower bound and ignores cities that are not selected', () => {
    const row = race([obs('wuhan', 2021, 3.5), obs('chengdu', 2021, 3.2, { qualifier: 'range', valueHigh: 3.6 }), obs('xian', 2021, 9)], 'higher', ['wuhan', 'chengdu']);
    expect(words(row)).toBe('wuhan leads (2021 for both)');
  });

  it('keeps the metric order and passes reasons through', () => {
    const result = toLatestComparison(
      [
        { metricId: 'a', ok: true, metric: metric('higher'), rows: rows(obs('wuhan', 2020, 1), obs('xian', 2020, 2)), notes: [] },
        { metricId: 'b', ok: false, label: 'B', reason: 'cannot be shown per capita' },
      ],
      ['wuhan', 'xian'],
    );
    expect(result.map((r) => r.metricId)).toEqual(['a', 'b']);
    expect(result[1]).toMatchObject({ ok: false, reason: 'cannot be shown per capita' });
  });
});

describe("the talent race's bars (toMultipleBars)", () => {
  const labels = (row: ReturnType<typeof race>, cities = ALL) => toMultipleBars(row, cities).map((bar) => bar.label);

  it('leaves the year out of the labels when the verdict names the one year of every bar', () => {
    expect(labels(race([obs('wuhan', 2024, 1190), obs('xian', 2024, 860), obs('chengdu', 2024, 1160)]))).toEqual(['1,190 persons', '860 persons', '1,160 persons']);
    expect(labels(race([obs('wuhan', 2020, 302000)], 'higher', ALL, 'latest'))).toEqual(['302,000 persons', '', '']);
  });

  it('keeps each year where the years differ, and names a missing city under its name', () => {
    const row = race([obs('wuhan', 2020, 3), obs('chengdu', 2021, 8)], 'higher', ['wuhan', 'chengdu'], 'latest');
    expect(labels(row, ['wuhan', 'chengdu'])).toEqual(['3 persons (2020)', '8 persons (2021)']);
    const bars = toMultipleBars(race([obs('wuhan', 2020, 302000)], 'higher', ALL, 'latest'), ALL);
    expect(bars.map((bar) => bar.category)).toEqual([cityLabel('wuhan'), `${cityLabel('xian')}: no figure`, `${cityLabel('chengdu')}: no figure`]);
    expect(bars.map((bar) => bar.value)).toEqual([302000, null, null]);
  });
});
