import { describe, expect, it } from 'vitest';
import type { Fab, Figure, Rate } from '../../api/schemas';
import { toInvestment } from './to-investment';

const money = (value: number, currency: Figure['currency'], extra: Partial<Figure> = {}): Figure => ({
  value,
  currency,
  moneyScale: 'billion',
  year: 2020,
  status: 'reported',
  sourceId: 'src',
  ...extra,
});

const fab = (id: string, cityId: Fab['cityId'], status: Fab['status'], investment?: Figure): Fab => ({
  id,
  name: `Plant ${id}`,
  company: 'Company',
  cityId,
  facilityType: 'frontEnd',
  product: 'Logic',
  status,
  investment,
  sourceIds: ['src'],
});

const rates: Rate[] = [
  { from: 'USD', to: 'CNY', rate: 7, year: 2020, status: 'reported', sourceId: 'fx' },
  { from: 'USD', to: 'CNY', rate: 6, year: 2018, status: 'reported', sourceId: 'old_fx' },
  { from: 'CAD', to: 'CNY', rate: 5, year: 2020, status: 'estimate', sourceId: 'seed', method: { kind: 'derived', detail: 'implied' } },
];

describe('toInvestment', () => {
  it('sums committed (operating, planned) against lost (halted, cancelled) by city, each amount at its own year’s rate', () => {
    const fabs = [
      fab('a', 'wuhan', 'operating', money(10, 'USD')),
      fab('b', 'wuhan', 'planned', money(500, 'CNY', { moneyScale: 'million' })),
      fab('c', 'wuhan', 'halted', money(128, 'CNY')),
      fab('d', 'wuhan', 'cancelled', money(2, 'USD')),
      fab('e', 'chengdu', 'cancelled', money(24, 'USD')),
    ];
    const { totals, rates: used } = toInvestment(fabs, ['wuhan', 'chengdu'], 'CNY', rates);
    const total = (city: string, kind: string) => totals.find((t) => t.cityId === city && t.kind === kind);
    // 10 × 7 + 0.5 (500 million in billions).
    expect(total('wuhan', 'committed')?.value).toBeCloseTo(70.5);
    expect(total('wuhan', 'lost')?.value).toBeCloseTo(128 + 2 * 7);
    expect(total('chengdu', 'lost')?.value).toBeCloseTo(168);
    expect(total('chengdu', 'committed')).toBeUndefined();
    // The 2020 rate for the 2020 amounts, named once; the 2018 rate is not borrowed.
    expect(used.map((r) => r.description)).toEqual(['1 USD = 7 CNY (2020)']);
    expect(totals.every((t) => t.currency === 'CNY')).toBe(true);
  });

  it('converts to the chosen currency and takes the weakest status (an estimated rate makes an estimate)', () => {
    const fabs = [fab('a', 'xian', 'operating', money(10, 'CAD')), fab('b', 'xian', 'operating', money(1, 'CNY'))];
    const { totals, rates: used } = toInvestment(fabs, ['xian'], 'CNY', rates);
    expect(totals[0]?.value).toBeCloseTo(51);
    expect(totals[0]?.status).toBe('estimate');
    expect(used[0]?.status).toBe('estimate');

    const inUsd = toInvestment(fabs, ['xian'], 'USD', rates);
    expect(inUsd.totals[0]?.value).toBeCloseTo(10 * 5 / 7 + 1 / 7);
  });

  it('uses an amount the source also stated in the target currency exactly as stated', () => {
    const stated = money(128, 'CNY', { alsoStated: { value: 19, currency: 'USD', valueText: 'about US$19bn' } });
    const { totals, rates: used } = toInvestment([fab('a', 'wuhan', 'halted', stated)], ['wuhan'], 'USD', rates);
    expect(totals[0]?.value).toBe(19);
    expect(totals[0]?.items[0]?.asStated).toBe(true);
    expect(used).toEqual([]);
  });

  it('names plants without investment and amounts no rate connects, leaving both out of the sums', () => {
    const rateless = rates.filter((r) => r.from !== 'CAD');
    const fabs = [fab('a', 'wuhan', 'operating'), fab('b', 'wuhan', 'operating', money(3, 'CAD')), fab('c', 'wuhan', 'operating', money(4, 'CNY'))];
    const result = toInvestment(fabs, ['wuhan'], 'CNY', rateless);
    expect(result.withoutInvestment.map((f) => f.id)).toEqual(['a']);
    expect(result.unconverted.map((u) => u.fab.id)).toEqual(['b']);
    expect(result.totals[0]?.value).toBe(4);
  });

  it('never converts an amount at another year’s rate', () => {
    const result = toInvestment([fab('a', 'wuhan', 'operating', money(5, 'USD', { year: 2019 }))], ['wuhan'], 'CNY', rates);
    expect(result.totals).toEqual([]);
    expect(result.unconverted[0]?.reason).toMatch(/No USD to CNY rate for 2019/);
  });

  it('leaves out unselected cities', () => {
    const { totals } = toInvestment([fab('a', 'xian', 'operating', money(1, 'CNY'))], ['wuhan'], 'CNY', rates);
    expect(totals).toEqual([]);
  });
});
