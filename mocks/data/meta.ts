import type { Meta } from '../../src/api/schemas';

export const meta: Meta = {
  datasetVersion: '2026.12.1',
  previousVersion: '2026.11.1',
  asOf: '2026-12-03',
  title: 'Hubscope: Wuhan, Xi\'an and Chengdu compared',
  description:
    'Pillar industries, talent and chips in three of China\'s rising tech hubs, built around the APF Canada article "Elevating Wuhan: China\'s Model for a High-Tech Future" (2021) and researched figures. Every number carries its status (seed, reported or estimate) and its source.',
  licenceNote:
    'Figures are quoted from the sources listed for each value; estimates are marked as such and say how they were made. Check the original publication before reuse.',
  seedSourceId: 'apf_seed',
};
