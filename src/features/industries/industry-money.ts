import type { Currency, Figure, Rate } from '../../api/schemas';
import { convertObservation, type ConversionRate } from '../../domain/currency';

const TO_BILLION = { million: 1e-3, billion: 1, trillion: 1e3 } as const;

export type BillionsResult = { ok: true; figure: Figure; rate: ConversionRate | undefined } | { ok: false; reason: string };

/**
 * An industry's money figure in `target` billions: first rescaled to billions, then converted at the
 * rate of the figure's own year (`convertObservation`, so an estimated rate makes the figure an estimate and an
 * amount the source also stated in `target` is shown as stated). Not a money figure, or no rate
 * connecting the currencies: `ok: false` with the reason, never a zero.
 */
export function toBillions(figure: Figure, target: Currency, rates: readonly Rate[]): BillionsResult {
  if (!figure.currency) return { ok: false, reason: 'The figure has no currency.' };
  const scale = TO_BILLION[figure.moneyScale ?? 'billion'];
  const scaled: Figure =
    scale === 1
      ? figure
      : {
          ...figure,
          value: figure.value * scale,
          ...(figure.valueHigh !== undefined ? { valueHigh: figure.valueHigh * scale } : {}),
          ...(figure.alsoStated ? { alsoStated: { ...figure.alsoStated, value: figure.alsoStated.value * scale } } : {}),
          moneyScale: 'billion',
        };
  const result = convertObservation({ ...scaled, id: 'figure', entityId: 'figure', metricId: 'figure' }, target, rates);
  if (!result.ok) return result;
  const { id: _id, entityId: _entityId, metricId: _metricId, geoLevel: _geoLevel, period: _period, ...converted } = result.observation;
  return { ok: true, figure: { ...converted, currency: target, moneyScale: 'billion' }, rate: result.rate };
}

/** Each conversion rate once, by what it says. */
export function distinctRates(rates: readonly (ConversionRate | undefined)[]): ConversionRate[] {
  const seen = new Map<string, ConversionRate>();
  for (const rate of rates) if (rate && !seen.has(rate.description)) seen.set(rate.description, rate);
  return [...seen.values()];
}

/** The footer sentence naming the rate(s) used. */
export function rateNote(rates: readonly ConversionRate[]): string[] {
  return rates.map(
    (rate) =>
      `Converted from ${rate.from} to ${rate.to} at the rate of the figure's year: ${rate.description}${rate.status === 'estimate' ? ', itself an estimate, so converted figures are marked as estimates' : ''}.`,
  );
}
