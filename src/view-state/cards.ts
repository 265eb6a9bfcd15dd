/**
 * Every chart card, by a stable id, with the section it lives on. The id is what `card=` in a
 * link and a deck's slide name, so an id must never change once published; the title is for
 * slide titles and notices (the card itself may add the current unit or normalisation).
 */
export const CARDS = [
  { id: 'headline', path: '/', title: 'Headline figures' },
  { id: 'insights', path: '/', title: 'What the data says' },
  { id: 'scorecard', path: '/', title: 'Scorecard' },
  { id: 'composite', path: '/', title: 'Composite index' },
  { id: 'yardstick', path: '/', title: 'China as the yardstick' },
  { id: 'trend-ctx_gdp', path: '/', title: 'GDP' },
  { id: 'trend-ctx_gdp_growth', path: '/', title: 'Real GDP growth' },
  { id: 'trend-ctx_population', path: '/', title: 'Permanent population' },
  { id: 'trend-ctx_gdp_pc', path: '/', title: 'GDP per capita' },
  { id: 'pillar-cards', path: '/industries', title: 'Pillar industries by city' },
  { id: 'industry-output', path: '/industries', title: 'Pillar industry output' },
  { id: 'trend-ind_software_rev', path: '/industries', title: 'Software business revenue' },
  { id: 'trend-ind_einfo_scale', path: '/industries', title: 'Electronic-information industry scale' },
  { id: 'trend-ind_hitech_firms', path: '/industries', title: 'National high-tech enterprises' },
  { id: 'talent-latest', path: '/talent', title: 'Talent race' },
  { id: 'retention', path: '/talent', title: 'Graduates staying in the province, by university' },
  { id: 'trend-tal_students', path: '/talent', title: 'Students in higher education' },
  { id: 'trend-tal_heis', path: '/talent', title: 'Higher-education institutions' },
  { id: 'trend-tal_graduates', path: '/talent', title: 'Annual graduates' },
  { id: 'trend-tal_grads_staying', path: '/talent', title: 'Graduates staying in the city' },
  { id: 'trend-tal_rd_intensity', path: '/talent', title: 'R&D intensity' },
  { id: 'trend-tal_postgrads', path: '/talent', title: 'Postgraduate students' },
  { id: 'trend-tal_rd_spend', path: '/talent', title: 'R&D spending' },
  { id: 'capacity', path: '/chips', title: 'Front-end wafer capacity' },
  { id: 'investment', path: '/chips', title: 'Chip investment committed and lost' },
  { id: 'plants', path: '/chips', title: 'Chip plants by status' },
  { id: 'other-plants', path: '/chips', title: 'Assembly/test and materials plants' },
  { id: 'province', path: '/chips', title: 'Provincial IC production: rank and growth' },
  { id: 'national', path: '/chips', title: "China's chip gap: national context" },
  { id: 'events', path: '/timeline', title: 'Events that shaped the three hubs' },
  { id: 'status-composition', path: '/sources', title: 'What the figures are made of' },
  { id: 'values', path: '/sources', title: 'Every value' },
  { id: 'conflicts', path: '/sources', title: 'Where sources disagree' },
  { id: 'series-breaks', path: '/sources', title: 'Breaks in the series' },
  { id: 'sources', path: '/sources', title: 'Sources' },
  { id: 'changes', path: '/sources', title: 'What changed in this version' },
] as const satisfies readonly { id: string; path: string; title: string }[];

export type CardId = (typeof CARDS)[number]['id'];
export const CARD_IDS = CARDS.map((card) => card.id) as readonly CardId[];

const cardById = new Map<string, (typeof CARDS)[number]>(CARDS.map((card) => [card.id, card]));

export function getCard(id: string) {
  return cardById.get(id);
}

/** Metrics that have a trend card of their own (`trend-<metric id>`). */
export type TrendMetricId = CardId extends infer Id ? (Id extends `trend-${infer Metric}` ? Metric : never) : never;
