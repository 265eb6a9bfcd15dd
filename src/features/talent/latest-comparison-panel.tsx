import type { CityId, Observation } from '../../api/schemas';
import { STATUSES } from '../../api/vocabulary';
import { resolveSources } from '../../api/resources';
import { ChartCard } from '../../ui/chart-card';
import { DataTable } from '../../ui/data-table';
import { StatusBadge } from '../../ui/status-badge';
import { StatusLegend } from '../../charts/status-marks';
import { cityLabel } from '../../domain/cities';
import { formatValue, formatYearSpan } from '../../domain/format';
import { NORMALISATION_PHRASES } from '../../domain/normalisations';
import { distinct } from '../../domain/series';
import { useSelectedCities, useViewState } from '../../view-state/use-view-state';
import { LatestComparisonChart } from './charts';
import { verdictText, type ComparisonRow } from './to-latest-comparison';
import { toLatestComparisonCsv } from './to-talent-csv';
import { useLatestComparison } from './use-latest-comparison';

/** The talent race, one measure per row; overseas experts and residence permits are different measures, kept apart. */
export const TALENT_RACE_METRICS = [
  'tal_heis',
  'tal_students',
  'tal_postgrads',
  'tal_graduates',
  'tal_grads_staying',
  'tal_rd_intensity',
  'tal_overseas_experts',
  'tal_foreign_pr',
] as const;

export const ROW_NOTES: Record<string, string> = {
  tal_overseas_experts: "Wuhan's figure (the seed's \"about 300\") counts leading overseas experts in the city.",
  tal_foreign_pr: "A different measure: cumulative permanent-residence permits for overseas talent since 2004 (Chengdu's 181); not comparable with leading overseas experts.",
};

/** Every value the card shows: the ones compared, and each city's latest where there is no common year. */
function cellsOf(rows: readonly ComparisonRow[]): Observation[] {
  return rows.flatMap((r) => (r.ok ? Object.values(Object.keys(r.cells).length > 0 ? r.cells : r.latest) : []));
}

export function LatestComparisonPanel() {
  const [cities] = useSelectedCities();
  const [{ norm, from, to, compare }] = useViewState();
  const { state, reference, rows } = useLatestComparison(TALENT_RACE_METRICS, cities);
  const shown = cellsOf(rows);
  const statuses = STATUSES.filter((s) => shown.some((o) => o.status === s));
  const years = formatYearSpan(shown.map((o) => o.year));
  const cityColumn = (city: CityId) => ({
    key: city,
    header: cityLabel(city),
    render: (row: ComparisonRow) => {
      if (!row.ok) return <span className="missing">—</span>;
      const obs = row.cells[city];
      const latest = row.latest[city];
      if (!obs && latest)
        return (
          <span className="missing">
            not compared; latest {formatValue(latest, row.metric)} ({latest.year}) <StatusBadge status={latest.status} />
          </span>
        );
      if (!obs) return <span className="missing">no figure</span>;
      return (
        <>
          {formatValue(obs, row.metric)} ({obs.year}) <StatusBadge status={obs.status} />
        </>
      );
    },
    sortValue: (row: ComparisonRow) => (row.ok ? row.cells[city]?.value : undefined),
    align: 'end' as const,
  });

  return (
    <ChartCard
      id="talent-latest"
      title="Talent race"
      subtitle={`${compare === 'sameYear' ? 'Each measure at the latest year every city has' : 'Each city’s latest value, years may differ'}, ${from}–${to}${norm === 'absolute' ? '' : `, ${NORMALISATION_PHRASES[norm]} where the measure allows it`} · ${cities.map(cityLabel).join(', ')}`}
      definition="For each measure, the cities are compared at the latest year in the selected range in which every selected city has a whole-city value, and the year is named. Where there is no such year the measure says so, with each city's latest year, and ranks nobody. 'Latest for each city' (Compare at) compares each city's latest value instead, ranking only when the years are at most one apart. Ranges and 'at least' figures count by their stated lower bound. Each measure has its own scale."
      state={state}
      isEmpty={shown.length === 0 && rows.every((r) => r.ok)}
      emptyMessage={`No talent figures for the selected cities between ${from} and ${to}.`}
      height={560}
      description={`Small bar charts, one per talent measure, comparing each city's latest value for ${cities.map(cityLabel).join(', ')}.`}
      chart={() => (
        <>
          <LatestComparisonChart rows={rows} cities={cities} notes={ROW_NOTES} />
          <StatusLegend statuses={statuses} marks="bars" />
        </>
      )}
      table={() => (
        <DataTable
          caption="Talent race"
          rows={rows}
          rowKey={(r) => r.metricId}
          columns={[
            {
              key: 'measure',
              header: 'Measure',
              render: (r) => (r.ok ? `${r.metric.label}${ROW_NOTES[r.metricId] && r.metricId === 'tal_foreign_pr' ? ' (different measure)' : ''}` : r.label),
            },
            ...cities.map(cityColumn),
            { key: 'verdict', header: 'Who leads', render: (r) => (r.ok ? verdictText(r.verdict, cityLabel) : r.reason) },
          ]}
        />
      )}
      csv={() => toLatestComparisonCsv(rows, cities, norm, { ...reference, cityName: cityLabel }, ROW_NOTES)}
      footer={() => ({
        sources: resolveSources(shown.map((o) => o.sourceId), reference.sourceById),
        years,
        asOf: reference.meta.data?.asOf,
        statuses,
        notes: [
          ...distinct(rows.flatMap((r) => (r.ok ? r.notes : []))),
          ...distinct(rows.flatMap((r) => (r.ok ? [] : [`${r.label}: ${r.reason}`]))),
          'Zone-level figures (e.g. the Chengdu Hi-tech Zone) are not city totals and are left out here; see Sources & data.',
        ],
      })}
    />
  );
}
