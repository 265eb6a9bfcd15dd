import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { STATUS_LABELS } from '../../api/vocabulary';
import { useChartLabels } from '../../charts/chart-labels';
import { BarValueLabel, type BarLabelProps, type BarValue } from '../../charts/bar-value-label';
import { CHART_TEXT, cityBarStyle, useChartText } from '../../charts/status-marks';
import { cityLabel } from '../../domain/cities';
import { formatQualifiedNumber } from '../../domain/format';
import type { UniversityBar } from './to-university-bars';

export type UniversityBarChartProps = { bars: UniversityBar[]; sourceTitle: (id: string) => string };

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
export function UniversityBarChart({ bars, sourceTitle }: UniversityBarChartProps) {
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
          {/* Each label in its bar's city class, so it dims with its bar when another city is spotlighted. */}
          <LabelList
            dataKey={(b: UniversityBar): BarValue => ({ text: `${formatQualifiedNumber(b.observation, 0)}% (${b.observation.year})`, city: b.cityId })}
            content={(props: BarLabelProps) => <BarValueLabel {...props} size={labelSize} />}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
