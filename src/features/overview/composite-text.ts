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
