import type { Source } from '../../../src/api/schemas';

/**
 * A metric-year that was searched for and not found. Kept so that nobody fills the gap later from
 * memory: the dataset test refuses any value for a listed entity, metric and year unless this entry
 * is removed with the source that was found.
 */
export type NotFound = {
  entityId: string;
  metricId: string;
  years: readonly number[];
  /** Where and how it was looked for (documents, query wording), in one or two sentences. */
  searched: string;
};

/** A source as the official-statistics files write it: the date it was read is required. */
export type ReadSource = Source & { accessed: string };

export function sourceList(list: readonly ReadSource[]): Source[] {
  return [...list];
}
