import { MetricTrendPanel } from '../../panels/metric-trend-panel';

export function OverviewPage() {
  return (
    <div className="card-grid">
      <MetricTrendPanel metricId="ctx_gdp" />
      <MetricTrendPanel metricId="ctx_population" />
    </div>
  );
}
