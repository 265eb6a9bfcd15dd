/**
 * SYNTHETIC BENCHMARK DATA: NOT REAL. Generated numbers that let `npm run bench` measure how the
 * app's cost grows with the data (3 cities x 400 metrics x 30 years). Served only behind the
 * `_scenario=all:synthetic` switch of the mock API, never mixed into the dataset in `mocks/data/`:
 * every id starts with `syn_`, every label says "Synthetic", and every value is an estimate whose
 * source is "Synthetic benchmark data — not real". Real metrics keep only their real values.
 */
import { http, HttpResponse } from 'msw';
import type { ApiErrorBody, CityId, Meta, Metric, MetricCategory, Observation, Source, ValueKind } from '../src/api/schemas';
import { meta as realMeta, metrics as realMetrics, observations as realObservations, sources as realSources } from './data';
import { errorResponse } from './http-errors';
import { API_PREFIX } from './handlers/list';
import { filterObservations, parseObservationQuery } from './handlers/observations';
import { simulateLatency } from './latency';

export const SYNTHETIC_PREFIX = 'syn_';
export const SYNTHETIC_SOURCE_ID = 'syn_benchmark';
export const SYNTHETIC_METRIC_COUNT = 400;
/** Thirty years; open them in the app with `from=1995&to=2024`. */
export const SYNTHETIC_YEARS = { from: 1995, to: 2024 } as const;
const SYNTHETIC_CITIES: readonly CityId[] = ['wuhan', 'xian', 'chengdu'];

export const syntheticSource: Source = {
  id: SYNTHETIC_SOURCE_ID,
  title: 'Synthetic benchmark data — not real',
  shortTitle: 'Synthetic benchmark data — not real',
  publisher: 'Hubscope benchmark (mocks/synthetic.ts)',
  year: null,
  url: null,
  kind: 'research',
  note: 'Generated numbers for measuring performance at scale. They describe nothing and must never be quoted.',
};

const CATEGORIES: readonly MetricCategory[] = ['context', 'pillar', 'talent', 'chips'];
/** Each kind of value the app formats differently, so conversion and formatting run at scale too. */
const KINDS: readonly { valueKind: ValueKind; unit: string; decimals: number; moneyScale?: Metric['moneyScale'] }[] = [
  { valueKind: 'money', unit: 'bn', decimals: 1, moneyScale: 'billion' },
  { valueKind: 'count', unit: 'thousand', decimals: 0 },
  { valueKind: 'percent', unit: '%', decimals: 1 },
  { valueKind: 'quantity', unit: 'units', decimals: 0 },
];
const LEVEL = { perCapita: true, perGdp: true, indexed: true };
const SHARE = { perCapita: false, perGdp: false, indexed: false };

const pad = (n: number) => String(n).padStart(3, '0');
export const syntheticMetricId = (n: number) => `${SYNTHETIC_PREFIX}metric_${pad(n)}`;

/** The catalogue entries, numbered from 1: "Synthetic metric 17". */
export function syntheticMetrics(count = SYNTHETIC_METRIC_COUNT): Metric[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const kind = KINDS[i % KINDS.length]!;
    return {
      id: syntheticMetricId(n),
      label: `Synthetic metric ${n}`,
      definition: `Synthetic benchmark series ${n}, generated for npm run bench; not real data.`,
      unit: kind.unit,
      valueKind: kind.valueKind,
      ...(kind.moneyScale ? { moneyScale: kind.moneyScale } : {}),
      category: CATEGORIES[Math.floor(i / KINDS.length) % CATEGORIES.length]!,
      // Mostly higher-is-better, as in the real catalogue, with some of the other two.
      betterDirection: n % 7 === 0 ? 'lower' : n % 11 === 0 ? 'neutral' : 'higher',
      measure: n % 5 === 0 ? 'stock' : 'flow',
      geoLevel: 'city',
      normalisable: kind.valueKind === 'percent' ? SHARE : LEVEL,
      decimals: kind.decimals,
    };
  });
}

