import { useQuery } from '@tanstack/react-query';
import { defineListResource } from './define-resource';

const entitiesResource = defineListResource('entities', 'cities and organisations', 'entitiesResponseSchema');

export const entitiesKeys = entitiesResource.keys;
export const entitiesQueryOptions = entitiesResource.queryOptions;
export const useEntities = () => useQuery(entitiesQueryOptions());
