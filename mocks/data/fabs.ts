import type { Fab } from '../../src/api/schemas';

export const fabs: Fab[] = [
  // ── Wuhan ──
  {
    id: 'ymtc_fab1', name: 'YMTC Fab 1 (National Memory Base)', company: 'Yangtze Memory Technologies (YMTC)', companyEntityId: 'ymtc', cityId: 'wuhan',
    facilityType: 'frontEnd', product: '3D NAND flash', nodeOrLayers: '64 → 128 → 232-layer (Xtacking 3.0, 2022)', waferSizeMm: 300,
    capacityWpm: { value: 100000, year: 2021, status: 'reported', sourceId: 'evertiq_ymtc', note: 'At end-2021. The city projected 300,000 a month for the whole memory base by 2023.' },
    status: 'operating', statusNote: 'Operating; on the US Entity List since 2022-12-16.',
    investment: { value: 22, currency: 'USD', moneyScale: 'billion', qualifier: 'approx', valueText: 'US$22bn facility', year: 2016, status: 'reported', sourceId: 'scmp_ymtc', note: 'Year of groundbreaking; the source gives no date for the figure.' },
    started: '2016-12-30', sourceIds: ['evertiq_ymtc', 'scmp_ymtc', 'ecd_entity_list_2022', 'wuhan_gov_memory_2021'], seedIds: ['S14'],
    note: '"started" is the groundbreaking date. The seed article names YMTC as a 3D NAND maker.',
  },
  {
    id: 'ymtc_fab2', name: 'YMTC Fab 2', company: 'Yangtze Memory Technologies (YMTC)', companyEntityId: 'ymtc', cityId: 'wuhan',
    facilityType: 'frontEnd', product: '3D NAND flash', waferSizeMm: 300,
    capacityWpm: { value: 200000, year: 2022, status: 'reported', sourceId: 'abachy_ymtc', note: 'Planned capacity, never reached.' },
    status: 'halted', statusNote: 'Reported stalled in 2022–23, with staff laid off; YMTC now targets mass production at Fab 3 in 2027.',
    investment: { value: 15, currency: 'USD', moneyScale: 'billion', year: 2022, status: 'reported', sourceId: 'abachy_ymtc' },
    sourceIds: ['abachy_ymtc', 'gokawiil_ymtc'],
  },
  {
    id: 'xmc', name: 'XMC 12-inch fab', company: 'Wuhan Xinxin Semiconductor Manufacturing (XMC)', companyEntityId: 'xmc', cityId: 'wuhan',
    facilityType: 'frontEnd', product: 'NOR flash', waferSizeMm: 300,
    capacityWpm: { value: 20000, year: 2017, status: 'reported', sourceId: 'digitimes_xmc_2017', note: 'As of 2016–17; two further 30,000-wafer shells were built.' },
    status: 'operating', statusNote: 'Operating since 2008; owned by YMTC.',
    announced: '2006', started: '2008', sourceIds: ['digitimes_xmc_2017', 'memoryguy_xmc'], seedIds: ['S14'],
    note: 'Founded 2006. The seed article names XMC as a NOR flash maker.',
  },
  {
    id: 'hsmc', name: 'HSMC logic fab', company: 'Wuhan Hongxin Semiconductor Manufacturing (HSMC)', companyEntityId: 'hsmc', cityId: 'wuhan',
    facilityType: 'frontEnd', product: 'Logic (planned)', nodeOrLayers: '14 nm and 7 nm (planned)', waferSizeMm: 300,
    capacityWpm: { value: 60000, year: 2019, status: 'reported', sourceId: 'chipslink_hsmc_2020', note: 'Planned: two phases of 30,000 wafers a month; never produced.' },
    status: 'halted', statusNote: 'Halted in July 2020 with a "huge funding gap" (Dongxihu district report, 2020-07-30); taken over by the Dongxihu district government in November 2020.',
    investment: { value: 128, currency: 'CNY', moneyScale: 'billion', valueText: 'CNY 128bn (about US$18.7–20bn)', year: 2019, status: 'reported', sourceId: 'btimes_hsmc_2020' },
    ended: '2020-07', sourceIds: ['btimes_hsmc_2020', 'chipslink_hsmc_2020', 'scmp_hsmc', 'apf_seed'], seedIds: ['S36', 'S37'],
    note: "The seed article says HSMC paid nearly C$1 billion for an ASML tool; the tool was valued at CNY 581m when mortgaged in January 2020 (see the conflicting figures under 'Value of one imported chipmaking tool').",
  },
  {
    id: 'eswin_wuhan', name: 'Eswin Wuhan silicon-wafer plant', company: 'Eswin', companyEntityId: 'eswin', cityId: 'wuhan',
    facilityType: 'materials', product: 'Silicon wafers', status: 'planned',
    statusNote: 'Announced after Eswin\'s October 2025 listing: a CNY 12.5bn plant for 500,000 12-inch wafers a month, in a joint venture with a local government-backed platform (not cross-checked with an official source).',
    sourceIds: ['digitalphablet_eswin_wuhan'],
  },

  // ── Xi'an ──
  {
    id: 'samsung_x1', name: "Samsung Xi'an X1", company: 'Samsung Electronics', companyEntityId: 'samsung', cityId: 'xian',
    facilityType: 'frontEnd', product: '3D V-NAND flash', nodeOrLayers: '128-layer (V6) → 236-layer', waferSizeMm: 300,
    capacityWpm: { value: 120000, year: 2022, status: 'reported', sourceId: 'businesskorea_samsung_2022', note: 'March 2022.' },
    status: 'operating',
    investment: { value: 25.87, currency: 'USD', moneyScale: 'billion', year: 2022, status: 'reported', sourceId: 'businesskorea_samsung_2022', note: "Total for X1 and X2 together (not split); don't add it twice." },
    started: '2014-05', sourceIds: ['businesskorea_samsung_2022', 'trendforce_samsung_2025'],
    note: "Xi'an makes more than 40% of Samsung's NAND. Combined X1+X2 output (production, not capacity) was about 200,000 wafers a month in 2024 and was cut to about 170,000 in January 2025 (TrendForce); the capacity figures here are from March 2022.",
  },
  {
    id: 'samsung_x2', name: "Samsung Xi'an X2", company: 'Samsung Electronics', companyEntityId: 'samsung', cityId: 'xian',
    facilityType: 'frontEnd', product: '3D V-NAND flash', waferSizeMm: 300,
    capacityWpm: { value: 130000, year: 2022, status: 'reported', sourceId: 'businesskorea_samsung_2022', note: 'March 2022.' },
    status: 'operating', sourceIds: ['businesskorea_samsung_2022', 'trendforce_samsung_2025'],
    note: "Investment is recorded on X1 as the total for both phases.",
  },
  {
    id: 'micron_xian', name: "Micron Xi'an assembly and test", company: 'Micron Technology', companyEntityId: 'micron', cityId: 'xian',
    facilityType: 'assemblyTest', product: 'DRAM and NAND assembly and test', status: 'operating',
    statusNote: 'Operating since 2007; a new plant was due in the second half of 2025.',
    investment: { value: 4.3, currency: 'CNY', moneyScale: 'billion', valueText: 'CNY 4.3bn', year: 2023, status: 'reported', sourceId: 'semimedia_micron', note: 'The 2023 expansion; site over 132,000 m².' },
    started: '2007', sourceIds: ['semimedia_micron', 'evertiq_micron'],
  },
  {
    id: 'eswin_xian', name: "Eswin Xi'an silicon-wafer base", company: 'Eswin', companyEntityId: 'eswin', cityId: 'xian',
    facilityType: 'materials', product: '300mm silicon wafers', waferSizeMm: 300,
    capacityWpm: { value: 650000, year: 2024, status: 'reported', sourceId: 'yicai_eswin', valueText: '650,000 of the wafers a month', note: 'As of 30 September 2024, for the company as a whole (its plants are in Xi\'an); about 7% of world capacity. Target 1.2 million a month once the second plant is built.' },
    status: 'operating',
    investment: { value: 11, currency: 'CNY', moneyScale: 'billion', qualifier: 'approx', valueText: 'a total investment of about RMB11 billion', year: 2019, status: 'reported', sourceId: 'eswin_news_71', note: 'For the whole two-phase Xi\'an project as stated in December 2019 (phase one 500,000 wafers a month), not for phase one alone.' },
    sourceIds: ['eswin_news_71', 'yicai_eswin'],
  },
  {
    id: 'eswin_xian_2', name: "Eswin Xi'an second wafer fab", company: 'Eswin', companyEntityId: 'eswin', cityId: 'xian',
    facilityType: 'materials', product: '300mm silicon wafers', waferSizeMm: 300, status: 'planned', statusNote: 'Under construction (2024).',
    investment: { value: 12.5, currency: 'CNY', moneyScale: 'billion', valueText: 'CNY 12.5bn', year: 2024, status: 'reported', sourceId: 'yicai_eswin' },
    sourceIds: ['yicai_eswin', 'eswin_news_71'],
  },

  // ── Chengdu ──
  {
    id: 'intel_chengdu', name: 'Intel Chengdu assembly and test', company: 'Intel', companyEntityId: 'intel', cityId: 'chengdu',
    facilityType: 'assemblyTest', product: 'CPU assembly and test (about half of Intel laptop CPUs)', status: 'operating', statusNote: 'Operating since 2005; a US$300m expansion was announced in 2024.',
    investment: { value: 1.6, currency: 'USD', moneyScale: 'billion', valueText: 'US$1.6bn over 15 years', year: 2020, status: 'estimate', sourceId: 'trendforce_intel', method: { kind: 'unverified', detail: 'Reported by TrendForce, but only a tag listing page was recorded, not the article or its date, so it could not be checked; check Intel\'s own statements on its cumulative Chengdu investment.' }, note: 'Cumulative over about 15 years; year approximate.' },
    started: '2005', sourceIds: ['trendforce_intel', 'fudzilla_intel'],
  },
  {
    id: 'ti_cfab', name: 'Texas Instruments CFAB', company: 'Texas Instruments', companyEntityId: 'ti', cityId: 'chengdu',
    facilityType: 'frontEnd', product: 'Analog chips; also assembly/test and 300mm bumping on site', waferSizeMm: 200,
    status: 'operating', statusNote: 'Operating since 2010; the source gives revenue capacity (over US$1bn a year), not wafers.',
    investment: { value: 1.69, currency: 'USD', moneyScale: 'billion', valueText: 'US$1.69bn over 15 years', year: 2013, status: 'reported', sourceId: 'gochengdu_ti' },
    started: '2010', sourceIds: ['itproportal_ti_2010', 'gochengdu_ti'],
  },
  {
    id: 'gf_fab11', name: 'GlobalFoundries Fab 11 (Chengdu)', company: 'GlobalFoundries', companyEntityId: 'globalfoundries', cityId: 'chengdu',
    facilityType: 'frontEnd', product: 'Logic (planned FD-SOI ecosystem)', waferSizeMm: 300,
    status: 'halted', statusNote: 'Halted in 2020 without ever producing; 74 staff laid off.',
    investment: { value: 10, currency: 'USD', moneyScale: 'billion', year: 2017, status: 'reported', sourceId: 'eetasia_gf' },
    announced: '2017-02', ended: '2020', sourceIds: ['eetasia_gf'],
  },
  {
    id: 'unigroup_chengdu', name: 'Tsinghua Unigroup Chengdu memory base', company: 'Tsinghua Unigroup', companyEntityId: 'unigroup', cityId: 'chengdu',
    facilityType: 'frontEnd', product: '3D NAND flash (planned)', status: 'cancelled', statusNote: 'Scrapped in January 2022 during the group\'s restructuring.',
    investment: { value: 24, currency: 'USD', moneyScale: 'billion', year: 2018, status: 'reported', sourceId: 'elinfor_unigroup' },
    started: '2018-10-12', ended: '2022-01', sourceIds: ['elinfor_unigroup', 'tomshardware_unigroup'], note: '"started" is the groundbreaking date.',
  },
];
