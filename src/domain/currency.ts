import type { Currency, Observation, Rate, Status } from '../api/schemas';
import { weakestStatus } from './status';
import { formatEnGb } from './format';

/** One conversion factor between two currencies, with where it comes from. */
export type ConversionRate = {
  from: Currency;
  to: Currency;
  /** 1 `from` = `factor` `to`. */
  factor: number;
  /** The year the rate is for (the converted value's year). */
  year: number;
  status: Status;
  sourceIds: string[];
  /** "1 CAD = 5.294 CNY (2021)", or a chain through CNY. */
  description: string;
};

function formatFactor(n: number): string {
  return formatEnGb(n, { maximumSignificantDigits: 4 });
}

const STATUS_ORDER: Record<Status, number> = { reported: 0, seed: 1, estimate: 2 };

/**
 * The rate for a direct pair in one year, read either way round: a reported rate before a seed or
 * estimated one. Another year's rate is never borrowed.
 */
function directRate(from: Currency, to: Currency, rates: readonly Rate[], year: number): ConversionRate | undefined {
  const candidates = rates
    .filter((r) => r.year === year && ((r.from === from && r.to === to) || (r.from === to && r.to === from)))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const rate = candidates[0];
  if (!rate) return undefined;
  const factor = rate.from === from ? rate.rate : 1 / rate.rate;
  return {
    from,
    to,
    factor,
    year,
    status: rate.status,
    sourceIds: [rate.sourceId],
    description: `1 ${from} = ${formatFactor(factor)} ${to} (${rate.year})`,
  };
}

/**
 * Rates found so far, per rate table, currency pair and year. Rate tables are immutable query
 * data, so a pair is looked up once per table and year, not once per converted value (36,000 at
 * the benchmark's scale).
 */
const foundRates = new WeakMap<readonly Rate[], Map<string, ConversionRate | undefined>>();

/**
 * The rate a value of `year` is converted at: that year's direct rate, else a chain through CNY
 * or US dollars with both legs of that year. Undefined when the table has no rate for that year: money is
 * converted year by year, and a year without a rate is left unconverted rather than borrowing one.
 */
export function findRate(from: Currency, to: Currency, rates: readonly Rate[], year: number): ConversionRate | undefined {
  let byPair = foundRates.get(rates);
  if (!byPair) foundRates.set(rates, (byPair = new Map()));
  const pair = `${from}>${to}@${year}`;
  if (!byPair.has(pair)) byPair.set(pair, lookUpRate(from, to, rates, year));
  return byPair.get(pair);
}

function lookUpRate(from: Currency, to: Currency, rates: readonly Rate[], year: number): ConversionRate | undefined {
  if (from === to) return { from, to, factor: 1, year, status: 'reported', sourceIds: [], description: '' };
  const direct = directRate(from, to, rates, year);
  if (direct) return direct;
  // Through a pivot currency, both legs of the same year (CAD to CNY goes through US dollars).
  for (const pivot of ['CNY', 'USD'] as const) {
    if (pivot === from || pivot === to) continue;
    const first = directRate(from, pivot, rates, year);
    const second = directRate(pivot, to, rates, year);
    if (!first || !second) continue;
    return {
      from,
      to,
      factor: first.factor * second.factor,
      year,
      status: weakestStatus(first.status, second.status),
      sourceIds: [...first.sourceIds, ...second.sourceIds],
      description: `${first.description}; ${second.description}`,
    };
  }
  return undefined;
}

export type ConversionResult =
  | { ok: true; observation: Observation; rate: ConversionRate | undefined }
  | { ok: false; reason: string };

/**
 * A money observation in `target`: unchanged when already in it; the source's own figure when
 * it stated the amount in both currencies; otherwise converted at its own year's rate, which
 * makes it an estimate if the rate is one.
 */
export function convertObservation(observation: Observation, target: Currency, rates: readonly Rate[]): ConversionResult {
  const from = observation.currency;
  if (!from || from === target) return { ok: true, observation, rate: undefined };
  if (observation.alsoStated?.currency === target) {
    const { value, valueText } = observation.alsoStated;
    return {
      ok: true,
      observation: { ...observation, value, valueHigh: undefined, currency: target, valueText },
      rate: undefined,
    };
  }
  const rate = findRate(from, target, rates, observation.year);
  if (!rate) return { ok: false, reason: `No ${from} to ${target} rate for ${observation.year}, so the value stays in ${from} and is not shown in ${target}.` };
  const status = weakestStatus(observation.status, rate.status);
  return {
    ok: true,
    rate,
    observation: {
      ...observation,
      value: observation.value * rate.factor,
      ...(observation.valueHigh !== undefined ? { valueHigh: observation.valueHigh * rate.factor } : {}),
      currency: target,
      status,
      // An estimate must say how it was made; a converted seed or reported figure keeps its own.
      method:
        status === 'estimate'
          ? { kind: 'derived', detail: `Converted from ${from} at ${rate.description}.${observation.method ? ` Before conversion: ${observation.method.detail}` : ''}` }
          : observation.method,
      valueText: observation.valueText ? `${observation.valueText} (converted)` : undefined,
    },
  };
}

/**
 * The rates used, in one line per currency pair: "1 USD = 6.228 CNY (2015), 6.642 (2016)".
 * Empty when nothing was converted, so a footer never claims a conversion that did not happen.
 */
export function describeRates(used: Iterable<ConversionRate>): string[] {
  const byPair = new Map<string, ConversionRate[]>();
  for (const rate of used) {
    if (rate.from === rate.to) continue;
    const pair = `${rate.from}>${rate.to}`;
    const list = byPair.get(pair) ?? [];
    if (!list.some((r) => r.description === rate.description)) list.push(rate);
    byPair.set(pair, list);
  }
  return [...byPair.values()].map((list) => {
    const sorted = [...list].sort((a, b) => a.year - b.year);
    const estimated = sorted.some((r) => r.status === 'estimate');
    const [first] = sorted;
    return `${first?.from} to ${first?.to} at each value's own year's rate: ${sorted.map((r) => r.description).join('; ')}${estimated ? ' (an estimated rate makes the converted value an estimate)' : ''}.`;
  });
}

export type ConvertedRows = {
  rows: Observation[];
  /** The rate each converted value took, by observation id (values already in `target` have none). */
  rateById: Map<string, ConversionRate>;
  /** Values with no rate for their year: left unconverted, and out of `rows`. */
  unconverted: Observation[];
};

/** Every row in `target`, each at its own year's rate; a row no rate converts is set apart, never guessed. */
export function convertRows(observations: readonly Observation[], target: Currency, rates: readonly Rate[]): ConvertedRows {
  const rateById = new Map<string, ConversionRate>();
  const unconverted: Observation[] = [];
  const rows: Observation[] = [];
  for (const row of observations) {
    const result = convertObservation(row, target, rates);
    if (!result.ok) {
      unconverted.push(row);
      continue;
    }
    if (result.rate && result.rate.from !== result.rate.to) rateById.set(row.id, result.rate);
    rows.push(result.observation);
  }
  return { rows, rateById, unconverted };
}
