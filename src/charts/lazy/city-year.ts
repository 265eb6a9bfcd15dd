import { lazyChart } from '../chart-loader';

/** The city-by-year line chart, in its own chunk (see chart-loader.ts); one module per chart, so a section loads only the charts it shows. */
export const CityYearChart = lazyChart(() => import('../city-year-chart').then((m) => m.CityYearChart));
