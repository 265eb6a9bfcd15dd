import { describe, expect, it } from 'vitest';
import { metric as makeMetric, observation } from '../../tests/factories';
import type { Metric, Observation } from '../api/schemas';
import { compositeIndex } from './composite';
import { buildInsights } from './insights';
import { compareMetrics } from './comparison';

const metric = (id: string, label: string, partial: Partial<Metric> = {}): Metric =>
  makeMetric({ id, label, unit: 'firms', category: 'pillar', measure: 'flow', normalisable: { perCapita: false, perGdp: false, indexed: true }, headline: true, ...partial });
const obs = (metricId: string, entityId: string, year: number, value: number): Observation =>
  observation({ id: `${metricId}-${entityId}-${year}`, entityId, metricId, year, value });
const CITIES = ['wuhan', 'xian', 'chengdu'] as const;
const WEIGHTS = { context: 1, pillar: 1, talent: 1, chips: 1 };

function insights(metrics: Metric[], observations: Observation[], cities: readonly ('wuhan' | 'xian' | 'chengdu')[] = CITIES) {
  const rows = compareMetrics(metrics, observations, cities);
  return buildInsights({ rows, composite: compositeIndex(rows, cities, WEIGHTS), observations, cities });
}

describe('buildInsights', () => {
  it('names the leader, the margin over the runner-up and the year', () => {
    const result = insights([metric('f', 'Firms')], [obs('f', 'wuhan', 2022, 120), obs('f', 'xian', 2022, 100), obs('f', 'chengdu', 2022, 90)]);
    expect(result).toContain('Wuhan leads on Firms: 120 firms in 2022, 20% ahead of Xi\u2019an (100 firms).'.replace('\u2019', "'"));
  });

  it('says when cities tie', () => {
    const result = insights([metric('f', 'Firms')], [obs('f', 'wuhan', 2022, 7), obs('f', 'xian', 2022, 7), obs('f', 'chengdu', 2022, 5)]);
    expect(result.some((s) => s.startsWith("Wuhan and Xi'an tie on Firms (7 firms in 2022"))).toBe(true);
  });

  it('notices a change of leader over the years', () => {
    const result = insights(
      [metric('f', 'Firms')],
      [obs('f', 'wuhan', 2016, 10), obs('f', 'xian', 2016, 5), obs('f', 'chengdu', 2016, 8), obs('f', 'wuhan', 2023, 12), obs('f', 'xian', 2023, 6), obs('f', 'chengdu', 2023, 15)],
    );
    expect(result).toContain('Chengdu overtook Wuhan on Firms between 2016 and 2023.');
  });

  it('says which headline metrics have no common year instead of inventing a leader', () => {
    const result = insights(
      [metric('f', 'Firms'), metric('s', 'Students')],
      [obs('f', 'wuhan', 2022, 3), obs('f', 'xian', 2022, 2), obs('f', 'chengdu', 2022, 2), obs('s', 'wuhan', 2022, 1), obs('s', 'xian', 2021, 2), obs('s', 'chengdu', 2022, 2)],
    );
    expect(result.at(-1)).toBe("No common year for Students (Wuhan 2022, Xi'an 2021, Chengdu 2022) in the selected years.");
    expect(result.join(' ')).not.toMatch(/leads on Students/);
  });

  it('names a series break that a change of leader crosses', () => {
    const result = buildInsights({
      ...(() => {
        const observations = [obs('f', 'wuhan', 2015, 10), obs('f', 'xian', 2015, 5), obs('f', 'chengdu', 2015, 8), obs('f', 'wuhan', 2023, 12), obs('f', 'xian', 2023, 6), obs('f', 'chengdu', 2023, 15)];
        const rows = compareMetrics([metric('f', 'Firms')], observations, CITIES);
        return { rows, composite: undefined, observations, cities: CITIES };
      })(),
      breaks: [
        { id: 'b', date: '2016', entityId: 'chengdu', kind: 'seriesBreak', title: 'Chengdu adds Jianyang', description: 'x', metricIds: ['f'], sourceIds: ['s'], status: 'reported' },
      ],
    });
    expect(result).toContain(
      "Chengdu overtook Wuhan on Firms between 2015 and 2023. This crosses a series break (2016: Chengdu adds Jianyang), so part of the change may be the break's.",
    );
  });

  it('says when the leading index rests on more than a third of estimates', () => {
    const estimate = { status: 'estimate' as const, method: { kind: 'derived' as const, detail: 'test method' } };
    const observations = [
      ...[obs('f', 'wuhan', 2020, 10), obs('f', 'xian', 2020, 5), obs('f', 'chengdu', 2020, 8)].map((o) => ({ ...o, ...estimate })),
      obs('g', 'wuhan', 2020, 10),
      obs('g', 'xian', 2020, 5),
      obs('g', 'chengdu', 2020, 8),
    ];
    expect(insights([metric('f', 'Firms'), metric('g', 'Growth')], observations)).toContain(
      'On the composite index Wuhan comes first with 100 of 100, over 2 of 2 metrics, 50% of them estimates, so read it as indicative only.',
    );
  });

  it('leads with the composite index and stays within six sentences', () => {
    const metrics = Array.from({ length: 8 }, (_, i) => metric(`m${i}`, `Metric ${i}`));
    const data = metrics.flatMap((m) => [obs(m.id, 'wuhan', 2020, 10), obs(m.id, 'xian', 2020, 5), obs(m.id, 'chengdu', 2020, 8)]);
    const result = insights(metrics, data);
    expect(result).toHaveLength(6);
    expect(result[1]).toBe('On the composite index Wuhan comes first with 100 of 100, over 8 of 8 metrics.');
  });

  it('has nothing to compare with one city', () => {
    expect(insights([metric('f', 'Firms')], [obs('f', 'wuhan', 2022, 3)], ['wuhan'])).toEqual([]);
  });
});
