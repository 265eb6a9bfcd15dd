import type { CityId, Metric, Observation } from '../../api/schemas';
import { ChartCard } from '../../ui/chart-card';
import { observationFooter } from '../../ui/observation-footer';
import { DataTable, type DataTableColumn } from '../../ui/data-table';
import { StatusBadge } from '../../ui/status-badge';
import { cityLabel } from '../../domain/cities';
import { formatValue } from '../../domain/format';
import { CITY_COLOURS } from '../../domain/palette';
import { comparisonYearText, type Comparison } from '../../domain/comparison';
import { latestValue } from '../../domain/series';
import { toHeadlineCsv } from './to-overview-csv';
import type { OverviewData } from './use-overview-data';

/** The headline metrics' cells: each city's compared value, or its latest where the metric is not compared. */
export function headlineCells(metrics: readonly Metric[], scorecard: readonly Comparison[], observations: readonly Observation[], cities: readonly CityId[]) {
  const rowById = new Map(scorecard.map((row) => [row.metric.id, row]));
  const headline = metrics.filter((m) => m.headline);
  return headline.map((metric) => {
    const row = rowById.get(metric.id);
    const compared = row?.comparable === true;
    return {
      metric,
      yearText: row ? comparisonYearText(row) : '—',
      // In a city's own column its year is beside the value, so the label only says whether it is compared.
      shortYearText: !row ? '' : compared && row.outcome !== 'latestEach' ? comparisonYearText(row) : compared ? 'latest for each city' : 'no common year: not compared',
      compared,
      byCity: Object.fromEntries(
        cities.map((city) => [city, compared ? row?.cells.find((c) => c.city === city)?.observation : latestValue(observations, metric.id, city)]),
      ) as Record<string, Observation | undefined>,
    };
  });
}

type HeadlineCell = ReturnType<typeof headlineCells>[number];

/** A city's value in a headline cell, with its year and status. */
function headlineValueCell(cells: readonly HeadlineCell[]) {
  return (metricIndex: number, city: string) => {
    const cell = cells[metricIndex];
    const obs = cell?.byCity[city];
    if (!cell || !obs) return <span className="missing">no figure in these years</span>;
    if (!cell.compared)
      return (
        <span className="headline-uncompared">
          <span className="headline-value">{formatValue(obs, cell.metric)}</span> <span className="headline-year">{obs.year}</span>{' '}
          <StatusBadge status={obs.status} />
        </span>
      );
    return (
      <>
        <span className="headline-value">{formatValue(obs, cell.metric)}</span> <span className="headline-year">{obs.year}</span>{' '}
        <StatusBadge status={obs.status} />
      </>
    );
  };
}

export const headlineRows = (cells: readonly HeadlineCell[]) => cells.map((cell, index) => ({ ...cell, index }));

/** The headline table's columns (also the PowerPoint table's, through pptx-shaping.ts). */
export function headlineColumns(cells: readonly HeadlineCell[], cities: readonly CityId[]): DataTableColumn<HeadlineCell & { index: number }>[] {
  const valueCell = headlineValueCell(cells);
  return [
    { key: 'metric', header: 'Metric', render: (row) => row.metric.label },
    { key: 'year', header: 'Compared at', render: (row) => row.yearText },
    ...cities.map((city) => ({ key: city, header: cityLabel(city), render: (row: { index: number }) => valueCell(row.index, city) })),
  ];
}

/**
 * The headline metrics, each compared by the one comparison engine: by default every city at the
 * latest year all of them have (named per metric); with no such year, each city's latest value is
 * shown as not compared.
 */
export function HeadlinePanel({ data }: { data: OverviewData }) {
  const { cities, reference, observations, scorecard } = data;
  const cells = headlineCells(reference.metrics.data ?? [], scorecard, observations, cities);
  const shown = cells.flatMap((c) => Object.values(c.byCity).filter((o): o is Observation => o !== undefined));

  const valueCell = headlineValueCell(cells);

  return (
    <ChartCard
      id="headline"
      title="Headline figures"
      subtitle={
        data.compare === 'sameYear'
          ? `Each metric at the latest year between ${data.years.from} and ${data.years.to} that every selected city has`
          : `Each city’s latest figure between ${data.years.from} and ${data.years.to}; years can differ between cities`
      }
      state={data.state}
      isEmpty={cells.length === 0 || shown.length === 0}
      emptyMessage={data.hasCatalogue ? undefined : 'The metric catalogue did not load; see the message at the top.'}
      description="For each selected city, its latest GDP, population, headline industry output, college students, R&D intensity and operating chip capacity, each with year and status."
      chart={() => (
        <div className="headline-grid">
          {cities.map((city) => (
            <section key={city} className="headline-city" style={{ borderTopColor: CITY_COLOURS[city] }} aria-label={cityLabel(city)}>
              <h3>{cityLabel(city)}</h3>
              <dl>
                {cells.map((cell, index) => (
                  <div key={cell.metric.id}>
                    <dt>
                      {cell.metric.label} <span className={cell.compared ? 'headline-compared-at' : 'headline-compared-at headline-compared-at--not'}>· {cell.shortYearText}</span>
                    </dt>
                    <dd>{valueCell(index, city)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      )}
      table={() => (
        <DataTable
          caption="Headline figures by city"
          rows={headlineRows(cells)}
          rowKey={(row) => row.metric.id}
          columns={headlineColumns(cells, cities)}
        />
      )}
      height="auto"
      loadingShape={() => (
        <div className="headline-grid">
          {cities.map((city) => (
            <div key={city} className="skeleton-box headline-city--loading" />
          ))}
        </div>
      )}
      csv={() => toHeadlineCsv(cells, cities, data.csvLookups)}
      footer={() =>
        observationFooter(shown, reference, {
          notes: data.rateNotesFor(shown),
        })
      }
    />
  );
}
