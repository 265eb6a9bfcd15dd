import { useQuery } from '@tanstack/react-query';
import { defineListResource } from './define-resource';

const sourcesResource = defineListResource('sources', 'sources', 'sourcesResponseSchema');

export const sourcesKeys = sourcesResource.keys;
export const sourcesQueryOptions = sourcesResource.queryOptions;
export const useSources = () => useQuery(sourcesQueryOptions());
