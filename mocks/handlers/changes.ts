import { http, HttpResponse } from 'msw';
import type { DatasetChange } from '../../src/api/schemas';
import { observations } from '../data';
import { simulateLatency } from '../latency';
import { API_PREFIX } from './list';

/**
 * Worked out on the first request, not when the mock API starts: most visits never open Sources &
 * data, so the previous version's snapshot (a JSON file) is loaded only then, in a chunk of its own.
 */
let changes: DatasetChange[] | undefined;

export const changesHandlers = [
  http.get<never, never, { data: DatasetChange[] }>(`${API_PREFIX}/changes`, async () => {
    await simulateLatency();
    if (!changes) {
      const { datasetChanges, previousDataset } = await import('../data/changes');
      changes = datasetChanges(previousDataset.observations, observations);
    }
    return HttpResponse.json({ data: changes });
  }),
];
