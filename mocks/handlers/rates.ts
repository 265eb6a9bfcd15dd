import type { Rate } from '../../src/api/schemas';
import { rates } from '../data';
import { listHandler } from './list';

export const ratesHandlers = [listHandler<Rate>('rates', rates)];
