import { MetricTrendPanel } from '../../panels/metric-trend-panel';
import { CompositePanel } from './composite-panel';
import { HeadlinePanel } from './headline-panel';
import { InsightsPanel } from './insights-panel';
import { ScorecardPanel } from './scorecard-panel';
import { useOverviewData } from './use-overview-data';
import { YardstickPanel } from './yardstick-panel';
import './overview.css';

export function OverviewPage() {
  const data = useOverviewData();
  return (
    <div className="overview">
      <div className="card-grid card-grid--wide">
        <HeadlinePanel data={data} />
      </div>
      <div className="card-grid">
        <InsightsPanel data={data} />
        <CompositePanel data={data} />
      </div>
      <div className="card-grid card-grid--wide">
        <ScorecardPanel data={data} />
      </div>
      <div className="card-grid card-grid--wide">
        <YardstickPanel data={data} />
      </div>
      <div className="card-grid">
        <MetricTrendPanel metricId="ctx_gdp" />
        <MetricTrendPanel metricId="ctx_gdp_growth" />
        <MetricTrendPanel metricId="ctx_population" />
        <MetricTrendPanel metricId="ctx_gdp_pc" />
      </div>
    </div>
  );
}

// The shaping the PowerPoint export uses, loaded with this page (pptx-shaping.ts says why).
export * from './pptx-shaping';
