import { useQuery } from '@tanstack/react-query';
import { defineListResource } from './define-resource';

const metricsResource = defineListResource('metrics', 'the metric catalogue', 'metricsResponseSchema');

export const metricsKeys = metricsResource.keys;
export const metricsQueryOptions = metricsResource.queryOptions;
export const useMetrics = () => useQuery(metricsQueryOptions());
