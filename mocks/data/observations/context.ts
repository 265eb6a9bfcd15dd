import type { Observation } from '../../../src/api/schemas';
import { rep } from './helpers';

/**
 * Context figures outside the core series. GDP, growth, population, GDP per capita and the other
 * core series of the three cities come from official statistics in `../official/`.
 */
export const contextObservations: Observation[] = [
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
