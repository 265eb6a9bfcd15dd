import type { Currency, Metric, Observation, Rate } from '../api/schemas';
import { convertRows, describeRates, type ConversionRate } from './currency';
import { pickPreferred } from './series';
import { weakestStatus } from './status';
import { formatValue } from './format';

export { NORMALISATIONS, NORMALISATION_LABELS, type Normalisation } from './normalisations';
import type { Normalisation } from './normalisations';

export const POPULATION_METRIC_ID = 'ctx_population';
export const GDP_METRIC_ID = 'ctx_gdp';

const SCALE_FACTORS = { million: 1e6, billion: 1e9, trillion: 1e12 } as const;
const UNIT_WORD_FACTORS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** What one unit of the metric's values is in base units (persons, yuan, ...). */
export function baseUnitFactor(metric: Pick<Metric, 'valueKind' | 'moneyScale' | 'unit'>): number {
  if (metric.valueKind === 'money') return metric.moneyScale ? SCALE_FACTORS[metric.moneyScale] : 1;
  const firstWord = metric.unit.split(/\s+/)[0]?.toLowerCase() ?? '';
  return UNIT_WORD_FACTORS[firstWord] ?? 1;
}

export type NormaliseInput = {
  /** Observations of `metric` for the shown entities and years (any number per entity-year). */
  observations: readonly Observation[];
  metric: Metric;
  mode: Normalisation;
  currency: Currency;
  rates: readonly Rate[];
  /** Population and GDP observations of the same entities, for per-capita and per-GDP. */
  population?: readonly Observation[];
  gdp?: readonly Observation[];
  populationMetric?: Metric;
  gdpMetric?: Metric;
  /** A source's short name for the notes ("Wuhan Statistical Bulletin 2024"); ids never reach the page. */
  sourceName?: (sourceId: string) => string | undefined;
};

export type NormalisedSeries =
  | {
      ok: true;
      /** The metric as displayed: unit, decimals and kind follow the normalisation. */
      metric: Metric;
      rows: Observation[];
      /** Sentences for the card's footer: the rate used, index base years, what was dropped. */
      notes: string[];
      /** Every rate a value was converted at (one per year and currency pair), for the source line. */
      ratesUsed: ConversionRate[];
      /**
       * Set when the view asked for a normalisation this metric does not take: its values are as
       * reported, and this says what was not done ("not divided by population").
       */
      asReported?: string;
    }
  | { ok: false; reason: string };

function byEntityYear(rows: readonly Observation[] | undefined): Map<string, Observation> {
  return new Map(pickPreferred(rows ?? []).map((o) => [`${o.entityId}|${o.year}`, o]));
}

function scaleRow(row: Observation, factor: number, extra: Partial<Observation>): Observation {
  return {
    ...row,
    value: row.value * factor,
    ...(row.valueHigh !== undefined ? { valueHigh: row.valueHigh * factor } : {}),
    // The as-written text describes the original figure, not the derived one.
    valueText: undefined,
    alsoStated: undefined,
    ...extra,
  };
}

/** A metric's label inside a sentence: "permanent population", but an acronym such as "GDP" as written. */
const inSentence = (label: string) => (/^[A-Z]{2,}\b/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));

/** "Divided by permanent population 2023 (CityPopulation.de, Chengdu)." The source by name, never by id. */
function dividedByNote(denominatorMetric: Metric, denominator: Observation, sourceName: string | undefined): string {
  return `Divided by ${inSentence(denominatorMetric.label)} ${denominator.year}${sourceName ? ` (${sourceName})` : ''}.`;
}

/** What a metric that does not take a normalisation is left as, in words. */
const NOT_NORMALISED: Record<Exclude<Normalisation, 'absolute'>, string> = {
  perCapita: 'not divided by population',
  perGdp: 'not divided by GDP',
  indexed: 'not indexed',
};

const distinctYears = (rows: readonly Observation[]) => [...new Set(rows.map((o) => o.year))].sort((a, b) => a - b).join(', ');

/**
 * Turns one metric's observations into what a chart shows: converted to the chosen currency at each
 * value's own year's rate, then absolute, per capita, per unit of GDP or indexed to each entity's first year.
 * A derived value takes the weakest status of its inputs and says how it was made; a value whose
 * denominator is missing is dropped (and counted in the notes), never zeroed.
 */
