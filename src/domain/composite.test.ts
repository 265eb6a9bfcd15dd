import { describe, expect, it } from 'vitest';
import type { Metric, MetricCategory, Observation } from '../api/schemas';
import { compositeIndex } from './composite';
import { scoreMetric } from './scorecard';

const metric = (id: string, category: MetricCategory, partial: Partial<Metric> = {}): Metric => ({
  id,
  label: id,
  definition: 'A test metric definition.',
  unit: 'units',
  valueKind: 'count',
  category,
  betterDirection: 'higher',
  geoLevel: 'city',
  normalisable: { perCapita: false, perGdp: false, indexed: false },
  decimals: 0,
  ...partial,
});
const obs = (metricId: string, entityId: string, value: number): Observation => ({
  id: `${metricId}-${entityId}`,
  entityId,
  metricId,
  year: 2020,
  value,
  status: 'reported',
  sourceId: 's',
});
const CITIES = ['wuhan', 'xian', 'chengdu'] as const;
const EVEN = { context: 1, pillar: 1, talent: 1, chips: 1 };

function rows(metrics: Metric[], observations: Observation[]) {
  return metrics.map((m) => scoreMetric(m, observations, CITIES));
}

describe('compositeIndex', () => {
  const metrics = [metric('a', 'talent'), metric('b', 'talent'), metric('c', 'chips', { betterDirection: 'lower' })];
  const data = [
    obs('a', 'wuhan', 10),
    obs('a', 'xian', 5),
    obs('a', 'chengdu', 8),
    obs('b', 'wuhan', 2),
    obs('b', 'xian', 4),
    // chengdu has no value for b
    obs('c', 'wuhan', 4),
    obs('c', 'xian', 2),
  ];

  it('averages each city’s value relative to the leader, direction-aware, with coverage', () => {
    const index = compositeIndex(rows(metrics, data), CITIES, EVEN);
    const talent = index.categories.find((c) => c.category === 'talent');
    expect(talent?.byCity.wuhan).toEqual({ score: (100 + 50) / 2, covered: 2, of: 2 });
    expect(talent?.byCity.xian).toEqual({ score: (50 + 100) / 2, covered: 2, of: 2 });
    // A missing value is left out, not scored as zero.
    expect(talent?.byCity.chengdu).toEqual({ score: 80, covered: 1, of: 2 });
    const chips = index.categories.find((c) => c.category === 'chips');
    expect(chips?.byCity.wuhan.score).toBe(50); // 2 is best; 4 scores 2/4
    expect(chips?.byCity.chengdu).toEqual({ score: undefined, covered: 0, of: 1 });
  });

  it('weights the categories in the overall index', () => {
    const even = compositeIndex(rows(metrics, data), CITIES, EVEN);
    expect(even.overall.wuhan.score).toBeCloseTo((75 + 50) / 2, 10);
    const talentOnly = compositeIndex(rows(metrics, data), CITIES, { ...EVEN, chips: 0 });
    expect(talentOnly.overall.wuhan.score).toBe(75);
    expect(talentOnly.overall.wuhan.of).toBe(2);
    const chipsHeavy = compositeIndex(rows(metrics, data), CITIES, { ...EVEN, chips: 3 });
    expect(chipsHeavy.overall.wuhan.score).toBeCloseTo((75 + 3 * 50) / 4, 10);
  });

  it('leaves out metrics with no direction or with values at or below zero, and says so', () => {
    const growth = metric('g', 'context');
    const neutral = metric('n', 'context', { betterDirection: 'neutral' });
    const index = compositeIndex(
      rows([growth, neutral], [obs('g', 'wuhan', -2), obs('g', 'xian', 3), obs('n', 'wuhan', 1), obs('n', 'xian', 2)]),
      CITIES,
      EVEN,
    );
    expect(index.excluded).toEqual([
      { metricId: 'g', reason: 'a value at or below zero' },
      { metricId: 'n', reason: 'no better direction' },
    ]);
    expect(index.overall.wuhan.score).toBeUndefined();
  });
});
