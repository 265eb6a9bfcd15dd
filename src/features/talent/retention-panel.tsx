import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useObservations, useReferenceData } from '../../api/resources';
import { STATUSES, STATUS_LABELS } from '../../api/schemas';
import { ChartCard } from '../../components/chart-card';
import { useChartLabels } from '../../components/chart-labels';
import { observationCsv } from '../../components/observation-csv';
import { ObservationTable } from '../../components/observation-table';
import { CHART_TEXT, StatusLegend, cityBarStyle, useChartText } from '../../components/status-marks';
import { cityLabel } from '../../domain/cities';
import { formatQualifiedNumber, formatYearSpan } from '../../domain/format';
import { useSelectedCities, useViewState } from '../../view-state/use-view-state';
import { toUniversityBars, type UniversityBar } from './to-university-bars';

const METRIC_ID = 'tal_retention_province';

/** "Huazhong University of Science and Technology (HUST) 华中科技大学" → "HUST 华中科技大学" on the axis. */
function shortName(bar: UniversityBar): string {
  const abbreviation = /\(([^)]+)\)/.exec(bar.name)?.[1];
  const zh = bar.name.split(' ').at(-1) ?? '';
  return abbreviation ? `${abbreviation} ${zh}` : bar.name;
}

function RetentionTooltip({ active, payload, sourceTitle }: { active?: boolean; payload?: readonly { payload?: UniversityBar }[]; sourceTitle: (id: string) => string }) {
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{bar.name}</p>
      <p>
        {formatQualifiedNumber(bar.observation, 0)}% of bachelor's graduates stayed in the province ({bar.observation.year})
      </p>
      <p>
        {STATUS_LABELS[bar.observation.status]} · {sourceTitle(bar.observation.sourceId)}
      </p>
      <p>University-level figure in {cityLabel(bar.cityId)}, not a city figure.</p>
    </div>
  );
}

/** One bar per university in its city's colour, the share and year written beside it; estimates hollow. */
function UniversityBarChart({ bars, sourceTitle }: { bars: UniversityBar[]; sourceTitle: (id: string) => string }) {
  const { tick: tickSize, label: labelSize } = useChartText();
  const ariaLabels = useChartLabels();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart {...ariaLabels} data={bars} layout="vertical" margin={{ top: 4, right: labelSize * 9, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: tickSize }} stroke="var(--muted)" />
        <YAxis type="category" dataKey={shortName} width={Math.round((270 * tickSize) / CHART_TEXT.tick)} tick={{ fontSize: tickSize }} stroke="var(--muted)" interval={0} />
        <Tooltip content={<RetentionTooltip sourceTitle={sourceTitle} />} cursor={{ fill: 'var(--surface)' }} />
        <Bar dataKey={(b: UniversityBar) => b.observation.value} name="Share staying, %" isAnimationActive={false} barSize={28}>
          {bars.map((b) => (
            <Cell key={b.entityId} {...cityBarStyle(b.cityId, b.observation.status === 'estimate')} />
          ))}
          <LabelList
            dataKey={(b: UniversityBar) => `${formatQualifiedNumber(b.observation, 0)}% (${b.observation.year})`}
            position="right"
            style={{ fontSize: labelSize, fontWeight: labelSize > 15 ? 700 : 400, fill: 'var(--text)' }}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** University-level retention: the entity is the university, so the bars never pose as city figures. */
export function RetentionPanel() {
  const [cities] = useSelectedCities();
  const [{ from, to }] = useViewState();
  const reference = useReferenceData();
  const observations = useObservations({ metrics: [METRIC_ID], from, to });
  const bars = useMemo(
    () => toUniversityBars(observations.data ?? [], METRIC_ID, reference.entityById, cities),
    [observations.data, reference.entityById, cities],
  );
  const metric = reference.metricById.get(METRIC_ID);
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
            .map((b) => ({ observation: b.observation, entityId: b.entityId, metricId: METRIC_ID, extra: [cityLabel(b.cityId)] })),
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
