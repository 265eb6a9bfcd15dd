import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useFabs, useReferenceData } from '../../api/resources';
import type { Fab, Figure } from '../../api/schemas';
import { STATUSES } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { CityCountChart } from '../../charts/lazy/city-count';
import { DataTable, type DataTableColumn } from '../../ui/data-table';
import { StatusBadge } from '../../ui/status-badge';
import { cityLabel } from '../../domain/cities';
import { formatMoneyFigure, formatQualifiedNumber } from '../../domain/format';
import { useSelectedCities } from '../../view-state/use-view-state';
import { fabYears, figuresOf } from './fab-figures';
import { PLANT_IDENTITY_COLUMNS } from './plant-columns';
import { toPlantsCsv } from './to-chips-csv';
import { toFabStatusRows } from './to-fab-rows';

function FigureCell({ figure, format }: { figure: Figure | undefined; format: (figure: Figure) => string }) {
  if (!figure) return <span className="missing">not stated</span>;
  return (
    <>
      {format(figure)} ({figure.year}) <StatusBadge status={figure.status} />
    </>
  );
}

/** The plants table's columns (also the PowerPoint table's, through pptx-shaping.ts). */
export const PLANTS_COLUMNS: DataTableColumn<Fab>[] = [
  ...PLANT_IDENTITY_COLUMNS,
  { key: 'company', header: 'Company', render: (f) => f.company, sortValue: (f) => f.company },
  { key: 'product', header: 'Product', render: (f) => f.product },
  { key: 'node', header: 'Node or layers', render: (f) => f.nodeOrLayers ?? <span className="missing">not stated</span> },
  { key: 'wafer', header: 'Wafer', render: (f) => (f.waferSizeMm ? `${f.waferSizeMm} mm` : '—'), align: 'end' },
  {
    key: 'capacity',
    header: 'Capacity, wafers/month',
    render: (f) => <FigureCell figure={f.capacityWpm} format={(c) => formatQualifiedNumber(c, 0)} />,
    sortValue: (f) => f.capacityWpm?.value,
    align: 'end',
  },
  {
    key: 'investment',
    header: 'Investment, as stated',
    render: (f) => (
      <FigureCell
        figure={f.investment}
        format={(i) => `${formatMoneyFigure(i)}${i.valueText ? `, as written: “${i.valueText}”` : ''}`}
      />
    ),
  },
  { key: 'note', header: 'Note', render: (f) => [f.statusNote, f.note].filter(Boolean).join(' ') },
];

/** Every known plant by city, facility type and status: counts as a chart, each plant in the table. */
export function PlantsPanel() {
  const [cities] = useSelectedCities();
  const fabs = useFabs();
  const reference = useReferenceData();
  const selected = useMemo(() => (fabs.data ?? []).filter((f) => cities.includes(f.cityId)), [fabs.data, cities]);
  const rows = useMemo(() => toFabStatusRows(selected, cities), [selected, cities]);
  const places = cities.map(cityLabel).join(', ');

  return (
    <ChartCard
      id="plants"
      title="Chip plants by status"
      subtitle={`Number of front-end fabs, assembly/test and materials plants, latest known status · ${places}`}
      definition="Every known semiconductor plant in the city: front-end wafer fabs, assembly and test plants, and materials (silicon wafer) plants, by their latest known status. Halted means construction or production stopped; cancelled means the project was scrapped; planned includes plants under construction."
      state={panelState([fabs], [reference.sources, reference.meta])}
      isEmpty={selected.length === 0}
      // An empty list from the API is missing data; no plant in the selected cities is a finding.
      emptyMessage={(fabs.data ?? []).length === 0 ? undefined : 'No chip plant is known for the selected cities: a true zero in this dataset, not missing data.'}
      description={`Grouped bar chart: for each plant status, the number of chip plants in ${places}. The table lists every plant.`}
      chart={() => <CityCountChart rows={rows} cities={cities} />}
      table={() => (
        <DataTable
          caption="Chip plants"
          rows={selected}
          rowKey={(f: Fab) => f.id}
          columns={PLANTS_COLUMNS}
        />
      )}
      csv={() => toPlantsCsv(selected, reference.sourceById)}
      footer={() => ({
        sources: resolveSources(
          selected.flatMap((f) => f.sourceIds),
          reference.sourceById,
        ),
        years: fabYears(selected),
        asOf: reference.meta.data?.asOf,
        statuses: STATUSES.filter((s) => selected.some((f) => figuresOf(f).some((fig) => fig.status === s))),
        notes: [
          'Counts are of known plants; a zero is a finding, not missing data.',
          'Capacity of halted, cancelled and planned plants is what was planned; they make no wafers.',
        ],
      })}
    />
  );
}
