import type { HubEvent, Observation, Source } from '../../../src/api/schemas';
import { chengduEvents, chengduNotFound, chengduObservations, chengduSources } from './chengdu';
import { chinaEvents, chinaNotFound, chinaObservations, chinaSources } from './china';
import type { NotFound } from './types';
import { wuhanEvents, wuhanNotFound, wuhanObservations, wuhanSources } from './wuhan';
import { xianEvents, xianNotFound, xianObservations, xianSources } from './xian';

/** Core series from official statistics, one file per city and one for China. */
export const officialSources: Source[] = [...wuhanSources, ...xianSources, ...chengduSources, ...chinaSources];
export const officialObservations: Observation[] = [...wuhanObservations, ...xianObservations, ...chengduObservations, ...chinaObservations];
export const officialEvents: HubEvent[] = [...wuhanEvents, ...xianEvents, ...chengduEvents, ...chinaEvents];
/** Metric-years searched for and not found: they stay missing. */
export const notFound: NotFound[] = [...wuhanNotFound, ...xianNotFound, ...chengduNotFound, ...chinaNotFound];
export type { NotFound } from './types';
