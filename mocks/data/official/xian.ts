import type { HubEvent, Observation } from '../../../src/api/schemas';
import type { NotFound, ReadSource } from './types';

export const xianSources: ReadSource[] = [];
export const xianObservations: Observation[] = [];
export const xianEvents: HubEvent[] = [];
export const xianNotFound: NotFound[] = [];
