/** How the comparison engine (comparison.ts) picks the year it compares a metric at; apart from it so the URL parser can name the modes without loading the engine. */
export const COMPARE_MODES = ['sameYear', 'latest'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];
export const COMPARE_MODE_LABELS: Record<CompareMode, string> = {
  sameYear: 'Same year for all',
  latest: 'Latest for each city',
};
