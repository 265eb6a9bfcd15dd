import { lazyChart } from '../../charts/chart-loader';

/** The Chips section's own Recharts charts, each in its own chunk (see charts/chart-loader.ts). */
export const CityGroupBarChart = lazyChart(() => import('./city-group-bar-chart').then((m) => m.CityGroupBarChart));
export const ShareBarChart = lazyChart(() => import('./share-bar-chart').then((m) => m.ShareBarChart));
