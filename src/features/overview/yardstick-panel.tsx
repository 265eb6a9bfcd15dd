import type { CityId, Currency, Observation } from '../../api/schemas';
import { ChartCard } from '../../ui/chart-card';
import { DataTable, type DataTableColumn } from '../../ui/data-table';
import { observationFooter } from '../../ui/observation-footer';
import { StatusBadge } from '../../ui/status-badge';
import { cityLabel } from '../../domain/cities';
import { comparisonYearText } from '../../domain/comparison';
import { formatQualifiedNumber, unitLabel } from '../../domain/format';
import type { YardstickRow } from '../../domain/yardstick';
import { toYardstickCsv } from './to-overview-csv';
import type { OverviewData } from './use-overview-data';

function ValueCell({ observation, row, leader }: { observation: Observation | undefined; row: YardstickRow; leader?: boolean }) {
  if (!observation) return <span className="missing">no value</span>;
  return (
    <>
      <span className={leader ? 'score-leader' : undefined}>{formatQualifiedNumber(observation, row.metric.decimals)}</span> <StatusBadge status={observation.status} />
    </>
  );
}

/** Every value the card shows: the cities' compared values and China's. */
export function yardstickValues(rows: readonly YardstickRow[]): Observation[] {
  return rows.flatMap((row) => [...row.comparison.cells.flatMap((c) => (c.observation ? [c.observation] : [])), ...(row.china ? [row.china] : [])]);
}

/** The yardstick table's columns (also the PowerPoint table's, through pptx-shaping.ts). */
export function yardstickColumns(cities: readonly CityId[], currency: Currency): DataTableColumn<YardstickRow>[] {
  const cityColumn = (city: CityId) => ({
    key: city,
    header: cityLabel(city),
    render: (row: YardstickRow) => {
      const cell = row.comparison.cells.find((c) => c.city === city);
      if (!row.comparison.comparable) return <span className="missing">{cell?.latestYear ? `latest ${cell.latestYear}` : 'no value'}</span>;
      return <ValueCell observation={cell?.observation} row={row} leader={row.comparison.leaders.includes(city)} />;
    },
    sortValue: (row: YardstickRow) => row.comparison.cells.find((c) => c.city === city)?.observation?.value,
    align: 'end' as const,
  });
  return [
    {
      key: 'measure',
      header: 'Measure',
      render: (r) => (
        <>
          {r.metric.label} <span className="score-category">· {unitLabel(r.metric, r.metric.valueKind === 'money' ? currency : undefined)}</span>
        </>
      ),
      sortValue: (r) => r.metric.label,
    },
    {
      key: 'year',
      header: 'Compared at',
      render: (r) => (r.comparison.outcome === 'noCommonYear' ? 'no common year' : comparisonYearText(r.comparison)),
      sortValue: (r) => r.comparison.year,
    },
    ...cities.map(cityColumn),
    {
      key: 'china',
      header: 'China (national)',
      render: (r) => (r.china ? <ValueCell observation={r.china} row={r} /> : <span className="missing">{r.chinaMissing}</span>),
      sortValue: (r) => r.china?.value,
      align: 'end',
    },
  ];
}

/**
 * China as the yardstick: R&D intensity and GDP per capita as they are, high-tech enterprises and
 * graduates per million residents, each city at the year they are compared at and China's national
 * figure for that same year beside them.
 */
export function YardstickPanel({ data }: { data: OverviewData }) {
  const { cities, reference, yardstick } = data;
  const shown = yardstickValues(yardstick);
  return (
    <ChartCard
      id="yardstick"
      title="China as the yardstick"
      subtitle={`Each measure at the year the cities are compared at, beside China's national figure for that year · ${data.years.from}–${data.years.to}`}
      definition="For measures with a national counterpart, the cities are compared by the same rule as the scorecard, and China's value from the National Bureau of Statistics' communiqués (or the bulletins it cites) is shown for the same year. Counts (high-tech enterprises, graduates) are per million residents of the same year, city and country alike; a count is never divided by a population of another boundary or definition."
      state={data.yardstickState}
      isEmpty={yardstick.length === 0}
      emptyMessage={data.hasCatalogue ? 'No measure in the catalogue has a national yardstick.' : 'The metric catalogue did not load; see the message at the top.'}
      description="Table of the measures that have a national counterpart: each city's value at the common year and China's value for the same year."
      table={() => (
        <DataTable
          caption="China as the yardstick"
          rows={yardstick}
          rowKey={(r) => r.metric.id}
          columns={yardstickColumns(cities, data.currency)}
        />
      )}
      csv={() => toYardstickCsv(yardstick, cities, data.csvLookups)}
      footer={() => observationFooter(shown, reference, { notes: data.rateNotesFor(shown) })}
    />
  );
}
