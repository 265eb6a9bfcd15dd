import { describe, expect, it } from 'vitest';
import type { Entity, EventKind, HubEvent } from '../../api/schemas';
import { timelineAxis, toEventPoints } from './to-event-points';

const event = (id: string, entityId: string, date: string, kind: EventKind = 'milestone'): HubEvent => ({
  id,
  date,
  entityId,
  kind,
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

  it('keeps only the chosen categories, all of them when none is chosen, and counts each category', () => {
    const events = [
      event('fab', 'wuhan', '2016', 'fab'),
      event('plan', 'china', '2021', 'plan'),
      event('break', 'chengdu', '2016', 'seriesBreak'),
      event('other_city_fab', 'chengdu', '2018', 'fab'),
    ];
    expect(toEventPoints(events, ['wuhan'], entityById).points.map((p) => p.event.id)).toEqual(['fab', 'plan']);
    const { points, counts } = toEventPoints(events, ['wuhan'], entityById, ['plan', 'seriesBreak']);
    expect(points.map((p) => p.event.id)).toEqual(['plan']);
    // Counts follow the city selection, not the category filter, so a switched-off category says what it would add.
    expect(counts).toMatchObject({ fab: 1, plan: 1, seriesBreak: 0, milestone: 0 });
  });

  it('stacks marks that would overlap within their lane and leaves distant ones on the lane', () => {
    const events = [
      event('a', 'wuhan', '2017-03'),
      event('b', 'wuhan', '2017-04'),
      event('c', 'wuhan', '2017-05'),
      event('far', 'wuhan', '1990'),
      event('national', 'china', '2017-04'),
    ];
    const byId = new Map(toEventPoints(events, ['wuhan'], entityById).points.map((p) => [p.event.id, p]));
    const ys = ['a', 'b', 'c'].map((id) => byId.get(id)?.y);
    expect(new Set(ys).size).toBe(3);
    for (const y of ys) expect(Math.abs((y ?? 99) - 0)).toBeLessThan(0.5);
    expect(byId.get('far')?.y).toBe(0);
    expect(byId.get('national')?.y).toBe(1);
  });
});

describe('timelineAxis', () => {
  it('pads a year either side and ticks round years', () => {
    expect(timelineAxis([1988.5, 2025.04])).toEqual({ domain: [1987, 2027], ticks: [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025] });
    expect(timelineAxis([2016.5, 2021.2]).ticks).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
  });
});
