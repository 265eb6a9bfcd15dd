import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useFabs, useRates, useReferenceData } from '../../api/resources';
import { STATUS_LABELS, STATUSES } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { DataTable } from '../../ui/data-table';
import { StatusBadge } from '../../ui/status-badge';
import { StatusLegend } from '../../charts/status-marks';
import { cityLabel } from '../../domain/cities';
import { formatEnGb, formatMoneyFigure, formatYearSpan } from '../../domain/format';
import { useSelectedCities, useViewParam } from '../../view-state/use-view-state';
import { CityGroupBarChart } from './charts';
import { toInvestmentCsv } from './to-chips-csv';
import { describeInvestment, toInvestmentBars } from './to-group-bars';
import { INVESTMENT_KIND_LABELS, toInvestment, type InvestmentTotal } from './to-investment';

/** Investment committed to standing plants against investment lost to halted or cancelled ones. */
export function InvestmentPanel() {
  const [cities] = useSelectedCities();
  const cur = useViewParam('cur');
  const fabs = useFabs();
  const rates = useRates();
  const reference = useReferenceData();
  const summary = useMemo(() => toInvestment(fabs.data ?? [], cities, cur, rates.data ?? []), [fabs.data, cities, cur, rates.data]);
  const bars = useMemo(() => toInvestmentBars(summary.totals), [summary.totals]);
  const { totals, withoutInvestment, unconverted } = summary;
  const years = formatYearSpan(totals.flatMap((t) => t.years));
  const statuses = STATUSES.filter((s) => totals.some((t) => t.status === s));
  const places = cities.map(cityLabel).join(', ');
  const sourceTitle = (id: string) => reference.sourceById.get(id)?.shortTitle ?? id;

  return (
    <ChartCard
      id="investment"
      title="Chip investment committed and lost"
      subtitle={`${cur} bn, announced amounts (${years || 'none'}), by whether the plant still stands · ${places}`}
      definition="Announced investment in every chip plant of the city (front-end, assembly/test and materials), summed by the plant's status: committed to plants that operate or are planned or under construction, against investment lost to plants that were halted or cancelled. Amounts are nominal, as announced in different years; each is converted to the chosen currency at one stated rate per currency pair."
      state={panelState([fabs, rates], [reference.sources, reference.meta])}
      isEmpty={totals.length === 0}
      emptyMessage={(fabs.data ?? []).length === 0 ? undefined : `No plant in ${places} has a stated investment. A missing amount is a gap, not zero.`}
      height={360}
      description={`Grouped bar chart of chip investment in ${cur} billions for ${places}: committed against lost to halted or cancelled plants, one bar per city; estimates are drawn hollow with a dashed edge.`}
      chart={() => (
        <>
          <div style={{ height: 'calc(100% - 1.75rem)' }}>
            <CityGroupBarChart rows={bars} cities={cities} formatTick={(v) => formatEnGb(v)} yAxisWidth={64} />
          </div>
          <StatusLegend statuses={statuses} marks="bars" />
        </>
      )}
      table={() => (
        <DataTable
          caption={`Chip investment in ${cur} bn, committed and lost`}
          rows={totals}
          rowKey={(t: InvestmentTotal) => `${t.cityId}-${t.kind}`}
          columns={[
            { key: 'city', header: 'City', render: (t) => cityLabel(t.cityId), sortValue: (t) => t.cityId },
            { key: 'kind', header: 'Counted as', render: (t) => INVESTMENT_KIND_LABELS[t.kind], sortValue: (t) => t.kind },
            {
              key: 'total',
              header: `Total, ${cur} bn`,
              render: (t) => formatMoneyFigure({ ...t, moneyScale: 'billion' }, 1),
              sortValue: (t) => t.value,
              align: 'end',
            },
            { key: 'years', header: 'Year(s)', render: (t) => formatYearSpan(t.years), align: 'end' },
            { key: 'status', header: 'Status', render: (t) => <StatusBadge status={t.status} />, sortValue: (t) => t.status },
            {
              key: 'plants',
              header: 'Plants summed (as stated)',
              render: (t) => (
                <ul className="chips-cell-list">
                  {t.items.map((item) => (
                    <li key={item.fab.id}>{describeInvestment(item)}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
      csv={() => toInvestmentCsv(summary, reference.sourceById)}
      footer={() => ({
        sources: resolveSources(
          [...totals.flatMap((t) => t.items.map((i) => i.stated.sourceId)), ...summary.rates.flatMap((r) => r.sourceIds)],
          reference.sourceById,
        ),
        years,
        asOf: reference.meta.data?.asOf,
        statuses,
        notes: [
          ...summary.rates.map(
            (r) =>
              `Rate: ${r.description}, ${STATUS_LABELS[r.status].toLowerCase()}${r.sourceIds.length > 0 ? ` (${r.sourceIds.map(sourceTitle).join('; ')})` : ''}; for ${r.from} amounts of ${r.year}.`,
          ),
          ...(summary.rates.some((r) => r.status === 'estimate') ? ['An amount converted at an estimated rate is an estimate.'] : []),
          ...(withoutInvestment.length > 0 ? [`No investment stated (left out, not zero): ${withoutInvestment.map((f) => f.name).join(', ')}.`] : []),
          ...unconverted.map((u) => `Not converted, left out: ${u.fab.name} (${u.reason})`),
        ],
      })}
    />
  );
}
