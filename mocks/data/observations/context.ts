import type { Observation } from '../../../src/api/schemas';
import { BULLETIN, est, gk, rep } from './helpers';

type City = 'wuhan' | 'xian' | 'chengdu';

/** GDP as published (CNY bn), from the research notes' general knowledge, 2015–2024. */
const GDP_GK: Record<City, number[]> = {
  wuhan: [1090.6, 1191.3, 1341.0, 1484.7, 1622.3, 1561.6, 1771.7, 1886.6, 2001.2, 2110.6],
  xian: [580.1, 625.7, 747.0, 835.0, 932.1, 1002.0, 1068.8, 1148.7, 1201.1, 1331.8],
  chengdu: [1080.1, 1217.0, 1388.9, 1534.3, 1701.3, 1771.7, 1991.7, 2081.8, 2207.5, 2351.1],
};

/** Years where a sourced GDP figure also exists: the GK row joins a conflict group and is not preferred (unless listed). */
const GDP_CONFLICT_YEARS: Record<City, number[]> = {
  wuhan: [2020, 2021],
  xian: [2018, 2019, 2020, 2022],
  chengdu: [2018, 2019, 2020, 2023],
};
const GK_PREFERRED = new Set(['chengdu-2023']);

const BREAK_NOTE: Record<City, string | undefined> = {
  wuhan: undefined,
  xian: "Series break: Xi'an took over the Xixian New Area in 2017, so figures from 2017 on cover a larger area.",
  chengdu: 'Series break: Chengdu added Jianyang in 2016, so figures from 2016 on cover a larger area.',
};

function gdpGk(city: City): Observation[] {
  return GDP_GK[city].map((value, i) => {
    const year = 2015 + i;
    const inConflict = GDP_CONFLICT_YEARS[city].includes(year);
    const notes = [
      inConflict
        ? GK_PREFERRED.has(`${city}-${year}`)
          ? 'Preferred over the sourced figure for this year because that one is rounded and its year is not stated.'
          : 'A sourced figure exists for this year and is preferred; this unverified value is kept for comparison.'
        : undefined,
      BREAK_NOTE[city],
    ].filter(Boolean);
    return gk(city, 'ctx_gdp', year, value, BULLETIN[city], {
      currency: 'CNY',
      ...(inConflict ? { conflictId: `${city}_gdp_${year}`, preferred: GK_PREFERRED.has(`${city}-${year}`) } : {}),
      ...(notes.length ? { note: notes.join(' ') } : {}),
    });
  });
}

const REPORTED_PREFERRED = 'Preferred: sourced figure; the unverified general-knowledge value for the same year agrees with it.';

