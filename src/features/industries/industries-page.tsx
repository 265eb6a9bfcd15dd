import { MetricTrendPanel } from '../../panels/metric-trend-panel';
import { useFocusedCard } from '../../view-state/use-view-state';
import { IndustryOutputPanel } from './industry-output-panel';
import { PillarCardsPanel } from './pillar-cards-panel';
import './industries.css';

/** Industry-output metrics with a series (two or more years for at least two places). */
const TREND_METRICS = ['ind_software_rev', 'ind_einfo_scale', 'ind_hitech_firms'] as const;

export function IndustriesPage() {
  // A card shown alone (a slide) stands without the section's headings around it.
  const alone = useFocusedCard() !== null;
  return (
    <>
      <div className="card-grid card-grid--wide">
        <PillarCardsPanel />
        <IndustryOutputPanel />
      </div>
      {alone ? null : <h2 className="industries-subheading">Industry output over time</h2>}
      <div className="card-grid">
        {TREND_METRICS.map((id) => (
          <MetricTrendPanel key={id} metricId={id} />
        ))}
      </div>
    </>
  );
}

// The shaping the PowerPoint export uses, loaded with this page (pptx-shaping.ts says why).
export * from './pptx-shaping';
