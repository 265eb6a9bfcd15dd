import type { DatasetChange } from '../../src/api/schemas';
import { datasetChanges, previousDataset } from '../data/changes';
import { observations } from '../data';
import { listHandler } from './list';

export const changesHandlers = [listHandler<DatasetChange>('changes', datasetChanges(previousDataset.observations, observations))];
