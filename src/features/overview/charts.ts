import { lazyChart } from '../../charts/chart-loader';

/** The Overview's own Recharts chart, in its own chunk (see charts/chart-loader.ts). */
export const CompositeChart = lazyChart(() => import('./composite-chart').then((m) => m.CompositeChart));
