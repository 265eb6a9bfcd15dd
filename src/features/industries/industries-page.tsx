import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useIndustries, useReferenceData } from '../../api/resources';
import { STATUSES, type Figure, type Industry } from '../../api/schemas';
import { ChartCard } from '../../components/chart-card';
import { DataTable } from '../../components/data-table';
import { StatusBadge } from '../../components/status-badge';
import { StatusLegend } from '../../components/status-marks';
import { cityLabel } from '../../domain/cities';
import { formatMoneyFigure, formatQualifiedNumber, formatYearSpan } from '../../domain/format';
import { useSelectedCities } from '../../view-state/use-view-state';
import { IndustryOutputChart } from './industry-output-chart';
import { toIndustryBars } from './to-industry-bars';

/** A figure with its year and its own status, so a seed or estimated figure never borrows another's. */
function FigureCell({ figure, format }: { figure: Figure | undefined; format: (figure: Figure) => string }) {
  if (!figure) return <span className="missing">no figure</span>;
  return (
    <>
      {format(figure)} ({figure.year}) <StatusBadge status={figure.status} />
    </>
  );
}

const figuresOf = (industry: Industry): Figure[] =>
  [industry.output, industry.growthPct, industry.firms].filter((f): f is Figure => f !== undefined);

export function IndustriesPage() {
  const [cities] = useSelectedCities();
  const industries = useIndustries();
  const reference = useReferenceData();
  const { bars, withoutOutput, otherCurrency } = useMemo(
    () => toIndustryBars(industries.data ?? [], cities, 'CNY'),
    [industries.data, cities],
  );
  const selected = (industries.data ?? []).filter((i) => cities.includes(i.cityId));
  const statuses = STATUSES.filter((s) => selected.some((i) => figuresOf(i).some((f) => f.status === s)));
  const years = formatYearSpan(bars.map((b) => b.output.year));

  return (
    <div className="card-grid card-grid--wide">
      <ChartCard
        title="Pillar industry output"
        subtitle={`CNY bn, latest stated year (${years || 'none'}) · ${cities.map(cityLabel).join(', ')}`}
        definition="Output or revenue of each pillar industry as its source states it (industry output value, or revenue of firms above designated size). Years differ between bars, so compare with care; zone-level figures cover one zone, not the whole city."
        state={panelState([industries], [reference.sources, reference.meta])}
        isEmpty={bars.length === 0}
        height={Math.max(280, bars.length * 38 + 70)}
        description={`Horizontal bar chart of pillar industry output in CNY billions for ${cities.map(cityLabel).join(', ')}, one bar per industry with its year.`}
        chart={() => (
          <>
            <div style={{ height: 'calc(100% - 1.75rem)' }}>
              <IndustryOutputChart bars={bars} sourceTitle={(id) => reference.sourceById.get(id)?.shortTitle ?? id} />
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
                header: 'Output',
                render: (i) => <FigureCell figure={i.output} format={(f) => formatMoneyFigure(f)} />,
                sortValue: (i) => i.output?.value,
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
        footer={() => ({
          sources: resolveSources(
            selected.flatMap((i) => [...figuresOf(i).map((f) => f.sourceId), ...i.sourceIds]),
            reference.sourceById,
          ),
          years,
          asOf: reference.meta.data?.asOf,
          statuses,
          notes: [
            ...(withoutOutput.length > 0 ? [`No output figure found for: ${withoutOutput.map((i) => i.name).join(', ')}.`] : []),
            ...(otherCurrency.length > 0
              ? [`Stated in another currency or scale and not drawn here (see the table): ${otherCurrency.map((i) => i.name).join(', ')}.`]
              : []),
          ],
        })}
      />
    </div>
  );
}
