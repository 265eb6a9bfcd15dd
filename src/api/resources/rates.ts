import { useQuery } from '@tanstack/react-query';
import { defineListResource } from './define-resource';

const ratesResource = defineListResource('rates', 'exchange rates', 'ratesResponseSchema');

export const ratesKeys = ratesResource.keys;
export const ratesQueryOptions = ratesResource.queryOptions;
export const useRates = () => useQuery(ratesQueryOptions());
