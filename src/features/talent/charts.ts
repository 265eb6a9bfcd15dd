import { lazyChart } from '../../charts/chart-loader';

/** The Talent section's own Recharts charts, each in its own chunk (see charts/chart-loader.ts). */
export const UniversityBarChart = lazyChart(() => import('./university-bar-chart').then((m) => m.UniversityBarChart));
export const LatestComparisonChart = lazyChart(() => import('./latest-comparison-chart').then((m) => m.LatestComparisonChart));
