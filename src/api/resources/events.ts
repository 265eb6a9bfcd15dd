import { useQuery } from '@tanstack/react-query';
import { defineListResource } from './define-resource';

const eventsResource = defineListResource('events', 'events', 'eventsResponseSchema');

export const eventsKeys = eventsResource.keys;
export const eventsQueryOptions = eventsResource.queryOptions;
export const useEvents = () => useQuery(eventsQueryOptions());
