import { idSchema, listEnvelope } from './common';
import { z } from './zod';
import { ENTITY_KINDS } from '../vocabulary';
export type { EntityKind } from '../vocabulary';

export const entitySchema = z.object({
  id: idSchema,
  nameEn: z.string().check(z.minLength(1)),
  nameZh: z.string().check(z.minLength(1)),
  kind: z.enum(ENTITY_KINDS),
  parentId: z.nullable(idSchema),
  note: z.optional(z.string()),
});
export type Entity = z.infer<typeof entitySchema>;
export const entitiesResponseSchema = listEnvelope(entitySchema);
