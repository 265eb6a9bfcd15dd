import { http, HttpResponse } from 'msw';
import type { Meta } from '../../src/api/schemas';
import { meta } from '../data';
import { simulateLatency } from '../latency';
import { API_PREFIX } from './list';

export const metaHandlers = [
  http.get<never, never, Meta>(`${API_PREFIX}/meta`, async () => {
    await simulateLatency();
    return HttpResponse.json(meta);
  }),
];
