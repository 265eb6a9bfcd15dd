import type { CityId } from '../../api/schemas';
import { estimateShare, type CityIndex } from '../../domain/composite';

export type IndexRow = { key: string; label: string; byCity: Record<CityId, CityIndex> };

/** A city's index in words: its score with coverage and estimate share, or why it has none. */
export const scoreText = (index: CityIndex | undefined) => {
  if (!index || (index.score === undefined && index.of === 0)) return 'no metrics to compare';
  if (index.score === undefined) return `not enough data (${index.covered} of ${index.of} metrics; two thirds needed)`;
  const share = estimateShare(index);
  return `${Math.round(index.score)} (${index.covered} of ${index.of} metrics, ${Math.round(share * 100)}% estimates)`;
};

/**
 * The metrics the index leaves out, grouped by reason, each reason said once ("Left out of the
 * index: A, B (no year in which every selected city has a value); C (neither higher nor lower is
 * better)."); undefined when none is. Said once per metric, the reason had filled a slide's card
 * with the same words a dozen times and left its chart a strip.
 */
export function leftOutNote(excluded: readonly { metricId: string; reason: string }[], labelOf: (metricId: string) => string): string | undefined {
  if (excluded.length === 0) return undefined;
  const byReason = new Map<string, string[]>();
  for (const { metricId, reason } of excluded) byReason.set(reason, [...(byReason.get(reason) ?? []), labelOf(metricId)]);
  return `Left out of the index: ${[...byReason].map(([reason, labels]) => `${labels.join(', ')} (${reason})`).join('; ')}.`;
}
