import { useQuery } from '@tanstack/react-query';
import { ratesResponseSchema, type Rate } from '../schemas';
import { defineListResource } from './define-resource';

const ratesResource = defineListResource<Rate, typeof ratesResponseSchema>('rates', 'exchange rates', ratesResponseSchema);

export const ratesKeys = ratesResource.keys;
export const ratesQueryOptions = ratesResource.queryOptions;
export const useRates = () => useQuery(ratesQueryOptions());
