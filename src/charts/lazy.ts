import { lazyChart } from './chart-loader';

/*
 * The charts shared by several sections, each in its own chunk with Recharts (see chart-loader.ts).
 * Import charts from here, never from their modules: lint refuses a static import of a `*-chart`
 * module outside src/charts.
 */

export const CityYearChart = lazyChart(() => import('./city-year-chart').then((m) => m.CityYearChart));
export const CityCountChart = lazyChart(() => import('./city-count-chart').then((m) => m.CityCountChart));
