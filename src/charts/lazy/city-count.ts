import { lazyChart } from '../chart-loader';

/** The stacked city-count bar chart, in its own chunk (see chart-loader.ts); one module per chart, so a section loads only the charts it shows. */
export const CityCountChart = lazyChart(() => import('../city-count-chart').then((m) => m.CityCountChart));
