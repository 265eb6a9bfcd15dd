import { describe, expect, it } from 'vitest';
import type { Entity, HubEvent, Metric, Observation, Source } from '../../api/schemas';
import { toConflictsCsv, toSeriesBreaksCsv, toSourceListCsv, toStatusCountsCsv } from './to-sources-csv';
import { groupConflicts, toStatusCounts } from './to-status-counts';

const source = (id: string, title: string, url: string | null): Source => ({ id, title, shortTitle: id, publisher: 'P', year: null, url, kind: 'press' });
const SOURCES = [source('b', 'Beta', 'https://example.org/b'), source('a', 'Alpha', 'javascript:alert(1)')];
const lookups = {
  entityById: new Map<string, Entity>([['wuhan', { id: 'wuhan', nameEn: 'Wuhan', nameZh: '武汉', kind: 'city', parentId: null }]]),
  metricById: new Map<string, Metric>([['m', { id: 'm', label: 'Tool value', unit: 'CNY', valueKind: 'money', moneyScale: 'million', geoLevel: 'company', decimals: 0 } as Metric]]),
  sourceById: new Map(SOURCES.map((s) => [s.id, s])),
};
const obs = (id: string, extra: Partial<Observation>): Observation => ({ id, entityId: 'wuhan', metricId: 'm', year: 2019, value: 1, status: 'reported', sourceId: 'b', ...extra });

describe('sources CSVs', () => {
  it('counts values per status and city, naming the dataset as their source', () => {
    const counts = toStatusCounts([obs('1', { status: 'seed', seedId: 'S01' }), obs('2', {})], ['wuhan']);
    const table = toStatusCountsCsv(counts, ['wuhan'], { years: '2019', datasetVersion: '2026.11.1' });
    expect(table.rows).toEqual([
      ['reported', 'Wuhan', '武汉', 1, 'values', '2019', 'Hubscope dataset 2026.11.1'],
      ['seed', 'Wuhan', '武汉', 1, 'values', '2019', 'Hubscope dataset 2026.11.1'],
      ['estimate', 'Wuhan', '武汉', 0, 'values', '2019', 'Hubscope dataset 2026.11.1'],
    ]);
  });

  it('writes every figure of a disagreement, the preferred one first, with its reason', () => {
    const groups = groupConflicts([
      obs('other', { value: 5290, currency: 'CNY', conflictId: 'c', preferred: false, status: 'seed', seedId: 'S26' }),
      obs('pref', { value: 581, currency: 'CNY', conflictId: 'c', preferred: true, note: 'Valued when mortgaged.' }),
    ]);
    const table = toConflictsCsv(groups, lookups);
    const col = (name: string) => table.header.indexOf(name);
    expect(table.rows.map((r) => [r[col('value')], r[col('preferred')], r[col('conflict_id')], r[col('unit')], r[col('note')]])).toEqual([
      [581, 'true', 'c', 'CNY m', 'Valued when mortgaged.'],
      [5290, 'false', 'c', 'CNY m', undefined],
    ]);
  });

  it('writes series breaks by date and the source list by title, linking only http(s) addresses', () => {
    const breaks: HubEvent[] = [
      { id: 'x', date: '2017-01', entityId: 'wuhan', kind: 'seriesBreak', title: 'Boundary change', description: 'A county joined.', metricIds: ['m'], sourceIds: ['a'], status: 'reported' },
    ];
    const table = toSeriesBreaksCsv(breaks, lookups);
    expect(table.rows[0]?.slice(0, 6)).toEqual(['2017-01', 2017, 'Wuhan 武汉', 'Boundary change. A county joined.', 'Tool value', 'reported']);
    expect(table.rows[0]?.[table.header.indexOf('source_url')]).toBeUndefined();
    const list = toSourceListCsv(SOURCES);
    expect(list.rows.map((r) => [r[0], r[list.header.indexOf('source_url')]])).toEqual([
      ['Alpha', undefined],
      ['Beta', 'https://example.org/b'],
    ]);
  });
});
