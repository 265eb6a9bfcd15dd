import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useIndustries, useReferenceData } from '../../api/resources';
import { STATUSES, type Industry } from '../../api/schemas';
import { ChartCard } from '../../components/chart-card';
import { DataTable } from '../../components/data-table';
import { StatusBadge } from '../../components/status-badge';
import { cityLabel } from '../../domain/cities';
import { formatQualifiedNumber, formatYearSpan } from '../../domain/format';
import { useSelectedCities } from '../../view-state/use-view-state';
import { IndustryOutputChart } from './industry-output-chart';
import { toIndustryBars } from './to-industry-bars';

const figureText = (figure: Industry['output'], suffix: string) =>
  figure ? `${formatQualifiedNumber(figure, figure.value < 100 ? 1 : 0)}${suffix} (${figure.year})` : '—';

export function IndustriesPage() {
  const [cities] = useSelectedCities();
  const industries = useIndustries();
  const reference = useReferenceData();
  const { bars, withoutOutput, otherCurrency } = useMemo(
    () => toIndustryBars(industries.data ?? [], cities, 'CNY'),
    [industries.data, cities],
  );
  const selected = (industries.data ?? []).filter((i) => cities.includes(i.cityId));
  const statuses = STATUSES.filter((s) => bars.some((b) => b.output.status === s));
  const years = formatYearSpan(bars.map((b) => b.output.year));

  return (
    <div className="card-grid card-grid--wide">
      <ChartCard
        title="Pillar industry output"
        subtitle={`CNY bn, latest stated year (${years || 'none'}) · ${cities.map(cityLabel).join(', ')}`}
        definition="Output or revenue of each pillar industry as its source states it (industry output value, or revenue of firms above designated size). Years differ between bars, so compare with care; zone-level figures cover one zone, not the whole city."
        state={panelState([industries], [reference.sources, reference.meta])}
        isEmpty={bars.length === 0}
        height={Math.max(260, bars.length * 38 + 40)}
        description={`Horizontal bar chart of pillar industry output in CNY billions for ${cities.map(cityLabel).join(', ')}, one bar per industry with its year.`}
        chart={() => (
          <IndustryOutputChart bars={bars} sourceTitle={(id) => reference.sourceById.get(id)?.shortTitle ?? id} />
        )}
        table={() => (
          <DataTable
            caption="Pillar industries by city"
            rows={selected}
            rowKey={(i) => i.id}
            columns={[
              { key: 'city', header: 'City', render: (i) => cityLabel(i.cityId), sortValue: (i) => i.cityId },
              { key: 'name', header: 'Industry', render: (i) => (i.geoLevel === 'zone' ? `${i.name} (zone-level)` : i.name), sortValue: (i) => i.name },
              { key: 'output', header: 'Output, CNY bn', render: (i) => figureText(i.output, ''), sortValue: (i) => i.output?.value, align: 'end' },
              { key: 'growth', header: 'Growth', render: (i) => figureText(i.growthPct, '%'), sortValue: (i) => i.growthPct?.value, align: 'end' },
              { key: 'firms', header: 'Firms', render: (i) => figureText(i.firms, ''), sortValue: (i) => i.firms?.value, align: 'end' },
              { key: 'status', header: 'Status', render: (i) => (i.output ? <StatusBadge status={i.output.status} /> : '—') },
              { key: 'anchors', header: 'Anchor companies', render: (i) => i.anchorCompanies.join(', ') },
              { key: 'designation', header: 'Designation', render: (i) => i.designation ?? '' },
            ]}
          />
        )}
        footer={() => ({
          sources: resolveSources(
            bars.map((b) => b.output.sourceId),
            reference.sourceById,
          ),
          years,
          asOf: reference.meta.data?.asOf,
          statuses,
          notes: [
            ...(withoutOutput.length > 0 ? [`No output figure found for: ${withoutOutput.map((i) => i.name).join(', ')}.`] : []),
            ...(otherCurrency.length > 0
              ? [`Stated in another currency and not drawn here: ${otherCurrency.map((i) => i.name).join(', ')}.`]
              : []),
          ],
        })}
      />
    </div>
  );
}
