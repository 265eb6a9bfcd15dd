import type { Observation } from '../../../src/api/schemas';
import { chipsObservations } from './chips';
import { contextObservations } from './context';
import { nationalObservations } from './national';
import { officialObservations } from '../official';
import { pillarObservations } from './pillar';
import { talentObservations } from './talent';

export const observations: Observation[] = [
  ...contextObservations,
  ...pillarObservations,
  ...talentObservations,
  ...chipsObservations,
  ...nationalObservations,
  ...officialObservations,
];
