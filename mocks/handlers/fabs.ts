import type { Fab } from '../../src/api/schemas';
import { fabs } from '../data';
import { listHandler } from './list';

export const fabsHandlers = [listHandler<Fab>('fabs', fabs)];
