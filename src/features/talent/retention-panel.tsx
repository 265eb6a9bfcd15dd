import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useObservations, useReferenceData } from '../../api/resources';
import { STATUSES } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { observationCsv } from '../../export/csv/observation-csv';
import { ObservationTable } from '../../ui/observation-table';
import { StatusLegend } from '../../charts/status-marks';
import { cityLabel } from '../../domain/cities';
import { formatYearSpan } from '../../domain/format';
import { useSelectedCities, useViewParam } from '../../view-state/use-view-state';
import { UniversityBarChart } from './charts';
import { toUniversityBars } from './to-university-bars';

export const RETENTION_METRIC = 'tal_retention_province';

/** University-level retention: the entity is the university, so the bars never pose as city figures. */
export function RetentionPanel() {
  const [cities] = useSelectedCities();
  const from = useViewParam('from');
  const to = useViewParam('to');
  const reference = useReferenceData();
  const observations = useObservations({ metrics: [RETENTION_METRIC], from, to });
  const bars = useMemo(
    () => toUniversityBars(observations.data ?? [], RETENTION_METRIC, reference.entityById, cities),
    [observations.data, reference.entityById, cities],
  );
  const metric = reference.metricById.get(RETENTION_METRIC);
  const shown = bars.map((b) => b.observation);
  const statuses = STATUSES.filter((s) => shown.some((o) => o.status === s));
  const years = formatYearSpan(shown.map((o) => o.year));
  const sourceTitle = (id: string) => reference.sourceById.get(id)?.shortTitle ?? id;

  return (
    <ChartCard
      id="retention"
      title="Graduates staying in the province, by university"
      subtitle={`% of each university's bachelor's graduates staying in its home province${years ? `, ${years}` : ''} · university-level figures, not city figures`}
      definition={metric?.definition}
      state={panelState([observations], [reference.entities, reference.metrics, reference.sources, reference.meta])}
      isEmpty={bars.length === 0}
      emptyMessage={`No university-level retention figure for universities in ${cities.map(cityLabel).join(', ')} between ${from} and ${to}.`}
      height={Math.max(200, bars.length * 60 + 80)}
      description={`Horizontal bar chart of the share of bachelor's graduates staying in the home province, one bar per university in ${cities.map(cityLabel).join(', ')}.`}
      chart={() => (
        <>
          <div style={{ height: 'calc(100% - 1.75rem)' }}>
            <UniversityBarChart bars={bars} sourceTitle={sourceTitle} />
          </div>
          <StatusLegend statuses={statuses} marks="bars" />
        </>
      )}
      table={() => (
        <ObservationTable
          caption="Graduates staying in the province, by university"
          observations={shown}
          entityById={reference.entityById}
          metricById={reference.metricById}
          sourceById={reference.sourceById}
        />
      )}
      csv={() =>
        observationCsv(
          // The table's order (by year); each university with the city it is in.
          [...bars]
            .sort((a, b) => a.observation.year - b.observation.year)
            .map((b) => ({ observation: b.observation, entityId: b.entityId, metricId: RETENTION_METRIC, extra: [cityLabel(b.cityId)] })),
          { ...reference, extraColumns: ['city'] },
        )
      }
      footer={() => ({
        sources: resolveSources(shown.map((o) => o.sourceId), reference.sourceById),
        years,
        asOf: reference.meta.data?.asOf,
        statuses,
        notes: [
          'University-level figures: the share of one university’s bachelor’s graduates who stayed in its province, not a city retention rate. Graduates staying in the city are on their own chart.',
        ],
      })}
    />
  );
}
