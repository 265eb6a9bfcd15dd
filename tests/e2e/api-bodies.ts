import { createServer, type Server } from 'node:http';
import * as data from '../../mocks/data';
import { REAL_API_PORT } from './playwright.config';

/**
 * The dataset as a real API answers it, per endpoint: the stand-in servers of the real-API tests
 * serve these. Every endpoint the app calls is here (the changes since the last release as none),
 * so a page served by it logs no failed request.
 */
export const API_BODIES: Record<string, unknown> = {
  meta: data.meta,
  entities: { data: data.entities },
  metrics: { data: data.metrics },
  observations: { data: data.observations },
  sources: { data: data.sources },
  industries: { data: data.industries },
  fabs: { data: data.fabs },
  events: { data: data.events },
  rates: { data: data.rates },
  changes: { data: [] },
};

export type StandInApi = { server: Server; requests: string[]; close(): Promise<void> };

/**
 * A stand-in for a real backend on another origin (REAL_API_PORT, which the real-API build
 * calls): `bodies` over plain HTTP with CORS, each serialised once; 404 for anything else.
 */
export function startStandInApi(bodies: Record<string, unknown> = API_BODIES): Promise<StandInApi> {
  const requests: string[] = [];
  const texts = new Map(Object.entries(bodies).map(([endpoint, body]) => [endpoint, JSON.stringify(body)]));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${REAL_API_PORT}`);
    requests.push(url.pathname);
    const body = texts.get(url.pathname.replace(/^\/api\/v1\//, ''));
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    response.end(body ?? JSON.stringify({ error: { status: 404, code: 'not_found', message: 'no such resource' } }));
  });
  return new Promise((done) =>
    server.listen(REAL_API_PORT, '127.0.0.1', () =>
      done({
        server,
        requests,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      }),
    ),
  );
}
