import { useSyncExternalStore } from 'react';
import type { CityId, Status } from '../api/schemas';
import { CITY_IDS, STATUS_LABELS } from '../api/vocabulary';
import { CITY_NAMES, cityLabel } from '../domain/cities';
import { CITY_COLOURS } from '../domain/palette';
import { seriesClass } from '../domain/spotlight';
import { usePresenting, useSetView, useViewParam } from '../view-state/use-view-state';

export type StatusMarkProps = {
  cx: number;
  cy: number;
  colour: string;
  status: Status;
  size?: number;
  /** A legend swatch rather than a plotted value: it carries no `data-status`, so marks can be counted. */
  swatch?: boolean;
};

/**
 * A data point whose shape tells its status, so estimates never pass for reported figures
 * on the chart itself: filled circle = reported, filled diamond = seed article, hollow circle = estimate.
 * `data-status` lets a browser test count the marks of each status against the table's rows.
 */
export function StatusMark({ cx, cy, colour, status, size = 5, swatch = false }: StatusMarkProps) {
  const dataStatus = swatch ? undefined : status;
  if (status === 'seed') {
    const s = size + 1.5;
    return (
      <path
        d={`M${cx},${cy - s}L${cx + s},${cy}L${cx},${cy + s}L${cx - s},${cy}Z`}
        fill={colour}
        stroke="var(--bg)"
        strokeWidth={1.5}
        data-status={dataStatus}
      />
    );
  }
  if (status === 'estimate') {
    return <circle cx={cx} cy={cy} r={size} fill="var(--bg)" stroke={colour} strokeWidth={2.5} strokeDasharray="3 2" data-status={dataStatus} />;
  }
  return <circle cx={cx} cy={cy} r={size} fill={colour} stroke="var(--bg)" strokeWidth={1.5} data-status={dataStatus} />;
}

/**
 * A city's bar (a Recharts Cell's props): filled in the city's colour when reported or from the
 * seed article, hollow with a dashed edge when an estimate, as StatusLegend's 'bars' key shows.
 */
export function cityBarStyle(city: CityId, estimate: boolean) {
  return {
    className: seriesClass(city),
    fill: estimate ? 'var(--bg)' : CITY_COLOURS[city],
    stroke: CITY_COLOURS[city],
    strokeWidth: 2,
    strokeDasharray: estimate ? '4 3' : undefined,
  };
}

export type StatusLegendProps = { statuses: readonly Status[]; marks?: 'points' | 'bars' };

/** A bar whose fill tells its status: solid for reported and seed figures, hollow and dashed for estimates. */
function BarSwatch({ status }: { status: Status }) {
  return status === 'estimate' ? (
    <rect x={1} y={3} width={14} height={10} fill="var(--bg)" stroke="var(--text)" strokeWidth={2} strokeDasharray="3 2" />
  ) : (
    <rect x={1} y={3} width={14} height={10} fill="var(--text)" />
  );
}

/**
 * The key to the status marks, listing only the statuses on the chart. Bars draw reported and seed
 * figures alike (solid), so their key names both in one entry rather than two identical swatches.
 */
