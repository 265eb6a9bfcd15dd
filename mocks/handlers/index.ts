import { http } from 'msw';
import { errorResponse } from '../http-errors';
import { changesHandlers } from './changes';
import { entitiesHandlers } from './entities';
import { eventsHandlers } from './events';
import { fabsHandlers } from './fabs';
import { industriesHandlers } from './industries';
import { API_PREFIX } from './list';
import { metaHandlers } from './meta';
import { metricsHandlers } from './metrics';
import { observationsHandlers } from './observations';
import { ratesHandlers } from './rates';
import { sourcesHandlers } from './sources';

/** Any other path under the API answers a JSON 404 rather than falling through to the static server. */
const notFoundHandler = http.all(`${API_PREFIX}/*`, ({ request }) =>
  errorResponse(404, 'not_found', `No such resource: ${new URL(request.url).pathname}`),
);

export const handlers = [
  ...metaHandlers,
  ...entitiesHandlers,
  ...metricsHandlers,
  ...observationsHandlers,
  ...sourcesHandlers,
  ...industriesHandlers,
  ...fabsHandlers,
  ...eventsHandlers,
  ...ratesHandlers,
  ...changesHandlers,
  notFoundHandler,
];
