import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useFabs, useReferenceData } from '../../api/resources';
import type { Fab } from '../../api/schemas';
import { STATUSES } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { DataTable, type DataTableColumn } from '../../ui/data-table';
import { StatusBadge } from '../../ui/status-badge';
import { cityLabel } from '../../domain/cities';
import { formatQualifiedNumber } from '../../domain/format';
import { useSelectedCities } from '../../view-state/use-view-state';
import { fabYears, figuresOf } from './fab-figures';
import { PLANT_IDENTITY_COLUMNS } from './plant-columns';
import { toPlantsCsv } from './to-chips-csv';

/** The table's columns (also the PowerPoint table's, through pptx-shaping.ts). */
export const OTHER_PLANTS_COLUMNS: DataTableColumn<Fab>[] = [
  ...PLANT_IDENTITY_COLUMNS,
  { key: 'product', header: 'Product', render: (f) => f.product },
  {
    key: 'capacity',
    header: 'Output, per month',
    render: (f) =>
      f.capacityWpm ? (
        <>
          {formatQualifiedNumber(f.capacityWpm, 0)} {f.facilityType === 'materials' ? 'silicon wafers' : 'units'} ({f.capacityWpm.year}){' '}
          <StatusBadge status={f.capacityWpm.status} />
        </>
      ) : (
        <span className="missing">not stated</span>
      ),
    sortValue: (f) => f.capacityWpm?.value,
    align: 'end',
  },
  { key: 'note', header: 'Note', render: (f) => [f.statusNote, f.capacityWpm?.note].filter(Boolean).join(' ') },
];

/**
 * Assembly/test and materials plants, shown apart from front-end capacity: their output is
 * packaged chips or bare silicon wafers, not processed chip wafers, so it is never summed in.
 */
export function OtherPlantsPanel() {
  const [cities] = useSelectedCities();
  const fabs = useFabs();
  const reference = useReferenceData();
  const plants = useMemo(
    () => (fabs.data ?? []).filter((f) => cities.includes(f.cityId) && f.facilityType !== 'frontEnd'),
    [fabs.data, cities],
  );
  const places = cities.map(cityLabel).join(', ');

  return (
    <ChartCard
      id="other-plants"
      title="Assembly/test and materials plants"
      subtitle={`Plants that package and test chips or make silicon wafers; never added to front-end capacity · ${places}`}
      definition="Assembly and test plants package finished chips; materials plants make bare silicon (substrate) wafers that fabs buy. Their capacity, where stated, is in their own units (silicon wafers a month) and is not chip-making capacity."
      state={panelState([fabs], [reference.sources, reference.meta])}
      isEmpty={plants.length === 0}
      emptyMessage={(fabs.data ?? []).length === 0 ? undefined : `No assembly/test or materials plant is known in ${places}: a true zero in this dataset.`}
      height={200}
      description={`Table of assembly/test and materials plants in ${places}.`}
      table={() => (
        <DataTable
          caption="Assembly/test and materials plants"
          rows={plants}
          rowKey={(f: Fab) => f.id}
          columns={OTHER_PLANTS_COLUMNS}
        />
      )}
      csv={() => toPlantsCsv(plants, reference.sourceById)}
      footer={() => ({
        sources: resolveSources(
          plants.flatMap((f) => f.sourceIds),
          reference.sourceById,
        ),
        years: fabYears(plants),
        asOf: reference.meta.data?.asOf,
        statuses: STATUSES.filter((s) => plants.some((f) => figuresOf(f).some((fig) => fig.status === s))),
      })}
    />
  );
}
