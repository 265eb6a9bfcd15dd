import { http, HttpResponse } from 'msw';
import { simulateLatency } from '../latency';

export const API_PREFIX = '/api/v1';

/** GET handler for a whole collection, answered as `{ data: [...] }`. */
export function listHandler<Item>(path: string, items: readonly Item[]) {
  return http.get<never, never, { data: Item[] }>(`${API_PREFIX}/${path}`, async () => {
    await simulateLatency();
    return HttpResponse.json({ data: [...items] });
  });
}
