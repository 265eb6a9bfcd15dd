import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { STATUS_LABELS } from '../../api/vocabulary';
import { cityLabel } from '../../domain/cities';
import { formatEnGb, formatMoneyFigure, formatQualifiedNumber } from '../../domain/format';
import { useChartLabels } from '../../charts/chart-labels';
import { BarValueLabel, type BarLabelProps, type BarValue } from '../../charts/bar-value-label';
import { CHART_TEXT, cityBarStyle, useChartText } from '../../charts/status-marks';
import type { IndustryBar } from './to-industry-bars';

export type IndustryOutputChartProps = { bars: readonly IndustryBar[]; sourceTitle: (id: string) => string; unit: string };

function IndustryTooltip({ active, payload, sourceTitle }: { active?: boolean; payload?: readonly { payload?: IndustryBar }[]; sourceTitle: (id: string) => string }) {
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {bar.label}, {cityLabel(bar.cityId)}
      </p>
      <p>
        {formatMoneyFigure(bar.output)} in {bar.output.year}
      </p>
      <p>
        {STATUS_LABELS[bar.output.status]} · {sourceTitle(bar.output.sourceId)}
      </p>
      {bar.output.method ? <p>{bar.output.method.detail}</p> : null}
      {bar.isZone ? <p>Zone-level figure, not a city total.</p> : null}
    </div>
  );
}

/** Horizontal bars, one per industry, in its city's colour; estimates drawn hollow with a dashed edge. */
export function IndustryOutputChart({ bars, sourceTitle, unit }: IndustryOutputChartProps) {
  const { tick: tickSize, label: labelSize } = useChartText();
  const ariaLabels = useChartLabels();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart {...ariaLabels} data={bars as IndustryBar[]} layout="vertical" margin={{ top: 4, right: labelSize * 7, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={{ fontSize: tickSize }} stroke="var(--muted)" tickFormatter={(v: number) => formatEnGb(v)} />
        <YAxis
          type="category"
          dataKey="label"
          width={Math.round((300 * tickSize) / CHART_TEXT.tick)}
          tick={{ fontSize: tickSize }}
          stroke="var(--muted)"
          interval={0}
        />
        <Tooltip content={<IndustryTooltip sourceTitle={sourceTitle} />} cursor={{ fill: 'var(--surface)' }} />
        <Bar dataKey={(bar: IndustryBar) => bar.output.value} name={`Output, ${unit}`} isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.id} {...cityBarStyle(bar.cityId, bar.output.status === 'estimate')} />
          ))}
          {/* Each label in its bar's city class, so it dims with its bar when another city is spotlighted. */}
          <LabelList
            dataKey={(bar: IndustryBar): BarValue => ({ text: `${formatQualifiedNumber(bar.output, 0)} (${bar.output.year})`, city: bar.cityId })}
            content={(props: BarLabelProps) => <BarValueLabel {...props} size={labelSize} />}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
