import type { Currency, Entity, Metric, Observation, Rate, Source } from '../api/schemas';
import { observationCsv } from '../export/csv/observation-csv';
import { findRate, type ConversionRate } from '../domain/currency';
import type { CsvTable } from '../export/csv/csv';
import { NORMALISATION_LABELS, type Normalisation } from '../domain/normalise';

const NORMALISATION_DERIVATION: Record<Exclude<Normalisation, 'absolute'>, (isMoney: boolean) => string> = {
  perCapita: (isMoney) =>
    isMoney ? 'divided by the permanent population of the same year' : 'times 1,000, divided by the permanent population of the same year',
  perGdp: (isMoney) => (isMoney ? 'in CNY, divided by GDP of the same year, times 100' : 'divided by GDP of the same year in CNY 100 bn'),
  indexed: () => "divided by the place's first value in the shown years, times 100",
};

/** What happened to a stored money value on its way to the chart's currency. */
export type Conversion = { kind: 'none' } | { kind: 'asStated' } | { kind: 'rate'; rate: ConversionRate };

/**
 * How a shown value was made from the stored one, for a CSV's `derivation` column: the
 * normalisation in words and the conversion ("Per capita: divided by the permanent population of
 * the same year; converted at 1 CNY = 0.1389 USD (2023)"). Empty when shown as stored.
 */
export function seriesDerivation(norm: Normalisation, storedMetric: Pick<Metric, 'valueKind'> | undefined, conversion: Conversion): string {
  const parts: string[] = [];
  if (norm !== 'absolute') parts.push(`${NORMALISATION_LABELS[norm]}: ${NORMALISATION_DERIVATION[norm](storedMetric?.valueKind === 'money')}`);
  if (conversion.kind === 'rate') parts.push(`converted at ${conversion.rate.description}`);
  if (conversion.kind === 'asStated') parts.push('in the currency the source also states it in');
  const text = parts.join('; ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
}

/**
 * Whether a stored value was converted to `target`, and how: at its year's rate, as
 * `convertObservation` does, or as the source itself also stated it.
 */
export function conversionOf(stored: Pick<Observation, 'currency' | 'alsoStated' | 'year'> | undefined, target: Currency, rates: readonly Rate[]): Conversion {
  if (!stored?.currency || stored.currency === target) return { kind: 'none' };
  if (stored.alsoStated?.currency === target) return { kind: 'asStated' };
  const rate = findRate(stored.currency, target, rates, stored.year);
  return rate ? { kind: 'rate', rate } : { kind: 'none' };
}

export type TrendCsvInput = {
  /** The values the card shows, in the table's order. */
  observations: readonly Observation[];
  /** The same values as stored (before conversion and normalisation), by id. */
  storedById: ReadonlyMap<string, Observation>;
  /** The metric as displayed (unit and kind after normalisation); undefined while the catalogue is missing. */
  displayMetric: Metric | undefined;
  /** The metric as stored, for the derivation's wording. */
  storedMetric: Pick<Metric, 'valueKind'> | undefined;
  norm: Normalisation;
  /** The currency money is converted to before normalising (per-GDP shares are taken in CNY). */
  workingCurrency: Currency;
  rates: readonly Rate[];
  entityById: ReadonlyMap<string, Entity>;
  sourceById: ReadonlyMap<string, Source>;
};

/** A trend card's CSV: every value it shows, in the unit it shows them in, with how each was derived. */
export function toTrendCsv(input: TrendCsvInput): CsvTable {
  const { observations, storedById, displayMetric, storedMetric, norm, workingCurrency, rates } = input;
  return observationCsv(observations, {
    entityById: input.entityById,
    sourceById: input.sourceById,
    metricById: new Map(displayMetric ? [[displayMetric.id, displayMetric]] : []),
    currency: workingCurrency,
    derivation: (o) => seriesDerivation(norm, storedMetric, conversionOf(storedById.get(o.id), workingCurrency, rates)),
  });
}
