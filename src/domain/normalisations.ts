/** The ways a value can be shown (normalise.ts does the arithmetic); apart from it so the URL parser can name them without loading it. */
export const NORMALISATIONS = ['absolute', 'perCapita', 'perGdp', 'indexed'] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];
export const NORMALISATION_LABELS: Record<Normalisation, string> = {
  absolute: 'Absolute',
  perCapita: 'Per capita',
  perGdp: 'Per unit of GDP',
  indexed: 'Indexed',
};
/** The same inside a sentence ("… · per unit of GDP"): written out, so an acronym keeps its capitals. */
export const NORMALISATION_PHRASES: Record<Normalisation, string> = {
  absolute: 'absolute',
  perCapita: 'per capita',
  perGdp: 'per unit of GDP',
  indexed: 'indexed',
};
