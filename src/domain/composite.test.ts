import { describe, expect, it } from 'vitest';
import { metric as makeMetric, observation } from '../../tests/factories';
import type { Metric, MetricCategory, Observation } from '../api/schemas';
import { compareMetric } from './comparison';
import { compositeIndex, estimateShare } from './composite';

const metric = (id: string, category: MetricCategory, partial: Partial<Metric> = {}): Metric =>
  makeMetric({ id, label: id, category, measure: 'flow', ...partial });
const obs = (metricId: string, entityId: string, value: number, partial: Partial<Observation> = {}): Observation =>
  observation({ id: `${metricId}-${entityId}-${partial.year ?? 2020}`, entityId, metricId, year: 2020, value, ...partial });
const CITIES = ['wuhan', 'xian', 'chengdu'] as const;
const EVEN = { context: 1, pillar: 1, talent: 1, chips: 1 };

const rows = (metrics: Metric[], observations: Observation[], cities: readonly (typeof CITIES)[number][] = CITIES) =>
  metrics.map((m) => compareMetric(m, observations, cities));
const all3 = (metricId: string, w: number, x: number, c: number, partial: Partial<Observation> = {}) => [
  obs(metricId, 'wuhan', w, partial),
  obs(metricId, 'xian', x, partial),
  obs(metricId, 'chengdu', c, partial),
];

describe('compositeIndex', () => {
  const metrics = [metric('a', 'talent'), metric('b', 'talent'), metric('c', 'talent'), metric('d', 'chips', { betterDirection: 'lower' })];
  const data = [...all3('a', 10, 5, 8), ...all3('b', 2, 4, 4), ...all3('d', 4, 2, 8)];

  it('averages each city’s value relative to the leader, direction-aware, with coverage and estimates', () => {
    const index = compositeIndex(rows(metrics, data), CITIES, EVEN);
    const talent = index.categories.find((c) => c.category === 'talent');
    // c has no values at all, so it is not one of the category's metrics.
    expect(talent?.byCity.wuhan).toEqual({ score: (100 + 50) / 2, covered: 2, of: 2, estimates: 0, notEnoughData: false });
    expect(talent?.byCity.xian.score).toBe((50 + 100) / 2);
    const chips = index.categories.find((c) => c.category === 'chips');
    expect(chips?.byCity.wuhan.score).toBe(50); // 2 is best; 4 scores 2/4
  });

  it('scores a city in a category only with two thirds of its metrics, and says "not enough data"', () => {
    // Each city at its latest year: x has all three cities, y and z only Wuhan and Xi'an.
    const ms = [metric('x', 'talent'), metric('y', 'talent'), metric('z', 'talent')];
    const od = [...all3('x', 1, 2, 3), obs('y', 'wuhan', 1), obs('y', 'xian', 2), obs('z', 'wuhan', 1), obs('z', 'xian', 2)];
    const latest = ms.map((m) => compareMetric(m, od, CITIES, 'latest'));
    const talent = compositeIndex(latest, CITIES, EVEN).categories.find((c) => c.category === 'talent');
    expect(talent?.byCity.chengdu).toMatchObject({ score: undefined, covered: 1, of: 3, notEnoughData: true });
    expect(talent?.byCity.wuhan).toMatchObject({ covered: 3, of: 3, notEnoughData: false });
    // Two of three is enough.
    const two = compositeIndex(
      ms.map((m) => compareMetric(m, [...od, obs('y', 'chengdu', 4)], CITIES, 'latest')),
      CITIES,
      EVEN,
    ).categories.find((c) => c.category === 'talent');
    expect(two?.byCity.chengdu).toMatchObject({ covered: 2, of: 3, notEnoughData: false, score: 100 });
  });

  it('leaves a metric with no common year out of the category, and lists it', () => {
    const ms = [metric('x', 'talent'), metric('y', 'talent')];
    const index = compositeIndex(rows(ms, [...all3('x', 1, 2, 3), obs('y', 'wuhan', 1), obs('y', 'xian', 2)]), CITIES, EVEN);
    expect(index.categories.find((c) => c.category === 'talent')?.byCity.chengdu).toMatchObject({ covered: 1, of: 1, score: 100 });
    expect(index.excluded).toEqual([{ metricId: 'y', reason: 'no year in which every selected city has a value' }]);
  });

  it('weights the categories in the overall index and leaves out those without enough data', () => {
    const even = compositeIndex(rows(metrics, data), CITIES, EVEN);
    expect(even.overall.wuhan.score).toBeCloseTo((75 + 50) / 2, 10);
    const talentOnly = compositeIndex(rows(metrics, data), CITIES, { ...EVEN, chips: 0 });
    expect(talentOnly.overall.wuhan.score).toBe(75);
    const chipsHeavy = compositeIndex(rows(metrics, data), CITIES, { ...EVEN, chips: 3 });
    expect(chipsHeavy.overall.wuhan.score).toBeCloseTo((75 + 3 * 50) / 4, 10);
  });

  it('leaves out cumulative counts, money lost, neutral metrics, no-common-year metrics and negative values, and says why', () => {
    const ms = [
      metric('cum', 'talent', { measure: 'cumulative' }),
      metric('lost', 'chips', { betterDirection: 'lower', outOfIndex: 'Money lost measures past failures.' }),
      metric('n', 'context', { betterDirection: 'neutral' }),
      metric('g', 'context'),
      metric('late', 'context'),
    ];
    const od = [...all3('cum', 1, 2, 3), ...all3('lost', 1, 2, 3), ...all3('n', 1, 2, 3), ...all3('g', -2, 3, 4), obs('late', 'wuhan', 1), obs('late', 'xian', 2, { year: 2018 })];
    const index = compositeIndex(rows(ms, od), CITIES, EVEN);
    expect(Object.fromEntries(index.excluded.map((e) => [e.metricId, e.reason]))).toEqual({
      cum: 'a cumulative count, not a level or a flow',
      lost: 'Money lost measures past failures.',
      n: 'neither higher nor lower is better',
      g: 'a negative value, for which a ratio to the leader means nothing',
      late: 'no year in which every selected city has a value',
    });
    expect(index.overall.wuhan.score).toBeUndefined();
  });

  it('scores an exact zero on a higher-is-better metric as 0, and leaves out a zero on a lower-is-better one', () => {
    const index = compositeIndex(rows([metric('h', 'pillar'), metric('l', 'chips', { betterDirection: 'lower' })], [...all3('h', 0, 5, 10), ...all3('l', 0, 1, 2)]), CITIES, EVEN);
    expect(index.categories.find((c) => c.category === 'pillar')?.byCity.wuhan.score).toBe(0);
    expect(index.excluded.map((e) => e.metricId)).toEqual(['l']);
  });

  it('counts the estimates each index rests on', () => {
    const index = compositeIndex(rows([metric('a', 'talent'), metric('b', 'talent')], [...all3('a', 1, 2, 3, { status: 'estimate', method: { kind: 'derived', detail: 'test' } }), ...all3('b', 1, 2, 3)]), CITIES, EVEN);
    const wuhan = index.categories.find((c) => c.category === 'talent')?.byCity.wuhan;
    expect(wuhan?.estimates).toBe(1);
    expect(estimateShare(wuhan!)).toBe(0.5);
    expect(index.overall.wuhan.estimates).toBe(1);
  });
});
