import type { Industry } from '../../src/api/schemas';

export const industries: Industry[] = [
  // ── Wuhan ──
  {
    id: 'wuhan_optoelectronics', cityId: 'wuhan', name: 'Opto-electronic information (incl. software)', nameZh: '光电子信息', geoLevel: 'city', headline: true,
    output: { value: 756.6, currency: 'CNY', moneyScale: 'billion', year: 2024, status: 'reported', sourceId: 'jiazhengayi_2024', note: 'City-wide opto-electronic information industry including software, CNY bn (not an Optics Valley zone figure).' },
    growthPct: { value: 11.7, year: 2024, status: 'reported', sourceId: 'jiazhengayi_2024' },
    firms: { value: 100, qualifier: 'atLeast', valueText: 'more than 100 companies', year: 2020, status: 'seed', sourceId: 'apf_seed', seedId: 'S10', note: "Firms in the city's optronics cluster." },
    anchorCompanies: ['YOFC', 'FiberHome', 'Huawei (supply-chain base and R&D centre)'],
    designation: 'Optics Valley (East Lake zone): National Optoelectronic Industry Base (2001), state-level zone since 1991',
    sourceIds: ['jiazhengayi_2024', 'apf_seed', 'dreiburg_2017', 'hbsztv_2016', 'guangxilong_2021'],
    note: "The seed article calls Wuhan the world's largest base for optic fibre and cable production and values the cluster at C$110bn (2020). By 2025 the city plans seven pillar industries; the breakthrough fields it names are optical communication, integrated circuits, display panels, cloud computing, big data, the Internet of Things and artificial intelligence.",
  },
  {
    id: 'wuhan_ic', cityId: 'wuhan', name: 'Integrated circuits (memory)', nameZh: '集成电路', geoLevel: 'city', headline: false,
    anchorCompanies: ['YMTC', 'XMC', 'HSMC (halted)'],
    sourceIds: ['evertiq_ymtc', 'digitimes_xmc_2017', 'hahacn_hubei_ic', 'apf_seed'],
    note: 'No city-level output figure found. Hubei province counted more than 70 IC firms (spring 2019) and nearly CNY 20bn revenue (probably 2018), per a report on January–April 2019 data reposted in 2020; the seed article says Hubei ranked only 20th in IC production in 2020.',
  },
  {
    id: 'wuhan_displays', cityId: 'wuhan', name: 'Display panels', nameZh: '新型显示', geoLevel: 'city', headline: false,
    anchorCompanies: ['CSOT (t3, t4)', 'BOE (B17)', 'Tianma'],
    sourceIds: ['tcl_csot_t3', 'oled_csot_t4', 'digitimes_boe_b17', 'digitimes_tianma_2017'],
    note: 'CSOT t3 Gen 6 LTPS (CNY 16bn, 30k sheets a month, mass production end-2016); CSOT t4 Gen 6 flexible AMOLED (US$5.08bn, 45k, 2019); BOE B17 Gen 10.5 LCD (CNY 46bn, 120k, construction 2018); Tianma Gen 6 AMOLED (15k + 15k, from 2017).',
  },
  {
    id: 'wuhan_autos', cityId: 'wuhan', name: 'Automobiles', nameZh: '汽车', geoLevel: 'city', headline: false,
    anchorCompanies: ['Dongfeng Honda'],
    sourceIds: ['whkfq_2020'],
    note: 'No city-level output figure found; Dongfeng Honda alone made 71,000 vehicles in May 2020.',
  },
  {
    id: 'wuhan_biomed', cityId: 'wuhan', name: 'Biomedicine (Optics Valley Biolake)', nameZh: '生物医药', geoLevel: 'zone', geoNote: 'Optics Valley Biolake only, not a city total.', headline: false,
    output: { value: 100, qualifier: 'approx', currency: 'CNY', moneyScale: 'billion', year: 2023, status: 'reported', sourceId: 'chinadaily_biolake_2023', note: 'Cluster scale, CNY bn.' },
    firms: { value: 3000, qualifier: 'atLeast', year: 2023, status: 'reported', sourceId: 'chinadaily_biolake_2023' },
    anchorCompanies: [],
    sourceIds: ['chinadaily_biolake_2023'],
  },
  {
    id: 'wuhan_software', cityId: 'wuhan', name: 'Software and information services', nameZh: '软件和信息服务', geoLevel: 'city', headline: false,
    output: { value: 251.9, currency: 'CNY', moneyScale: 'billion', year: 2022, status: 'estimate', sourceId: 'cjrb_2023', method: { kind: 'unverified', detail: 'Reported by Changjiang Daily (长江日报, 2023-03-23), but its page address was not recorded, so it could not be checked; check the Wuhan Bureau of Economy and Information Technology release or the Changjiang Daily report of 23 March 2023.' }, note: 'Software business revenue, CNY bn; target about 450 by 2025.' },
    growthPct: { value: 20.02, year: 2022, status: 'estimate', sourceId: 'cjrb_2023', method: { kind: 'unverified', detail: 'Reported by Changjiang Daily (长江日报, 2023-03-23), but its page address was not recorded, so it could not be checked; check the Wuhan Bureau of Economy and Information Technology release or the Changjiang Daily report of 23 March 2023.' } },
    anchorCompanies: [],
    sourceIds: ['cjrb_2023', 'wh_gov_software_2019'],
  },

  // ── Xi'an ──
  {
    id: 'xian_aerospace', cityId: 'xian', name: 'Aviation and aerospace', nameZh: '航空航天', geoLevel: 'city', headline: true,
    firms: { value: 160, qualifier: 'atLeast', valueText: 'more than 160 large manufacturers', year: 2025, status: 'reported', sourceId: 'gmt8_aviation', note: 'Year approximate. Also 18 leading firms, 35 institutes and more than 1,500 supporting firms.' },
    anchorCompanies: ["AVIC Xi'an Aircraft Industry"],
    designation: 'National aviation high-tech industrial base (Yanliang)',
    sourceIds: ['gmt8_aviation', 'xa_gov_2531'],
    note: 'More than 30 commercial-aerospace firms were at the Yanliang base in 2020.',
  },
  {
    id: 'xian_autos', cityId: 'xian', name: 'Automobiles and new-energy vehicles', nameZh: '汽车', geoLevel: 'city', headline: true,
    output: { value: 115.4, qualifier: 'atLeast', currency: 'CNY', moneyScale: 'billion', year: 2019, status: 'reported', sourceId: 'entorno_xian_auto', note: 'Automotive industry output value, CNY bn.' },
    anchorCompanies: ['BYD'],
    sourceIds: ['entorno_xian_auto', 'investinchina_byd_2022', 'yicai_nev_2025'],
    note: "273,700 vehicles in January–August 2020; about 1.12 million NEVs in 2024 (year inferred). BYD's Xi'an plant made 270,000 NEVs in January–May 2022.",
  },
  {
    id: 'xian_semis', cityId: 'xian', name: 'Semiconductors', nameZh: '半导体', geoLevel: 'city', headline: false,
    anchorCompanies: ['Samsung', 'Micron', 'Eswin'],
    sourceIds: ['businesskorea_samsung_2022', 'semimedia_micron', 'eswin_news_71', 'rockss_blog', 'prnewswire_2024'],
    note: "No city-level output figure found. A blog claims more than 120 IC design firms and 8 wafer makers (low confidence); Shaanxi's IC-wafer output grew 30.8% in January–October 2024.",
  },
  {
    id: 'xian_software', cityId: 'xian', name: 'Software (Silk Road Software City)', nameZh: '软件', geoLevel: 'zone', geoNote: 'Silk Road Software City only, not a city total.', headline: false,
    output: { value: 370, currency: 'CNY', moneyScale: 'billion', year: 2020, status: 'reported', sourceId: 'cri_softwarecity_2021', note: 'Software revenue, CNY bn; exports about US$2bn; 230,000 employees.' },
    firms: { value: 2800, year: 2020, status: 'reported', sourceId: 'cri_softwarecity_2021' },
    anchorCompanies: [],
    sourceIds: ['cri_softwarecity_2021'],
  },
  {
    id: 'xian_pv', cityId: 'xian', name: 'Photovoltaics', nameZh: '光伏', geoLevel: 'city', headline: false,
    anchorCompanies: ['LONGi Green Energy'],
    sourceIds: ['witproton_longi'],
    note: 'No city-level output figure found. LONGi (headquartered in Xi\'an, founded 2000) had group-wide capacity of 85 GW wafers, 30 GW cells and 50 GW modules at end-2020.',
  },

  // ── Chengdu ──
  {
    id: 'chengdu_einfo', cityId: 'chengdu', name: 'Electronic information', nameZh: '电子信息', geoLevel: 'city', headline: true,
    output: { value: 1006.57, currency: 'CNY', moneyScale: 'billion', year: 2020, status: 'reported', sourceId: 'fh2222_chengdu_2021', note: 'CNY bn; Chengdu\'s first trillion-yuan industry (it passed CNY 100bn in 2008).' },
    growthPct: { value: 19.8, year: 2020, status: 'reported', sourceId: 'fh2222_chengdu_2021' },
    anchorCompanies: ['Intel', 'Texas Instruments', 'BOE'],
    sourceIds: ['fh2222_chengdu_2021', 'reportify_chengdu_2022', 'chinacom_scio_2025'],
    note: 'Computer, communication and electronic-equipment manufacturing revenue was CNY 512.83bn in 2022. Chengdu and Chongqing together make about two thirds of the world\'s iPads, about 80 million laptops and more than 100 million smartphones (stated at the SCIO briefing of 2025-01-09 without a year; the same briefing\'s GDP figure fits 2023).',
  },
  {
    id: 'chengdu_software', cityId: 'chengdu', name: 'Software', nameZh: '软件', geoLevel: 'city', headline: true,
    output: { value: 634.96, currency: 'CNY', moneyScale: 'billion', year: 2022, status: 'estimate', sourceId: 'scnews_2024', method: { kind: 'unverified', detail: 'Reported by Sichuan News Net (四川新闻网, January 2024), but its page address was not recorded, so it could not be checked; check the Chengdu Bureau of Economy and Information Technology figures for 2022.' }, note: 'Software main business revenue, CNY bn (130.8 in 2011).' },
    anchorCompanies: [],
    designation: 'China Software City (6th of 14 in 2023)',
    sourceIds: ['scnews_2024', 'scspc_2012'],
  },
  {
    id: 'chengdu_displays', cityId: 'chengdu', name: 'Display panels', nameZh: '新型显示', geoLevel: 'city', headline: false,
    anchorCompanies: ['BOE (B7, B16)', 'CEC-Panda (Gen 8.6 LCD)'],
    sourceIds: ['oled_boe_b7', 'oled_boe_b16', 'displaydaily_cec_panda', 'newssc_cec_panda_2018', 'digitimes_panels_2018'],
    note: 'BOE B7 Gen 6 flexible AMOLED (CNY 46.5bn, 48k sheets a month, mass production October 2017); CEC-Panda Gen 8.6 IGZO LCD (CNY 28bn, 120k substrates a month planned for two phases, lit up January 2018, volume production from May 2018); BOE B16 Gen 8.6 AMOLED (CNY 63bn, 32k a month, mass production due Q4 2026). BOE\'s older Gen 4.5 LCD line (from 2009) has no stated capacity.',
  },
  {
    id: 'chengdu_biomed', cityId: 'chengdu', name: 'Biomedicine (Chengdu Hi-tech Zone)', nameZh: '生物医药', geoLevel: 'zone', geoNote: 'Chengdu Hi-tech Zone only, not a city total.', headline: false,
    output: { value: 100, qualifier: 'atLeast', currency: 'CNY', moneyScale: 'billion', year: 2022, status: 'reported', sourceId: 'globaltimes_chengdu_2022', note: 'Industry scale, CNY bn. Stated without a year in November 2022; 2022 is our reading and the figure may describe 2021.' },
    anchorCompanies: [],
    sourceIds: ['globaltimes_chengdu_2022'],
  },
  {
    id: 'chengdu_aero', cityId: 'chengdu', name: 'Aviation and aerospace', nameZh: '航空航天', geoLevel: 'city', headline: false,
    anchorCompanies: ['AVIC Chengdu Aircraft Industry'],
    sourceIds: ['globalsecurity_avic'],
    note: 'An undated source counts more than 33 above-size firms and institutes and more than 50,000 employees; without a year it is not shown as a figure.',
  },
  {
    id: 'chengdu_autos', cityId: 'chengdu', name: 'Automobiles (Economic and Technological Development Zone)', nameZh: '汽车', geoLevel: 'zone', geoNote: 'Chengdu Economic and Technological Development Zone only.', headline: false,
    anchorCompanies: [],
    sourceIds: ['gochengdu_a757'],
    note: 'The zone made 732,000 vehicles in 2013 (+95.1%), 89.6% of Sichuan\'s output; no money figure found.',
  },
];
