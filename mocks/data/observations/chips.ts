import type { Observation } from '../../../src/api/schemas';
import { est, rep, seed } from './helpers';

export const chipsObservations: Observation[] = [
  // ── Front-end capacity (sum of listed 300mm fabs) ──
  // A sum of reported plant capacities takes the weakest status of its parts (reported), as the
  // Chips section's capacity chart sums the same plants: one figure, one status, everywhere.
  rep('wuhan', 'chip_capacity_wpm', 2021, 120000, 'evertiq_ymtc', {
    valueText: '100,000 (YMTC Fab 1, end-2021) + 20,000 (XMC, 2016–17)',
    note: 'Sum of the operating 300 mm fabs in the fab table: YMTC Fab 1, 100,000 wafers a month at end-2021 (Evertiq, SCMP), plus XMC, 20,000 a month as of 2016–17 (DigiTimes). The XMC figure is older than the YMTC one; halted HSMC and YMTC Fab 2 never added capacity.',
  }),
  rep('xian', 'chip_capacity_wpm', 2022, 250000, 'businesskorea_samsung_2022', {
    valueText: '120,000 (X1) + 130,000 (X2), March 2022',
    note: "Sum of Samsung X1 (120,000) and X2 (130,000) wafers a month in March 2022 (BusinessKorea); Samsung is the only operating front-end fab listed for Xi'an. More than 40% of Samsung's NAND output and over 10% of the world's. Output, not capacity, is kept out of this series: TrendForce puts Samsung Xi'an production at about 200,000 wafers a month in 2024, cut to about 170,000 in January 2025; no later capacity figure was found.",
  }),

  // ── Investment (US$ bn) ──
  est('wuhan', 'chip_investment', 2023, 22, 'scmp_ymtc', {
    kind: 'derived',
    detail: 'Plants in the fab table still operating or planned once YMTC Fab 2 stalled (2022–23): YMTC Fab 1, a "US$22bn facility" (SCMP); XMC has no stated investment. YMTC Fab 2 (US$15bn) and HSMC are counted only under halted or cancelled investment.',
  }, {
    currency: 'USD',
    qualifier: 'approx',
    note: "Replaces a US$30bn figure (the Wuhan government's 2021 total for the whole National Memory Base), which included Fab 2 and so counted it a second time beside the failed investment. The sources do not split the US$30bn by fab.",
  }),
  est('xian', 'chip_investment', 2024, 29.94, 'businesskorea_samsung_2022', {
    kind: 'derived',
    detail: "All plants in the fab table: Samsung X1+X2, US$25.87bn (BusinessKorea, 2022), plus Micron CNY 4.3bn (SemiMedia, 2023) and Eswin CNY 11bn (phase 1) + CNY 12.5bn (second fab) (Yicai, 2024). The CNY 27.8bn is converted at the dataset's one USD–CNY rate, 6.835 yuan per US dollar (implied by Business Times, 2020): about US$4.07bn.",
  }, {
    currency: 'USD',
    qualifier: 'approx',
    note: 'Nominal amounts announced in 2022–2024, summed; the yuan part is converted at a 2020 rate, so it is approximate. Samsung alone is US$25.87bn.',
  }),
  est('chengdu', 'chip_investment', 2024, 3.59, 'fudzilla_intel', {
    kind: 'derived',
    detail: 'Intel US$1.6bn over 15 years (TrendForce) + Intel US$300m expansion in 2024 (Fudzilla) + Texas Instruments US$1.69bn over 15 years (GoChengdu, 2013).',
  }, { currency: 'USD' }),
  est('wuhan', 'chip_failed_investment', 2020, 18.7, 'btimes_hsmc_2020', {
    kind: 'derived',
    detail: 'HSMC, CNY 128bn, which the sources put at about US$18.7–20bn (Business Times, SCMP).',
  }, { currency: 'USD', qualifier: 'range', valueHigh: 20 }),
  est('wuhan', 'chip_failed_investment', 2023, 33.7, 'abachy_ymtc', {
    kind: 'derived',
    detail: 'HSMC (about US$18.7–20bn) plus YMTC Fab 2 (US$15bn planned), which stalled in 2022–23 (Abachy).',
  }, { currency: 'USD', qualifier: 'range', valueHigh: 35, note: 'YMTC Fab 2 is stalled rather than cancelled; YMTC now targets Fab 3 for 2027. Fab 2 is counted here only, not also under committed investment.' }),
  est('chengdu', 'chip_failed_investment', 2020, 10, 'eetasia_gf', { kind: 'derived', detail: 'GlobalFoundries Fab 11, US$10bn announced in February 2017, halted in 2020 (EE Times Asia).' }, { currency: 'USD' }),
  est('chengdu', 'chip_failed_investment', 2022, 34, 'tomshardware_unigroup', {
    kind: 'derived',
    detail: "GlobalFoundries Fab 11 (US$10bn, halted 2020) plus Tsinghua Unigroup's memory base (US$24bn, scrapped January 2022).",
  }, { currency: 'USD' }),

  // ── Operating plants in the fab table ──
  est('wuhan', 'chip_fabs_operating', 2025, 2, 'evertiq_ymtc', { kind: 'derived', detail: 'Count of operating plants in the fab table: YMTC Fab 1 and XMC.' }),
  est('xian', 'chip_fabs_operating', 2025, 4, 'businesskorea_samsung_2022', { kind: 'derived', detail: 'Count of operating plants in the fab table: Samsung X1, Samsung X2, Micron assembly and test, Eswin silicon wafers.' }),
  est('chengdu', 'chip_fabs_operating', 2025, 2, 'trendforce_intel', { kind: 'derived', detail: 'Count of operating plants in the fab table: Intel assembly and test, Texas Instruments CFAB.' }),

  // ── HSMC's ASML tool: seed vs mortgage record ──
  seed('hsmc', 'chip_tool_value', 2019, 1, 'S36', 'nearly C$1 billion', {
    currency: 'CAD',
    qualifier: 'approx',
    conflictId: 'hsmc_asml_tool',
    preferred: false,
    note: 'Probably wrong: at the seed\'s own rate (5.294 CNY per CAD, from S21) nearly C$1 billion is about CNY 5.29bn, about 9 times the CNY 581m valuation recorded when the tool was mortgaged (5.29 / 0.581 ≈ 9.1). Year approximate (about 2019).',
  }),
  rep('hsmc', 'chip_tool_value', 2020, 0.581, 'btimes_hsmc_2020', {
    currency: 'CNY',
    valueText: 'CNY 581 million',
    conflictId: 'hsmc_asml_tool',
    preferred: true,
    note: 'Preferred: the valuation on a dated mortgage record (January 2020), about US$85m; the seed figure (about CNY 5.29bn at 5.294 CNY per CAD) is about 9 times larger.',
  }),

  // ── Silicon wafers ──
  rep('eswin', 'chip_wafer_materials', 2024, 650000, 'eswin_news_71', {
    geoLevel: 'company',
    period: 'September',
    note: "Eswin's Xi'an plant only, not a city total: about 7% of world capacity; target 1.2 million a month.",
  }),

  // ── Provinces ──
  seed('hubei', 'prov_ic_rank', 2020, 20, 'S38', 'ranked 20th', { note: 'Not found in other published sources; seed only.' }),
  seed('hubei', 'prov_ic_growth', 2020, 2300, 'S39', '2,300% increase', { note: 'Compared with 2019. Not found in other published sources; seed only.' }),
  rep('shaanxi', 'prov_ic_growth', 2024, 30.8, 'prnewswire_2024', { period: 'Jan–Oct', note: 'Output of integrated-circuit wafers in Shaanxi province.' }),
  rep('hubei', 'chip_ic_revenue', 2018, 20, 'hahacn_hubei_ic', {
    currency: 'CNY', qualifier: 'approx', valueText: '营业收入近200亿元',
    note: 'A 2020 repost of a JiWei (集微网) report on January–April 2019 data; the revenue is stated without a year, so 2018, the last full year before the report, is our reading.',
  }),
  rep('hubei', 'chip_ic_firms', 2019, 70, 'hahacn_hubei_ic', {
    qualifier: 'atLeast', valueText: '企业70多家',
    note: 'As of spring 2019: a 2020 repost of a JiWei (集微网) report on January–April 2019 data. Design, manufacturing and packaging-materials firms.',
  }),
];
