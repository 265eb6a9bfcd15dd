import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { useObservations, useReferenceData } from '../../api/resources';
import { ChartCard } from '../../ui/chart-card';
import { observationFooter } from '../../ui/observation-footer';
import { observationCsv } from '../../export/csv/observation-csv';
import { ObservationTable } from '../../ui/observation-table';
import { cityLabel } from '../../domain/cities';
import { formatYearSpan } from '../../domain/format';
import { useSelectedCities, useViewParam } from '../../view-state/use-view-state';
import { FactTiles } from './fact-tiles';
import { toProvinceFacts } from './to-facts';

export const PROVINCE_METRICS = ['prov_ic_rank', 'prov_ic_growth'];
/** The provinces of the three hubs; the shown ones follow the selected cities. */
export const PROVINCES = ['hubei', 'shaanxi', 'sichuan'];

/** Rows in the order the observation table starts in: by year (a stable sort, so ties keep their order). */
const byYear = <T extends { year: number }>(rows: readonly T[]) => [...rows].sort((a, b) => a.year - b.year);

/** Each selected city's province: its rank among China's provinces in IC production, and growth. */
export function ProvincePanel() {
  const [cities] = useSelectedCities();
  const from = useViewParam('from');
  const to = useViewParam('to');
  const observations = useObservations({ metrics: PROVINCE_METRICS, entities: PROVINCES, from, to });
  const reference = useReferenceData();
  const { facts, provinces, withoutFigure } = useMemo(
    () => toProvinceFacts(observations.data ?? [], cities, reference.entityById, PROVINCE_METRICS),
    [observations.data, cities, reference.entityById],
  );
  const provinceNames = provinces.map((p) => `${p.province.nameEn} ${p.province.nameZh} (${cityLabel(p.cityId)})`).join(', ');
  const years = formatYearSpan(facts.map((o) => o.year));

  return (
    <ChartCard
      id="province"
      title="Provincial IC production: rank and growth"
      subtitle={`Rank among China's provinces and year-on-year growth of integrated-circuit production, ${years || `${from}–${to}`} · ${provinceNames}`}
      definition="The province's rank among China's provinces by integrated-circuit production, and the year-on-year change in that production. Hubei's figures come only from the seed article (S38, S39); they were not found in other published sources."
      state={panelState([observations], reference.queries)}
      isEmpty={facts.length === 0}
      emptyMessage={`No provincial IC rank or growth figure for ${provinceNames || 'the selected cities'} between ${from} and ${to}.`}
      height={220}
      description={`Figures for ${provinceNames}: rank in IC production and its growth, each with year, status and source.`}
      chart={() => (
        <FactTiles
          observations={facts}
          label="Provincial IC production figures"
          entityById={reference.entityById}
          metricById={reference.metricById}
          sourceById={reference.sourceById}
        />
      )}
      table={() => (
        <ObservationTable
          caption="Provincial IC production rank and growth"
          observations={facts}
          entityById={reference.entityById}
          metricById={reference.metricById}
          sourceById={reference.sourceById}
          showMetric
        />
      )}
      csv={() => observationCsv(byYear(facts), reference)}
      footer={() =>
        observationFooter(facts, reference, {
          years,
          notes: [
            'Growth figures cover different years and periods; they describe each province, not a race between them.',
            ...(withoutFigure.length > 0 ? [`No figure for ${withoutFigure.map((p) => `${p.nameEn} ${p.nameZh}`).join(', ')} (a gap, not zero).`] : []),
          ],
        })
      }
    />
  );
}
