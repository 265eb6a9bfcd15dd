import { useQuery } from '@tanstack/react-query';
import { changesResponseSchema, type DatasetChange } from '../schemas';
import { defineListResource } from './define-resource';

const changesResource = defineListResource<DatasetChange, typeof changesResponseSchema>('changes', 'dataset changes', changesResponseSchema);

export const changesKeys = changesResource.keys;
export const changesQueryOptions = changesResource.queryOptions;
export const useChanges = () => useQuery(changesQueryOptions());
