import type { HubEvent, Observation } from '../../../src/api/schemas';
import type { NotFound, ReadSource } from './types';

export const wuhanSources: ReadSource[] = [];
export const wuhanObservations: Observation[] = [];
export const wuhanEvents: HubEvent[] = [];
export const wuhanNotFound: NotFound[] = [];
