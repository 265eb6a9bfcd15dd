import type { CityId, MetricCategory } from '../../api/schemas';
import { METRIC_CATEGORIES, METRIC_CATEGORY_LABELS } from '../../api/vocabulary';
import { resolveSources } from '../../api/resources';
import { ChartCard } from '../../ui/chart-card';
import { DataTable } from '../../ui/data-table';
import { CITY_NAMES, cityLabel } from '../../domain/cities';
import { estimateShare, MAX_ESTIMATE_SHARE, type CityIndex } from '../../domain/composite';
import { COMPARE_MODE_LABELS } from '../../domain/comparison';
import { MAX_WEIGHT } from '../../view-state/search-params';
import { useSetView, useViewParam } from '../../view-state/use-view-state';
import { CompositeChart } from './charts';
import { leftOutNote, scoreText, type IndexRow } from './composite-text';
import { toCompositeCsv } from './to-overview-csv';
import type { OverviewData } from './use-overview-data';

/** "Chengdu's index rests on 45% estimates." for every city over the limit. */
function estimateWarnings(overall: Record<CityId, CityIndex>, cities: readonly CityId[]): string[] {
  return cities.flatMap((city) => {
    const share = estimateShare(overall[city]);
    return overall[city].score !== undefined && share > MAX_ESTIMATE_SHARE
      ? [`${CITY_NAMES[city].en}’s index rests on ${Math.round(share * 100)}% estimates (more than a third): read it as indicative only.`]
      : [];
  });
}

function WeightControls() {
  const w = useViewParam('w');
  const setView = useSetView();
  return (
    <fieldset className="weights">
      <legend>Weights</legend>
      {METRIC_CATEGORIES.map((category) => (
        <label key={category}>
          {METRIC_CATEGORY_LABELS[category]}
          <input
            type="number"
            min={0}
            max={MAX_WEIGHT}
            step={1}
            value={w[category]}
            onChange={(e) => {
              const weight = Math.round(Number(e.target.value));
              if (Number.isFinite(weight) && weight >= 0 && weight <= MAX_WEIGHT) setView({ w: { ...w, [category]: weight } as Record<MetricCategory, number> });
            }}
          />
        </label>
      ))}
    </fieldset>
  );
}


/** The composite index per category and overall, as grouped bars, with weights the analyst sets. */
export function CompositePanel({ data }: { data: OverviewData }) {
  const { cities, composite, reference } = data;
  const rows: IndexRow[] = composite
    ? [
        { key: 'overall', label: 'Overall', byCity: composite.overall },
        // A category with no metric compared in one year says so under its empty slot.
        ...composite.categories.map((c) => ({
          key: c.category,
          label: c.metricIds.length === 0 ? `${METRIC_CATEGORY_LABELS[c.category]} (none compared)` : METRIC_CATEGORY_LABELS[c.category],
          byCity: c.byCity,
        })),
      ]
    : [];
  const weightText = METRIC_CATEGORIES.map((c) => `${METRIC_CATEGORY_LABELS[c]} ${data.weights[c]}`).join(', ');

  return (
    <ChartCard
      id="composite"
      title="Composite index"
      subtitle={`0–100, the leader on each metric scores 100 · weights: ${weightText}`}
      definition="For each category, a city's index is the mean of its values relative to the leader (direction-aware: for lower-is-better metrics, the leader's value divided by the city's) over the metrics the scorecard ranks: by default, those every selected city reports for one common year (a metric one city lacks is left out for all, and listed). A city is scored in a category only with values for at least two thirds of its metrics, otherwise 'not enough data' (this bites when cities are compared each at its latest year). Cumulative counts, money lost on halted plants and neutral metrics stay out. Missing values are left out, never counted as zero. The overall index is the weighted mean of the categories a city is scored in."
      controls={<WeightControls />}
      state={data.state}
      isEmpty={rows.length === 0 || cities.length < 2}
      emptyMessage={cities.length < 2 ? 'Select at least two cities to compare.' : undefined}
      height={340}
      description={`Grouped bars of the composite index, overall and per category, for ${cities.map(cityLabel).join(', ')}, each with the number of metrics it covers.`}
      chart={() => <CompositeChart rows={rows} cities={cities} />}
      table={() => (
        <DataTable
          caption="Composite index"
          rows={rows}
          rowKey={(r) => r.key}
          columns={[
            { key: 'category', header: 'Index', render: (r) => r.label },
            ...cities.map((city) => ({ key: city, header: cityLabel(city), render: (r: IndexRow) => scoreText(r.byCity[city]), align: 'end' as const })),
          ]}
        />
      )}
      csv={() => toCompositeCsv(composite, data.scorecard, cities, data.weights, reference)}
      footer={() => ({
        sources: resolveSources(
          data.compared.map((o) => o.sourceId),
          data.reference.sourceById,
        ),
        years: `${data.years.from}–${data.years.to}`,
        asOf: reference.meta.data?.asOf,
        statuses: [],
        notes: [
          `Built from the scorecard’s metrics compared at ${data.compare === 'sameYear' ? 'one year for every city' : 'each city’s latest year (years may differ by one)'} (${COMPARE_MODE_LABELS[data.compare]}); each value keeps its own status there.`,
          ...(composite ? estimateWarnings(composite.overall, cities) : []),
          ...(composite
            ? cities.flatMap((city) => {
                const left = composite.overall[city].categoriesLeftOut;
                return left.length > 0 ? [`${CITY_NAMES[city].en}: not enough data in ${left.map((c) => METRIC_CATEGORY_LABELS[c]).join(', ')}, so the overall index leaves it out.`] : [];
              })
            : []),
          ...(composite ? [leftOutNote(composite.excluded, (id) => reference.metricById.get(id)?.label ?? id)].filter((note) => note !== undefined) : []),
        ],
      })}
    />
  );
}
