import { describe, expect, it } from 'vitest';
import type { Entity, HubEvent } from '../../api/schemas';
import { dateToDecimalYear, toEventPoints } from './to-event-points';

const event = (id: string, entityId: string, date: string): HubEvent => ({
  id,
  date,
  entityId,
  kind: 'milestone',
  title: id,
  description: '',
  metricIds: [],
  sourceIds: ['src'],
  status: 'reported',
});

const entityById = new Map<string, Entity>(
  [
    { id: 'china', nameEn: 'China', nameZh: '中国', kind: 'country', parentId: null },
    { id: 'hubei', nameEn: 'Hubei', nameZh: '湖北', kind: 'province', parentId: 'china' },
    { id: 'wuhan', nameEn: 'Wuhan', nameZh: '武汉', kind: 'city', parentId: 'hubei' },
    { id: 'east_lake', nameEn: 'East Lake zone', nameZh: '东湖', kind: 'zone', parentId: 'wuhan' },
  ].map((e) => [e.id, e as Entity]),
);

describe('toEventPoints', () => {
  it('puts city events in their lane, national ones last, and drops unselected cities', () => {
    const { points, lanes } = toEventPoints(
      [event('a', 'chengdu', '2017-07'), event('b', 'china', '2021-03-12'), event('c', 'wuhan', '1988')],
      ['wuhan', 'xian'],
      entityById,
    );
    expect(lanes).toEqual(['wuhan', 'xian', 'national']);
    expect(points.map((p) => [p.event.id, p.lane])).toEqual([
      ['c', 'wuhan'],
      ['b', 'national'],
    ]);
  });

  it('puts an event about a zone in its city’s lane and a provincial one in the national lane', () => {
    const { points } = toEventPoints([event('z', 'east_lake', '1988'), event('p', 'hubei', '2020')], ['wuhan'], entityById);
    expect(points.map((p) => [p.event.id, p.lane])).toEqual([
      ['z', 'wuhan'],
      ['p', 'national'],
    ]);
  });

  it('places partial dates inside their period', () => {
    expect(dateToDecimalYear('2020')).toBe(2020.5);
    expect(dateToDecimalYear('2020-07')).toBeCloseTo(2020.54, 2);
    expect(dateToDecimalYear('2021-03-12')).toBeGreaterThan(2021.16);
  });
});
