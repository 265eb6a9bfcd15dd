import { describe, expect, it } from 'vitest';
import { metric as makeMetric, observation } from '../../tests/factories';
import type { Metric, Observation } from '../api/schemas';
import { compareMetric, comparisonYearText } from './comparison';

const metric = (partial: Partial<Metric> = {}): Metric =>
  makeMetric({ label: 'Students', unit: 'million', normalisable: { perCapita: true, perGdp: false, indexed: true }, decimals: 1, ...partial });
const obs = (entityId: string, year: number, value: number, partial: Partial<Observation> = {}): Observation =>
  observation({ id: `${entityId}-${year}-${value}`, entityId, year, value, ...partial });
const ALL = ['wuhan', 'xian', 'chengdu'] as const;

describe('compareMetric, same year for all (the default)', () => {
  it('ranks at the latest year every city has, names it, and gives each gap to the leader', () => {
    const row = compareMetric(metric(), [obs('wuhan', 2020, 10), obs('xian', 2020, 8), obs('chengdu', 2020, 12), obs('wuhan', 2021, 11), obs('chengdu', 2021, 13)], ALL);
    expect(row.outcome).toBe('sameYear');
    expect(row.year).toBe(2020);
    expect(comparisonYearText(row)).toBe('2020 for all three');
    expect(row.leaders).toEqual(['chengdu']);
    expect(row.cells.map((c) => [c.city, c.rank, c.gapToLeader])).toEqual([
      ['wuhan', 2, -2],
      ['xian', 3, -4],
      ['chengdu', 1, 0],
    ]);
    expect(row.cells[1]?.relativeGap).toBeCloseTo(-1 / 3, 10);
  });

  it('does not accept a value one year off: no common year, each city’s latest shown, nobody ranked', () => {
    const row = compareMetric(metric(), [obs('wuhan', 2022, 10), obs('xian', 2021, 9), obs('chengdu', 2022, 11)], ALL);
    expect(row.outcome).toBe('noCommonYear');
    expect(row.ranked).toBe(false);
    expect(row.leaders).toEqual([]);
    expect(row.cells.map((c) => c.latestYear)).toEqual([2022, 2021, 2022]);
    expect(row.cells.every((c) => c.observation === undefined)).toBe(true);
    expect(comparisonYearText(row)).toBe("no common year (Wuhan 2022, Xi'an 2021, Chengdu 2022)");
  });

  it('treats a city with no value at all as breaking the common year, never as zero', () => {
    const row = compareMetric(metric(), [obs('wuhan', 2020, 10), obs('xian', 2020, 9)], ALL);
    expect(row.outcome).toBe('noCommonYear');
    expect(row.cells.find((c) => c.city === 'chengdu')?.latestYear).toBeUndefined();
    expect(compareMetric(metric(), [obs('wuhan', 2020, 10), obs('xian', 2020, 9)], ['wuhan', 'xian']).outcome).toBe('sameYear');
  });

  it('ranks lower-is-better metrics the other way', () => {
    const row = compareMetric(metric({ betterDirection: 'lower' }), [obs('wuhan', 2020, 3), obs('xian', 2020, 5)], ['wuhan', 'xian']);
    expect(row.leaders).toEqual(['wuhan']);
    expect(row.cells.find((c) => c.city === 'xian')?.gapToLeader).toBe(2);
  });

  it('shares a rank on a tie and skips the next', () => {
    const row = compareMetric(metric(), [obs('wuhan', 2020, 7), obs('xian', 2020, 7), obs('chengdu', 2020, 5)], ALL);
    expect(row.leaders).toEqual(['wuhan', 'xian']);
    expect(row.cells.map((c) => c.rank)).toEqual([1, 1, 3]);
  });

  it('ranks a value of exactly zero (it is a value, not a gap)', () => {
    const row = compareMetric(metric(), [obs('wuhan', 2020, 0), obs('xian', 2020, 4)], ['wuhan', 'xian']);
    expect(row.cells.map((c) => c.rank)).toEqual([2, 1]);
    const allZero = compareMetric(metric(), [obs('wuhan', 2020, 0), obs('xian', 2020, 0)], ['wuhan', 'xian']);
    expect(allZero.leaders).toEqual(['wuhan', 'xian']);
    expect(allZero.cells[0]?.relativeGap).toBeUndefined();
  });

  it('never compares zone, province or part-year figures with city figures', () => {
    expect(compareMetric(metric({ geoLevel: 'zone' }), [obs('wuhan', 2020, 1), obs('xian', 2020, 2)], ALL).outcome).toBe('notCityLevel');
    const row = compareMetric(metric(), [obs('wuhan', 2020, 1), obs('xian', 2020, 2, { geoLevel: 'zone' }), obs('chengdu', 2020, 3, { period: 'Jan–May' })], ALL);
    expect(row.outcome).toBe('single');
    expect(row.ranked).toBe(false);
  });

  it('uses the preferred figure where sources disagree', () => {
    const row = compareMetric(
      metric(),
      [obs('wuhan', 2020, 5, { conflictId: 'c', preferred: false }), obs('wuhan', 2020, 9, { conflictId: 'c', preferred: true, sourceId: 't' }), obs('xian', 2020, 7)],
      ['wuhan', 'xian'],
    );
    expect(row.cells[0]?.observation?.value).toBe(9);
    expect(row.leaders).toEqual(['wuhan']);
  });

  it('shows neutral metrics without a ranking', () => {
    const row = compareMetric(metric({ betterDirection: 'neutral' }), [obs('wuhan', 2020, 12), obs('xian', 2020, 13)], ['wuhan', 'xian']);
    expect(row.comparable).toBe(true);
    expect(row.ranked).toBe(false);
    expect(row.cells.every((c) => c.rank === undefined)).toBe(true);
  });

  it('with one city selected shows its latest value, unranked', () => {
    const row = compareMetric(metric(), [obs('wuhan', 2019, 1), obs('wuhan', 2023, 2)], ['wuhan']);
    expect(row).toMatchObject({ outcome: 'single', year: 2023, ranked: false });
  });
});

describe('compareMetric, latest for each city', () => {
  it('ranks each city’s latest value when the years are one apart, flagged', () => {
    const row = compareMetric(metric(), [obs('wuhan', 2022, 10), obs('xian', 2021, 12)], ['wuhan', 'xian'], 'latest');
    expect(row.outcome).toBe('latestEach');
    expect(row.leaders).toEqual(['xian']);
    expect(row.cells.find((c) => c.city === 'xian')?.offYear).toBe(true);
    expect(comparisonYearText(row)).toBe("latest for each: Wuhan 2022, Xi'an 2021 (years differ)");
  });

  it('does not rank values two years apart', () => {
    const row = compareMetric(metric(), [obs('wuhan', 2022, 10), obs('xian', 2020, 12)], ['wuhan', 'xian'], 'latest');
    expect(row.outcome).toBe('noCommonYear');
    expect(row.reason).toMatch(/2020–2022/);
  });
});
