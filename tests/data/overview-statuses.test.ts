/**
 * Issue 12's yardstick for the default Overview (2015–2024, all three cities, CNY): of the values
 * its cards plot or print, at least 80% are reported or from the seed article. Computed with the
 * same functions the cards use, from the dataset as it ships.
 */
import { describe, expect, it } from 'vitest';
import { metrics, observations, rates } from '../../mocks/data';
import type { Observation } from '../../src/api/schemas';
import { CITY_IDS } from '../../src/api/vocabulary';
import { compositeIndex } from '../../src/domain/composite';
import { convertObservation } from '../../src/domain/currency';
import { compareMetrics } from '../../src/domain/comparison';
import { latestValue, observationsInRows, toYearRows } from '../../src/domain/series';
import { NATIONAL_ENTITY_ID, toYardstickRows } from '../../src/domain/yardstick';
import { DEFAULT_WEIGHTS, DEFAULT_YEARS } from '../../src/view-state/search-params';

const cities = [...CITY_IDS];
const inRange = observations.filter((o) => o.year >= DEFAULT_YEARS.from && o.year <= DEFAULT_YEARS.to);
const inCny = inRange.flatMap((o) => {
  const converted = convertObservation(o, 'CNY', rates);
  return converted.ok ? [converted.observation] : [];
});
const cityRows = inCny.filter((o) => (cities as string[]).includes(o.entityId));
const scorecard = compareMetrics(metrics, cityRows, cities);
const composite = compositeIndex(scorecard, cities, DEFAULT_WEIGHTS);

/** Every value an Overview card shows, card by card (a value on two cards counts twice, as a reader sees it twice). */
function overviewValues(): Record<string, Observation[]> {
  const compared = scorecard.filter((r) => r.comparable).flatMap((r) => r.cells.flatMap((c) => (c.observation ? [c.observation] : [])));
  const headline = metrics
    .filter((m) => m.headline)
    .flatMap((m) => {
      const row = scorecard.find((r) => r.metric.id === m.id);
      if (row?.comparable) return row.cells.flatMap((c) => (c.observation ? [c.observation] : []));
      return cities.flatMap((city) => latestValue(cityRows, m.id, city) ?? []);
    });
  const indexInputs = composite.categories.flatMap((c) =>
    scorecard.filter((r) => c.metricIds.includes(r.metric.id)).flatMap((r) => r.cells.flatMap((cell) => (cell.observation ? [cell.observation] : []))),
  );
  const yardstick = toYardstickRows(metrics, inCny.filter((o) => (cities as string[]).includes(o.entityId) || o.entityId === NATIONAL_ENTITY_ID), cities).flatMap((r) => [
    ...r.comparison.cells.flatMap((c) => (c.observation ? [c.observation] : [])),
    ...(r.china ? [r.china] : []),
  ]);
  const trends = ['ctx_gdp', 'ctx_gdp_growth', 'ctx_population', 'ctx_gdp_pc'].flatMap((id) => observationsInRows(toYearRows(cityRows, id, cities)));
  return { headline, scorecard: compared, insights: compared, composite: indexInputs, yardstick, trends };
}

const firm = (o: Observation) => o.status === 'reported' || o.status === 'seed';

describe('the default Overview rests on reported and seed figures', () => {
  it('has at least 80% reported or seed values across its cards', () => {
    const all = Object.values(overviewValues()).flat();
    expect(all.length).toBeGreaterThan(100);
    const share = all.filter(firm).length / all.length;
    expect(share).toBeGreaterThanOrEqual(0.8);
  });

  it('compares cities in one year on every ranked row', () => {
    for (const row of scorecard.filter((r) => r.ranked)) {
      const years = new Set(row.cells.flatMap((c) => (c.observation ? [c.observation.year] : [])));
      expect(years.size, row.metric.id).toBe(1);
    }
  });
});
