import { lazyChart } from '../../charts/chart-loader';

/** The Industries section's own Recharts chart, in its own chunk (see charts/chart-loader.ts). */
export const IndustryOutputChart = lazyChart(() => import('./industry-output-chart').then((m) => m.IndustryOutputChart));
