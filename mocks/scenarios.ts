import { delay, http, HttpResponse } from 'msw';
import { errorResponse } from './http-errors';
import { API_PREFIX } from './handlers/list';
import * as data from './data';
import { syntheticHandlers } from './synthetic';

/** Markup that would run if any text from the API were ever rendered as HTML. */
export const HOSTILE_TEXT = '<img src=x onerror=alert(1)>';

/** Characters XML forbids (controls, NUL, U+FFFE, a lone surrogate), which an SVG export must drop rather than break on. */
export const CONTROL_TEXT = 'Ctrl\u0001\u0008\u001b\ufffe\u0000\ud800 end';

/** Text a spreadsheet would run as a formula if a CSV export wrote it as it is. */
export const FORMULA_TEXT = '=HYPERLINK("https://example.invalid","x")';

/**
 * Formula text in the shapes that slip past a simple "starts with =" check: after a line break,
 * a leading space or full-width space, with full-width signs (＝＋－＠), or cut by a line break.
 */
export const FORMULA_VARIANTS = [
  FORMULA_TEXT,
  `${FORMULA_TEXT}\nsecond line`,
  ` ${FORMULA_TEXT}`,
  `\u3000${FORMULA_TEXT}`,
  '\uff1dHYPERLINK("https://example.invalid","x")',
  '\uff0b1\r\n=2',
  '\n@SUM(1)',
] as const;

/** The real resource with hostile text (and, for sources, a javascript: URL) in its first item. */
function hostileBody(endpoint: ScenarioEndpoint): unknown {
  const first = <T,>(items: readonly T[], change: (item: T) => T) => items.map((item, i) => (i === 0 ? change(item) : item));
  switch (endpoint) {
    case 'sources':
      // Every other source gets a formula for a title, so it reaches the source column of every card's CSV.
      return {
        data: first(data.sources, (s) => ({ ...s, title: `${HOSTILE_TEXT} ${CONTROL_TEXT}`, shortTitle: `${HOSTILE_TEXT} ${CONTROL_TEXT}`, url: 'javascript:alert(1)' })).map((s, i) => {
          const formula = FORMULA_VARIANTS[i % FORMULA_VARIANTS.length] ?? FORMULA_TEXT;
          return i > 0 ? { ...s, title: formula, shortTitle: `${formula} ${i}` } : s;
        }),
      };
    case 'events':
      return { data: first(data.events, (e) => ({ ...e, title: HOSTILE_TEXT, description: HOSTILE_TEXT })) };
    case 'fabs':
      return { data: first(data.fabs, (f) => ({ ...f, name: HOSTILE_TEXT, note: HOSTILE_TEXT })) };
    case 'industries':
      return { data: first(data.industries, (i) => ({ ...i, name: HOSTILE_TEXT, anchorCompanies: [HOSTILE_TEXT] })) };
    case 'metrics':
      return { data: first(data.metrics, (m) => ({ ...m, definition: `${HOSTILE_TEXT} ${m.definition}` })) };
    case 'observations':
      return { data: data.observations.map((o) => ({ ...o, note: HOSTILE_TEXT })) };
    case 'entities':
      return { data: data.entities.map((e) => (e.kind === 'company' ? { ...e, nameEn: HOSTILE_TEXT } : e)) };
    case 'meta':
      return { ...data.meta, licenceNote: HOSTILE_TEXT };
    case 'rates':
      return { data: first(data.rates, (r) => ({ ...r, note: HOSTILE_TEXT })) };
    case 'changes':
      // Changes carry ids and numbers only; hostile ids fail the schema, which the panel reports.
      return { data: [{ kind: 'added', entityId: HOSTILE_TEXT, metricId: 'ctx_gdp', year: 2024, after: { value: 1, status: 'reported', sourceId: 'apf_seed' } }] };
  }
}

/**
 * Fault overrides, per endpoint, for tests (`server.use(...scenarioHandlers('fabs', 'serverError'))`)
 * and, whenever mocking is on, for demos through the reserved `_scenario` URL parameter,
 * e.g. `?_scenario=fabs:serverError,observations:slow`. `all` stands for every endpoint:
 * `?_scenario=all:synthetic` is the benchmark's data at scale (mocks/synthetic.ts, not real).
 */
