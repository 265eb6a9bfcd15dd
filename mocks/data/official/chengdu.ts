import type { HubEvent, Observation } from '../../../src/api/schemas';
import type { NotFound, ReadSource } from './types';

export const chengduSources: ReadSource[] = [];
export const chengduObservations: Observation[] = [];
export const chengduEvents: HubEvent[] = [];
export const chengduNotFound: NotFound[] = [];
