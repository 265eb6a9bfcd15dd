import { useQuery } from '@tanstack/react-query';
import { entitiesResponseSchema, type Entity } from '../schemas';
import { defineListResource } from './define-resource';

const entitiesResource = defineListResource<Entity, typeof entitiesResponseSchema>('entities', 'cities and organisations', entitiesResponseSchema);

export const entitiesKeys = entitiesResource.keys;
export const entitiesQueryOptions = entitiesResource.queryOptions;
export const useEntities = () => useQuery(entitiesQueryOptions());
