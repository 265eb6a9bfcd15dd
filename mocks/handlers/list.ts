import { http, HttpResponse } from 'msw';
import { simulateLatency } from '../latency';

// Follows Vite's base path, as the client's URLs do, so a build served under a sub-path still matches.
export const API_PREFIX = `${import.meta.env?.BASE_URL ?? '/'}api/v1`;

/** GET handler for a whole collection, answered as `{ data: [...] }`. */
export function listHandler<Item>(path: string, items: readonly Item[]) {
  return http.get<never, never, { data: Item[] }>(`${API_PREFIX}/${path}`, async () => {
    await simulateLatency();
    return HttpResponse.json({ data: [...items] });
  });
}
