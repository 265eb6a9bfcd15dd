import { describe, expect, it } from 'vitest';
import type { CityId, Metric, Observation } from '../../api/schemas';
import type { YearRow } from '../../domain/series';
import { latestByCity, toLatestComparison, verdictFor, verdictText } from './to-latest-comparison';

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
  geoLevel: 'city',
  normalisable: { perCapita: false, perGdp: false, indexed: false },
  decimals: 0,
});

describe('latestByCity', () => {
  it("takes each city's latest value, whatever order the rows come in, and leaves missing cities out", () => {
    const cells = latestByCity(rows(obs('wuhan', 2020, 3), obs('wuhan', 2017, 9), obs('xian', 2018, 5)).reverse(), ALL);
    expect(cells.wuhan?.value).toBe(3);
    expect(cells.xian?.year).toBe(2018);
    expect('chengdu' in cells).toBe(false);
  });
});

describe('verdictFor', () => {
  it('names the leader among values of the same year', () => {
    expect(verdictFor({ wuhan: obs('wuhan', 2021, 3.5), xian: obs('xian', 2021, 5.05) }, ALL, 'higher')).toEqual({ kind: 'lead', cities: ['xian'], yearsDiffer: false });
  });

  it('ranks a lower-is-better measure the other way and flags years one apart', () => {
    expect(verdictFor({ wuhan: obs('wuhan', 2020, 3), chengdu: obs('chengdu', 2021, 8) }, ALL, 'lower')).toEqual({ kind: 'lead', cities: ['wuhan'], yearsDiffer: true });
  });

  it('calls equal best values a tie', () => {
    expect(verdictFor({ wuhan: obs('wuhan', 2021, 7), xian: obs('xian', 2021, 7), chengdu: obs('chengdu', 2021, 6) }, ALL, 'higher')).toMatchObject({
      kind: 'tie',
      cities: ['wuhan', 'xian'],
    });
  });

  it('does not rank values more than a year apart, a lone value, nothing, or a neutral measure', () => {
    expect(verdictFor({ wuhan: obs('wuhan', 2017, 1.2), chengdu: obs('chengdu', 2023, 1) }, ALL, 'higher')).toEqual({ kind: 'notComparable', years: [2017, 2023] });
    expect(verdictFor({ chengdu: obs('chengdu', 2018, 181) }, ALL, 'higher')).toEqual({ kind: 'single', cities: ['chengdu'] });
    expect(verdictFor({}, ALL, 'higher')).toEqual({ kind: 'none' });
    expect(verdictFor({ wuhan: obs('wuhan', 2021, 1), xian: obs('xian', 2021, 2) }, ALL, 'neutral')).toEqual({ kind: 'unranked' });
  });

  it('counts a range by its stated lower bound and ignores cities that are not selected', () => {
    const cells = { wuhan: obs('wuhan', 2021, 3.5), chengdu: obs('chengdu', 2021, 3.2, { qualifier: 'range', valueHigh: 3.6 }), xian: obs('xian', 2021, 9) };
    expect(verdictFor(cells, ['wuhan', 'chengdu'], 'higher')).toMatchObject({ kind: 'lead', cities: ['wuhan'] });
  });
});

describe('toLatestComparison and verdictText', () => {
  it('keeps the metric order, passes reasons through and words each verdict', () => {
    const result = toLatestComparison(
      [
        { metricId: 'a', ok: true, metric: metric('higher'), rows: rows(obs('wuhan', 2020, 1), obs('xian', 2020, 2)), notes: [] },
        { metricId: 'b', ok: false, label: 'B', reason: 'cannot be shown per capita' },
      ],
      ALL,
    );
    expect(result.map((r) => r.metricId)).toEqual(['a', 'b']);
    const [first, second] = result;
    expect(first?.ok && verdictText(first.verdict, (c) => c.toUpperCase())).toBe('XIAN leads');
    expect(second).toMatchObject({ ok: false, reason: 'cannot be shown per capita' });
    expect(verdictText({ kind: 'tie', cities: ['wuhan', 'xian'], yearsDiffer: true }, (c) => c)).toBe('Tie: wuhan and xian (years differ by one)');
    expect(verdictText({ kind: 'notComparable', years: [2017, 2023] }, (c) => c)).toBe('Not ranked: years differ (2017–2023)');
  });
});
