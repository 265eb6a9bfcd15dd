import type { CityId, Currency, Fab, FabStatus, Figure, MoneyScale, Observation, Rate } from '../../api/schemas';
import { CITY_IDS } from '../../api/vocabulary';
import { sumFigures, type FigureSum } from '../../domain/capacity';
import { convertObservation, type ConversionRate } from '../../domain/currency';

export const INVESTMENT_KINDS = ['committed', 'lost'] as const;
export type InvestmentKind = (typeof INVESTMENT_KINDS)[number];
export const INVESTMENT_KIND_LABELS: Record<InvestmentKind, string> = {
  committed: 'Committed (operating or planned)',
  lost: 'Lost (halted or cancelled)',
};

const KIND_OF_STATUS: Record<FabStatus, InvestmentKind> = {
  operating: 'committed',
  planned: 'committed',
  halted: 'lost',
  cancelled: 'lost',
};

/** How many billions one unit of each money scale is. */
const IN_BILLIONS: Record<MoneyScale, number> = { million: 0.001, billion: 1, trillion: 1000 };

export type InvestmentItem = {
  fab: Fab;
  /** The figure as the source states it. */
  stated: Figure;
  /** In the target currency and in billions. */
  converted: Figure;
  /** The rate it was converted at; undefined when already in the target or stated in it too. */
  rate: ConversionRate | undefined;
  /** True when the source itself also stated the amount in the target currency. */
  asStated: boolean;
};

export type InvestmentTotal = FigureSum & {
  cityId: CityId;
  kind: InvestmentKind;
  currency: Currency;
  years: number[];
  items: InvestmentItem[];
};

export type InvestmentSummary = {
  /** One total per city and kind with at least one amount, kinds first, cities in display order. */
  totals: InvestmentTotal[];
  /** Every rate used, once per currency pair: the one stated rate of that series. */
  rates: ConversionRate[];
  /** Plants of the selected cities with no stated investment. */
  withoutInvestment: Fab[];
  /** Amounts no rate could convert; left out of the sums and named. */
  unconverted: { fab: Fab; reason: string }[];
};

/** A fab's investment figure in the shape the currency module converts. */
function asObservation(fab: Fab, figure: Figure): Observation {
  return { ...figure, id: fab.id, entityId: fab.cityId, metricId: 'fab_investment' };
}

/**
 * Investment committed to plants still operating or planned against investment lost to halted or
 * cancelled plants, by city, in `target` billions. Each amount is converted at the rate of the year
 * it is stated for (never another year's: an amount with no rate for its year is listed as not
 * converted); an amount the
 * source also stated in `target` is used as stated. Totals keep the weakest status of their parts.
 */
export function toInvestment(
  fabs: readonly Fab[],
  cities: readonly CityId[],
  target: Currency,
  rates: readonly Rate[],
): InvestmentSummary {
  const selected = fabs.filter((f) => cities.includes(f.cityId));
  const items: InvestmentItem[] = [];
  const unconverted: { fab: Fab; reason: string }[] = [];
  const ratesUsed = new Map<string, ConversionRate>();
  for (const fab of selected) {
    const stated = fab.investment;
    if (!stated) continue;
    if (!stated.currency || !stated.moneyScale) {
      unconverted.push({ fab, reason: 'no currency or scale stated' });
      continue;
    }
    const result = convertObservation(asObservation(fab, stated), target, rates);
    if (!result.ok) {
      unconverted.push({ fab, reason: result.reason });
      continue;
    }
    const scale = IN_BILLIONS[stated.moneyScale];
    const { id: _id, entityId: _entity, metricId: _metric, geoLevel: _geo, period: _period, ...figure } = result.observation;
    const converted: Figure = {
      ...figure,
      value: figure.value * scale,
      ...(figure.valueHigh !== undefined ? { valueHigh: figure.valueHigh * scale } : {}),
      moneyScale: 'billion',
    };
    if (result.rate) ratesUsed.set(`${result.rate.from}-${result.rate.to}-${result.rate.year}`, result.rate);
    const asStated = stated.currency !== target && stated.alsoStated?.currency === target;
    items.push({ fab, stated, converted, rate: result.rate, asStated });
  }

  const totals: InvestmentTotal[] = [];
  for (const kind of INVESTMENT_KINDS) {
    for (const cityId of CITY_IDS.filter((c) => cities.includes(c))) {
      const matching = items.filter((i) => i.fab.cityId === cityId && KIND_OF_STATUS[i.fab.status] === kind);
      const sum = sumFigures(matching.map((i) => i.converted));
      if (!sum) continue;
      const years = [...new Set(matching.map((i) => i.stated.year))].sort((a, b) => a - b);
      totals.push({ ...sum, cityId, kind, currency: target, years, items: matching });
    }
  }
  return {
    totals,
    rates: [...ratesUsed.values()],
    withoutInvestment: selected.filter((f) => !f.investment),
    unconverted,
  };
}
