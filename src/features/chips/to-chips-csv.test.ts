import { describe, expect, it } from 'vitest';
import type { Fab, Figure, Rate, Source } from '../../api/schemas';
import { frontEndCapacity } from '../../domain/capacity';
import { toCapacityCsv, toInvestmentCsv, toPlantsCsv } from './to-chips-csv';
import { toInvestment } from './to-investment';

const sourceById = new Map<string, Source>(
  ['a', 'b'].map((id) => [id, { id, title: `Source ${id}`, shortTitle: id, publisher: 'P', year: 2022, url: `https://example.org/${id}`, kind: 'press' }]),
);
const figure = (value: number, extra: Partial<Figure> = {}): Figure => ({ value, year: 2022, status: 'reported', sourceId: 'a', ...extra });
const plant = (id: string, extra: Partial<Fab> = {}): Fab => ({
  id,
  name: `Plant ${id}`,
  company: 'Co',
  cityId: 'wuhan',
  facilityType: 'frontEnd',
  product: 'Logic',
  status: 'operating',
  waferSizeMm: 300,
  sourceIds: ['a'],
  ...extra,
});
const FABS = [
  plant('p300', { capacityWpm: figure(45_000) }),
  plant('p200', { waferSizeMm: 200, capacityWpm: figure(30_000, { year: 2020, sourceId: 'b', qualifier: 'approx' }) }),
  plant('halt', { status: 'halted', capacityWpm: figure(40_000, { status: 'seed', seedId: 'S30' }), investment: figure(2, { currency: 'USD', moneyScale: 'billion', valueText: 'US$2bn' }) }),
  plant('mat', { facilityType: 'materials', capacityWpm: figure(900_000), waferSizeMm: undefined, sourceIds: ['a', 'b'] }),
];
const RATES: Rate[] = [{ from: 'USD', to: 'CNY', rate: 7, year: 2022, status: 'reported', sourceId: 'fx' }];

describe('chips CSVs', () => {
  it('writes capacity totals per city and plant status in 300 mm-equivalent wafers, with the plants summed and their sources', () => {
    const table = toCapacityCsv(frontEndCapacity(FABS, ['wuhan']).totals, sourceById);
    const col = (name: string) => table.header.indexOf(name);
    const [operating, halted] = table.rows;
    expect(operating?.[col('plant_status')]).toBe('Operating');
    expect(operating?.[col('value')]).toBe(45_000 + 30_000 * 0.444);
    expect(operating?.[col('qualifier')]).toBe('approx');
    expect(operating?.[col('year')]).toBe('2020–2022');
    expect(operating?.[col('unit')]).toBe('300 mm-equivalent wafers per month');
    expect(operating?.[col('source')]).toBe('Source a; Source b');
    expect(operating?.[col('plants_summed')]).toContain('Plant p200: ~30,000 wafers/month × 0.444 = ~13,320 in 300 mm terms (200 mm, 2020, Reported)');
    expect(halted?.[col('status')]).toBe('seed');
    expect(halted?.[col('note')]).toMatch(/^Planned capacity/);
    // The materials plant's 900,000 silicon wafers are never chip-wafer capacity.
    expect(table.rows.some((r) => String(r[col('plants_summed')]).includes('Plant mat'))).toBe(false);
  });

  it('writes investment totals in the chosen currency with the rate named, and each plant as stated', () => {
    const table = toInvestmentCsv(toInvestment(FABS, ['wuhan'], 'CNY', RATES), sourceById);
    const col = (name: string) => table.header.indexOf(name);
    expect(table.rows).toHaveLength(1);
    const [lost] = table.rows;
    expect([lost?.[col('counted_as')], lost?.[col('value')], lost?.[col('unit')], lost?.[col('currency')], lost?.[col('year')]]).toEqual([
      'Lost (halted or cancelled)',
      14,
      'CNY bn',
      'CNY',
      2022,
    ]);
    expect(lost?.[col('derivation')]).toBe('Some amounts converted at 1 USD = 7 CNY (2022)');
    expect(lost?.[col('plants_summed')]).toContain('Plant halt: US$ 2 bn (“US$2bn”) = CNY 14.0 bn');
  });

  it('writes one row per plant with its capacity in its own unit and its investment as stated; what is not stated is empty', () => {
    const table = toPlantsCsv(FABS, sourceById);
    const col = (name: string) => table.header.indexOf(name);
    const byId = (name: string) => table.rows.find((r) => r[col('plant')] === name);
    expect(byId('Plant halt')?.[col('plant_status')]).toBe('Halted');
    expect(byId('Plant halt')?.[col('capacity_status')]).toBe('seed');
    expect(byId('Plant halt')?.[col('investment_value')]).toBe(2);
    expect(byId('Plant halt')?.[col('investment_unit')]).toBe('USD bn');
    expect(byId('Plant halt')?.[col('investment_as_written')]).toBe('US$2bn');
    expect(byId('Plant p300')?.[col('investment_value')]).toBeUndefined();
    expect(byId('Plant p300')?.[col('investment_note')]).toBe('Not stated.');
    expect(byId('Plant mat')?.[col('capacity_unit')]).toBe('silicon wafers per month');
    expect(byId('Plant mat')?.[col('plant_sources')]).toBe('Source a; Source b');
    expect(byId('Plant mat')?.[col('plant_source_urls')]).toBe('https://example.org/a; https://example.org/b');
  });
});
