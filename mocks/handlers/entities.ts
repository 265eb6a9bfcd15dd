import type { Entity } from '../../src/api/schemas';
import { entities } from '../data';
import { listHandler } from './list';

export const entitiesHandlers = [listHandler<Entity>('entities', entities)];
