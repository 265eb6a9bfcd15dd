import { idSchema, listEnvelope, partialDateSchema, yearSchema } from './common';
import { z } from './zod';
import { SOURCE_KINDS } from '../vocabulary';
export type { SourceKind } from '../vocabulary';

export const sourceSchema = z.object({
  id: idSchema,
  title: z.string().check(z.minLength(1)),
  shortTitle: z.string().check(z.minLength(1)),
  publisher: z.string(),
  /** The year the source was published (a figure's own year is the year it describes). */
  year: z.nullable(yearSchema),
  /**
   * Where the source can be read. The contract promises http(s), but one bad address must not
   * refuse every source: the UI links only http(s) URLs and shows anything else as text.
   */
  url: z.nullable(z.string()),
  /** For print-only sources: where a copy is held (library, archive, yearbook volume and page). */
  heldAt: z.optional(z.string().check(z.minLength(3))),
  /** The date the figures were read at the address, so a later change of the page can be told apart. */
  accessed: z.optional(partialDateSchema),
  kind: z.enum(SOURCE_KINDS),
  note: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;
export const sourcesResponseSchema = listEnvelope(sourceSchema);
