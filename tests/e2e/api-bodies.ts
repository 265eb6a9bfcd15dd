import * as data from '../../mocks/data';

/** The dataset as a real API answers it, per endpoint: the stand-in servers of the real-API tests serve these. */
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
};
