import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useIndustries, useRates, useReferenceData } from '../../api/resources';
import type { Figure, Industry } from '../../api/schemas';
import { STATUSES } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { DataTable } from '../../ui/data-table';
import { StatusLegend } from '../../charts/status-marks';
import { cityLabel } from '../../domain/cities';
import { formatMoneyFigure, formatQualifiedNumber, formatYearSpan } from '../../domain/format';
import { useSelectedCities, useViewParam } from '../../view-state/use-view-state';
import { FigureCell } from './figure-cell';
import { rateNote } from './industry-money';
import { IndustryOutputChart } from './charts';
import { toIndustryBars } from './to-industry-bars';
import { toIndustryCsv } from './to-industry-csv';

/** Every pillar industry's stated output as one bar, in the URL's currency at one stated rate. */
export function IndustryOutputPanel() {
  const [cities] = useSelectedCities();
  const cur = useViewParam('cur');
  const industries = useIndustries();
  const rates = useRates();
  const reference = useReferenceData();
  const { bars, withoutOutput, otherCurrency, rates: used } = useMemo(
    () => toIndustryBars(industries.data ?? [], cities, cur, rates.data ?? []),
    [industries.data, cities, cur, rates.data],
  );
  const outputById = new Map(bars.map((b) => [b.id, b.output]));
  const selected = (industries.data ?? []).filter((i) => cities.includes(i.cityId));
  const figuresOf = (i: Industry): Figure[] =>
    [outputById.get(i.id), i.growthPct, i.firms].filter((f): f is Figure => f !== undefined);
  const statuses = STATUSES.filter((s) => selected.some((i) => figuresOf(i).some((f) => f.status === s)));
  const years = formatYearSpan(bars.map((b) => b.output.year));
  const unit = `${cur} bn`;

  return (
    <ChartCard
      id="industry-output"
      title="Pillar industry output"
      subtitle={`${unit}, latest stated year (${years || 'none'}) · ${cities.map(cityLabel).join(', ')}`}
      definition="Output or revenue of each pillar industry as its source states it (industry output value, or revenue of firms above designated size). Years differ between bars, so compare with care; zone-level figures cover one zone, not the whole city."
      state={panelState([industries, rates], [reference.sources, reference.meta])}
      isEmpty={bars.length === 0}
      emptyMessage={`No stated industry output for ${cities.map(cityLabel).join(', ')}.`}
      height={Math.max(280, bars.length * 38 + 70)}
      description={`Horizontal bar chart of pillar industry output in ${unit} for ${cities.map(cityLabel).join(', ')}, one bar per industry with its year.`}
      chart={() => (
        <>
          <div style={{ height: 'calc(100% - 1.75rem)' }}>
            <IndustryOutputChart bars={bars} unit={unit} sourceTitle={(id) => reference.sourceById.get(id)?.shortTitle ?? id} />
          </div>
          <StatusLegend statuses={STATUSES.filter((s) => bars.some((b) => b.output.status === s))} marks="bars" />
        </>
      )}
      table={() => (
        <DataTable
          caption="Pillar industries by city"
          rows={selected}
          rowKey={(i) => i.id}
          columns={[
            { key: 'city', header: 'City', render: (i) => cityLabel(i.cityId), sortValue: (i) => i.cityId },
            { key: 'name', header: 'Industry', render: (i) => (i.geoLevel === 'zone' ? `${i.name} (zone-level)` : i.name), sortValue: (i) => i.name },
            {
              key: 'output',
              header: `Output (${unit})`,
              render: (i) => (
                <FigureCell
                  figure={outputById.get(i.id)}
                  format={(f) => formatMoneyFigure(f)}
                  missing={i.output ? `${formatMoneyFigure(i.output)} as stated; not convertible` : 'no figure'}
                />
              ),
              sortValue: (i) => outputById.get(i.id)?.value,
              align: 'end',
            },
            {
              key: 'growth',
              header: 'Growth',
              render: (i) => <FigureCell figure={i.growthPct} format={(f) => `${formatQualifiedNumber(f, 1)}%`} />,
              sortValue: (i) => i.growthPct?.value,
              align: 'end',
            },
            {
              key: 'firms',
              header: 'Firms',
              render: (i) => <FigureCell figure={i.firms} format={(f) => formatQualifiedNumber(f, 0)} />,
              sortValue: (i) => i.firms?.value,
              align: 'end',
            },
            { key: 'anchors', header: 'Anchor companies', render: (i) => i.anchorCompanies.join(', ') },
            { key: 'designation', header: 'Designation', render: (i) => i.designation ?? '' },
          ]}
        />
      )}
      csv={() =>
        toIndustryCsv(
          selected.map((industry) => ({
            industry,
            output: outputById.get(industry.id),
            outputNotConverted: industry.output !== undefined && !outputById.has(industry.id),
          })),
          { currency: cur, rates: rates.data ?? [], sourceById: reference.sourceById },
        )
      }
      footer={() => ({
        sources: resolveSources(
          [...selected.flatMap((i) => [...figuresOf(i).map((f) => f.sourceId), ...i.sourceIds]), ...used.flatMap((r) => r.sourceIds)],
          reference.sourceById,
        ),
        years,
        asOf: reference.meta.data?.asOf,
        statuses,
        notes: [
          ...rateNote(used),
          ...(withoutOutput.length > 0 ? [`No output figure found for: ${withoutOutput.map((i) => i.name).join(', ')}.`] : []),
          ...(otherCurrency.length > 0
            ? [`Stated in a currency no rate converts to ${cur}, so not drawn (see the table): ${otherCurrency.map((i) => i.name).join(', ')}.`]
            : []),
        ],
      })}
    />
  );
}
