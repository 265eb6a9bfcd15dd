import { describe, expect, it } from 'vitest';
import type { Observation } from '../api/schemas';
import { pickPreferred, toYearRows } from './series';

function obs(partial: Partial<Observation> & Pick<Observation, 'entityId' | 'year' | 'value'>): Observation {
  return {
    id: `${partial.entityId}-${partial.year}-${partial.value}`,
    metricId: 'ctx_gdp',
    status: 'reported',
    sourceId: 'src',
    ...partial,
  };
}

describe('pickPreferred', () => {
  it('takes the preferred row of a conflict, whatever its status', () => {
    const rows = [
      obs({ entityId: 'wuhan', year: 2019, value: 1, status: 'reported', conflictId: 'c', preferred: false }),
      obs({ entityId: 'wuhan', year: 2019, value: 2, status: 'seed', seedId: 'S10', conflictId: 'c', preferred: true }),
    ];
    expect(pickPreferred(rows).map((r) => r.value)).toEqual([2]);
  });

  it('never draws the losing side of a disagreement, even alone in its year', () => {
    const rows = [
      obs({ entityId: 'wuhan', year: 2019, value: 1, status: 'seed', seedId: 'S36', conflictId: 'c', preferred: false }),
      obs({ entityId: 'wuhan', year: 2020, value: 2, conflictId: 'c', preferred: true }),
    ];
    expect(pickPreferred(rows).map((r) => r.value)).toEqual([2]);
  });

  it('does not let an unmarked row lose to one marked not preferred', () => {
    const rows = [
      obs({ entityId: 'wuhan', year: 2019, value: 1, conflictId: 'c', preferred: false }),
      obs({ entityId: 'wuhan', year: 2019, value: 2, status: 'estimate', method: { kind: 'unverified', detail: 'x' } }),
    ];
    expect(pickPreferred(rows).map((r) => r.value)).toEqual([2]);
  });

  it('keeps a part-year figure apart from the full-year one', () => {
    const rows = [obs({ entityId: 'xian', year: 2020, value: 9, period: 'Jan–Aug' }), obs({ entityId: 'xian', year: 2020, value: 12 })];
    expect(pickPreferred(rows)).toHaveLength(2);
  });

  it('otherwise prefers reported over seed over estimate', () => {
    const rows = [
      obs({ entityId: 'xian', year: 2020, value: 3, status: 'estimate', method: { kind: 'unverified', detail: 'bulletin' } }),
      obs({ entityId: 'xian', year: 2020, value: 4, status: 'reported' }),
    ];
    expect(pickPreferred(rows).map((r) => r.value)).toEqual([4]);
  });
});

describe('toYearRows', () => {
  it('leaves a missing year as a gap rather than a zero', () => {
    const rows = toYearRows(
      [obs({ entityId: 'wuhan', year: 2019, value: 10 }), obs({ entityId: 'xian', year: 2020, value: 5 })],
      'ctx_gdp',
      ['wuhan', 'xian'],
    );
    expect(rows.map((r) => r.year)).toEqual([2019, 2020]);
    expect(rows[0]?.values.xian).toBeUndefined();
    expect(rows[1]?.values.wuhan).toBeUndefined();
  });

  it('leaves part-year and sub-city figures off the city line', () => {
    const rows = toYearRows(
      [
        obs({ entityId: 'xian', year: 2020, value: 9, period: 'Jan–Aug' }),
        obs({ entityId: 'xian', year: 2021, value: 5, geoLevel: 'company' }),
        obs({ entityId: 'xian', year: 2022, value: 7 }),
      ],
      'ctx_gdp',
      ['xian'],
    );
    expect(rows.map((r) => r.year)).toEqual([2022]);
  });

  it('keeps only the selected cities and the asked metric', () => {
    const rows = toYearRows(
      [
        obs({ entityId: 'wuhan', year: 2019, value: 10 }),
        obs({ entityId: 'chengdu', year: 2019, value: 7 }),
        obs({ entityId: 'wuhan', year: 2019, value: 99, metricId: 'ctx_population' }),
      ],
      'ctx_gdp',
      ['wuhan'],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.values.wuhan?.value).toBe(10);
    expect(rows[0]?.values.chengdu).toBeUndefined();
  });
});