/** A small deterministic generator (mulberry32), so every run serves the same numbers. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One value per city, metric and year: a trend with noise; money partly in USD so conversions run. */
export function syntheticObservations(metrics: readonly Metric[] = syntheticMetrics()): Observation[] {
  const rows: Observation[] = [];
  metrics.forEach((metric, m) => {
    SYNTHETIC_CITIES.forEach((city, c) => {
      const next = random(1 + m * 3 + c);
      const percent = metric.valueKind === 'percent';
      let value = percent ? 5 + next() * 40 : 10 + next() * 990;
      const growth = percent ? 0 : 0.02 + next() * 0.08;
      for (let year = SYNTHETIC_YEARS.from; year <= SYNTHETIC_YEARS.to; year += 1) {
        value = percent ? Math.min(100, Math.max(0, value + (next() - 0.5) * 4)) : value * (1 + growth + (next() - 0.5) * 0.06);
        const rounded = Number(value.toFixed(metric.decimals));
        rows.push({
          id: `${metric.id}-${city}-${year}`,
          entityId: city,
          metricId: metric.id,
          year,
          value: rounded,
          ...(metric.valueKind === 'money' ? { currency: m % 8 === 0 ? 'USD' : 'CNY' } : {}),
          status: 'estimate',
          sourceId: SYNTHETIC_SOURCE_ID,
          method: { kind: 'derived', detail: 'Synthetic: generated by mocks/synthetic.ts for the benchmark; not real data.' },
        });
      }
    });
  });
  return rows;
}

type SyntheticDataset = { metrics: Metric[]; observations: Observation[]; metricIds: Set<string> };
let dataset: SyntheticDataset | undefined;

/** Built on first use, so the worker starts as fast as ever when the switch is off. */
export function syntheticDataset(): SyntheticDataset {
  if (!dataset) {
    const metrics = syntheticMetrics();
    dataset = { metrics, observations: syntheticObservations(metrics), metricIds: new Set(metrics.map((m) => m.id)) };
  }
  return dataset;
}

const realMetricIds = new Set(realMetrics.map((m) => m.id));

/**
 * `metrics=` checked against the real and the synthetic catalogue (the real handler knows only
 * the real one); the other filters go through the real handler's parser, so errors read the same.
 */
function parseSyntheticQuery(params: URLSearchParams) {
  const rest = new URLSearchParams(params);
  rest.delete('metrics');
  const parsed = parseObservationQuery(rest);
  if (!parsed.ok) return parsed;
  const raw = params.get('metrics');
  if (raw === null) return parsed;
  const ids = raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (ids.length === 0) return { ok: false as const, parameter: 'metrics', message: 'metrics must list at least one id' };
  const { metricIds } = syntheticDataset();
  const unknown = ids.filter((id) => !realMetricIds.has(id) && !metricIds.has(id));
  if (unknown.length > 0) return { ok: false as const, parameter: 'metrics', message: `unknown metric id: ${unknown.join(', ')}` };
  return { ok: true as const, filters: { ...parsed.filters, metrics: ids } };
}

type SyntheticEndpoint = 'meta' | 'metrics' | 'observations' | 'sources';

/** What meta says while synthetic rows are served; the page shows it as a banner. */
export const SYNTHETIC_NOTICE = 'Synthetic data: this page shows generated benchmark rows (mocks/synthetic.ts) mixed with the dataset. They are not real figures.';

/**
 * Handlers that serve the real resource with the synthetic rows added after it, for the three
 * resources that have any, and meta with the notice; the others are left to the normal handlers.
 * Place them first.
 */
export function syntheticHandlers(endpoint: string) {
  switch (endpoint as SyntheticEndpoint) {
    case 'meta':
      return [
        http.get<never, never, Meta>(`${API_PREFIX}/meta`, async () => {
          await simulateLatency();
          return HttpResponse.json({ ...realMeta, dataNotice: SYNTHETIC_NOTICE });
        }),
      ];
    case 'metrics':
      return [
        http.get<never, never, { data: Metric[] }>(`${API_PREFIX}/metrics`, async () => {
          await simulateLatency();
          return HttpResponse.json({ data: [...realMetrics, ...syntheticDataset().metrics] });
        }),
      ];
    case 'sources':
      return [
        http.get<never, never, { data: Source[] }>(`${API_PREFIX}/sources`, async () => {
          await simulateLatency();
          return HttpResponse.json({ data: [...realSources, syntheticSource] });
        }),
      ];
    case 'observations':
      return [
        http.get<never, never, { data: Observation[] } | ApiErrorBody>(`${API_PREFIX}/observations`, async ({ request }) => {
          await simulateLatency();
          const parsed = parseSyntheticQuery(new URL(request.url).searchParams);
          if (!parsed.ok) return errorResponse(400, 'bad_parameter', parsed.message, parsed.parameter);
          return HttpResponse.json({
            data: [...filterObservations(realObservations, parsed.filters), ...filterObservations(syntheticDataset().observations, parsed.filters)],
          });
        }),
      ];
    default:
      return [];
  }
}
