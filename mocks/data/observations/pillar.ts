import type { Observation } from '../../../src/api/schemas';
import { est, rep, seed } from './helpers';

export const pillarObservations: Observation[] = [
  // ── Wuhan: optoelectronics (seed) ──
  seed('wuhan', 'ind_fibre_base_rank', 2020, 1, 'S09', "world's largest base for optic fibre and cable production", { note: 'As of the end of the 13th Five-Year Plan period (2020).' }),
  seed('wuhan', 'ind_optronics_firms', 2020, 100, 'S10', 'more than 100 companies', { qualifier: 'atLeast' }),
  seed('wuhan', 'ind_optronics_cluster_value', 2020, 110, 'S11', 'C$110-billion optronics cluster', {
    currency: 'CAD',
    note: 'At the rate implied by S21 (about 5.3 CNY per CAD) this is about CNY 580bn, which fits the "close to CNY 600bn" revenue of Optics Valley opto-electronics firms (Guangxilong, about 2021).',
  }),
  seed('yofc', 'ind_fibre_company_rank', 2020, 2, 'S12', "world's second-largest fibre optic cable company", { note: 'Year approximate (about 2020). Consistent with Xinhua (2016), which ranks YOFC second in cable and first in fibre and preform.' }),
  rep('yofc', 'ind_fibre_company_rank', 2016, 2, 'hbsztv_2016', { note: 'Second-largest cable maker; Xinhua ranks YOFC first in optical fibre and in preform.' }),
  seed('yofc', 'ind_fibre_share', 2020, 12.7, 'S13', '12.7 per cent global market share', {
    note: "Unconfirmed: the research found no other source for 12.7%. The seed gives it as YOFC's global market share as a fibre optic cable company. YOFC's 15.2% share of world preform capacity (2019) measures something else and is shown under its own metric.",
  }),
  rep('yofc', 'ind_preform_share', 2019, 15.2, 'asdreports_preform', {
    note: "Share of world optical-fibre preform capacity, second to Corning. A different measure from the seed's 12.7% cable market share, so it neither confirms nor refutes it.",
  }),
  rep('yofc', 'ind_company_revenue', 2020, 8221.5, 'marketscreener_yofc_2021', { currency: 'CNY', note: 'Group operating income for 2020 (annual results).' }),
  rep('east_lake', 'ind_fibre_cluster_share_national', 2016, 66, 'hbsztv_2016', { geoLevel: 'zone', note: 'Optics Valley (East Lake zone) share of the domestic fibre-cable market; optical devices 60%, lasers over 50%.' }),
  rep('east_lake', 'ind_fibre_cluster_share_global', 2016, 25, 'hbsztv_2016', { geoLevel: 'zone', note: 'Optics Valley share of the international fibre-cable market; optical devices 12%.' }),
  rep('hubei', 'ind_fibre_cluster_share_global', 2023, 25, 'bzbst_hubei_2023', { qualifier: 'approx', geoLevel: 'province', note: 'Hubei province, per its opto-electronics white paper.' }),
  rep('hubei', 'ind_fibre_cluster_share_national', 2023, 50, 'bzbst_hubei_2023', { qualifier: 'approx', geoLevel: 'province', note: 'Hubei province, per its opto-electronics white paper.' }),

  // ── Electronic information ──
  rep('wuhan', 'ind_einfo_scale', 2024, 756.6, 'jiazhengayi_2024', { currency: 'CNY', note: 'Opto-electronic information industry including software (Wuhan\'s definition), so broader than Chengdu\'s electronic-information figure.' }),
  rep('wuhan', 'ind_einfo_growth', 2024, 11.7, 'jiazhengayi_2024'),
  rep('wuhan', 'ind_einfo_mfg_rev', 2024, 404.5, 'jiazhengayi_2024', { currency: 'CNY', note: 'Electronic-information manufacturing, +8% on 2023.' }),
  rep('hubei', 'ind_einfo_scale', 2023, 820.9, 'bzbst_hubei_2023', { currency: 'CNY', geoLevel: 'province', note: 'Hubei province (opto-electronics-led electronic-information industry revenue, +7.2%); a provincial total, not Wuhan.' }),
  rep('chengdu', 'ind_einfo_scale', 2020, 1006.57, 'fh2222_chengdu_2021', { currency: 'CNY', note: "Chengdu's first CNY 1 trillion industry; it had passed CNY 100bn in 2008." }),
  rep('chengdu', 'ind_einfo_growth', 2020, 19.8, 'fh2222_chengdu_2021'),
  rep('chengdu', 'ind_einfo_mfg_rev', 2022, 512.83, 'reportify_chengdu_2022', { currency: 'CNY', note: 'Computer, communication and other electronic-equipment manufacturing revenue; 32.1% of the industry.' }),
  rep('wuhan', 'ind_hitech_output', 2018, 1000, 'woijpgw_2019', { currency: 'CNY', qualifier: 'atLeast', valueText: 'more than CNY 1 trillion', note: 'High-tech industries above designated size; +16.1%.' }),

  // ── Xi'an pillars ──
  rep('xian', 'ind_pillar_output', 2020, 400, 'xa_workreport_2021', { currency: 'CNY', qualifier: 'atLeast', valueText: 'more than CNY 400 billion', note: 'Six pillar industries combined.' }),
  rep('xian', 'ind_pillar_growth', 2020, 23.7, 'xa_workreport_2021'),
  rep('xian', 'ind_auto_value', 2019, 115.4, 'entorno_xian_auto', { currency: 'CNY', qualifier: 'atLeast', valueText: 'more than 115.4 billion yuan' }),
  rep('xian', 'ind_auto_output', 2020, 273700, 'entorno_xian_auto', { period: 'Jan–Aug' }),
  est('xian', 'ind_nev_output', 2024, 1120000, 'yicai_nev_2025', { kind: 'unverified', detail: 'Reported by Yicai Global (April 2025), but its page address was not recorded, so it could not be checked; check the Xi\'an statistical bulletin for 2024 (新能源汽车产量).' }, { qualifier: 'approx', valueText: '1.12 million', note: 'The article (April 2025) says "last year"; 2024 is inferred from that.' }),
  rep('byd_xian', 'ind_nev_output', 2022, 270000, 'investinchina_byd_2022', { period: 'Jan–May', geoLevel: 'company', note: "BYD's Xi'an plant only, not BYD as a whole nor a city total: 280,000 vehicles in January–May 2022, of which 270,000 NEVs (+146.2%)." }),
  rep('xian', 'ind_aero_firms', 2025, 160, 'gmt8_aviation', { qualifier: 'atLeast', valueText: 'more than 160 large manufacturers', note: 'Year approximate (about 2025). The same source counts 18 leading firms, 35 research institutes and more than 1,500 supporting firms.' }),
  rep('xian_yanliang', 'ind_space_firms', 2020, 30, 'xa_gov_2531', { qualifier: 'atLeast', geoLevel: 'zone', note: 'Commercial-aerospace firms at the Yanliang base only.' }),
  rep('xian_software_city', 'ind_software_rev', 2020, 370, 'cri_softwarecity_2021', { currency: 'CNY', geoLevel: 'zone', note: 'Silk Road Software City only, not a city total; software exports about US$2bn.' }),
  rep('xian_software_city', 'ind_software_firms', 2020, 2800, 'cri_softwarecity_2021', { geoLevel: 'zone' }),
  rep('xian_software_city', 'ind_software_employees', 2020, 230000, 'cri_softwarecity_2021', { geoLevel: 'zone' }),
  rep('longi', 'ind_pv_wafer_capacity', 2020, 85, 'witproton_longi', { note: 'Group-wide at end-2020, not only in Xi\'an; cell capacity 30 GW, module capacity 50 GW.' }),

  // ── Software ──
  rep('wuhan', 'ind_software_rev', 2018, 180, 'wh_gov_software_2019', { currency: 'CNY', qualifier: 'atLeast' }),
  est('wuhan', 'ind_software_rev', 2022, 251.9, 'cjrb_2023', { kind: 'unverified', detail: 'Reported by Changjiang Daily (长江日报, 2023-03-23), but its page address was not recorded, so it could not be checked; check the Wuhan Bureau of Economy and Information Technology release or the Changjiang Daily report of 23 March 2023 (2022年武汉市软件业务收入规模达2519亿元,同比增长20.02%).' }, { currency: 'CNY', note: 'The city targets about CNY 450bn by 2025.' }),
  est('wuhan', 'ind_software_growth', 2022, 20.02, 'cjrb_2023', { kind: 'unverified', detail: 'Reported by Changjiang Daily (长江日报, 2023-03-23), but its page address was not recorded, so it could not be checked; check the Wuhan Bureau of Economy and Information Technology release or the Changjiang Daily report of 23 March 2023 (2022年武汉市软件业务收入规模达2519亿元,同比增长20.02%).' }),
  rep('chengdu', 'ind_software_rev', 2011, 130.8, 'scspc_2012', { currency: 'CNY', note: 'Software main business revenue.' }),
  est('chengdu', 'ind_software_rev', 2022, 634.96, 'scnews_2024', { kind: 'unverified', detail: 'Reported by Sichuan News Net (四川新闻网, January 2024), but its page address was not recorded, so it could not be checked; check the Chengdu Bureau of Economy and Information Technology figures or the MIIT notice of 9 January 2024 on the 2023 China Software City assessment.' }, { currency: 'CNY', note: 'Software main business revenue.' }),
  est('chengdu', 'ind_software_city_rank', 2023, 6, 'scnews_2024', { kind: 'unverified', detail: 'Reported by Sichuan News Net (四川新闻网, January 2024), but its page address was not recorded, so it could not be checked; check the Chengdu Bureau of Economy and Information Technology figures or the MIIT notice of 9 January 2024 on the 2023 China Software City assessment.' }, { note: 'Sixth of the 14 China Software Cities.' }),

  // ── Autos, biomedicine, high-tech firms ──
  rep('chengdu_etdz', 'ind_auto_output', 2013, 732000, 'gochengdu_a757', { geoLevel: 'zone', note: 'Vehicles made in the Chengdu Economic and Technological Development Zone (89.6% of Sichuan), +95.1%; zone-level.' }),
  rep('wuhan_biolake', 'ind_biomed_scale', 2023, 100, 'chinadaily_biolake_2023', { currency: 'CNY', qualifier: 'approx', geoLevel: 'zone', note: 'Optics Valley Biolake only.' }),
  rep('wuhan_biolake', 'ind_biomed_firms', 2023, 3000, 'chinadaily_biolake_2023', { qualifier: 'atLeast', geoLevel: 'zone' }),
  rep('chengdu_hitech', 'ind_biomed_scale', 2022, 100, 'globaltimes_chengdu_2022', { currency: 'CNY', qualifier: 'atLeast', geoLevel: 'zone', note: 'Chengdu Hi-tech Zone only. Stated without a year in November 2022; 2022 is our reading and the figure may describe 2021.' }),
  rep('chengdu_hitech', 'ind_hitech_firms', 2021, 3315, 'ogvifjj_2022', { geoLevel: 'zone', note: 'Chengdu Hi-tech Zone only, not a city total.' }),

  // ── Displays (derived sums of listed fabs) ──
  est('wuhan', 'ind_display_capacity', 2020, 225000, 'tcl_csot_t3', {
    kind: 'derived',
    detail: 'Sum of stated capacities: CSOT t3 Gen 6 LTPS 30k (TCL), CSOT t4 Gen 6 flexible AMOLED 45k (OLED-Info), BOE B17 Gen 10.5 LCD 120k (DigiTimes), Tianma Gen 6 AMOLED 15k + 15k (DigiTimes).',
  }, { note: 'Mixed generations (Gen 6 to Gen 10.5) add up sheets of very different sizes; a rough indicator only. Year is when all listed fabs were built or ramping.' }),
  est('chengdu', 'ind_display_capacity', 2017, 48000, 'oled_boe_b7', {
    kind: 'derived',
    detail: 'BOE B7 Gen 6 flexible AMOLED, 48k sheets a month (OLED-Info), the one Chengdu fab with a stated capacity in volume production in 2017. CEC-Panda\'s Gen 8.6 LCD line only made trial panels from December 2017 (volume production from May 2018), so it is not in the 2017 sum.',
  }, { note: 'Not a complete sum: BOE\'s older Gen 4.5 LCD line in Chengdu (from 2009) has no stated capacity and is left out. BOE B16 (Gen 8.6 AMOLED, 32k) is due in late 2026.' }),
  est('chengdu', 'ind_display_capacity', 2019, 168000, 'displaydaily_cec_panda', {
    kind: 'derived',
    detail: 'BOE B7 Gen 6 flexible AMOLED, 48k sheets a month (OLED-Info), plus CEC-Panda Gen 8.6 IGZO LCD, 120k substrates a month planned for both phases once the ramp was complete, "by mid 2019 or a bit later" (Display Daily); the line was lit up in January 2018 (Sichuan News Net) and went into volume production in May 2018 (DigiTimes).',
  }, {
    qualifier: 'approx',
    note: "Not a complete sum: BOE's older Gen 4.5 LCD line (from 2009) has no stated capacity and is left out. The CEC-Panda figure is a planned input capacity (a 2016 report of the groundbreaking gave 75k–100k), and the line's ramp may have run past 2019. Mixed generations (Gen 6 and Gen 8.6) add up sheets of very different sizes; a rough indicator only.",
  }),

  // ── Wuhan 14th FYP strategy (seed) ──
  seed('wuhan', 'ind_pillar_target', 2025, 7, 'S17', 'seven pillar industries', { note: 'A target for 2025: fibre optics, chips, display screens, terminal and network devices, cloud and smart technologies, among others.' }),
  seed('wuhan', 'ind_rd_projects', 2021, 5, 'S22', 'five major projects', { note: 'Year approximate: announced for the 14th FYP period (2021–).' }),
  seed('wuhan', 'ind_rd_funding', 2021, 255, 'S21', 'C$255 million (1,350 million yuan)', {
    currency: 'CAD',
    alsoStated: { value: 1350, currency: 'CNY', valueText: '1,350 million yuan' },
    conflictId: 'wuhan_rd_funding_2021',
    preferred: false,
    note: 'Year: the article gives no date; it places the strategy shortly after October 2020 and sets it for the next five years, so 2021, the first year of the period, as for the event "Wuhan sets its 14th FYP innovation strategy". The two amounts imply about 5.29 CNY per CAD. Probably ten times too large: People\'s Daily (2021-04-01) reports CNY 135 million (1.35亿元) of city R&D funding for the first five "unveil the list and take command" (揭榜挂帅) projects, the same five projects for bid-winners; 1.35亿 is 135 million, not 1,350 million.',
  }),
  rep('wuhan', 'ind_rd_funding', 2021, 135, 'people_wuhan_jbgs_2021', {
    currency: 'CNY',
    valueText: '1.35亿元',
    conflictId: 'wuhan_rd_funding_2021',
    preferred: true,
    note: 'Preferred: city science and technology R&D funds for the first batch of five 揭榜挂帅 projects (at most CNY 30 million each), announced at the Wuhan science and technology conference in March 2021. The seed\'s 1,350 million yuan (C$255 million) is ten times this.',
  }),
];
