import { resolveSources } from '../../api/resources';
import { ChartCard } from '../../ui/chart-card';
import { toInsightsCsv } from './to-overview-csv';
import type { OverviewData } from './use-overview-data';

/** Three to six sentences computed from the scorecard; none is hand-written. */
export function InsightsPanel({ data }: { data: OverviewData }) {
  return (
    <ChartCard
      id="insights"
      title="What the data says"
      subtitle={`Computed from the scorecard for ${data.years.from}–${data.years.to}; see it below for every value`}
      state={data.state}
      isEmpty={data.insights.length === 0}
      emptyMessage={data.cities.length < 2 ? 'Select at least two cities to compare.' : 'Too few comparable figures for a finding.'}
      height="auto"
      description="Sentences computed from the data: who leads on what, by how much, and in which year."
      table={() => (
        <ul className="insights">
          {data.insights.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
      csv={() => toInsightsCsv(data.insights, data.scorecard, data.observations, data.cities, data.reference.sourceById)}
      footer={() => ({
        sources: resolveSources(
          data.compared.map((o) => o.sourceId),
          data.reference.sourceById,
        ),
        years: `${data.years.from}–${data.years.to}`,
        asOf: data.reference.meta.data?.asOf,
        statuses: [],
        notes: data.rateNotesFor(data.compared),
      })}
    />
  );
}
