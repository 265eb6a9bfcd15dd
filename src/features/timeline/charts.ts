import { lazyChart } from '../../charts/chart-loader';

/** The Timeline's own Recharts chart, in its own chunk (see charts/chart-loader.ts). */
export const EventTimelineChart = lazyChart(() => import('./event-timeline-chart').then((m) => m.EventTimelineChart));
