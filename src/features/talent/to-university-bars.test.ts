import { describe, expect, it } from 'vitest';
import type { Entity, Observation } from '../../api/schemas';
import { cityOf, toUniversityBars } from './to-university-bars';

const entity = (id: string, kind: Entity['kind'], parentId: string | null, nameEn = id): Entity => ({ id, nameEn, nameZh: '中', kind, parentId });
const ENTITIES = new Map<string, Entity>(
  [
    entity('wuhan', 'city', 'hubei'),
    entity('xian', 'city', 'shaanxi'),
    entity('whu', 'university', 'wuhan', 'Wuhan University'),
    entity('hust', 'university', 'wuhan', 'HUST'),
    entity('xjtu', 'university', 'xian', 'XJTU'),
    entity('yofc', 'company', 'wuhan'),
  ].map((e) => [e.id, e]),
);
const obs = (entityId: string, year: number, value: number, extra: Partial<Observation> = {}): Observation => ({
  id: `${entityId}-${year}-${value}`,
  entityId,
  metricId: 'ret',
  year,
  value,
  status: 'seed',
  seedId: 'S24',
  sourceId: 's',
  ...extra,
});

describe('cityOf', () => {
  it('walks up the parents to a hub city, and gives nothing for places outside the hubs', () => {
    expect(cityOf('hust', ENTITIES)).toBe('wuhan');
    expect(cityOf('xian', ENTITIES)).toBe('xian');
    expect(cityOf('hubei', ENTITIES)).toBeUndefined();
  });
});

describe('toUniversityBars', () => {
  it("takes each university's latest value in the selected cities, largest first, and nothing else", () => {
    const bars = toUniversityBars(
      [obs('whu', 2020, 26), obs('hust', 2020, 39), obs('hust', 2018, 50), obs('xjtu', 2020, 60), obs('yofc', 2020, 99), obs('wuhan', 2020, 30), obs('whu', 2020, 1, { metricId: 'other' })],
      'ret',
      ENTITIES,
      ['wuhan'],
    );
    expect(bars.map((b) => [b.entityId, b.observation.value, b.cityId])).toEqual([
      ['hust', 39, 'wuhan'],
      ['whu', 26, 'wuhan'],
    ]);
  });

  it('never draws the losing side of a disagreement, and is empty when no university city is selected', () => {
    const rows = [obs('whu', 2020, 26, { conflictId: 'c', preferred: true }), obs('whu', 2020, 80, { conflictId: 'c', preferred: false })];
    expect(toUniversityBars(rows, 'ret', ENTITIES, ['wuhan']).map((b) => b.observation.value)).toEqual([26]);
    expect(toUniversityBars(rows, 'ret', ENTITIES, ['xian'])).toEqual([]);
  });
});
