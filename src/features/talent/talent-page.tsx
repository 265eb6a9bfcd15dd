import { MetricTrendPanel } from '../../panels/metric-trend-panel';
import { useFocusedCard } from '../../view-state/use-view-state';
import { LatestComparisonPanel } from './latest-comparison-panel';
import { RetentionPanel } from './retention-panel';
import './talent.css';

/** Talent series: students and postgraduates (counted apart), graduates, graduates who stay, R&D, institutions. */
const TREND_METRICS = ['tal_students', 'tal_postgrads', 'tal_graduates', 'tal_grads_staying', 'tal_rd_intensity', 'tal_rd_spend', 'tal_heis'] as const;

export function TalentPage() {
  // A card shown alone (a slide) stands without the section's headings around it.
  const alone = useFocusedCard() !== null;
  return (
    <>
      <div className="card-grid card-grid--wide">
        <LatestComparisonPanel />
      </div>
      {alone ? null : <h2 className="talent-subheading">Over time, and retention by university</h2>}
      <div className="card-grid">
        {TREND_METRICS.map((id) => (
          <MetricTrendPanel key={id} metricId={id} />
        ))}
        <RetentionPanel />
      </div>
    </>
  );
}

// The shaping the PowerPoint export uses, loaded with this page (pptx-shaping.ts says why).
export * from './pptx-shaping';
