import { MetricTrendPanel } from '../../panels/metric-trend-panel';

export function TalentPage() {
  return (
    <div className="card-grid">
      <MetricTrendPanel metricId="tal_students" />
      <MetricTrendPanel metricId="tal_rd_intensity" />
    </div>
  );
}
