import type { Metric } from '../../src/api/schemas';
import { metrics } from '../data';
import { listHandler } from './list';

export const metricsHandlers = [listHandler<Metric>('metrics', metrics)];
