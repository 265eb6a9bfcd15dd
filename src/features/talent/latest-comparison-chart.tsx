import { useId, useState } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { CityId } from '../../api/schemas';
import { cityLabel } from '../../domain/cities';
import { formatValue, unitLabel } from '../../domain/format';
import { partLabels, useChartLabels } from '../../charts/chart-labels';
import { cityBarStyle, useChartText } from '../../charts/status-marks';
import { BarValueLabel, type BarLabelProps, type BarValue } from '../../charts/bar-value-label';
import { toMultipleBars, verdictText, type ComparisonRow, type MultipleBar } from './to-latest-comparison';
import { multipleLayout } from './multiple-layout';

export type LatestComparisonChartProps = {
  rows: readonly ComparisonRow[];
  cities: readonly CityId[];
  notes: Readonly<Record<string, string>>;
};

type ComparedRow = Extract<ComparisonRow, { ok: true }>;

/**
 * One measure's bars: a bar per city in its colour with value and year. Its columns (names, bars,
 * value labels) are laid out for the width the cell has (multiple-layout.ts), measured by the
 * chart's container, so the bars keep their room at any size.
 */
function ComparisonMultiple({
  row,
  data,
  note,
  idPrefix,
  cardLabels,
  tickSize,
  labelSize: sharedLabelSize,
  rowHeightLabelSize,
  width,
  onWidth,
}: {
  row: ComparedRow;
  /** The row's bars (toMultipleBars). */
  data: readonly MultipleBar[];
  note: string | undefined;
  idPrefix: string;
  cardLabels: ReturnType<typeof useChartLabels>;
  /** The city names' size, px. */
  tickSize: number;
  /** The value labels' size, the same in every multiple (see LatestComparisonChart). */
  labelSize: number;
  /** The label size the rows' height is made for (the one asked for, so heights never jump). */
  rowHeightLabelSize: number;
  /** The cells' width once measured (the grid's cells are equal). */
  width: number | null;
  onWidth: (width: number) => void;
}) {
  const layout = multipleLayout(width, data.map((d) => cityLabel(d.city)), data.map((d) => d.label), tickSize, sharedLabelSize);
  const labelSize = layout.labelSize;
  // Each drawing is a tab stop of its own: named by the card and its measure, described by its verdict and note.
  const idOf = (part: string) => `${idPrefix}-${row.metricId}-${part}`;
  const ids = { title: idOf('title'), verdict: idOf('verdict'), note: idOf('note') };
  const ariaLabels = partLabels(cardLabels, { labelId: ids.title, descriptionIds: [ids.verdict, note ? ids.note : undefined] });
  return (
    <div className="talent-multiple">
      <h3 id={ids.title} className="talent-multiple__title">
        {row.metric.label} <span className="talent-multiple__unit">({unitLabel(row.metric)})</span>
      </h3>
      <p id={ids.verdict} className="talent-multiple__verdict">{verdictText(row.verdict, cityLabel)}</p>
      {note ? <p id={ids.note} className="talent-multiple__note">{note}</p> : null}
      {/* A row holds its bar and value label, or a missing city's name wrapped on two lines. */}
      <div style={{ height: data.length * Math.max(rowHeightLabelSize + 19, Math.round(tickSize * 2.4)) + 12 }}>
        <ResponsiveContainer width="100%" height="100%" onResize={(measured) => onWidth(Math.round(measured))}>
          <BarChart {...ariaLabels} data={data} layout="vertical" margin={{ top: 2, right: layout.labelRoom, bottom: 2, left: 4 }}>
            <XAxis type="number" hide domain={[0, 'dataMax']} />
            <YAxis type="category" dataKey="category" width={layout.axisWidth} tick={{ fontSize: tickSize }} stroke="var(--muted)" interval={0} />
            <Bar dataKey="value" isAnimationActive={false} barSize={labelSize + 7}>
              {data.map((d) => (
                <Cell key={d.city} {...cityBarStyle(d.city, d.estimate)} />
              ))}
              <LabelList dataKey={(d: MultipleBar): BarValue => ({ text: d.label, city: d.city })} content={(props: BarLabelProps) => <BarValueLabel {...props} size={labelSize} />} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}

/**
 * Small multiples: one bar group per measure, each on its own scale (units differ), a bar per
 * city in its colour with value and year; estimates hollow and dashed; a missing city says so.
 */
export function LatestComparisonChart({ rows, cities, notes }: LatestComparisonChartProps) {
  const { tick: tickSize, label: askedLabelSize } = useChartText();
  const cardLabels = useChartLabels();
  const idPrefix = useId();
  const [width, setWidth] = useState<number | null>(null);
  // Each compared row's bars, built once; and one label size for every multiple: the largest that
  // leaves every cell's bars their room.
  const names = cities.map(cityLabel);
  const barsByMetric = new Map(
    rows.filter((row): row is ComparedRow => row.ok && row.verdict.kind !== 'noCommonYear').map((row) => [row.metricId, toMultipleBars(row, cities)] as const),
  );
  const labelSize = Math.min(
    askedLabelSize,
    ...[...barsByMetric.values()].map((data) => multipleLayout(width, names, data.map((d) => d.label), tickSize, askedLabelSize).labelSize),
  );
  return (
    // On a slide the card's fit picks the column count (ui/use-fit-to-box.ts).
    <div className="talent-multiples" data-fit-grid="">
      {rows.map((row) => {
        if (!row.ok) {
          return (
            <div key={row.metricId} className="talent-multiple">
              <h3 className="talent-multiple__title">{row.label}</h3>
              <p className="missing">{row.reason}</p>
            </div>
          );
        }
        if (row.verdict.kind === 'noCommonYear') {
          // No bars: bars of different years side by side would read as a comparison.
          return (
            <div key={row.metricId} className="talent-multiple">
              <h3 className="talent-multiple__title">
                {row.metric.label} <span className="talent-multiple__unit">({unitLabel(row.metric)})</span>
              </h3>
              <p className="talent-multiple__verdict">{verdictText(row.verdict, cityLabel, { yearsListed: true })}</p>
              <ul className="talent-multiple__latest">
                {cities.map((city) => {
                  const latest = row.latest[city];
                  return (
                    <li key={city}>
                      {latest ? `${cityLabel(city)}: ${formatValue(latest, row.metric)} (${latest.year}${latest.status === 'estimate' ? ', estimate' : ''})` : `${cityLabel(city)}: no figure`}
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        }
        return (
          <ComparisonMultiple
            key={row.metricId}
            row={row}
            data={barsByMetric.get(row.metricId) ?? toMultipleBars(row, cities)}
            note={notes[row.metricId]}
            idPrefix={idPrefix}
            cardLabels={cardLabels}
            tickSize={tickSize}
            labelSize={labelSize}
            rowHeightLabelSize={askedLabelSize}
            width={width}
            onWidth={setWidth}
          />
        );
      })}
    </div>
  );
}
