import type { CityId, Currency, Figure, Industry } from '../../api/schemas';
import { CITY_IDS } from '../../api/schemas';

export type IndustryBar = {
  id: string;
  cityId: CityId;
  label: string;
  output: Figure;
  isZone: boolean;
};

/**
 * Bars for the pillar-industry output chart: the selected cities' industries that state an output
 * in `currency` billions, grouped by city (display order) and largest first. Industries without an
 * output, or with one in another currency or scale, are counted so the card can say what it left out.
 */
export function toIndustryBars(
  industries: readonly Industry[],
  cities: readonly CityId[],
  currency: Currency,
): { bars: IndustryBar[]; withoutOutput: Industry[]; otherCurrency: Industry[] } {
  const selected = industries.filter((i) => cities.includes(i.cityId));
  const withoutOutput = selected.filter((i) => !i.output);
  const drawable = (i: Industry): i is Industry & { output: Figure } =>
    i.output !== undefined && i.output.currency === currency && i.output.moneyScale === 'billion';
  const otherCurrency = selected.filter((i) => i.output && !drawable(i));
  const bars = selected
    .filter(drawable)
    .map((i) => ({
      id: i.id,
      cityId: i.cityId,
      label: i.geoLevel === 'zone' ? `${i.name} (zone)` : i.name,
      output: i.output,
      isZone: i.geoLevel === 'zone',
    }))
    .sort((a, b) => CITY_IDS.indexOf(a.cityId) - CITY_IDS.indexOf(b.cityId) || b.output.value - a.output.value);
  return { bars, withoutOutput, otherCurrency };
}