export function normaliseSeries(input: NormaliseInput): NormalisedSeries {
  const { metric, mode, currency, rates } = input;
  if (mode !== 'absolute' && !metric.normalisable[mode]) {
    // A rate, a share or a rank is not divided by population: it keeps its values, and says so,
    // rather than leaving an empty box where the reader asked for per capita figures.
    const asReported = normaliseSeries({ ...input, mode: 'absolute' });
    if (!asReported.ok) return asReported;
    return {
      ...asReported,
      notes: [`Shown as reported: ${metric.label} is ${NOT_NORMALISED[mode]}, as it is not a total that scales with the city.`, ...asReported.notes],
      asReported: NOT_NORMALISED[mode],
    };
  }
  // Per-GDP shares are taken in yuan, the currency GDP is stated in.
  const workingCurrency = mode === 'perGdp' ? 'CNY' : currency;
  // A year with no rate is left unconverted, and out of the chart, rather than borrowing a rate.
  const { rows: converted, rateById, unconverted } = convertRows(pickPreferred(input.observations), workingCurrency, rates);
  const used = [...rateById.values()];
  if (metric.valueKind === 'money' && converted.length === 0 && unconverted.length > 0) {
    return { ok: false, reason: `No exchange rate to ${workingCurrency} for the years of these values (${distinctYears(unconverted)}), so they are not shown in ${workingCurrency}.` };
  }
  const notes = mode !== 'perGdp' ? describeRates(used) : [];
  if (unconverted.length > 0)
    notes.push(`Not shown in ${workingCurrency}, for want of that year's exchange rate: ${unconverted.map((o) => `${o.entityId} ${o.year} (${o.currency})`).join(', ')}.`);
  const displayCurrency = metric.valueKind === 'money' ? workingCurrency : undefined;

  const ratesUsed = used;
  if (mode === 'absolute') return { ok: true, metric, rows: converted, notes, ratesUsed };

  if (mode === 'indexed') {
    const bases = new Map<string, Observation>();
    for (const row of [...converted].sort((a, b) => a.year - b.year)) if (!bases.has(row.entityId) && row.value !== 0) bases.set(row.entityId, row);
    const rows = converted.flatMap((row) => {
      const base = bases.get(row.entityId);
      if (!base) return [];
      const status = weakestStatus(row.status, base.status);
      return [
        scaleRow(row, 100 / base.value, {
          currency: undefined,
          status,
          method: status === 'estimate' ? { kind: 'derived', detail: `Index: value ÷ value in ${base.year} × 100.` } : row.method,
        }),
      ];
    });
    notes.push(`Indexed to each place’s first year with a value in the range (= 100): ${[...bases.values()].map((b) => `${b.entityId} ${b.year}`).join(', ')}.`);
    return {
      ok: true,
      metric: { ...metric, unit: 'index (first year = 100)', valueKind: 'quantity', moneyScale: undefined, decimals: 1 },
      rows,
      notes,
      ratesUsed,
    };
  }

  const denominatorMetric = mode === 'perCapita' ? input.populationMetric : input.gdpMetric;
  const denominators = byEntityYear(mode === 'perCapita' ? input.population : input.gdp);
  if (!denominatorMetric) return { ok: false, reason: `The ${mode === 'perCapita' ? 'population' : 'GDP'} series needed to normalise is not available.` };
  const denominatorFactor = baseUnitFactor(denominatorMetric);
  const numeratorFactor = baseUnitFactor(metric);
  const isMoney = metric.valueKind === 'money';
  // Display multipliers keep numbers readable: per 1,000 residents; % of GDP; per CNY 100 bn of GDP.
  const displayFactor = mode === 'perCapita' ? (isMoney ? 1 : 1_000) : isMoney ? 100 : 1e11;
  const unit =
    mode === 'perCapita'
      ? isMoney
        ? `${displayCurrency} per resident`
        : `per 1,000 residents`
      : isMoney
        ? '% of GDP'
        : 'per CNY 100 bn of GDP';

  let dropped = 0;
  let otherBasis = 0;
  const rows = converted.flatMap((row) => {
    const denominator = denominators.get(`${row.entityId}|${row.year}`);
    if (!denominator || denominator.value === 0) {
      dropped += 1;
      return [];
    }
    // A value on a boundary or definition of its own is never divided by a denominator on another.
    if (row.basis !== undefined && row.basis !== denominator.basis) {
      otherBasis += 1;
      return [];
    }
    const factor = (numeratorFactor * displayFactor) / (denominator.value * denominatorFactor);
    const status = weakestStatus(row.status, denominator.status);
    return [
      scaleRow(row, factor, {
        currency: undefined,
        status,
        method:
          status === 'estimate'
            ? {
                kind: 'derived',
                // Both sides in their units and at their metric's decimals: a bare "158.025" said neither what nor how precise.
                detail: `${formatValue(row, metric)} ÷ ${inSentence(denominatorMetric.label)} ${denominator.year} (${formatValue(denominator, denominatorMetric)}, ${denominator.status}).`,
              }
            : row.method,
        note: [row.note, dividedByNote(denominatorMetric, denominator, input.sourceName?.(denominator.sourceId))].filter(Boolean).join(' '),
      }),
    ];
  });
  if (dropped > 0) notes.push(`${dropped} value${dropped === 1 ? '' : 's'} left out: no ${inSentence(denominatorMetric.label)} for that year.`);
  if (otherBasis > 0)
    notes.push(`${otherBasis} value${otherBasis === 1 ? '' : 's'} left out: the ${inSentence(denominatorMetric.label)} of that year is on another basis (boundary or definition).`);
  return {
    ok: true,
    metric: { ...metric, unit, valueKind: 'quantity', moneyScale: undefined, decimals: mode === 'perCapita' && isMoney ? 0 : 2 },
    rows,
    notes,
    ratesUsed,
  };
}