export const SCENARIO_ENDPOINTS = [
  'meta',
  'entities',
  'metrics',
  'observations',
  'sources',
  'industries',
  'fabs',
  'events',
  'rates',
  'changes',
] as const;
export type ScenarioEndpoint = (typeof SCENARIO_ENDPOINTS)[number];

export const SCENARIO_KINDS = ['serverError', 'dropped', 'hang', 'slow', 'malformed', 'schemaBreak', 'empty', 'hostile', 'synthetic'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export const SLOW_SCENARIO_MS = 3000;

/** Synthetic data: in development and tests, and in builds made with VITE_SYNTHETIC=on (what `npm run bench` sets). */
export const SYNTHETIC_ALLOWED: boolean = import.meta.env?.DEV === true || import.meta.env?.VITE_SYNTHETIC === 'on';

/** Handlers that override one endpoint with one fault; place them before the normal handlers. */
export function scenarioHandlers(endpoint: ScenarioEndpoint, kind: ScenarioKind) {
  const path = `${API_PREFIX}/${endpoint}`;
  switch (kind) {
    case 'serverError':
      return [http.get(path, () => errorResponse(500, 'scenario_server_error', 'Simulated server error'))];
    case 'dropped':
      return [http.get(path, () => HttpResponse.error())];
    case 'hang':
      return [
        http.get(path, async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      ];
    case 'slow':
      // Returning nothing lets the normal handler answer after the delay.
      return [
        http.get(path, async () => {
          await delay(SLOW_SCENARIO_MS);
        }),
      ];
    case 'malformed':
      return [
        http.get(
          path,
          () => new HttpResponse('{"data": [ {"id": "tr', { status: 200, headers: { 'Content-Type': 'application/json' } }),
        ),
      ];
    case 'schemaBreak':
      return [
        http.get(path, () =>
          HttpResponse.json(endpoint === 'meta' ? { datasetVersion: 42 } : { data: [{ id: 42, value: 'NaN' }] }),
        ),
      ];
    case 'empty':
      return [http.get(path, () => HttpResponse.json(endpoint === 'meta' ? {} : { data: [] }))];
    case 'hostile':
      // The real data with markup in its text: it must show as characters and never run.
      return [http.get(path, () => HttpResponse.json(hostileBody(endpoint) as Record<string, unknown>))];
    case 'synthetic':
      // Not a fault: the real data plus generated rows at scale, for the benchmark (metrics,
      // observations and sources, and a notice in meta; the other endpoints answer as usual).
      // Only in development, tests and builds made for the benchmark: a plain production build
      // never serves invented figures, whatever its link says.
      return SYNTHETIC_ALLOWED ? syntheticHandlers(endpoint) : [];
  }
}

export type ScenarioSpec = { endpoint: ScenarioEndpoint; kind: ScenarioKind };

/** Parses `fabs:serverError,observations:slow` (`all:` for every endpoint); unknown parts are skipped. */
export function parseScenarioParam(raw: string | null): ScenarioSpec[] {
  if (!raw) return [];
  const specs: ScenarioSpec[] = [];
  for (const part of raw.split(',')) {
    const [endpoint, kind] = part.split(':');
    if (!(SCENARIO_KINDS as readonly string[]).includes(kind ?? '')) continue;
    if (endpoint === 'all') {
      specs.push(...SCENARIO_ENDPOINTS.map((e) => ({ endpoint: e, kind: kind as ScenarioKind })));
    } else if ((SCENARIO_ENDPOINTS as readonly string[]).includes(endpoint ?? '')) {
      specs.push({ endpoint: endpoint as ScenarioEndpoint, kind: kind as ScenarioKind });
    }
  }
  return specs;
}

export function handlersForScenarioParam(raw: string | null) {
  const specs = parseScenarioParam(raw);
  // Any synthetic endpoint makes the data not real, so meta says so (and the page shows the banner).
  const synthetic = specs.some((spec) => spec.kind === 'synthetic') && !specs.some((spec) => spec.endpoint === 'meta');
  return [...specs.flatMap((spec) => scenarioHandlers(spec.endpoint, spec.kind)), ...(synthetic ? scenarioHandlers('meta', 'synthetic') : [])];
}
