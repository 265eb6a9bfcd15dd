import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { contextObservations } from '../../../mocks/data/observations/context';
import type { CityKey, GdpRow } from './gdp';

const CITY_KEYS: readonly string[] = ['wuhan', 'xian', 'chengdu'] satisfies CityKey[];

/** Hubscope's GDP rows for the three cities (the preferred figure where sources disagree). */
function gdpRows(): GdpRow[] {
  const byYear = new Map<number, GdpRow>();
  for (const o of contextObservations) {
    if (o.metricId !== 'ctx_gdp' || o.preferred === false || !CITY_KEYS.includes(o.entityId)) continue;
    const row = byYear.get(o.year) ?? { year: o.year };
    row[o.entityId as CityKey] = o.value;
    byYear.set(o.year, row);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

const worker = setupWorker(http.get('/api/gdp', () => HttpResponse.json(gdpRows())));

export function startWorker() {
  return worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
}
