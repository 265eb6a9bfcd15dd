import { describe, expect, it } from 'vitest';
import type { CityId, Entity, Metric, Observation } from '../../api/schemas';
import { toYearRows } from '../../domain/series';
import { toLatestComparison } from './to-latest-comparison';
import { toLatestComparisonCsv } from './to-talent-csv';

const CITIES: CityId[] = ['wuhan', 'xian', 'chengdu'];
const STUDENTS: Metric = {
  id: 'tal_students',
  label: 'Students in higher education',
  definition: 'A test measure.',
  unit: 'per 1,000 residents',
  valueKind: 'quantity',
  category: 'talent',
  betterDirection: 'higher',
  measure: 'flow',
  geoLevel: 'city',
  normalisable: { perCapita: true, perGdp: false, indexed: true },
  decimals: 2,
};
const obs = (entityId: string, year: number, value: number): Observation => ({ id: `${entityId}-${year}`, entityId, metricId: STUDENTS.id, year, value, status: 'reported', sourceId: 's' });
const entityById = new Map<string, Entity>(CITIES.map((id) => [id, { id, nameEn: id, nameZh: '城', kind: 'city', parentId: null }]));

describe('toLatestComparisonCsv', () => {
  it('writes each city’s latest value per measure in the normalised unit, who leads, and a missing city or measure as empty', () => {
    const rows = toLatestComparison(
      [
        { metricId: STUDENTS.id, ok: true, metric: STUDENTS, rows: toYearRows([obs('wuhan', 2022, 110.5), obs('xian', 2022, 90), obs('wuhan', 2019, 80)], STUDENTS.id, CITIES), notes: [] },
        { metricId: 'tal_rd_intensity', ok: false, label: 'R&D intensity', reason: 'R&D intensity cannot be shown per capita.' },
      ],
      CITIES,
    );
    const table = toLatestComparisonCsv(rows, CITIES, 'perCapita', { entityById, metricById: new Map(), sourceById: new Map(), cityName: (c) => c.toUpperCase() }, { tal_students: 'Counting rules vary.' });
    const col = (name: string) => table.header.indexOf(name);
    expect(table.rows.map((r) => [r[col('place_id')], r[col('metric_id')], r[col('year')], r[col('value')], r[col('unit')]])).toEqual([
      ['wuhan', 'tal_students', 2022, 110.5, 'per 1,000 residents'],
      ['xian', 'tal_students', 2022, 90, 'per 1,000 residents'],
      ['chengdu', 'tal_students', undefined, undefined, 'per 1,000 residents'],
      [undefined, 'tal_rd_intensity', undefined, undefined, ''],
    ]);
    // Chengdu has no value, so there is no year all three share: nobody leads.
    expect(table.rows[0]?.[col('who_leads')]).toBe('No common year (WUHAN 2022, XIAN 2022, CHENGDU none): not ranked');
    expect(table.rows[0]?.[col('note')]).toBe('Latest value, not compared: no year in which every selected city has a value. Counting rules vary.');
    expect(table.rows[0]?.[col('derivation')]).toBe('Per capita: times 1,000, divided by the permanent population of the same year');
    expect(table.rows[2]?.[col('note')]).toBe('No figure in the selected years. Counting rules vary.');
    expect(table.rows[3]?.[col('metric')]).toBe('R&D intensity');
    expect(table.rows[3]?.[col('note')]).toBe('R&D intensity cannot be shown per capita.');
  });

  it('writes the values compared at the common year, with who leads', () => {
    const rows = toLatestComparison(
      [{ metricId: STUDENTS.id, ok: true, metric: STUDENTS, rows: toYearRows([obs('wuhan', 2022, 110.5), obs('xian', 2022, 90), obs('wuhan', 2023, 80)], STUDENTS.id, CITIES), notes: [] }],
      ['wuhan', 'xian'],
    );
    const table = toLatestComparisonCsv(rows, ['wuhan', 'xian'], 'absolute', { entityById, metricById: new Map(), sourceById: new Map(), cityName: (c) => c.toUpperCase() });
    const col = (name: string) => table.header.indexOf(name);
    expect(table.rows.map((r) => [r[col('place_id')], r[col('year')], r[col('value')]])).toEqual([
      ['wuhan', 2022, 110.5],
      ['xian', 2022, 90],
    ]);
    expect(table.rows[0]?.[col('who_leads')]).toBe('WUHAN leads (2022 for both)');
  });
});
