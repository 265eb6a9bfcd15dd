import type { Source } from '../../src/api/schemas';
import { sources } from '../data';
import { listHandler } from './list';

export const sourcesHandlers = [listHandler<Source>('sources', sources)];
