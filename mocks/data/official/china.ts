import type { HubEvent, Observation } from '../../../src/api/schemas';
import type { NotFound, ReadSource } from './types';

export const chinaSources: ReadSource[] = [];
export const chinaObservations: Observation[] = [];
export const chinaEvents: HubEvent[] = [];
export const chinaNotFound: NotFound[] = [];
