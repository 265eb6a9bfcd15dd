import { useQuery } from '@tanstack/react-query';
import { sourcesResponseSchema, type Source } from '../schemas';
import { defineListResource } from './define-resource';

const sourcesResource = defineListResource<Source, typeof sourcesResponseSchema>('sources', 'sources', sourcesResponseSchema);

export const sourcesKeys = sourcesResource.keys;
export const sourcesQueryOptions = sourcesResource.queryOptions;
export const useSources = () => useQuery(sourcesQueryOptions());