export const contextObservations: Observation[] = [
  // ── GDP (CNY bn) ──
  ...gdpGk('wuhan'),
  ...gdpGk('xian'),
  ...gdpGk('chengdu'),
  rep('wuhan', 'ctx_gdp', 2020, 1560, 'wuhan_gov_invest_2021', { currency: 'CNY', qualifier: 'approx', valueText: 'CNY 1.56 trillion', conflictId: 'wuhan_gdp_2020', preferred: true, note: `${REPORTED_PREFERRED} GDP fell in 2020 because of the COVID-19 lockdown.` }),
  rep('wuhan', 'ctx_gdp', 2021, 1771.676, 'globaltimes_wuhan_2022', { currency: 'CNY', conflictId: 'wuhan_gdp_2021', preferred: true, note: REPORTED_PREFERRED }),
  rep('xian', 'ctx_gdp', 2018, 834.99, 'xa_gov_1570', { currency: 'CNY', conflictId: 'xian_gdp_2018', preferred: true, note: REPORTED_PREFERRED }),
  rep('xian', 'ctx_gdp', 2019, 932.1, 'hktdc_xian', { currency: 'CNY', conflictId: 'xian_gdp_2019', preferred: true, note: REPORTED_PREFERRED }),
  rep('xian', 'ctx_gdp', 2020, 1000, 'xa_workreport_2021', {
    currency: 'CNY', qualifier: 'atLeast', valueText: 'more than CNY 1 trillion', conflictId: 'xian_gdp_2020', preferred: true,
    note: 'Preferred because it is sourced (the city work report); it only says "more than 1 trillion". The unverified 1,002.0 is consistent with it.',
  }),
  rep('xian', 'ctx_gdp', 2022, 1148.651, 'xiancity_bulletin_2022', { currency: 'CNY', conflictId: 'xian_gdp_2022', preferred: true, note: REPORTED_PREFERRED }),
  rep('xian', 'ctx_gdp', 2025, 1390.267, 'koreaherald_xian_2026', { currency: 'CNY' }),
  rep('chengdu', 'ctx_gdp', 2018, 1534.28, 'gochengdu_gdp_2018', { currency: 'CNY', conflictId: 'chengdu_gdp_2018', preferred: true, note: REPORTED_PREFERRED }),
  rep('chengdu', 'ctx_gdp', 2019, 1701.27, 'gochengdu_gdp_2019', { currency: 'CNY', conflictId: 'chengdu_gdp_2019', preferred: true, note: REPORTED_PREFERRED }),
  rep('chengdu', 'ctx_gdp', 2020, 1771.67, 'yybnet_chengdu_2021', { currency: 'CNY', conflictId: 'chengdu_gdp_2020', preferred: true, note: REPORTED_PREFERRED }),
  rep('chengdu', 'ctx_gdp', 2023, 2200, 'chinacom_scio_2025', {
    currency: 'CNY', qualifier: 'approx', valueText: '2.2万亿', conflictId: 'chengdu_gdp_2023', preferred: false,
    note: 'Stated at the SCIO briefing of 2025-01-09 without a year; 2023 is our reading (it fits 2023). Not preferred because it is rounded and undated; the unverified 2,207.5 agrees with it.',
  }),

  // ── Real GDP growth (%) ──
  gk('wuhan', 'ctx_gdp_growth', 2020, -4.7, "the Wuhan Statistics Bureau's 2020 statistical bulletin", {
    note: 'The lockdown year: the material says annual GDP fell (see the COVID-19 event) but gives no rate; −4.7% is general knowledge, not yet checked.',
  }),
  rep('wuhan', 'ctx_gdp_growth', 2021, 12.2, 'globaltimes_wuhan_2022', { note: 'Rebound from the 2020 lockdown year; first-quarter GDP had fallen 40.5% in 2020.' }),
  rep('xian', 'ctx_gdp_growth', 2019, 7, 'hktdc_xian'),
  rep('xian', 'ctx_gdp_growth', 2020, 5.2, 'xa_workreport_2021'),
  rep('xian', 'ctx_gdp_growth', 2022, 4.4, 'xiancity_bulletin_2022'),
  rep('xian', 'ctx_gdp_growth', 2025, 4.7, 'koreaherald_xian_2026'),
  rep('chengdu', 'ctx_gdp_growth', 2018, 8.0, 'gochengdu_gdp_2018'),
  rep('chengdu', 'ctx_gdp_growth', 2019, 7.8, 'gochengdu_gdp_2019'),
  rep('chengdu', 'ctx_gdp_growth', 2020, 4.0, 'yybnet_chengdu_2021'),

  // ── Permanent population (million) ──
  rep('wuhan', 'ctx_population', 2020, 12.3265, 'niidae_wuhan', { valueText: '12,326,500', note: 'Seventh national census (1 November 2020). Census counts differ from the annual year-end estimates that follow.' }),
  rep('wuhan', 'ctx_population', 2021, 13.65, 'people_wuhan_2022', { qualifier: 'approx', valueText: 'about 13.65 million', note: 'Year-end estimate; the source says the population grew by 1.2 million in 2021, so it is not comparable with the census count.' }),
  gk('wuhan', 'ctx_population', 2022, 13.74, BULLETIN.wuhan, { note: 'Also given by chinaidiom.com, a low-confidence aggregator.' }),
  gk('wuhan', 'ctx_population', 2023, 13.77, BULLETIN.wuhan),
  rep('xian', 'ctx_population', 2020, 12.952907, 'askwikinow_xian', { valueText: '12,952,907', note: 'Seventh national census (1 November 2020).' }),
  est('xian', 'ctx_population', 2021, 12.97, 'xiancity_bulletin_2022', { kind: 'interpolated', detail: "Midpoint of the 2020 census (12,952,907) and the 2022 year-end population (12.9959 million, Xi'an statistical bulletin)." }),
  rep('xian', 'ctx_population', 2022, 12.9959, 'xiancity_bulletin_2022', { note: 'Year-end permanent population.' }),
  gk('xian', 'ctx_population', 2023, 13.08, BULLETIN.xian),
  rep('chengdu', 'ctx_population', 2010, 15.118839, 'citypopulation_chengdu', { valueText: '15,118,839', note: 'Sixth national census; before Jianyang joined Chengdu (2016).' }),
  ...[18.03, 18.61, 19.19, 19.77, 20.36].map((value, i) =>
    est('chengdu', 'ctx_population', 2015 + i, value, 'citypopulation_chengdu', {
      kind: 'interpolated',
      detail: 'Straight line between the 2010 census (15,118,839) and the 2020 census (20,937,757).',
    }, { note: 'Rough: Jianyang joined Chengdu in 2016, so the real series jumps that year instead of rising evenly.' }),
  ),
  rep('chengdu', 'ctx_population', 2020, 20.937757, 'citypopulation_chengdu', { valueText: '20,937,757', note: 'Seventh national census (1 November 2020); includes Jianyang.' }),
  gk('chengdu', 'ctx_population', 2022, 21.27, BULLETIN.chengdu),
  gk('chengdu', 'ctx_population', 2023, 21.4, BULLETIN.chengdu),

  // ── GDP per capita (CNY per person) ──
  rep('xian', 'ctx_gdp_pc', 2018, 85114, 'xa_gov_1570', { currency: 'CNY' }),
  rep('xian', 'ctx_gdp_pc', 2022, 88806, 'xiancity_bulletin_2022', { currency: 'CNY' }),
  est('wuhan', 'ctx_gdp_pc', 2020, 126557, 'wuhan_gov_invest_2021', { kind: 'derived', detail: 'GDP of CNY 1.56 trillion (Wuhan government, rounded) divided by the 2020 census population of 12,326,500.' }, { currency: 'CNY', note: 'Uses a rounded GDP and a census count, not the average population the statistics bureau uses.' }),
  est('chengdu', 'ctx_gdp_pc', 2020, 84616, 'yybnet_chengdu_2021', { kind: 'derived', detail: 'GDP of CNY 1,771.67 billion divided by the 2020 census population of 20,937,757 (CityPopulation.de).' }, { currency: 'CNY', note: 'Uses a census count, not the average population the statistics bureau uses.' }),

  // ── Structure ──
  rep('chengdu', 'ctx_tertiary_share', 2020, 65.7, 'yybnet_chengdu_2021', { note: 'Structure primary : secondary : tertiary = 3.7 : 30.6 : 65.7.' }),

  // ── National plan targets (seed) ──
  {
    id: 'china-nat_digital_economy_target-2025-apf_seed', entityId: 'china', metricId: 'nat_digital_economy_target', year: 2025, value: 10,
    status: 'seed', sourceId: 'apf_seed', seedId: 'S03', valueText: '10 per cent of national GDP by 2025', note: 'A target for 2025, not an outcome.',
  },
  {
    id: 'china-nat_5g_target-2025-apf_seed', entityId: 'china', metricId: 'nat_5g_target', year: 2025, value: 56,
    status: 'seed', sourceId: 'apf_seed', seedId: 'S16', valueText: '56 per cent penetration rate', note: 'A 14th FYP target for 2025, not an outcome.',
  },
];
