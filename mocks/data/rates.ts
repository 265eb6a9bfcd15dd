import type { Rate } from '../../src/api/schemas';

/**
 * Only rates implied by the research material itself: no published exchange-rate series is in
 * the material, so each rate is derived from two statements of the same amount.
 */
export const rates: Rate[] = [
  {
    from: 'CAD', to: 'CNY', rate: 5.294, year: 2021, status: 'estimate', sourceId: 'apf_seed',
    method: { kind: 'derived', detail: 'Implied by the seed article (S21): C$255 million = 1,350 million yuan (1,350 / 255 = 5.294).' },
    note: 'The rate the seed article used for its yuan conversions.',
  },
  {
    from: 'USD', to: 'CAD', rate: 1.255, year: 2020, status: 'estimate', sourceId: 'digitimes_icinsights_2021',
    method: { kind: 'derived', detail: "Implied by two statements of China's 2020 IC market: the seed's C$180bn (S29) and IC Insights' US$143.4bn (180 / 143.4 = 1.255)." },
    note: 'Approximate: the seed gives C$180bn as a round figure.',
  },
  {
    from: 'USD', to: 'CNY', rate: 6.835, year: 2020, status: 'estimate', sourceId: 'btimes_hsmc_2020',
    method: { kind: 'derived', detail: "Implied by Business Times: HSMC's ASML tool valued at CNY 581m (about US$85m) when mortgaged in January 2020 (581 / 85 = 6.835)." },
    note: 'Approximate: the source gives US$85m as an "about" figure.',
  },
];
