import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { gdpMetric, observation } from '../../../tests/factories';
import type { Entity, Metric, Observation, Source } from '../../api/schemas';
import { toCsv, type CsvTable } from './csv';
import { FIGURE_CSV_COLUMNS, csvNumber, figureCsvCells, observationCsv, prefixedFigureColumns, sourceCells, yearCell } from './observation-csv';

const entityById = new Map<string, Entity>([
  ['wuhan', { id: 'wuhan', nameEn: 'Wuhan', nameZh: '武汉', kind: 'city', parentId: 'hubei' }],
  ['xian', { id: 'xian', nameEn: "Xi'an", nameZh: '西安', kind: 'city', parentId: 'shaanxi' }],
]);
const gdp: Metric = gdpMetric();
const source = (id: string, url: string | null, extra: Partial<Source> = {}): Source => ({
  id,
  title: `Title ${id}`,
  shortTitle: id,
  publisher: `Publisher ${id}`,
  year: 2022,
  url,
  kind: 'statisticalBulletin',
  ...extra,
});
const sourceById = new Map<string, Source>([
  ['s1', source('s1', 'https://example.org/s1')],
  ['s2', source('s2', 'javascript:alert(1)', { year: null })],
]);
const obs = (entityId: string, year: number, value: number, extra: Partial<Observation> = {}): Observation =>
  observation({ id: `${entityId}-${year}`, entityId, metricId: 'ctx_gdp', year, value, currency: 'CNY', sourceId: 's1', ...extra });

/** The table as a spreadsheet reads it back: one record per row, every cell as text. */
function records(table: CsvTable): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(toCsv(table.header, table.rows), { header: true, skipEmptyLines: true }).data;
}

describe('observationCsv', () => {
  it('writes one row per value with place, year, the value as a number, unit, status and source', () => {
    const table = observationCsv([obs('wuhan', 2022, 1771.7), obs('xian', 2022, 1148.6, { status: 'seed', seedId: 'S05', valueText: '1,148.6 billion yuan' })], {
      entityById,
      metricById: new Map([[gdp.id, gdp]]),
      sourceById,
    });
    for (const column of ['place', 'year', 'value', 'unit', 'currency', 'status', 'source', 'source_url']) expect(table.header).toContain(column);
    expect(table.rows[0]?.[table.header.indexOf('value')]).toBe(1771.7);
    const [wuhan, xian] = records(table);
    expect(wuhan).toMatchObject({ place: 'Wuhan', place_zh: '武汉', metric: 'GDP', year: '2022', value: '1771.7', unit: 'CNY bn', currency: 'CNY', status: 'reported' });
    expect(wuhan).toMatchObject({ source: 'Title s1', source_publisher: 'Publisher s1', source_year: '2022', source_url: 'https://example.org/s1' });
    expect(wuhan).toMatchObject({ geography: 'City', place_id: 'wuhan', metric_id: 'ctx_gdp' });
    expect(xian).toMatchObject({ status: 'seed', seed_id: 'S05', as_written: '1,148.6 billion yuan' });
  });

  it('leaves a missing value empty with the reason, never 0, and keeps card-specific columns in order', () => {
    const table = observationCsv(
      [
        { observation: obs('wuhan', 2022, 10), entityId: 'wuhan', metricId: 'ctx_gdp', extra: ['leader', 1] },
        { observation: undefined, entityId: 'xian', metricId: 'ctx_gdp', note: 'No figure in these years.', extra: [undefined, undefined] },
      ],
      { entityById, metricById: new Map([[gdp.id, gdp]]), sourceById, extraColumns: ['who', 'rank'] },
    );
    const [, missing] = records(table);
    expect(missing).toMatchObject({ place: "Xi'an", value: '', year: '', status: '', source: '', note: 'No figure in these years.', who: '', rank: '' });
    expect(table.rows[1]?.[table.header.indexOf('value')]).toBeUndefined();
    expect(records(table)[0]).toMatchObject({ who: 'leader', rank: '1' });
    expect(table.header.slice(-2)).toEqual(['place_id', 'metric_id']);
  });

  it('writes qualifiers as words, ranges with both ends, estimates with their method, and the derivation of a shown value', () => {
    const table = observationCsv(
      [
        obs('wuhan', 2020, 300, { qualifier: 'approx', status: 'estimate', method: { kind: 'derived', detail: 'From the seed.' } }),
        obs('xian', 2020, 3, { qualifier: 'range', valueHigh: 5 }),
        obs('wuhan', 2021, 100, { qualifier: 'atLeast', conflictId: 'c1', preferred: false }),
      ],
      { entityById, metricById: new Map([[gdp.id, gdp]]), sourceById, currency: 'USD', derivation: (o) => (o.year === 2020 ? 'Converted at 1 CNY = 0.14 USD (2020)' : undefined) },
    );
    const [approx, range, atLeast] = records(table);
    expect(approx).toMatchObject({ qualifier: 'approx', status: 'estimate', method: 'Derived from sourced inputs: From the seed.', derivation: 'Converted at 1 CNY = 0.14 USD (2020)' });
    expect(range).toMatchObject({ qualifier: 'range', value: '3', value_high: '5' });
    expect(atLeast).toMatchObject({ qualifier: 'at least', derivation: '', conflict_id: 'c1', preferred: 'false' });
  });

  it('writes a normalised value in the unit the card shows, and a money value without its own currency in the card’s', () => {
    const perCapita: Metric = { ...gdp, unit: 'USD per resident', valueKind: 'quantity', moneyScale: undefined, decimals: 0 };
    const shown = observationCsv([obs('wuhan', 2022, 21_000.123456789, { currency: undefined })], { entityById, metricById: new Map([[gdp.id, perCapita]]), sourceById });
    expect(records(shown)[0]).toMatchObject({ unit: 'USD per resident', currency: '', value: '21000.1234568' });
    const money = observationCsv([obs('wuhan', 2022, 1, { currency: undefined })], { entityById, metricById: new Map([[gdp.id, gdp]]), sourceById, currency: 'USD' });
    expect(records(money)[0]).toMatchObject({ unit: 'USD bn' });
  });

  it('names an unknown place or metric by its id rather than leaving the row unidentified', () => {
    const table = observationCsv([{ observation: undefined, entityId: '', metricId: 'tal_x', metricLabel: 'Measure X', note: 'cannot be shown per capita' }], {
      entityById,
      metricById: new Map(),
      sourceById,
    });
    expect(records(table)[0]).toMatchObject({ place: '', metric: 'Measure X', unit: '', note: 'cannot be shown per capita', metric_id: 'tal_x' });
  });
});

