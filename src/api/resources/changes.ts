import { useQuery } from '@tanstack/react-query';
import { defineListResource } from './define-resource';

const changesResource = defineListResource('changes', 'dataset changes', 'changesResponseSchema');

export const changesKeys = changesResource.keys;
export const changesQueryOptions = changesResource.queryOptions;
export const useChanges = () => useQuery(changesQueryOptions());
