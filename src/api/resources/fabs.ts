import { useQuery } from '@tanstack/react-query';
import { defineListResource } from './define-resource';

const fabsResource = defineListResource('fabs', 'chip plants', 'fabsResponseSchema');

export const fabsKeys = fabsResource.keys;
export const fabsQueryOptions = fabsResource.queryOptions;
export const useFabs = () => useQuery(fabsQueryOptions());
