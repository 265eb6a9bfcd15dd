import { idSchema, listEnvelope, partialDateSchema, yearSchema } from './common';
import { z } from './zod';

/**
 * What a source is, strongest first: a city's statistical bulletin (or a bureau's statistical
 * table) beats a government document, which beats official media reprinting it, then the press,
 * companies, analysts, and last aggregators and mirrors. The seed article is its own kind.
 */
export const SOURCE_KINDS = ['statisticalBulletin', 'government', 'officialMedia', 'press', 'company', 'research', 'secondary', 'seed'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** The kind in words, as it follows a source's name ("Xi'an Statistical Bulletin 2022, official statistics"). */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  statisticalBulletin: 'official statistics',
  government: 'government',
  officialMedia: 'official media',
  press: 'press',
  company: 'company',
  research: 'research',
  secondary: 'mirror or aggregator',
  seed: 'seed article',
};

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
