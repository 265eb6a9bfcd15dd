import type { Currency, Observation, Rate, Status } from '../api/schemas';
import { weakestStatus } from './status';
import { formatEnGb } from './format';

/** One conversion factor between two currencies, with where it comes from. */
export type ConversionRate = {
  from: Currency;
  to: Currency;
  /** 1 `from` = `factor` `to`. */
  factor: number;
  status: Status;
  sourceIds: string[];
  /** "1 CAD = 5.294 CNY (2021)", or a chain through CNY. */
  description: string;
};

function formatFactor(n: number): string {
  return formatEnGb(n, { maximumSignificantDigits: 4 });
}

/** The newest rate for a direct pair, read either way round. */
function directRate(from: Currency, to: Currency, rates: readonly Rate[]): ConversionRate | undefined {
  const candidates = rates
    .filter((r) => (r.from === from && r.to === to) || (r.from === to && r.to === from))
    .sort((a, b) => b.year - a.year);
  const rate = candidates[0];
  if (!rate) return undefined;
  const factor = rate.from === from ? rate.rate : 1 / rate.rate;
  return {
    from,
    to,
    factor,
    status: rate.status,
    sourceIds: [rate.sourceId],
    description: `1 ${from} = ${formatFactor(factor)} ${to} (${rate.year})`,
  };
}

/**
 * Rates found so far, per rate table and currency pair. Rate tables are immutable query data, so
 * a pair is looked up once per table, not once per converted value (36,000 at the benchmark's scale).
 */
const foundRates = new WeakMap<readonly Rate[], Map<string, ConversionRate | undefined>>();

/**
 * The one rate a series is converted at: the newest direct rate, else a chain through CNY.
 * Undefined when the table cannot connect the two currencies.
 */
export function findRate(from: Currency, to: Currency, rates: readonly Rate[]): ConversionRate | undefined {
  let byPair = foundRates.get(rates);
  if (!byPair) foundRates.set(rates, (byPair = new Map()));
  const pair = `${from}>${to}`;
  if (!byPair.has(pair)) byPair.set(pair, lookUpRate(from, to, rates));
  return byPair.get(pair);
}

function lookUpRate(from: Currency, to: Currency, rates: readonly Rate[]): ConversionRate | undefined {
  if (from === to) return { from, to, factor: 1, status: 'reported', sourceIds: [], description: '' };
  const direct = directRate(from, to, rates);
  if (direct) return direct;
  const toCny = directRate(from, 'CNY', rates);
  const fromCny = directRate('CNY', to, rates);
  if (!toCny || !fromCny) return undefined;
  return {
    from,
    to,
    factor: toCny.factor * fromCny.factor,
    status: weakestStatus(toCny.status, fromCny.status),
    sourceIds: [...toCny.sourceIds, ...fromCny.sourceIds],
    description: `${toCny.description}; ${fromCny.description}`,
  };
}

export type ConversionResult =
  | { ok: true; observation: Observation; rate: ConversionRate | undefined }
  | { ok: false; reason: string };

/**
 * A money observation in `target`: unchanged when already in it; the source's own figure when
 * it stated the amount in both currencies; otherwise converted at the one stated rate, which
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
  const rate = findRate(from, target, rates);
  if (!rate) return { ok: false, reason: `No exchange rate connects ${from} and ${target}.` };
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
