import { EVENT_KIND_LABELS, METRIC_CATEGORIES, METRIC_CATEGORY_LABELS, STATUS_LABELS } from '../../api/vocabulary';
import { cityLabel } from '../../domain/cities';
import { NORMALISATION_PHRASES } from '../../domain/normalisations';
import { DEFAULT_WEIGHTS, loadViewSearch, serializeViewSearch } from '../../view-state/search-params';

/**
 * A printed page's view settings in words, one phrase each, so a reader of the paper knows what
 * the chart was drawn from: cities, years, values, currency always; the rest only when set.
 */
export function describeViewSettings(search: string): string[] {
  const state = loadViewSearch(search);
  const phrases = [
    state.cities.map(cityLabel).join(', '),
    state.from === state.to ? String(state.from) : `${state.from}–${state.to}`,
    `Values: ${NORMALISATION_PHRASES[state.norm]}`,
    `Money in ${state.cur}`,
  ];
  if (state.compare === 'latest') phrases.push('Cities compared each at its latest year, not at one year');
  if (state.view === 'table') phrases.push('Shown as a table');
  if (state.spot) phrases.push(`Spotlight: ${cityLabel(state.spot)}`);
  if (METRIC_CATEGORIES.some((c) => state.w[c] !== DEFAULT_WEIGHTS[c])) {
    phrases.push(`Composite weights: ${METRIC_CATEGORIES.map((c) => `${METRIC_CATEGORY_LABELS[c]} ${state.w[c]}`).join(', ')}`);
  }
  if (state.kinds.length > 0) phrases.push(`Timeline: ${state.kinds.map((k) => EVENT_KIND_LABELS[k]).join(', ')}`);
  if (state.q) phrases.push(`Values matching “${state.q}”`);
  if (state.status) phrases.push(`Only ${STATUS_LABELS[state.status].toLowerCase()} values`);
  return phrases;
}

/**
 * The search of a link that reproduces a printed view exactly, as "Copy link" writes it: the
 * year range spelled out (so the link never follows newer defaults) and the dataset version the
 * page was printed from; presentation state is left out. It is printed, so it is kept legible.
 */
export function reproducingSearch(search: string, datasetVersion: string | undefined): string {
  const state = loadViewSearch(search);
  const params = new URLSearchParams(serializeViewSearch({ ...state, slide: null, deck: null, v: null }));
  params.set('from', String(state.from));
  params.set('to', String(state.to));
  if (datasetVersion) params.set('v', datasetVersion);
  // Commas and colons are legal in a query and read better on paper than %2C and %3A.
  return `?${params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':')}`;
}
