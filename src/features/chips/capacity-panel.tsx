import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useFabs, useReferenceData } from '../../api/resources';
import { ESTIMATE_METHOD_LABELS, FAB_STATUS_LABELS, FACILITY_TYPE_LABELS, STATUSES } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { DataTable } from '../../ui/data-table';
import { StatusBadge } from '../../ui/status-badge';
import { StatusLegend } from '../../charts/status-marks';
import { AREA_FACTOR_TO_300MM, frontEndCapacity, type CapacityTotal } from '../../domain/capacity';
import { cityLabel } from '../../domain/cities';
import { formatEnGb, formatYearSpan } from '../../domain/format';
import { useSelectedCities } from '../../view-state/use-view-state';
import { CityGroupBarChart } from './charts';
import { toCapacityCsv } from './to-chips-csv';
import { describeContribution, formatWafers, toCapacityBars } from './to-group-bars';

const names = (items: readonly { name: string }[]) => items.map((i) => i.name).join(', ');

/** Front-end wafer capacity by city and plant status, in 300 mm-equivalent wafers a month. */
export function CapacityPanel() {
  const [cities] = useSelectedCities();
  const fabs = useFabs();
  const reference = useReferenceData();
  const capacity = useMemo(() => frontEndCapacity(fabs.data ?? [], cities), [fabs.data, cities]);
  const bars = useMemo(() => toCapacityBars(capacity.totals), [capacity.totals]);
  const { totals, withoutCapacity, notFrontEnd, citiesWithoutFrontEnd } = capacity;
  const years = formatYearSpan(totals.flatMap((t) => t.years));
  const statuses = STATUSES.filter((s) => totals.some((t) => t.status === s));
  const converted = totals.flatMap((t) => t.contributions).filter((c) => c.fab.waferSizeMm !== 300);
  const places = cities.map(cityLabel).join(', ');
  const citiesWithoutFigure = cities.filter((c) => !citiesWithoutFrontEnd.includes(c) && !totals.some((t) => t.cityId === c));

  return (
    <ChartCard
      id="capacity"
      title="Front-end wafer capacity"
      subtitle={`300 mm-equivalent wafers per month, by plant status, latest stated figure per plant (${years || 'none'}) · ${places}`}
      definition={`Sum of the stated monthly wafer capacity of each city's front-end (wafer fab) plants, by the plant's status. 200 mm and 150 mm capacity is converted to 300 mm-equivalent by wafer area (×${AREA_FACTOR_TO_300MM[200]} and ×${AREA_FACTOR_TO_300MM[150]}). Assembly/test and materials plants make no chip wafers and are never added in. Each total keeps the weakest status of its plants; plant figures may come from different years.`}
      state={panelState([fabs], [reference.sources, reference.meta])}
      isEmpty={totals.length === 0}
      emptyMessage={(fabs.data ?? []).length === 0 ? undefined : `No front-end capacity is stated for ${places}${
        withoutCapacity.length > 0 ? ` (no figure for: ${names(withoutCapacity)})` : ''
      }. A missing figure is a gap, not zero.`}
      height={360}
      description={`Grouped bar chart of front-end wafer capacity in 300 mm-equivalent wafers a month for ${places}, one group per plant status, one bar per city; estimates are drawn hollow with a dashed edge.`}
      chart={() => (
        <>
          <div style={{ height: 'calc(100% - 1.75rem)' }}>
            <CityGroupBarChart rows={bars} cities={cities} formatTick={(v) => `${formatEnGb(v / 1000)}k`} yAxisWidth={64} />
          </div>
          <StatusLegend statuses={statuses} marks="bars" />
        </>
      )}
      table={() => (
        <DataTable
          caption="Front-end capacity by city and plant status"
          rows={totals}
          rowKey={(t: CapacityTotal) => `${t.cityId}-${t.fabStatus}`}
          columns={[
            { key: 'city', header: 'City', render: (t) => cityLabel(t.cityId), sortValue: (t) => t.cityId },
            { key: 'status', header: 'Plant status', render: (t) => FAB_STATUS_LABELS[t.fabStatus], sortValue: (t) => t.fabStatus },
            {
              key: 'capacity',
              header: '300 mm-eq. wafers/month',
              render: (t) => formatWafers(t),
              sortValue: (t) => t.value,
              align: 'end',
            },
            { key: 'years', header: 'Year(s)', render: (t) => formatYearSpan(t.years), align: 'end' },
            { key: 'dataStatus', header: 'Status', render: (t) => <StatusBadge status={t.status} />, sortValue: (t) => t.status },
            {
              key: 'plants',
              header: 'Plants summed',
              render: (t) => (
                <ul className="chips-cell-list">
                  {t.contributions.map((c) => (
                    <li key={c.fab.id}>
                      {describeContribution(c)}
                      {c.equivalent.method ? ` ${ESTIMATE_METHOD_LABELS[c.equivalent.method.kind]}: ${c.equivalent.method.detail}` : ''}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
      csv={() => toCapacityCsv(totals, reference.sourceById)}
      footer={() => ({
        sources: resolveSources(
          totals.flatMap((t) => t.contributions.map((c) => c.stated.sourceId)),
          reference.sourceById,
        ),
        years,
        asOf: reference.meta.data?.asOf,
        statuses,
        notes: [
          'Halted, cancelled and planned bars show capacity that was planned; those plants make no wafers.',
          ...(converted.length > 0
            ? [`Converted to 300 mm-equivalent by wafer area (derived): ${converted.map((c) => `${c.fab.name} (${c.fab.waferSizeMm} mm)`).join(', ')}.`]
            : []),
          ...(withoutCapacity.length > 0
            ? [`Front-end plants with no stated capacity, left out (gaps, not zeros): ${withoutCapacity.map((f) => `${f.name} (${FAB_STATUS_LABELS[f.status].toLowerCase()})`).join(', ')}.`]
            : []),
          ...(citiesWithoutFigure.length > 0 ? [`No front-end capacity figure for ${citiesWithoutFigure.map(cityLabel).join(', ')}.`] : []),
          ...(citiesWithoutFrontEnd.length > 0
            ? [`No front-end fab is known in ${citiesWithoutFrontEnd.map(cityLabel).join(', ')}: a true zero in this dataset.`]
            : []),
          ...(notFrontEnd.length > 0
            ? [`Not added in: ${notFrontEnd.map((f) => `${f.name} (${FACILITY_TYPE_LABELS[f.facilityType].toLowerCase()})`).join(', ')}; see “Assembly/test and materials plants”.`]
            : []),
        ],
      })}
    />
  );
}
