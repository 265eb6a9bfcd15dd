import { describe, expect, it } from 'vitest';
import type { Entity, EventKind, HubEvent, Observation } from '../api/schemas';
import { annotationsWithinData, breakMarks, cityOfEntity, dateToDecimalYear, eventsNotDrawnNotes, labelTiers, toChartAnnotations, type ChartAnnotationQuery } from './annotations';
import type { YearRow } from './series';

const event = (id: string, entityId: string, date: string, metricIds: string[], kind: EventKind = 'milestone'): HubEvent => ({
  id,
  date,
  entityId,
  kind,
  title: id,
  description: '',
  metricIds,
  sourceIds: ['src'],
  status: 'reported',
});

const entityById = new Map<string, Entity>(
  (
    [
      { id: 'china', nameEn: 'China', nameZh: '中国', kind: 'country', parentId: null },
      { id: 'hubei', nameEn: 'Hubei', nameZh: '湖北', kind: 'province', parentId: 'china' },
      { id: 'wuhan', nameEn: 'Wuhan', nameZh: '武汉', kind: 'city', parentId: 'hubei' },
      { id: 'xian', nameEn: "Xi'an", nameZh: '西安', kind: 'city', parentId: null },
      { id: 'chengdu', nameEn: 'Chengdu', nameZh: '成都', kind: 'city', parentId: null },
      { id: 'east_lake', nameEn: 'East Lake zone', nameZh: '东湖', kind: 'zone', parentId: 'wuhan' },
      { id: 'ymtc', nameEn: 'YMTC', nameZh: '长江存储', kind: 'company', parentId: 'east_lake' },
    ] satisfies Entity[]
  ).map((e) => [e.id, e]),
);

const query: ChartAnnotationQuery = { metricId: 'gdp', cities: ['wuhan', 'xian', 'chengdu'], from: 2015, to: 2024, entityById };
const ids = (events: readonly HubEvent[], q: Partial<ChartAnnotationQuery> = {}) =>
  toChartAnnotations(events, { ...query, ...q }).map((a) => a.event.id);

describe('toChartAnnotations', () => {
  it('keeps only events that name the chart’s metric', () => {
    const events = [event('a', 'wuhan', '2018', ['gdp', 'pop']), event('b', 'wuhan', '2018', ['pop']), event('c', 'wuhan', '2019', [])];
    expect(ids(events)).toEqual(['a']);
    expect(ids(events, { metricId: 'pop' })).toEqual(['a', 'b']);
  });

  it('keeps only events dated within the shown years, at both ends inclusive', () => {
    const events = [
      event('before', 'wuhan', '2014-12-31', ['gdp']),
      event('first', 'wuhan', '2015-01', ['gdp']),
      event('last', 'wuhan', '2024-12', ['gdp']),
      event('after', 'wuhan', '2025-01-01', ['gdp']),
    ];
    expect(ids(events)).toEqual(['first', 'last']);
    expect(ids(events, { from: 2020, to: 2023 })).toEqual([]);
  });

  it('keeps the selected cities’ events, including those about a zone or company in them, and national ones', () => {
    const events = [
      event('wuhan_zone', 'east_lake', '2016', ['gdp']),
      event('wuhan_company', 'ymtc', '2017', ['gdp']),
      event('xian', 'xian', '2018', ['gdp']),
      event('chengdu', 'chengdu', '2019', ['gdp']),
      event('national', 'china', '2020', ['gdp']),
      event('provincial', 'hubei', '2021', ['gdp']),
    ];
    expect(ids(events, { cities: ['xian'] })).toEqual(['xian', 'national', 'provincial']);
    expect(ids(events, { cities: ['wuhan', 'chengdu'] })).toEqual(['wuhan_zone', 'wuhan_company', 'chengdu', 'national', 'provincial']);
    const byId = new Map(toChartAnnotations(events, query).map((a) => [a.event.id, a]));
    expect(byId.get('wuhan_company')?.city).toBe('wuhan');
    expect(byId.get('national')?.city).toBeUndefined();
    expect(byId.get('provincial')?.city).toBeUndefined();
  });

  it('leaves out events about a place it cannot locate rather than calling them national', () => {
    const events = [event('known', 'wuhan', '2018', ['gdp']), event('unknown', 'atlantis_zone', '2018', ['gdp'])];
    expect(ids(events)).toEqual(['known']);
    expect(ids(events, { entityById: new Map() })).toEqual(['known']);
  });

  it('numbers the annotations in date order, cities before national ones on the same date', () => {
    const events = [
      event('late', 'xian', '2021-06', ['gdp']),
      event('national', 'china', '2018', ['gdp']),
      event('chengdu', 'chengdu', '2018', ['gdp']),
      event('wuhan', 'wuhan', '2018', ['gdp']),
    ];
    expect(toChartAnnotations(events, query).map((a) => [a.number, a.event.id])).toEqual([
      [1, 'wuhan'],
      [2, 'chengdu'],
      [3, 'national'],
      [4, 'late'],
    ]);
  });

  it('flags series breaks and puts them between the last year before the break and the break year', () => {
    const events = [event('break', 'xian', '2017', ['gdp'], 'seriesBreak'), event('plan', 'xian', '2017', ['gdp'], 'plan')];
    const [brk, plan] = toChartAnnotations(events, query);
    expect(brk).toMatchObject({ isSeriesBreak: true, x: 2016.5, city: 'xian' });
    expect(plan).toMatchObject({ isSeriesBreak: false, x: 2017.5 });
  });

  it('keeps a series break only when a year before it is shown too', () => {
    const events = [event('break', 'xian', '2017', ['gdp'], 'seriesBreak')];
    expect(ids(events, { from: 2016 })).toEqual(['break']);
    expect(ids(events, { from: 2017 })).toEqual([]);
    expect(ids(events, { to: 2016 })).toEqual([]);
    expect(ids(events, { to: 2017 })).toEqual(['break']);
  });
});

