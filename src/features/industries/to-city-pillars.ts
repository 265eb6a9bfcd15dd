import type { CityId, Currency, Figure, Industry, Rate } from '../../api/schemas';
import type { ConversionRate } from '../../domain/currency';
import { distinctRates, toBillions } from './industry-money';
import { compareText } from '../../domain/format';

export type PillarEntry = {
  industry: Industry;
  /** Output in the chosen currency's billions; undefined when there is none or it cannot be converted. */
  output: Figure | undefined;
  /** True when the source states an output that no rate could convert (so "no figure" would be wrong). */
  outputNotConverted: boolean;
  isZone: boolean;
};

export type CityPillars = {
  cityId: CityId;
  /** Headline industries first, then by output (largest first, none last), then by name. */
  entries: PillarEntry[];
  /** The city-level industries with the largest stated output: several when they tie, none without outputs. */
  largest: PillarEntry[];
};

function byPillarOrder(a: PillarEntry, b: PillarEntry): number {
  if (a.industry.headline !== b.industry.headline) return a.industry.headline ? -1 : 1;
  const va = a.output?.value;
  const vb = b.output?.value;
  if (va !== vb) {
    if (va === undefined) return 1;
    if (vb === undefined) return -1;
    return vb - va;
  }
  return compareText(a.industry.name, b.industry.name);
}

/**
 * Each selected city's pillar industries for the at-a-glance cards, in `cities` order, with output
 * converted to `currency` billions at one stated rate. Zone-level industries are listed (labelled)
 * but never count as the city's largest, since they are not city totals.
 */
export function toCityPillars(
  industries: readonly Industry[],
  cities: readonly CityId[],
  currency: Currency,
  rates: readonly Rate[],
): { cities: CityPillars[]; rates: ConversionRate[] } {
  const used: (ConversionRate | undefined)[] = [];
  const result = cities.map((cityId) => {
    const entries = industries
      .filter((i) => i.cityId === cityId)
      .map((industry): PillarEntry => {
        const converted = industry.output ? toBillions(industry.output, currency, rates) : undefined;
        if (converted?.ok) used.push(converted.rate);
        return {
          industry,
          output: converted?.ok ? converted.figure : undefined,
          outputNotConverted: converted !== undefined && !converted.ok,
          isZone: industry.geoLevel === 'zone',
        };
      })
      .sort(byPillarOrder);
    const cityLevel = entries.filter((e) => !e.isZone && e.output);
    const max = Math.max(...cityLevel.map((e) => e.output?.value ?? -Infinity));
    return { cityId, entries, largest: cityLevel.filter((e) => e.output?.value === max) };
  });
  return { cities: result, rates: distinctRates(used) };
}
