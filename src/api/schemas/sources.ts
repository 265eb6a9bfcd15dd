import { idSchema, listEnvelope, yearSchema } from './common';
import { z } from './zod';

export const SOURCE_KINDS = ['seed', 'official', 'news', 'company', 'research', 'generalKnowledge'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  seed: 'Seed article',
  official: 'Official',
  news: 'News',
  company: 'Company',
  research: 'Research',
  generalKnowledge: 'General knowledge (unverified)',
};

export const sourceSchema = z.object({
  id: idSchema,
  title: z.string().check(z.minLength(1)),
  shortTitle: z.string().check(z.minLength(1)),
  publisher: z.string(),
  year: z.nullable(yearSchema),
  /**
   * Where the source can be read. The contract promises http(s), but one bad address must not
   * refuse every source: the UI links only http(s) URLs and shows anything else as text.
   */
  url: z.nullable(z.string()),
  kind: z.enum(SOURCE_KINDS),
  note: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;
export const sourcesResponseSchema = listEnvelope(sourceSchema);
