import type { Observation } from '../../../src/api/schemas';
import { rep, seed } from './helpers';

const ROUNDS = 'The seed article rounds the IC Insights figure; the precise sourced value is preferred.';

export const nationalObservations: Observation[] = [
  seed('china', 'nat_largest_market_years', 2020, 10, 'S28', 'for more than a decade', { qualifier: 'atLeast' }),
  seed('china', 'nat_ic_consumption', 2020, 180, 'S29', 'C$180 billion', {
    currency: 'CAD',
    note: "The same market IC Insights states in US dollars (US$143.4bn); the two agree (180 / 143.4 ≈ 1.255 CAD per USD).",
  }),
  rep('china', 'nat_ic_consumption', 2020, 143.4, 'digitimes_icinsights_2021', { currency: 'USD', note: "IC Insights. The seed article states the same market in Canadian dollars (C$180bn); the two agree." }),
  seed('china', 'nat_ic_made_in_china_share', 2020, 16, 'S30', '16 per cent of which were manufactured in China', { conflictId: 'china_ic_made_in_china_2020', preferred: false, note: ROUNDS }),
  rep('china', 'nat_ic_made_in_china_share', 2020, 15.9, 'digitimes_icinsights_2021', { conflictId: 'china_ic_made_in_china_2020', preferred: true, note: ROUNDS }),
  seed('china', 'nat_ic_china_hq_share', 2020, 6, 'S31', 'six per cent produced by China-headquartered companies', { conflictId: 'china_ic_hq_2020', preferred: false, note: ROUNDS }),
  rep('china', 'nat_ic_china_hq_share', 2020, 5.9, 'technode_2021', { conflictId: 'china_ic_hq_2020', preferred: true, note: `${ROUNDS} Also in DigiTimes (IC Insights).` }),
  rep('china', 'nat_ic_output', 2020, 261.26, 'dinovaliano_ic', { note: '+16.2% on 2019.' }),
  rep('china', 'nat_ic_output', 2021, 359.43, 'xqhv_ic', { note: '+33.3% on 2020.' }),
  seed('us', 'nat_eda_ip_share', 2020, 74, 'S32', 'as high as 74 per cent', { qualifier: 'upTo', note: 'Year approximate (about 2020).' }),
  seed('china', 'nat_eda_ip_share', 2020, 3, 'S33', "China's three per cent share", { note: 'Year approximate (about 2020).' }),
  seed('smic', 'nat_smic_lag_years', 2021, 3, 'S34', 'three to five years behind global leaders', { qualifier: 'range', valueHigh: 5, note: 'Year approximate (article of 2021).' }),
  seed('china', 'nat_equipment_localisation_years', 2021, 10, 'S35', 'as long as 10 years', { qualifier: 'upTo', note: 'Equipment cut off from SMIC by US controls. Year approximate (article of 2021).' }),
];
