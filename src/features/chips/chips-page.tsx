import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useFabs, useReferenceData } from '../../api/resources';
import { FACILITY_TYPE_LABELS, FAB_STATUS_LABELS, STATUSES, type Fab, type Figure } from '../../api/schemas';
import { ChartCard } from '../../components/chart-card';
import { DataTable } from '../../components/data-table';
import { cityLabel } from '../../domain/cities';
import { formatMoneyFigure, formatQualifiedNumber } from '../../domain/format';
import { useSelectedCities } from '../../view-state/use-view-state';
import { CityCountChart } from '../../components/city-count-chart';
import { toFabStatusRows } from './to-fab-rows';

const figureStatuses = (fab: Fab): Figure[] => [fab.capacityWpm, fab.investment].filter((f): f is Figure => f !== undefined);

export function ChipsPage() {
  const [cities] = useSelectedCities();
  const fabs = useFabs();
  const reference = useReferenceData();
  const selected = useMemo(() => (fabs.data ?? []).filter((f) => cities.includes(f.cityId)), [fabs.data, cities]);
  const rows = useMemo(() => toFabStatusRows(selected, cities), [selected, cities]);
  const dates = selected.flatMap((f) => [f.announced, f.started, f.ended]).filter((d): d is string => d !== undefined);
  const years = dates.length > 0 ? `${dates.map((d) => d.slice(0, 4)).sort()[0]}–${dates.map((d) => d.slice(0, 4)).sort().at(-1)}` : '';

  return (
    <div className="card-grid card-grid--wide">
      <ChartCard
        title="Chip plants by status"
        subtitle={`Number of front-end fabs, assembly/test and materials plants · ${cities.map(cityLabel).join(', ')}`}
        definition="Every known semiconductor plant in the city: front-end wafer fabs, assembly and test plants, and materials (silicon wafer) plants, by their latest known status. Halted means construction or production stopped; cancelled means the project was scrapped."
        state={panelState([fabs], [reference.sources, reference.meta])}
        isEmpty={selected.length === 0}
        description={`Grouped bar chart: for each plant status, the number of chip plants in ${cities.map(cityLabel).join(', ')}. The table lists every plant.`}
        chart={() => <CityCountChart rows={rows} cities={cities} />}
        table={() => (
          <DataTable
            caption="Chip plants"
            rows={selected}
            rowKey={(f) => f.id}
            columns={[
              { key: 'name', header: 'Plant', render: (f) => f.name, sortValue: (f) => f.name },
              { key: 'city', header: 'City', render: (f) => cityLabel(f.cityId), sortValue: (f) => f.cityId },
              { key: 'type', header: 'Type', render: (f) => FACILITY_TYPE_LABELS[f.facilityType], sortValue: (f) => f.facilityType },
              { key: 'product', header: 'Product', render: (f) => [f.product, f.nodeOrLayers].filter(Boolean).join(', ') },
              { key: 'wafer', header: 'Wafer', render: (f) => (f.waferSizeMm ? `${f.waferSizeMm} mm` : '—'), align: 'end' },
              {
                key: 'capacity',
                header: 'Capacity, wafers/month',
                render: (f) => (f.capacityWpm ? `${formatQualifiedNumber(f.capacityWpm, 0)} (${f.capacityWpm.year})` : '—'),
                sortValue: (f) => f.capacityWpm?.value,
                align: 'end',
              },
              { key: 'status', header: 'Status', render: (f) => FAB_STATUS_LABELS[f.status], sortValue: (f) => f.status },
              {
                key: 'investment',
                header: 'Investment',
                render: (f) =>
                  f.investment
                    ? `${formatMoneyFigure(f.investment)} (${f.investment.year})${f.investment.valueText ? `, as written: “${f.investment.valueText}”` : ''}`
                    : '—',
              },
              { key: 'note', header: 'Note', render: (f) => [f.statusNote, f.note].filter(Boolean).join(' ') },
            ]}
          />
        )}
        footer={() => ({
          sources: resolveSources(
            selected.flatMap((f) => f.sourceIds),
            reference.sourceById,
          ),
          years,
          asOf: reference.meta.data?.asOf,
          statuses: STATUSES.filter((s) => selected.some((f) => figureStatuses(f).some((fig) => fig.status === s))),
          notes: ['Counts are of known plants; a zero is a finding, not missing data.'],
        })}
      />
    </div>
  );
}
