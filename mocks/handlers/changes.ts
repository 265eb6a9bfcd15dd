import { http, HttpResponse } from 'msw';
import type { DatasetChange } from '../../src/api/schemas';
import { datasetChanges, previousDataset } from '../data/changes';
import { observations } from '../data';
import { simulateLatency } from '../latency';
import { API_PREFIX } from './list';

/** Worked out on the first request, not when the mock API starts: most visits never open Sources & data. */
let changes: DatasetChange[] | undefined;

export const changesHandlers = [
  http.get<never, never, { data: DatasetChange[] }>(`${API_PREFIX}/changes`, async () => {
    await simulateLatency();
    changes ??= datasetChanges(previousDataset.observations, observations);
    return HttpResponse.json({ data: changes });
  }),
];
