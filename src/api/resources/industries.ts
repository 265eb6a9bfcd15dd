import { useQuery } from '@tanstack/react-query';
import { defineListResource } from './define-resource';

const industriesResource = defineListResource('industries', 'pillar industries', 'industriesResponseSchema');

export const industriesKeys = industriesResource.keys;
export const industriesQueryOptions = industriesResource.queryOptions;
export const useIndustries = () => useQuery(industriesQueryOptions());
