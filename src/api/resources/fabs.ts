import { useQuery } from '@tanstack/react-query';
import { fabsResponseSchema, type Fab } from '../schemas';
import { defineListResource } from './define-resource';

const fabsResource = defineListResource<Fab, typeof fabsResponseSchema>('fabs', 'chip plants', fabsResponseSchema);

export const fabsKeys = fabsResource.keys;
export const fabsQueryOptions = fabsResource.queryOptions;
export const useFabs = () => useQuery(fabsQueryOptions());