describe('dates and places', () => {
  it('places partial dates inside their period', () => {
    expect(dateToDecimalYear('2020')).toBe(2020.5);
    expect(dateToDecimalYear('2020-07')).toBeCloseTo(2020.54, 2);
    expect(dateToDecimalYear('2021-03-12')).toBeGreaterThan(2021.16);
    expect(dateToDecimalYear('2021-03-12')).toBeLessThan(2021.25);
  });

  it('finds the city of a company inside a zone inside the city, and none for a province', () => {
    expect(cityOfEntity('ymtc', entityById)).toBe('wuhan');
    expect(cityOfEntity('hubei', entityById)).toBeUndefined();
    expect(cityOfEntity('unknown', entityById)).toBeUndefined();
  });
});

describe('labelTiers', () => {
  it('gives close labels different rows and reuses a row once there is room', () => {
    expect(labelTiers([2017.2, 2017.5, 2017.54, 2020.5], 0.7)).toEqual([0, 1, 2, 0]);
    expect(labelTiers([2021.5, 2021.5, 2021.5], 0.7)).toEqual([0, 1, 2]);
  });

  it('follows the input order when positions are unsorted', () => {
    expect(labelTiers([2020, 2015, 2015.2], 1)).toEqual([0, 0, 1]);
  });
});

describe('breakMarks', () => {
  const obs = (value: number): Observation => ({ value }) as Observation;
  const rows: YearRow[] = [
    { year: 2015, values: { xian: obs(100), chengdu: obs(50) } },
    { year: 2016, values: { xian: obs(110) } },
    { year: 2017, values: { xian: obs(200), chengdu: obs(70) } },
  ];

  it('puts the mark on the segment the break crosses, and none where the line has a gap', () => {
    const annotations = toChartAnnotations(
      [event('xian_break', 'xian', '2017', ['gdp'], 'seriesBreak'), event('chengdu_break', 'chengdu', '2016', ['gdp'], 'seriesBreak')],
      query,
    );
    expect(breakMarks(annotations, rows)).toEqual([{ number: 2, city: 'xian', x: 2016.5, y: 155 }]);
  });

  it('ignores events that are not series breaks', () => {
    const annotations = toChartAnnotations([event('plan', 'xian', '2016', ['gdp'], 'plan')], query);
    expect(breakMarks(annotations, rows)).toEqual([]);
  });
});

describe('annotationsWithinData', () => {
  const value = { value: 5 } as Observation;
  // R&D intensity with one year of data in a 2015-2024 view.
  const oneYear: YearRow[] = [{ year: 2018, values: { wuhan: value } }];
  const events = [
    event('before', 'wuhan', '2016-03', ['gdp']),
    event('same_year', 'xian', '2018-07', ['gdp']),
    event('after', 'wuhan', '2020-05', ['gdp']),
    event('later', 'china', '2021', ['gdp']),
    event('break_after', 'wuhan', '2020', ['gdp'], 'seriesBreak'),
  ];
  const split = annotationsWithinData(toChartAnnotations(events, query), oneYear);

  it('draws only the events dated in the years the data covers, numbered afresh', () => {
    expect(split.drawn.map((a) => [a.event.id, a.number])).toEqual([['same_year', 1]]);
    expect(split.before.map((a) => a.event.id)).toEqual(['before']);
    expect(split.after.map((a) => a.event.id)).toEqual(['after', 'later']);
    expect([split.firstYear, split.lastYear]).toEqual([2018, 2018]);
  });

  it('names the events it does not draw, with place, date and title, before and after', () => {
    const place = (a: { event: HubEvent }) => (a.event.entityId === 'china' ? 'China' : 'Wuhan');
    expect(eventsNotDrawnNotes(split, place)).toEqual([
      '1 event before 2018 not drawn, the first year with a value: Wuhan, 2016-03: before.',
      '2 events after 2018 not drawn, the last year with a value: Wuhan, 2020-05: after; China, 2021: later.',
    ]);
  });

  it('keeps a series break only between two years with a value, where it breaks what is shown', () => {
    const twoYears: YearRow[] = [{ year: 2019, values: { wuhan: value } }, { year: 2021, values: { wuhan: value } }];
    expect(annotationsWithinData(toChartAnnotations(events, query), twoYears).drawn.map((a) => a.event.id)).toEqual(['break_after', 'after', 'later']);
    expect(eventsNotDrawnNotes(annotationsWithinData([], twoYears), () => '')).toEqual([]);
  });

  it('draws nothing and names nothing without data', () => {
    expect(annotationsWithinData(toChartAnnotations(events, query), [])).toMatchObject({ drawn: [], before: [], after: [] });
  });
});