describe('sourceCells and figureCsvCells', () => {
  it('writes only http(s) addresses, and joins several sources', () => {
    expect(sourceCells(['s2'], sourceById)).toEqual(['Title s2', 'official statistics', 'Publisher s2', undefined, undefined]);
    expect(sourceCells(['s1', 's2', 's1', 'gone'], sourceById)).toEqual([
      'Title s1; Title s2; gone',
      'official statistics; official statistics',
      'Publisher s1; Publisher s2',
      '2022',
      'https://example.org/s1',
    ]);
  });

  it('lays a figure out in the shared column order, with a prefix for rows that carry several', () => {
    const cells = figureCsvCells({ year: '2019–2023', value: 0.1 + 0.2, unit: 'wafers per month', status: 'estimate', sourceIds: ['s1'] }, sourceById);
    expect(cells).toHaveLength(FIGURE_CSV_COLUMNS.length);
    expect(cells[FIGURE_CSV_COLUMNS.indexOf('value')]).toBe(0.3);
    expect(cells[FIGURE_CSV_COLUMNS.indexOf('year')]).toBe('2019–2023');
    expect(prefixedFigureColumns('capacity')).toContain('capacity_status');
  });

  it('keeps numbers as numbers without floating-point noise, and missing as missing', () => {
    expect(csvNumber(0.1 + 0.2)).toBe(0.3);
    expect(csvNumber(-4.7)).toBe(-4.7);
    expect(csvNumber(undefined)).toBeUndefined();
    expect(csvNumber(Number.NaN)).toBeUndefined();
  });
});

describe('yearCell', () => {
  it('writes one year as a number, the same year twice as that number, several as a span and none as an empty cell', () => {
    expect(yearCell([2022])).toBe(2022);
    expect(yearCell([2022, 2022])).toBe(2022);
    expect(yearCell([2024, 2019, 2022])).toBe('2019–2024');
    expect(yearCell([])).toBeUndefined();
  });
});
