import { describe, expect, it } from 'vitest';
import type { Fab, Figure } from '../api/schemas';
import { AREA_FACTOR_TO_300MM, frontEndCapacity, sumFigures, to300mmEquivalent } from './capacity';

const figure = (value: number, extra: Partial<Figure> = {}): Figure => ({ value, year: 2021, status: 'reported', sourceId: 'src', ...extra });

const fab = (id: string, extra: Partial<Fab> = {}): Fab => ({
  id,
  name: `Plant ${id}`,
  company: 'Company',
  cityId: 'wuhan',
  facilityType: 'frontEnd',
  product: 'NAND',
  status: 'operating',
  waferSizeMm: 300,
  sourceIds: ['src'],
  ...extra,
});

describe('to300mmEquivalent', () => {
  it('keeps a 300 mm figure as it is', () => {
    const stated = figure(37_000);
    expect(to300mmEquivalent(stated, 300)).toBe(stated);
  });

  it('converts 200 mm by wafer area (×0.444) and says how, keeping the stated status', () => {
    const converted = to300mmEquivalent(figure(25_000, { status: 'seed', seedId: 'S14', valueText: '25,000 wafers' }), 200);
    expect(AREA_FACTOR_TO_300MM[200]).toBeCloseTo((200 / 300) ** 2, 3);
    expect(converted?.value).toBeCloseTo(11_100);
    expect(converted?.status).toBe('seed');
    expect(converted?.method?.kind).toBe('derived');
    expect(converted?.method?.detail).toContain('×0.444');
    // The text as written described the 200 mm figure, not this one.
    expect(converted?.valueText).toBeUndefined();
  });

  it('converts 150 mm by area (×0.25), ranges at both ends, and keeps an estimate an estimate', () => {
    const converted = to300mmEquivalent(
      figure(8_000, { valueHigh: 12_000, qualifier: 'range', status: 'estimate', method: { kind: 'unverified', detail: 'trade press' } }),
      150,
    );
    expect(converted?.value).toBe(2_000);
    expect(converted?.valueHigh).toBe(3_000);
    expect(converted?.status).toBe('estimate');
    expect(converted?.method?.detail).toContain('trade press');
  });

  it('cannot convert without a wafer size', () => {
    expect(to300mmEquivalent(figure(10_000), undefined)).toBeUndefined();
  });
});

describe('sumFigures', () => {
  it('is a gap, not zero, for no input', () => {
    expect(sumFigures([])).toBeUndefined();
  });

  it('keeps the weakest status and marks a sum with an approximate part as approximate', () => {
    expect(sumFigures([figure(10), figure(5, { qualifier: 'approx', status: 'seed', seedId: 'S01' })])).toEqual({
      value: 15,
      qualifier: 'approx',
      status: 'seed',
    });
  });

  it('sums a range at both ends', () => {
    expect(sumFigures([figure(18.7, { qualifier: 'range', valueHigh: 20 }), figure(15)])).toEqual({
      value: 33.7,
      valueHigh: 35,
      qualifier: 'range',
      status: 'reported',
    });
  });

  it('keeps "at least" only when every qualified part is a lower bound', () => {
    expect(sumFigures([figure(1, { qualifier: 'atLeast' }), figure(2)])?.qualifier).toBe('atLeast');
    expect(sumFigures([figure(1, { qualifier: 'atLeast' }), figure(2, { qualifier: 'upTo' })])?.qualifier).toBe('approx');
  });
});

describe('frontEndCapacity', () => {
  const fabs: Fab[] = [
    fab('a', { capacityWpm: figure(100_000) }),
    fab('b', { capacityWpm: figure(30_000, { year: 2017 }), waferSizeMm: 200 }),
    fab('c', { status: 'halted', capacityWpm: figure(60_000) }),
    fab('d', { status: 'halted' }),
    fab('e', { facilityType: 'assemblyTest', capacityWpm: figure(500_000) }),
    fab('f', { facilityType: 'materials', capacityWpm: figure(650_000) }),
    fab('g', { cityId: 'xian', capacityWpm: figure(120_000, { status: 'estimate', method: { kind: 'derived', detail: 'sum' } }) }),
    fab('h', { cityId: 'chengdu', facilityType: 'assemblyTest' }),
  ];

  it('sums front-end plants by city and status in 300 mm-equivalent, 200 mm converted by area', () => {
    const { totals } = frontEndCapacity(fabs, ['wuhan', 'xian', 'chengdu']);
    const wuhanOperating = totals.find((t) => t.cityId === 'wuhan' && t.fabStatus === 'operating');
    expect(wuhanOperating?.value).toBeCloseTo(100_000 + 30_000 * 0.444);
    expect(wuhanOperating?.years).toEqual([2017, 2021]);
    expect(wuhanOperating?.contributions.map((c) => c.fab.id)).toEqual(['a', 'b']);
    expect(totals.find((t) => t.cityId === 'wuhan' && t.fabStatus === 'halted')?.value).toBe(60_000);
    expect(totals.find((t) => t.cityId === 'xian')?.status).toBe('estimate');
  });

  it('never adds assembly/test or materials plants in, and returns them apart', () => {
    const result = frontEndCapacity(fabs, ['wuhan']);
    const summed = result.totals.flatMap((t) => t.contributions.map((c) => c.fab.id));
    expect(summed).not.toContain('e');
    expect(summed).not.toContain('f');
    expect(result.notFrontEnd.map((f) => f.id)).toEqual(['e', 'f']);
  });

  it('lists front-end plants without a figure as gaps and cities without any front-end fab as true zeros', () => {
    const result = frontEndCapacity(fabs, ['wuhan', 'chengdu']);
    expect(result.withoutCapacity.map((f) => f.id)).toEqual(['d']);
    expect(result.citiesWithoutFrontEnd).toEqual(['chengdu']);
    expect(result.totals.some((t) => t.cityId === 'chengdu')).toBe(false);
  });

  it('leaves out cities that are not selected', () => {
    expect(frontEndCapacity(fabs, ['xian']).totals.map((t) => t.cityId)).toEqual(['xian']);
  });
});
