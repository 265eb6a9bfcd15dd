import type { Industry } from '../../src/api/schemas';
import { industries } from '../data';
import { listHandler } from './list';

export const industriesHandlers = [listHandler<Industry>('industries', industries)];
