import type { CityId } from '../../api/schemas';
import { METRIC_CATEGORY_LABELS } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { observationFooter } from '../../ui/observation-footer';
import { DataTable, type DataTableColumn } from '../../ui/data-table';
import { StatusBadge } from '../../ui/status-badge';
import { cityLabel } from '../../domain/cities';
import { formatValue, formatYearSpan } from '../../domain/format';
import { comparisonYearText, type Comparison } from '../../domain/comparison';
import { scoreGapText } from './score-gap';
import { toScorecardCsv } from './to-overview-csv';
import type { OverviewData } from './use-overview-data';

function ScoreCellView({ row, city }: { row: Comparison; city: CityId }) {
  const cell = row.cells.find((c) => c.city === city);
  if (!row.comparable) return cell?.latestYear !== undefined ? <span className="missing">latest {cell.latestYear}</span> : null;
  if (!cell?.observation) return <span className="missing">no value</span>;
  const gap =
    cell.rank === undefined
      ? ''
      : cell.rank === 1 && row.leaders.length === 1
        ? 'leader'
        : cell.rank === 1
          ? 'tied first'
          : [`#${cell.rank}`, scoreGapText(cell, row.metric)].filter(Boolean).join(', ');
  return (
    <>
      <span className={cell.rank === 1 ? 'score-leader' : undefined}>{formatValue(cell.observation, row.metric)}</span>
      {gap ? <span className="score-gap"> {gap}</span> : null}
      {cell.offYear ? <span className="score-flag"> ({cell.observation.year}, years differ)</span> : null}{' '}
      <StatusBadge status={cell.observation.status} />
    </>
  );
}

/** The table's rows: comparable metrics first, then those that cannot be compared. */
export const scorecardRows = (scorecard: readonly Comparison[]) => [...scorecard.filter((r) => r.comparable), ...scorecard.filter((r) => !r.comparable)];

/** The scorecard table's columns (also the PowerPoint table's, through pptx-shaping.ts). */
export function scorecardColumns(cities: readonly CityId[]): DataTableColumn<Comparison>[] {
  return [
    {
      key: 'metric',
      header: 'Metric',
      render: (r) => (
        <>
          {r.metric.label}
          <span className="score-category"> · {METRIC_CATEGORY_LABELS[r.metric.category]}</span>
        </>
      ),
      sortValue: (r) => r.metric.label,
    },
    { key: 'year', header: 'Compared at', render: (r) => comparisonYearText(r), sortValue: (r) => r.year },
    ...cities.map((city) => ({
      key: city,
      header: cityLabel(city),
      render: (r: Comparison) => <ScoreCellView row={r} city={city} />,
      sortValue: (r: Comparison) => r.cells.find((c) => c.city === city)?.rank,
    })),
    { key: 'note', header: 'Note', render: (r) => r.reason ?? '' },
  ];
}

/**
 * For each metric, each city's value, rank and gap to the leader, compared by the one comparison
 * engine (every city in one year by default, each city's latest on request, flagged); a metric
 * that cannot be compared says why.
 */
export function ScorecardPanel({ data }: { data: OverviewData }) {
  const { cities, reference, scorecard } = data;
  const comparable = scorecard.filter((r) => r.comparable);
  const shown = data.compared;
  const rows = scorecardRows(scorecard);

  return (
    <ChartCard
      id="scorecard"
      title="Scorecard"
      subtitle={`${comparable.length} comparable metrics of ${scorecard.length}, ${data.years.from}–${data.years.to} · ${data.compare === 'sameYear' ? 'each at the latest year every city has' : 'each city’s latest year, flagged where they differ'} · rank and gap to the leader`}
      definition="By default a metric is compared at the latest year in the selected range in which every selected city has a whole-city figure; with no such year it says 'no common year' and shows each city's latest year, unranked. 'Latest for each city' (Compare at) compares each city's latest figure instead, ranking only when the years are at most one apart (flagged). Zone, province, national and company figures are never compared with city totals. Ranks follow each metric's better direction; neutral metrics are shown without a rank."
      state={data.state}
      isEmpty={scorecard.length === 0}
      emptyMessage={data.hasCatalogue ? undefined : 'The metric catalogue did not load; see the message at the top.'}
      description="Table of every metric with each city's value, rank and gap to the leader, or the reason it cannot be compared."
      table={() => (
        <DataTable
          caption="Scorecard"
          rows={rows}
          rowKey={(r) => r.metric.id}
          maxHeight={560}
          columns={scorecardColumns(cities)}
        />
      )}
      csv={() => toScorecardCsv(scorecard, data.csvLookups)}
      footer={() =>
        observationFooter(shown, reference, {
          years: formatYearSpan(comparable.flatMap((r) => (r.year ? [r.year] : []))),
          notes: data.rateNotesFor(shown),
        })
      }
    />
  );
}
