import type { Rate } from '../../src/api/schemas';

/**
 * Yearly average exchange rates.
 *
 * Reported: the Federal Reserve Board's annual averages (G.5A release: currency units per U.S. dollar,
 * averages of daily noon buying rates in New York), USD->CNY and USD->CAD for 2015-2024. Years no G.5A
 * release in the searchable material covered (2016, 2024) come from a mirror of the same Federal
 * Reserve series on FRED (AEXCHUS, AEXCAUS). Sources are in mocks/data/official/china.ts.
 *
 * Not found: the NBS communiqués' own annual average (全年人民币平均汇率, central-parity based; it
 * differs from the New York noon rate by a few thousandths) and any published CAD->CNY annual average
 * (Bank of Canada's annual CNY rate was searched for and not found). CAD<->CNY therefore has only the
 * seed-implied 2021 estimate; the converter does not chain CAD->USD->CNY.
 *
 * The older entries at the end are rates implied by the research material itself (two statements of
 * the same amount). The converter prefers a reported rate of the same year, so they now apply only
 * where no reported rate exists (CAD->CNY 2021).
 */
const fedCny = (year: number, rate: number, sourceId: string, column: string): Rate => ({
  from: 'USD', to: 'CNY', rate, year, status: 'reported', sourceId,
  note: `Annual average, yuan per U.S. dollar: "${column}".`,
});
const fedCad = (year: number, rate: number, sourceId: string, column: string): Rate => ({
  from: 'USD', to: 'CAD', rate, year, status: 'reported', sourceId,
  note: `Annual average, Canadian dollars per U.S. dollar: "${column}".`,
});
const MIRROR = 'fred_annual_fx_datasets_mirror';

export const rates: Rate[] = [
  // ── USD->CNY, reported (Federal Reserve annual averages) ──
  fedCny(2015, 6.2827, 'us_fed_g5a_2016', 'CHINA,P.R. | YUAN | 6.2827 (2015 column)'),
  fedCny(2016, 6.64, MIRROR, '2016-01-01,China,6.6400 (FRED AEXCHUS)'),
  fedCny(2017, 6.7569, 'us_fed_g5a_2021', 'CHINA, P.R. YUAN ... 6.7569 (2017 column)'),
  fedCny(2018, 6.609, 'us_fed_g5a_2021', 'CHINA, P.R. YUAN ... 6.6090 (2018 column)'),
  fedCny(2019, 6.9081, 'us_fed_g5a_2021', 'CHINA, P.R. YUAN ... 6.9081 (2019 column)'),
  fedCny(2020, 6.9042, 'us_fed_g5a_2021', 'CHINA, P.R. YUAN 6.9042 (2020 column)'),
  fedCny(2021, 6.4508, 'us_fed_g5a_2024', 'CHINA, P.R. YUAN ... 6.4508 (2021 column)'),
  fedCny(2022, 6.729, 'us_fed_g5a_2024', 'CHINA, P.R. YUAN ... 6.7290 (2022 column)'),
  fedCny(2023, 7.0809, 'us_fed_g5a_2024', 'CHINA, P.R. YUAN 7.0809 (2023 column)'),
  fedCny(2024, 7.1957, MIRROR, '2024-01-01,China,7.1957 (FRED AEXCHUS)'),
  // ── USD->CAD, reported (Federal Reserve annual averages) ──
  fedCad(2015, 1.2791, 'us_fed_g5a_2016', 'CANADA | DOLLAR | 1.2791 (2015 column)'),
  fedCad(2016, 1.3243, MIRROR, '2016-01-01,Canada,1.3243 (FRED AEXCAUS)'),
  fedCad(2017, 1.2984, 'us_fed_g5a_2021', 'CANADA DOLLAR ... 1.2984 (2017 column)'),
  fedCad(2018, 1.2957, 'us_fed_g5a_2021', 'CANADA DOLLAR ... 1.2957 (2018 column)'),
  fedCad(2019, 1.3269, 'us_fed_g5a_2021', 'CANADA DOLLAR ... 1.3269 (2019 column)'),
  fedCad(2020, 1.3422, 'us_fed_g5a_2021', 'CANADA DOLLAR 1.3422 (2020 column)'),
  fedCad(2021, 1.2533, 'us_fed_g5a_2024', 'CANADA DOLLAR ... 1.2533 (2021 column)'),
  fedCad(2022, 1.3014, 'us_fed_g5a_2024', 'CANADA DOLLAR ... 1.3014 (2022 column)'),
  fedCad(2023, 1.3494, 'us_fed_g5a_2024', 'CANADA DOLLAR 1.3494 (2023 column)'),
  fedCad(2024, 1.3699, MIRROR, '2024-01-01,Canada,1.3699 (FRED AEXCAUS)'),
  // ── Implied by the research material (estimates) ──
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
