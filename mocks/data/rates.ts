import type { Rate } from '../../src/api/schemas';

export const rates: Rate[] = [
  {
    from: 'CAD', to: 'CNY', rate: 5.294, year: 2021, status: 'estimate', sourceId: 'apf_seed',
    method: { kind: 'derived', detail: 'Implied by the seed article: C$255 million = 1,350 million yuan (1,350 / 255 = 5.294).' },
    note: 'The rate the seed article used for its yuan conversions.',
  },
  {
    from: 'USD', to: 'CAD', rate: 1.255, year: 2021, status: 'estimate', sourceId: 'digitimes_icinsights_2021',
    method: { kind: 'derived', detail: "Implied by the seed's C$180bn for IC Insights' US$143.4bn (180 / 143.4 = 1.255)." },
    note: 'Matches 2021 rather than 2020 rates; the seed article converted at the time of writing.',
  },
  {
    from: 'USD', to: 'CNY', rate: 6.9, year: 2020, status: 'estimate', sourceId: 'gk',
    method: { kind: 'unverified', detail: "Commonly stated 2020 average; not yet checked against the People's Bank of China annual average central parity for 2020." },
  },
  {
    from: 'USD', to: 'CAD', rate: 1.34, year: 2020, status: 'estimate', sourceId: 'gk',
    method: { kind: 'unverified', detail: 'Commonly stated 2020 average; not yet checked against the Bank of Canada annual average exchange rate for 2020.' },
  },
];
