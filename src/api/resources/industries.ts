import { useQuery } from '@tanstack/react-query';
import { industriesResponseSchema, type Industry } from '../schemas';
import { defineListResource } from './define-resource';

const industriesResource = defineListResource<Industry, typeof industriesResponseSchema>('industries', 'pillar industries', industriesResponseSchema);

export const industriesKeys = industriesResource.keys;
export const industriesQueryOptions = industriesResource.queryOptions;
export const useIndustries = () => useQuery(industriesQueryOptions());
