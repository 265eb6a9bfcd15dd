import type { Rate } from '../../src/api/schemas';

/**
 * Only rates implied by the research material itself: no published exchange-rate series is in
 * the material (the NBS communiqués' annual averages and Bank of Canada annual averages were searched
 * for and not found), so each rate is derived from two statements of the same amount.
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
    from: 'USD', to: 'CNY', rate: 6.726, year: 2022, status: 'estimate', sourceId: 'cn_rate_2022_chinanews',
    method: { kind: 'derived', detail: "Implied by NBS director Kang Yi's conversion of 2022 GDP per capita at the annual average exchange rate: 85,698 yuan = 12,741 US dollars (85,698 / 12,741 = 6.726)." },
    note: 'The NBS annual average rate itself (统计公报: 全年人民币平均汇率) was not found in the searchable material; this is the rate NBS used, to four significant figures.',
  },
  {
    from: 'USD', to: 'CNY', rate: 6.835, year: 2020, status: 'estimate', sourceId: 'btimes_hsmc_2020',
    method: { kind: 'derived', detail: "Implied by Business Times: HSMC's ASML tool valued at CNY 581m (about US$85m) when mortgaged in January 2020 (581 / 85 = 6.835)." },
    note: 'Approximate: the source gives US$85m as an "about" figure.',
  },
];