export function StatusLegend({ statuses, marks = 'points' }: StatusLegendProps) {
  if (statuses.length === 0) return null;
  const entries: { key: string; swatchStatus: Status; label: string }[] =
    marks === 'bars'
      ? [
          ...(statuses.some((status) => status !== 'estimate')
            ? [
                {
                  key: 'solid',
                  swatchStatus: 'reported' as const,
                  label: statuses
                    .filter((status) => status !== 'estimate')
                    .map((status, index) => (index === 0 ? STATUS_LABELS[status] : STATUS_LABELS[status].toLowerCase()))
                    .join(' or '),
                },
              ]
            : []),
          ...(statuses.includes('estimate') ? [{ key: 'estimate', swatchStatus: 'estimate' as const, label: STATUS_LABELS.estimate }] : []),
        ]
      : statuses.map((status) => ({ key: status, swatchStatus: status, label: STATUS_LABELS[status] }));
  return (
    <ul className="status-legend" aria-label="Marks">
      {entries.map(({ key, swatchStatus, label }) => (
        <li key={key} data-status={key === 'solid' ? statuses.filter((status) => status !== 'estimate').join(' ') : swatchStatus}>
          <svg width="16" height="16" aria-hidden="true">
            {marks === 'bars' ? <BarSwatch status={swatchStatus} /> : <StatusMark cx={8} cy={8} colour="var(--text)" status={swatchStatus} size={5} swatch />}
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}

/** A city's colour beside its name, so tooltip text itself keeps full contrast. */
export function CitySwatch({ colour }: { colour: string }) {
  return <span className="city-swatch" style={{ backgroundColor: colour }} aria-hidden="true" />;
}

/**
 * Text sizes inside charts, in px (Recharts lays text out by the size it is given, so CSS cannot
 * change it afterwards). Normally 15 px ticks and labels. In presentation mode they grow with the
 * window like the rest of the slide: ticks 16 px at 1280x720 and 24 px at 1920x1080, values 3 px
 * larger and bold (large text, so a city colour's 3:1 contrast suffices for them).
 */
export const CHART_TEXT = { tick: 15, label: 15 } as const;

/**
 * A slide's tick size for a window of `width` x `height` CSS px: the same share of the window as
 * the slide's type (presentation.css sizes it by min(1.48vw, 2.63vh), the smaller of width and
 * 16:9 height), so the chart keeps its proportions to the text around it, from 853x480 to
 * 3840x2160. A floor of 16 px had made charts at 1366x768 and 150% zoom (911x512 CSS px) a fifth
 * larger than the slide around them, and a 4:3 window sized them by its width alone: either way the
 * card overflowed; a cap of 24 px left a 4K slide's charts small.
 */
export function presentingTickSize(width: number, height: number): number {
  return Math.round(Math.min(47, Math.max(10, Math.min(width, (height * 16) / 9) * 0.0123)));
}

function subscribeToResize(listener: () => void) {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}

/** The chart text sizes for the current mode and window. */
export function useChartText(): { tick: number; label: number } {
  const presenting = usePresenting();
  const tick = useSyncExternalStore(subscribeToResize, () => presentingTickSize(window.innerWidth, window.innerHeight), () => 16);
  if (!presenting) return CHART_TEXT;
  return { tick, label: tick + 3 };
}

/**
 * A length made for the normal 15 px ticks (an axis's width or height, a mark's size), grown in
 * proportion on a slide whose ticks are larger (at 1920x1080 a fixed 44 px axis cut the
 * composite's "100" to ".00"; at 3840x2160 the timeline's marks were specks). Never smaller.
 */
export function scaleWithTicks(width: number, tickSize: number): number {
  return Math.round((width * Math.max(CHART_TEXT.tick, tickSize)) / CHART_TEXT.tick);
}

export function useValueLabelSize(): number {
  return useChartText().label;
}

/** The national reference line's colour: the muted text colour, apart from every city's. */
export const REFERENCE_COLOUR = 'var(--muted)';

export type CityLegendProps = {
  cities: readonly CityId[];
  /** How the chart draws a city: a line with its point, or a bar. */
  marker: 'line' | 'bar';
  /** A reference drawn beside the cities (China's national figure), named after them. */
  referenceLabel?: string;
};

/** "Spotlight Xi'an (key 2)": what clicking a legend entry does, and the key that does the same. */
export function spotlightTitle(city: CityId, spotlighted: boolean): string {
  const key = CITY_IDS.indexOf(city) + 1;
  return spotlighted ? `Clear the spotlight on ${CITY_NAMES[city].en} (key ${key} or 0)` : `Spotlight ${CITY_NAMES[city].en} (key ${key})`;
}

/**
 * A chart's key to the cities, where clicking a city spotlights it on every chart (again to clear),
 * as keys 1, 2 and 3 do. Used as the Recharts legend's content, so it sits where a legend is
 * expected and travels with the chart into exports.
 */
export function CityLegend({ cities, marker, referenceLabel }: CityLegendProps) {
  const spot = useViewParam('spot');
  const setView = useSetView();
  const presenting = usePresenting();
  const { tick } = useChartText();
  return (
    <ul className="city-legend" aria-label="Cities; click one to spotlight it" style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: '0.15rem 1.25rem', listStyle: 'none', margin: 0, padding: 0 }}>
      {cities.map((city) => {
        const on = spot === city;
        return (
          <li key={city}>
            <button
              type="button"
              className={`city-legend__item city-legend__item--${city}`}
              aria-pressed={on}
              title={spotlightTitle(city, on)}
              onClick={() => setView({ spot: on ? null : city }, { replace: true })}
              style={{
                display: 'inline-flex',
                alignItems: 'center',
                gap: '0.4rem',
                padding: '0.1rem 0.3rem',
                border: 0,
                borderRadius: 4,
                background: 'none',
                color: 'var(--text)',
                font: 'inherit',
                // 18 px at 1280x720 when presenting, scaled with the slide like the chart's text.
                fontSize: presenting ? tick + 2 : 15,
                fontWeight: on ? 700 : 400,
                textDecoration: on ? 'underline' : 'none',
                textUnderlineOffset: 3,
                cursor: 'pointer',
              }}
            >
              <svg width={marker === 'line' ? 26 : 14} height={14} aria-hidden="true">
                {marker === 'line' ? (
                  <>
                    <line x1={1} y1={7} x2={25} y2={7} stroke={CITY_COLOURS[city]} strokeWidth={3} />
                    <circle cx={13} cy={7} r={4} fill={CITY_COLOURS[city]} stroke="var(--bg)" strokeWidth={1.5} />
                  </>
                ) : (
                  <rect x={1} y={1} width={12} height={12} fill={CITY_COLOURS[city]} />
                )}
              </svg>
              {cityLabel(city)}
            </button>
          </li>
        );
      })}
      {referenceLabel ? (
        <li className="city-legend__reference" style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem', padding: '0.1rem 0.3rem', fontSize: presenting ? tick + 2 : 15 }}>
          <svg width={26} height={14} aria-hidden="true">
            <line x1={1} y1={7} x2={25} y2={7} stroke={REFERENCE_COLOUR} strokeWidth={2.5} strokeDasharray="5 3" />
          </svg>
          {referenceLabel}
        </li>
      ) : null}
    </ul>
  );
}
