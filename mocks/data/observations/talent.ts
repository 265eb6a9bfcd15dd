import type { Observation } from '../../../src/api/schemas';
import { est, rep, seed } from './helpers';

const DFC_CHECK = 'The Ministry of Education publishes the list of the second round (2022) only as a PDF attachment, which could not be read here, so this count is taken from reprints of the list; check it against 附件1 of the notice.';

export const talentObservations: Observation[] = [
  // ── Wuhan ──
  rep('wuhan', 'tal_heis', 2017, 79, 'wuhan2019mwg', { note: 'Universities and colleges.' }),
  est('wuhan', 'tal_heis', 2020, 83, 'tellerreport_wuhan_2020', { kind: 'unverified', detail: 'Reported by Teller Report (a machine-translated news aggregator), but its page address was not recorded, so it could not be checked; check the count of higher-education institutions in the Wuhan statistical bulletin or education bureau figures for 2020.' }),
  rep('wuhan', 'tal_project211', 2017, 7, 'wuhan2019mwg'),
  rep('wuhan', 'tal_project985', 2017, 2, 'wuhan2019mwg'),
  rep('wuhan', 'tal_grads_staying', 2012, 80000, 'chinadaily_wuhan_2013', { qualifier: 'approx', note: 'Graduates who stayed in Wuhan, as China Daily words it; the closest of the published counts to the seed\'s "chose to stay" (2020). The source does not define it further.' }),
  seed('wuhan', 'tal_grads_staying', 2020, 302000, 'S26', 'reached 302,000', {
    note: "Bachelor's, master's and PhD graduates who chose to stay in Wuhan, despite the pandemic. Counts on other definitions are not in this series: graduates who landed jobs in Wuhan, 282,900 by 15 December 2017 (Xinhua, 2018); graduates who settled in Wuhan in January–September 2017, more than 205,000 (China Daily); graduates employed in Wuhan, a record 345,200 in 2021 (China Daily, 2022); graduates retained, 1,095,000 in 2017–19 taken together (Changjiang Daily, 2020).",
  }),
  est('wuhan', 'tal_retention_city', 2012, 29.6, 'chinadaily_wuhan_2013', { kind: 'derived', detail: 'About 80,000 graduates stayed out of about 270,000 (China Daily, 2013).' }, {
    note: 'China Daily does not say whether its 270,000 graduates (or the 80,000 who stayed) include postgraduates, so the share may not be on the basis of the graduates metric, which leaves postgraduates out.',
  }),
  seed('whu', 'tal_retention_province', 2020, 26, 'S24', '26 per cent', { note: "Wuhan University bachelor's graduates staying in Hubei province." }),
  seed('hust', 'tal_retention_province', 2020, 39, 'S25', '39 per cent', { note: "HUST bachelor's graduates staying in Hubei province. HUST's own news says more than 5,000 (about a third) of its 2017–18 graduates chose Wuhan." }),
  seed('wuhan', 'tal_overseas_experts', 2021, 300, 'S27', 'about 300 foreigners and overseas-educated Chinese', { qualifier: 'approx', note: 'Year approximate ("currently", article of 2021).' }),
  rep('wuhan', 'tal_talent_pool', 2019, 2.6, 'hubei_gov_2020', { qualifier: 'atLeast', valueText: 'more than 2.6 million', note: 'The same report says 50 academicians were recruited.' }),
  rep('wuhan', 'tal_nature_index', 2017, 490.54, 'nature_index_2018', { note: '19th among cities worldwide, 4th in China.' }),
  rep('wuhan', 'tal_gii_rank', 2022, 16, 'opticsvalley_2022'),
  rep('wuhan', 'tal_rd_rank', 2019, 20, 'jiemian_rd_2020'),
  est('wuhan', 'tal_dfc_unis', 2022, 7, 'moe_dfc_2022', { kind: 'unverified', detail: `${DFC_CHECK} Reprints of the list name seven Wuhan universities (武汉大学, 华中科技大学, 中国地质大学(武汉), 武汉理工大学, 华中农业大学, 华中师范大学, 中南财经政法大学).` }),

  // ── Xi'an ──
  rep('xian', 'tal_heis', 2019, 63, 'xa_gov_990'),
  rep('xian', 'tal_academicians', 2019, 60, 'xa_gov_990'),
  rep('xian', 'tal_key_labs', 2019, 20, 'xa_gov_990'),
  rep('xian', 'tal_rd_rank', 2019, 2, 'jiemian_rd_2020'),
  rep('xian', 'tal_inflow', 2018, 750000, 'chinadaily_xian_hukou_2018', { qualifier: 'atLeast', valueText: 'more than 750,000', note: 'New hukou registrations after the March 2017 easing; more than 1 million since then.' }),
  est('xian', 'tal_dfc_unis', 2022, 7, 'moe_dfc_2022', { kind: 'unverified', detail: `${DFC_CHECK} Reprints give Shaanxi eight universities; 西北农林科技大学 is in Yangling (Xianyang), which leaves seven in Xi'an, counting 空军军医大学 (the Fourth Military Medical University).` }, { note: 'A Study in China Global page also says 7.' }),

  // ── Chengdu ──
  rep('chengdu', 'tal_heis', 2014, 52, 'gochengdu_a1044', { note: 'Universities.' }),
  rep('chengdu', 'tal_heis', 2023, 64, 'chinadaily_chengdu_2023'),
  rep('chengdu', 'tal_key_labs', 2014, 10, 'gochengdu_a1044'),
  rep('chengdu', 'tal_state_institutes', 2014, 30, 'gochengdu_a1044'),
  rep('chengdu', 'tal_foreign_pr', 2018, 181, 'shine_2018', { note: 'Permanent-residence permits issued to overseas talent since 2004; not the same measure as Wuhan\'s "leading overseas experts".' }),
  rep('chengdu', 'tal_rd_rank', 2019, 18, 'jiemian_rd_2020'),
  rep('chengdu_hitech', 'tal_rd_intensity', 2021, 5.87, 'ogvifjj_2022', { geoLevel: 'zone', note: 'Chengdu Hi-tech Zone only, not the city.' }),
  rep('chengdu_hitech', 'tal_rd_spend', 2021, 14, 'ogvifjj_2022', { currency: 'CNY', geoLevel: 'zone', note: 'Chengdu Hi-tech Zone only.' }),
  est('chengdu', 'tal_dfc_unis', 2022, 7, 'moe_dfc_2022', { kind: 'unverified', detail: `${DFC_CHECK} Reprints give Sichuan eight universities, all but one headquartered in Chengdu; 四川农业大学 is based in Ya'an with a campus in Chengdu, hence 7 to 8.` }, { qualifier: 'range', valueHigh: 8 }),
];
