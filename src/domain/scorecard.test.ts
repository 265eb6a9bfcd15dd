import { describe, expect, it } from 'vitest';
import type { Metric, Observation } from '../api/schemas';
import { scoreMetric } from './scorecard';

const metric = (partial: Partial<Metric> = {}): Metric => ({
  id: 'm',
  label: 'Students',
  definition: 'A test metric definition.',
  unit: 'million',
  valueKind: 'count',
  category: 'talent',
  betterDirection: 'higher',
  geoLevel: 'city',
  normalisable: { perCapita: true, perGdp: false, indexed: true },
  decimals: 1,
  ...partial,
});
const obs = (entityId: string, year: number, value: number, partial: Partial<Observation> = {}): Observation => ({
  id: `${entityId}-${year}-${value}`,
  entityId,
  metricId: 'm',
  year,
  value,
  status: 'reported',
  sourceId: 's',
  ...partial,
});
const ALL = ['wuhan', 'xian', 'chengdu'] as const;

describe('scoreMetric', () => {
  it('ranks at the latest year all cities share and gives each gap to the leader', () => {
    const row = scoreMetric(metric(), [obs('wuhan', 2020, 10), obs('xian', 2020, 8), obs('chengdu', 2020, 12), obs('wuhan', 2021, 11)], ALL);
    expect(row.comparable).toBe(true);
    expect(row.year).toBe(2020);
    expect(row.leaders).toEqual(['chengdu']);
    expect(row.cells.map((c) => [c.city, c.rank, c.gapToLeader])).toEqual([
      ['wuhan', 2, -2],
      ['xian', 3, -4],
      ['chengdu', 1, 0],
    ]);
    expect(row.cells[1]?.relativeGap).toBeCloseTo(-1 / 3, 10);
  });

  it('accepts a value one year off, flagged, and leaves a city with none out', () => {
    const row = scoreMetric(metric(), [obs('wuhan', 2022, 10), obs('xian', 2021, 9)], ALL);
    expect(row.year).toBe(2022);
    expect(row.cells.find((c) => c.city === 'xian')).toMatchObject({ offYear: true, rank: 2 });
    expect(row.cells.find((c) => c.city === 'chengdu')).toMatchObject({ observation: undefined, rank: undefined });
  });

  it('is not comparable when values are more than a year apart', () => {
    const row = scoreMetric(metric(), [obs('wuhan', 2022, 10), obs('xian', 2019, 9)], ALL);
    expect(row.comparable).toBe(false);
    expect(row.reason).toMatch(/within one year/);
    expect(row.cells.every((c) => c.rank === undefined)).toBe(true);
  });

  it('ranks lower-is-better metrics the other way', () => {
    const row = scoreMetric(metric({ betterDirection: 'lower' }), [obs('wuhan', 2020, 3), obs('xian', 2020, 5)], ['wuhan', 'xian']);
    expect(row.leaders).toEqual(['wuhan']);
    expect(row.cells.find((c) => c.city === 'xian')?.gapToLeader).toBe(2);
  });

  it('shares a rank on a tie', () => {
    const row = scoreMetric(metric(), [obs('wuhan', 2020, 7), obs('xian', 2020, 7), obs('chengdu', 2020, 5)], ALL);
    expect(row.leaders).toEqual(['wuhan', 'xian']);
    expect(row.cells.map((c) => c.rank)).toEqual([1, 1, 3]);
  });

  it('never compares zone, province or part-year figures with city figures', () => {
    expect(scoreMetric(metric({ geoLevel: 'zone' }), [obs('wuhan', 2020, 1), obs('xian', 2020, 2)], ALL).comparable).toBe(false);
    const row = scoreMetric(metric(), [obs('wuhan', 2020, 1), obs('xian', 2020, 2, { geoLevel: 'zone' }), obs('chengdu', 2020, 3, { period: 'Jan–May' })], ALL);
    expect(row.comparable).toBe(false);
  });

  it('shows neutral metrics without a ranking', () => {
    const row = scoreMetric(metric({ betterDirection: 'neutral' }), [obs('wuhan', 2020, 12), obs('xian', 2020, 13)], ALL);
    expect(row.comparable).toBe(true);
    expect(row.leaders).toEqual([]);
    expect(row.cells.every((c) => c.rank === undefined)).toBe(true);
  });
});
