import { describe, expect, it } from 'vitest';
import type { HubEvent, Metric, Source } from '../../api/schemas';
import { toEventsCsv } from './to-events-csv';

const event = (id: string, date: string, extra: Partial<HubEvent> = {}): HubEvent => ({
  id,
  date,
  entityId: 'wuhan',
  kind: 'fab',
  title: `Event ${id}`,
  description: 'What happened.',
  metricIds: [],
  sourceIds: ['a'],
  status: 'reported',
  ...extra,
});
const sourceById = new Map<string, Source>([['a', { id: 'a', title: 'Source A', shortTitle: 'A', publisher: 'P', year: 2020, url: 'https://example.org/a', kind: 'press' }]]);
const metricById = new Map<string, Metric>([['ctx_gdp', { id: 'ctx_gdp', label: 'GDP' } as Metric]]);

describe('toEventsCsv', () => {
  it('writes the shown events by date with place, category, metrics, status and sources', () => {
    const table = toEventsCsv([event('late', '2020-07'), event('early', '2016', { kind: 'seriesBreak', metricIds: ['ctx_gdp', 'gone'], status: 'seed', seedId: 'S02' })], {
      place: (id) => `Place ${id}`,
      metricById,
      sourceById,
    });
    const col = (name: string) => table.header.indexOf(name);
    expect(table.rows.map((r) => r[col('event_id')])).toEqual(['early', 'late']);
    expect(table.rows[0]?.slice(0, 9)).toEqual(['2016', 2016, 'Place wuhan', 'Series break', 'Event early', 'What happened.', 'GDP; gone', 'seed', 'S02']);
    expect(table.rows[1]?.[col('source_url')]).toBe('https://example.org/a');
  });
});
