import type { CityId, Currency, Figure, Industry, Rate } from '../../api/schemas';
import { CITY_IDS } from '../../api/vocabulary';
import type { ConversionRate } from '../../domain/currency';
import { distinctRates, toBillions } from './industry-money';

export type IndustryBar = {
  id: string;
  cityId: CityId;
  label: string;
  /** The output in the chosen currency's billions (converted when the source used another). */
  output: Figure;
  isZone: boolean;
  headline: boolean;
};

/**
 * Bars for the pillar-industry output chart: the selected cities' industries with an output,
 * in `currency` billions (rescaled and converted at one stated rate where needed), grouped by city
 * (display order) and largest first. Industries without an output, or whose output cannot be
 * converted, are listed so the card can say what it left out; `rates` are the rates used.
 */
export function toIndustryBars(
  industries: readonly Industry[],
  cities: readonly CityId[],
  currency: Currency,
  rates: readonly Rate[] = [],
): { bars: IndustryBar[]; withoutOutput: Industry[]; otherCurrency: Industry[]; rates: ConversionRate[] } {
  const selected = industries.filter((i) => cities.includes(i.cityId));
  const withoutOutput = selected.filter((i) => !i.output);
  const otherCurrency: Industry[] = [];
  const used: (ConversionRate | undefined)[] = [];
  const bars: IndustryBar[] = [];
  for (const industry of selected) {
    if (!industry.output) continue;
    const converted = toBillions(industry.output, currency, rates);
    if (!converted.ok) {
      otherCurrency.push(industry);
      continue;
    }
    used.push(converted.rate);
    bars.push({
      id: industry.id,
      cityId: industry.cityId,
      label: industry.geoLevel === 'zone' ? `${industry.name} (zone)` : industry.name,
      output: converted.figure,
      isZone: industry.geoLevel === 'zone',
      headline: industry.headline,
    });
  }
  bars.sort((a, b) => CITY_IDS.indexOf(a.cityId) - CITY_IDS.indexOf(b.cityId) || b.output.value - a.output.value);
  return { bars, withoutOutput, otherCurrency, rates: distinctRates(used) };
}
