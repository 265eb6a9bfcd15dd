import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { STATUS_LABELS } from '../../api/vocabulary';
import { useChartLabels } from '../../charts/chart-labels';
import { CHART_TEXT, useChartText } from '../../charts/status-marks';
import { NEUTRAL_SERIES_COLOUR } from '../../domain/palette';
import type { ShareBar } from './to-facts';

export type ShareBarChartProps = { bars: readonly ShareBar[]; sourceTitle: (id: string) => string };

function ShareTooltip({ active, payload, sourceTitle }: { active?: boolean; payload?: readonly { payload?: ShareBar }[]; sourceTitle: (id: string) => string }) {
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  const o = bar.observation;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{bar.label}</p>
      <p>
        {bar.text} in {o.year}
        {o.valueText ? `, as written: “${o.valueText}”` : ''}
      </p>
      <p>
        {STATUS_LABELS[o.status]}
        {o.seedId ? ` ${o.seedId}` : ''} · {sourceTitle(o.sourceId)}
      </p>
      {bar.seedRounding ? (
        <p>
          The seed article ({bar.seedRounding.seedId}) rounds it
          {bar.seedRounding.valueText ? `: “${bar.seedRounding.valueText}”` : ''} · {sourceTitle(bar.seedRounding.sourceId)}
        </p>
      ) : null}
    </div>
  );
}

/** Percent shares on one 0–100 scale, the value and qualifier written on each bar; estimates hollow. */
export function ShareBarChart({ bars, sourceTitle }: ShareBarChartProps) {
  const { tick: tickSize, label: labelSize } = useChartText();
  const ariaLabels = useChartLabels();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart {...ariaLabels} data={bars as ShareBar[]} layout="vertical" margin={{ top: 4, right: labelSize * 9, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} tick={{ fontSize: tickSize }} stroke="var(--muted)" tickFormatter={(v: number) => `${v}%`} />
        <YAxis type="category" dataKey="label" width={Math.round((440 * tickSize) / CHART_TEXT.tick)} tick={{ fontSize: tickSize }} stroke="var(--muted)" interval={0} />
        <Tooltip content={<ShareTooltip sourceTitle={sourceTitle} />} cursor={{ fill: 'var(--surface)' }} />
        <Bar dataKey="value" name="Share, %" isAnimationActive={false}>
          {bars.map((bar) => {
            const estimate = bar.observation.status === 'estimate';
            return (
              <Cell
                key={bar.id}
                fill={estimate ? 'var(--bg)' : NEUTRAL_SERIES_COLOUR}
                stroke={NEUTRAL_SERIES_COLOUR}
                strokeWidth={2}
                strokeDasharray={estimate ? '5 3' : undefined}
              />
            );
          })}
          <LabelList dataKey="text" position="right" style={{ fontSize: labelSize, fontWeight: 700, fill: 'var(--text)' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
