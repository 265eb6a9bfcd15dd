import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useIndustries, useRates, useReferenceData } from '../../api/resources';
import type { Currency, Figure } from '../../api/schemas';
import { STATUSES } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { DataTable, type DataTableColumn } from '../../ui/data-table';
import { cityLabel } from '../../domain/cities';
import { formatMoneyFigure, formatQualifiedNumber, formatYearSpan } from '../../domain/format';
import { useSelectedCities, useViewParam } from '../../view-state/use-view-state';
import { FigureCell } from './figure-cell';
import { rateNote } from './industry-money';
import { PillarCityCards } from './pillar-city-cards';
import { toCityPillars, type PillarEntry } from './to-city-pillars';
import { toIndustryCsv } from './to-industry-csv';

export const pillarFigures = (e: PillarEntry): Figure[] =>
  [e.output, e.industry.growthPct, e.industry.firms].filter((f): f is Figure => f !== undefined);

/** The table view's columns (also the PowerPoint table's, through pptx-shaping.ts). */
export function pillarColumns(cur: Currency): DataTableColumn<PillarEntry>[] {
  return [
    { key: 'city', header: 'City', render: (e) => cityLabel(e.industry.cityId) },
    {
      key: 'industry',
      header: 'Industry',
      render: (e) => `${e.industry.name}${e.industry.headline ? ' (headline)' : ''}${e.isZone ? ' (zone-level, not a city total)' : ''}`,
    },
    {
      key: 'output',
      header: `Output (${cur} bn)`,
      render: (e) => <FigureCell figure={e.output} format={(f) => formatMoneyFigure(f)} />,
      sortValue: (e) => e.output?.value,
      align: 'end',
    },
    {
      key: 'growth',
      header: 'Growth',
      render: (e) => <FigureCell figure={e.industry.growthPct} format={(f) => `${formatQualifiedNumber(f, 1)}%`} />,
      sortValue: (e) => e.industry.growthPct?.value,
      align: 'end',
    },
    {
      key: 'firms',
      header: 'Firms',
      render: (e) => <FigureCell figure={e.industry.firms} format={(f) => formatQualifiedNumber(f, 0)} />,
      sortValue: (e) => e.industry.firms?.value,
      align: 'end',
    },
    { key: 'anchors', header: 'Anchor companies', render: (e) => e.industry.anchorCompanies.join(', ') },
  ];
}

/** Each selected city's pillar industries at a glance: headline industries first, every figure with year and status. */
export function PillarCardsPanel() {
  const [cities] = useSelectedCities();
  const cur = useViewParam('cur');
  const industries = useIndustries();
  const rates = useRates();
  const reference = useReferenceData();
  const pillars = useMemo(() => toCityPillars(industries.data ?? [], cities, cur, rates.data ?? []), [industries.data, cities, cur, rates.data]);
  const entries = pillars.cities.flatMap((c) => c.entries);
  const figures = entries.flatMap(pillarFigures);
  const years = formatYearSpan(figures.map((f) => f.year));
  // While loading, the room of the longest list in today's dataset (6 industries), so the cards below do not jump down when it arrives.
  const maxEntries = industries.data ? Math.max(0, ...pillars.cities.map((c) => c.entries.length)) : 6;

  return (
    <ChartCard
      id="pillar-cards"
      title="Pillar industries by city"
      subtitle={`Output (${cur} bn), growth, firms and anchor companies, latest stated year of each (${years || 'none'}) · ${cities.map(cityLabel).join(', ')}`}
      definition="The industries each city names as its pillars, headline industries first. Each figure carries its own year and status; zone-level figures cover one zone or park, not the whole city, and never count as the city's largest."
      state={panelState([industries, rates], [reference.sources, reference.meta])}
      isEmpty={entries.length === 0}
      emptyMessage={`No pillar industries listed for ${cities.map(cityLabel).join(', ')}.`}
      height={Math.max(320, maxEntries * 120 + 100)}
      description={`Cards, one per city (${cities.map(cityLabel).join(', ')}), listing its pillar industries with output, growth, firms, anchor companies and designation.`}
      chart={() => <PillarCityCards cities={pillars.cities} />}
      table={() => (
        <DataTable
          caption="Pillar industries at a glance"
          rows={entries}
          rowKey={(e) => e.industry.id}
          columns={pillarColumns(cur)}
        />
      )}
      csv={() => toIndustryCsv(entries, { currency: cur, rates: rates.data ?? [], sourceById: reference.sourceById })}
      footer={() => ({
        sources: resolveSources(
          [...entries.flatMap((e) => [...pillarFigures(e).map((f) => f.sourceId), ...e.industry.sourceIds]), ...pillars.rates.flatMap((r) => r.sourceIds)],
          reference.sourceById,
        ),
        years,
        asOf: reference.meta.data?.asOf,
        statuses: STATUSES.filter((s) => figures.some((f) => f.status === s)),
        notes: [
          ...rateNote(pillars.rates),
          ...(entries.some((e) => e.isZone) ? ['Zone-level figures cover one zone or park, not the whole city.'] : []),
          'Years differ between figures; the "largest" line compares a city\'s own city-level industries as stated.',
        ],
      })}
    />
  );
}
