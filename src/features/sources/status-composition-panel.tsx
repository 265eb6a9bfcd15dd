import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { useCityObservations, useReferenceData } from '../../api/resources';
import { ChartCard } from '../../ui/chart-card';
import { observationFooter } from '../../ui/observation-footer';
import type { CityCountRow } from '../../charts/city-count-chart';
import { CityCountChart } from '../../charts/lazy/city-count';
import { DataTable } from '../../ui/data-table';
import { cityLabel } from '../../domain/cities';
import { formatYearSpan } from '../../domain/format';
import { useSelectedCities } from '../../view-state/use-view-state';
import { toStatusCountsCsv } from './to-sources-csv';
import { toStatusCounts } from './to-status-counts';

/** How much of each city's data is reported, from the seed article, or estimated. */
export function StatusCompositionPanel() {
  const [cities] = useSelectedCities();
  const reference = useReferenceData();
  const observations = useCityObservations(cities);
  const cityRows = useMemo(() => observations.data ?? [], [observations.data]);
  const counts = useMemo(() => toStatusCounts(cityRows, cities), [cityRows, cities]);
  const years = formatYearSpan(cityRows.map((o) => o.year));

  return (
    <ChartCard
      id="status-composition"
      title="What the figures are made of"
      subtitle={`Number of values per city by status, ${years || 'no years'}`}
      definition="Reported: from a named, published source. Seed article: as written in the article that started Hubscope (APF Canada, 2021). Estimate: general knowledge not yet checked, interpolated, or derived; each says how it was made."
      state={panelState([observations], [reference.sources, reference.meta])}
      isEmpty={cityRows.length === 0}
      height={300}
      description={`Grouped bar chart of how many values for ${cities.map(cityLabel).join(', ')} are reported, from the seed article, or estimates.`}
      chart={() => <CityCountChart rows={counts} cities={cities} />}
      table={() => (
        <DataTable
          caption="Values by status"
          rows={counts}
          rowKey={(r) => r.key}
          columns={[
            { key: 'status', header: 'Status', render: (r) => r.label },
            ...cities.map((city) => ({
              key: city,
              header: cityLabel(city),
              render: (r: CityCountRow) => r.counts[city],
              align: 'end' as const,
            })),
          ]}
        />
      )}
      csv={() => toStatusCountsCsv(counts, cities, { years, datasetVersion: reference.meta.data?.datasetVersion })}
      footer={() =>
        observationFooter(cityRows, reference, {
          years,
        })
      }
    />
  );
}
