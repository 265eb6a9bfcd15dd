import type { HubEvent } from '../../src/api/schemas';
import { events } from '../data';
import { listHandler } from './list';

export const eventsHandlers = [listHandler<HubEvent>('events', events)];
