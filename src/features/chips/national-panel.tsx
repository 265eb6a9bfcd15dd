import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { useObservations, useReferenceData } from '../../api/resources';
import { STATUSES } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { observationFooter } from '../../ui/observation-footer';
import { observationCsv } from '../../export/csv/observation-csv';
import { ObservationTable } from '../../ui/observation-table';
import { CHART_TEXT, StatusLegend, useChartText } from '../../charts/status-marks';
import { formatYearSpan } from '../../domain/format';
import { useViewParam } from '../../view-state/use-view-state';
import { FactTiles } from './fact-tiles';
import { ShareBarChart } from './charts';
import { toNationalFacts } from './to-facts';

/** National figures, in the order the panel tells the story: market, self-sufficiency, design tools, the gap. */
export const NATIONAL_METRICS = [
  'nat_ic_consumption',
  'nat_ic_made_in_china_share',
  'nat_ic_china_hq_share',
  'nat_eda_ip_share',
  'nat_smic_lag_years',
  'nat_equipment_localisation_years',
];
export const NATIONAL_ENTITIES = ['china', 'us', 'smic'];

/** China's chip gap: how much of its chip demand it makes, its share in design tools, and how far behind it is. */
export function NationalPanel() {
  const from = useViewParam('from');
  const to = useViewParam('to');
  const observations = useObservations({ metrics: NATIONAL_METRICS, entities: NATIONAL_ENTITIES, from, to });
  const reference = useReferenceData();
  const { shares, tiles } = useMemo(
    () => toNationalFacts(observations.data ?? [], reference.metricById, reference.entityById, NATIONAL_METRICS),
    [observations.data, reference.metricById, reference.entityById],
  );
  const all = observations.data ?? [];
  const years = formatYearSpan(all.map((o) => o.year));
  const sourceTitle = (id: string) => reference.sourceById.get(id)?.shortTitle ?? id;
  // A bar's row grows and shrinks with the chart's text, so on a slide the bars keep their share of it.
  const barRow = Math.round((44 * useChartText().tick) / CHART_TEXT.tick);

  return (
    <ChartCard
      id="national"
      title="China's chip gap: national context"
      subtitle={`Chip consumption, self-sufficiency, shares in EDA and core IP, node and equipment gap, ${years || `${from}–${to}`} · China 中国, United States 美国`}
      definition="How much of China's chip demand is made in China (by any firm) and by China-headquartered firms; the value-added share of the US and China in electronic design automation (EDA) software and core IP; how many years SMIC trails the leading chipmakers; and how long localising the equipment cut off by US controls could take. National figures, not about any one city."
      state={panelState([observations], reference.queries)}
      isEmpty={all.length === 0}
      emptyMessage={`No national chip figure between ${from} and ${to}.`}
      height={shares.length * 44 + 60 + Math.ceil(tiles.length / 3) * 190}
      description="Bars of China's self-sufficiency shares and the US and Chinese shares in EDA and core IP on a 0–100% scale, then tiles for chip consumption and the years of the node and equipment gap, each with its qualifier, status and source."
      chart={() => (
        <>
          {shares.length > 0 ? (
            <div style={{ height: shares.length * barRow + 40 }}>
              <ShareBarChart bars={shares} sourceTitle={sourceTitle} />
            </div>
          ) : null}
          <StatusLegend statuses={STATUSES.filter((s) => shares.some((b) => b.observation.status === s))} marks="bars" />
          <FactTiles
            observations={tiles}
            label="National chip figures"
            entityById={reference.entityById}
            metricById={reference.metricById}
            sourceById={reference.sourceById}
          />
        </>
      )}
      table={() => (
        <ObservationTable
          caption="National chip context"
          observations={all}
          entityById={reference.entityById}
          metricById={reference.metricById}
          sourceById={reference.sourceById}
          showMetric
        />
      )}
      // In the order the table starts in: by year.
      csv={() => observationCsv([...all].sort((a, b) => a.year - b.year), reference)}
      footer={() =>
        observationFooter(all, reference, {
          years,
          notes: [
            'Where the seed article rounds a figure that IC Insights states precisely, the precise figure is drawn and the seed figure is shown beside it.',
            'Amounts stated in two currencies (C$180bn in the seed article, US$143.4bn from IC Insights) are shown as each source states them, not converted.',
          ],
        })
      }
    />
  );
}
