import { useQuery } from '@tanstack/react-query';
import { metricsResponseSchema, type Metric } from '../schemas';
import { defineListResource } from './define-resource';

const metricsResource = defineListResource<Metric, typeof metricsResponseSchema>('metrics', 'the metric catalogue', metricsResponseSchema);

export const metricsKeys = metricsResource.keys;
export const metricsQueryOptions = metricsResource.queryOptions;
export const useMetrics = () => useQuery(metricsQueryOptions());
