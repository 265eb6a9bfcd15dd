import { describe, expect, it } from 'vitest';
import type { Industry, Rate, Source } from '../../api/schemas';
import { toIndustryBars } from './to-industry-bars';
import { toIndustryCsv } from './to-industry-csv';

const RATES: Rate[] = [{ from: 'CAD', to: 'CNY', rate: 5, year: 2020, status: 'estimate', sourceId: 'fx', method: { kind: 'derived', detail: 'test rate' } }];
const sourceById = new Map<string, Source>([['src', { id: 'src', title: 'City bulletin', shortTitle: 'Bulletin', publisher: 'City', year: 2022, url: 'https://example.org', kind: 'statisticalBulletin' }]]);
const industry = (id: string, extra: Partial<Industry> = {}): Industry => ({
  id,
  cityId: 'wuhan',
  name: `Industry ${id}`,
  geoLevel: 'city',
  headline: false,
  anchorCompanies: [],
  sourceIds: ['src'],
  ...extra,
});

describe('toIndustryCsv', () => {
  it('writes output in the chosen currency with the figure as stated and the rate, growth and firms with their own year and status', () => {
    const industries = [
      industry('cad', { output: { value: 20, currency: 'CAD', moneyScale: 'billion', year: 2020, status: 'reported', sourceId: 'src' }, headline: true, anchorCompanies: ['A', 'B'] }),
      industry('none', { growthPct: { value: 12.5, qualifier: 'atLeast', year: 2021, status: 'seed', seedId: 'S10', sourceId: 'src' }, geoLevel: 'zone', geoNote: 'East Lake' }),
    ];
    const { bars } = toIndustryBars(industries, ['wuhan'], 'CNY', RATES);
    const outputById = new Map(bars.map((b) => [b.id, b.output]));
    const table = toIndustryCsv(
      industries.map((i) => ({ industry: i, output: outputById.get(i.id), outputNotConverted: false })),
      { currency: 'CNY', rates: RATES, sourceById },
    );
    const col = (name: string) => table.header.indexOf(name);
    const [cad, none] = table.rows;
    expect([cad?.[col('output_value')], cad?.[col('output_unit')], cad?.[col('output_year')], cad?.[col('output_status')]]).toEqual([100, 'CNY bn', 2020, 'estimate']);
    expect(cad?.[col('output_as_stated')]).toBe('C$ 20 bn');
    expect(cad?.[col('output_conversion')]).toBe('Converted at 1 CAD = 5 CNY (2020)');
    expect(cad?.[col('output_source')]).toBe('City bulletin');
    expect(cad?.[col('headline')]).toBe('true');
    expect(cad?.[col('anchor_companies')]).toBe('A; B');
    expect(none?.[col('output_value')]).toBeUndefined();
    expect(none?.[col('growth_value')]).toBe(12.5);
    expect(none?.[col('growth_qualifier')]).toBe('at least');
    expect(none?.[col('growth_unit')]).toBe('%');
    expect(none?.[col('growth_seed_id')]).toBe('S10');
    expect(none?.[col('firms_value')]).toBeUndefined();
    expect(none?.[col('geography')]).toBe('Zone (not a city total): East Lake');
  });

  it('says why an output is not shown when no rate converts it, instead of writing 0', () => {
    const cad = industry('cad', { output: { value: 20, currency: 'CAD', moneyScale: 'billion', year: 2020, status: 'reported', sourceId: 'src' } });
    const table = toIndustryCsv([{ industry: cad, output: undefined, outputNotConverted: true }], { currency: 'USD', rates: [], sourceById });
    const col = (name: string) => table.header.indexOf(name);
    expect(table.rows[0]?.[col('output_value')]).toBeUndefined();
    expect(table.rows[0]?.[col('output_note')]).toBe('Stated as C$ 20 bn; no rate converts it to USD.');
    expect(table.rows[0]?.[col('output_as_stated')]).toBe('C$ 20 bn');
  });
});
