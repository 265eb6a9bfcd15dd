import { useQuery } from '@tanstack/react-query';
import { eventsResponseSchema, type HubEvent } from '../schemas';
import { defineListResource } from './define-resource';

const eventsResource = defineListResource<HubEvent, typeof eventsResponseSchema>('events', 'events', eventsResponseSchema);

export const eventsKeys = eventsResource.keys;
export const eventsQueryOptions = eventsResource.queryOptions;
export const useEvents = () => useQuery(eventsQueryOptions());
