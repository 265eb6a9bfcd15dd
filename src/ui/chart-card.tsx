import { lazy, Suspense, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { PanelState } from '../api/combine-queries';
import { ErrorText } from './error-text';
import type { Source, Status } from '../api/schemas';
import { STATUSES } from '../api/vocabulary';
import type { CsvTable } from '../export/csv/csv';
import type { CardId } from '../view-state/cards';
import { useAfterViewCommitted, useCurrentSearch, useFocusedCard, usePresenting, useSetView, useViewParam } from '../view-state/use-view-state';
import { ExportMenuOnDemand } from './export-menu-on-demand';
import { ChartLabelsContext } from '../charts/chart-labels';
import { EmptyState } from './empty-state';
import { PanelErrorBoundary } from './panel-error-boundary';
import { ErrorPanel } from './error-panel';
import { Skeleton } from './skeleton';
import { SourceLine } from './source-line';
import { StatusBadge } from './status-badge';
import { useDrawTurn } from './draw-turns';
import { ChartsOnPaper, ChartsWaitForFit, RedrawInTurns, useNearViewport } from './use-near-viewport';
import { useChartStage } from './use-chart-stage';

// The fit to a slide loads only when a card is shown alone on one.
const FitToBox = lazy(() => import('./use-fit-to-box').then((m) => ({ default: m.FitToBox })));

export type ChartCardFooter = {
  /** Left out for cards about the sources themselves. */
  sources?: readonly Source[];
  /** The years the shown data covers, e.g. "2015–2024". */
  years: string;
  asOf: string | undefined;
  statuses: readonly Status[];
  notes?: readonly string[];
};

export type ChartCardProps = {
  /** Stable id from view-state/cards.ts: `card=<id>` shows this card alone, and exports are named after it. */
  id: CardId;
  title: string;
  /** What is measured, in which unit and years. */
  subtitle: string;
  /** The metric's definition, one click away. */
  definition?: string;
  controls?: ReactNode;
  state: PanelState;
  /** True when the data loaded but nothing matches the selection. */
  isEmpty: boolean;
  emptyMessage?: string;
  /** Left out for cards that are tables by nature; they ignore the chart/table switch. */
  chart?: () => ReactNode;
  table: () => ReactNode;
  footer: () => ChartCardFooter;
  /** The card's rows for a spreadsheet, with unit, year, status and source columns; built only when asked for. */
  csv?: () => CsvTable;
  /** The chart's height in px, or 'auto' for content that sizes itself (cards, lists). */
  height?: number | 'auto';
  /**
   * For `height: 'auto'` cards: the body's layout without its figures (say one empty box per city,
   * in the grid the figures use), held while loading and before drawing, so nothing below it moves
   * when they arrive, at any window width. Without it the card holds 240 px.
   */
  loadingShape?: () => ReactNode;
  /** Accessible description of what the chart shows, for screen readers. */
  description: string;
};

/** Whether this page has marked its first figure drawn with data (`npm run bench` reads the mark). */
let firstChartMarked = false;

/** Runs after every commit of its parent's content: placed after a chart in one Suspense boundary, once the chart is drawn. */
function AfterCommit({ run }: { run: () => void }) {
  useEffect(run);
  return null;
}

/** Calls a render function during its own render, so an error boundary above it catches what it throws. */
function RenderInside({ render }: { render: () => ReactNode }) {
  return <>{render()}</>;
}

function CardFooter({ footer }: { footer: () => ChartCardFooter }) {
  const footerData = footer();
  const statuses = STATUSES.filter((s) => footerData.statuses.includes(s));
  return (
    <footer className="chart-card__footer">
      {footerData.sources ? (
        <p>
          <SourceLine sources={footerData.sources} />
        </p>
      ) : null}
      <p>
        Data: {footerData.years || 'undated'} · Dataset as of {footerData.asOf ?? 'unknown'}
        {statuses.length > 0 ? ' · ' : ''}
        {statuses.map((s) => (
          <StatusBadge key={s} status={s} />
        ))}
      </p>
      {footerData.notes?.map((note, index) => (
        <p key={index} className="chart-card__note">
          {note}
        </p>
      ))}
    </footer>
  );
}

/**
 * The chart "sandwich" every chart lives in: title and subtitle, controls, the chart or the table
 * of the same rows, and a footer with sources, years, the dataset date and the status of the values.
 */
export function ChartCard({
  id,
  title,
  subtitle,
  definition,
  controls,
  state,
  isEmpty,
  emptyMessage,
  chart,
  table,
  footer,
  csv,
  height = 320,
  loadingShape,
  description,
}: ChartCardProps) {
  const headingId = useId();
  const descriptionId = useId();
  const cardRef = useRef<HTMLElement>(null);
  const figureRef = useRef<HTMLElement>(null);
  const view = useViewParam('view');
  const setView = useSetView();
  const currentSearch = useCurrentSearch();
  /** True once this card's chart has been drawn (its code arrived and it committed). */
  const chartDrawn = useRef(false);
  const focusedCard = useFocusedCard();
  const focused = focusedCard === id;
  // Another card is shown alone: this one steps aside (below, after the hooks React requires).
  const stepsAside = focusedCard !== null && !focused;
  const { drawn: reached, near } = useNearViewport(cardRef, { eager: focused, shown: !stepsAside });
  // A drawn chart far from the window is not redrawn for a new view (or new data) until it comes
  // near again: it goes back to holding its box. A change of cities then redraws the charts in
  // sight, not every chart of the page. Only for charts of a fixed height, so the page never moves.
  // `chart` is a new function whenever the panel renders with new props, which is what tells.
  const [drawnChart, setDrawnChart] = useState(() => chart);
  const holdsBoxWhenFar = chart !== undefined && height !== 'auto' && view !== 'table';
  let waitsToRedraw = false;
  if (chart !== drawnChart) {
    if (near || !holdsBoxWhenFar) setDrawnChart(() => chart);
    else waitsToRedraw = true;
  }
  // For the benchmark (scripts/bench), print and export: after every commit that draws the chart
  // (its lazily loaded code included), the figure names the view it was drawn for, so a
  // MutationObserver can time "input to last chart settled"; the first figure drawn with data
  // marks the page's timeline once ("first data chart painted").
  const onChartDrawn = () => {
    const figure = figureRef.current;
    if (!figure) return;
    chartDrawn.current = true;
    figure.setAttribute('data-rendered-for', `${id}${currentSearch()}`);
    if (!firstChartMarked && typeof performance.mark === 'function') {
      firstChartMarked = true;
      performance.mark('hubscope:first-chart');
    }
  };
  // A change of view this card does not read (say the spotlight) does not re-render it: its drawn
  // chart is then drawn for the new view as it stands.
  useAfterViewCommitted(() => {
    if (chartDrawn.current && figureRef.current) onChartDrawn();
  });
  const showsChart = view !== 'table' && chart !== undefined;
  // On a slide, content taller than the window (small multiples, a table) shrinks to fit it (FitToBox).
  const presenting = usePresenting();
  const bodyRef = useRef<HTMLDivElement>(null);
  const fitsToSlide = presenting && focused;
  // A card shown alone (a slide, a printed page) draws at once: it is the one chart on screen.
  // In print, a drawn chart whose box changes size draws again in a turn of a new round (below).
  const [drawRound, setDrawRound] = useState(0);
  // On a printed page, a chart not shown alone also waits for the page's fit (ChartsWaitForFit).
  const waitsForFit = useContext(ChartsWaitForFit);
  const hasDrawTurn = useDrawTurn(state.status === 'success' && !isEmpty && reached && !waitsToRedraw && showsChart && !stepsAside && !focused && !waitsForFit, drawRound) || focused;
  const drawsChart = state.status === 'success' && !isEmpty && reached && !waitsToRedraw && showsChart && hasDrawTurn && !stepsAside;
  // The box it holds meanwhile has the figure's size only for a fixed height.
  const redrawsInTurns = useContext(RedrawInTurns) && height !== 'auto' && !focused;
  useEffect(() => {
    const figure = figureRef.current;
    if (!redrawsInTurns || !drawsChart || !figure || typeof ResizeObserver === 'undefined') return;
    let drawnAt: string | undefined;
    const observer = new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentRect;
      if (!box) return;
      const size = `${Math.round(box.width)}x${Math.round(box.height)}`;
      // The first observation is the size it draws at; any other takes it back to its box. The
      // chart's own observer sees the same change in the same frame, and both updates render together.
      if (drawnAt === undefined) drawnAt = size;
      else if (size !== drawnAt) setDrawRound((round) => round + 1);
    });
    observer.observe(figure);
    return () => observer.disconnect();
  }, [redrawsInTurns, drawsChart, drawRound]);
  // On paper, a drawn chart offers itself to be let go of: the page freezing unmounts it in a turn
  // of its own and keeps the nodes it drew (ChartsOnPaper). Let go of, the figure stays as it is.
  const registerOnPaper = useContext(ChartsOnPaper);
  const [letGo, setLetGo] = useState(false);
  // A figure drawn anew (the card loading again, a redraw round) is a live chart again.
  if (letGo && !drawsChart) setLetGo(false);
  useEffect(() => {
    const figure = figureRef.current;
    if (!registerOnPaper || !drawsChart || letGo || !figure) return;
    return registerOnPaper({ figure, letGo: () => setLetGo(true) });
  }, [registerOnPaper, drawsChart, letGo]);
  // Off screen, the chart drawn again at the proportions a slide image asks for (see use-chart-stage.tsx).
  const { stage, standIn } = useChartStage(() =>
    drawnChart ? (
      <ChartLabelsContext value={{ 'aria-labelledby': headingId, 'aria-describedby': descriptionId }}>
        <PanelErrorBoundary title={title}>
          <Suspense fallback={null}>
            <RenderInside render={drawnChart} />
          </Suspense>
        </PanelErrorBoundary>
      </ChartLabelsContext>
    ) : null,
  );
  if (stepsAside) return null;

  let body: ReactNode;
  const boxHeight = height === 'auto' ? 240 : height;
  const shape = height === 'auto' ? loadingShape : undefined;
  if (state.status === 'pending') body = <Skeleton height={boxHeight} label={`Loading ${title}`} shape={shape} />;
  else if (state.status === 'error') body = <ErrorPanel error={state.error} onRetry={state.retry} height={boxHeight} />;
  else if (isEmpty) body = <EmptyState message={emptyMessage} height={boxHeight} />;
  // Far below (or above) the window: hold the space, draw when scrolled near (use-near-viewport.ts);
  // a chart's first draw also waits for its turn (draw-turns.ts).
  else if (!reached || waitsToRedraw || (showsChart && !hasDrawTurn)) body = <div className="chart-card__undrawn" style={shape ? undefined : { height: boxHeight }}>{shape?.()}</div>;
  else if (!showsChart) body = <RenderInside render={table} />;
  else
    body = (
      <figure
        ref={figureRef}
        className={height === 'auto' ? 'chart-figure' : 'chart-figure chart-figure--fixed'}
        // Shown alone (a slide's usual case), a chart takes the height the window leaves it, so the
        // sources stay on screen at 1280x720 and a large screen gets a large chart.
        // The print view sets --card-alone-height, since there the window is not the page.
        style={height === 'auto' ? undefined : { height: focused ? 'var(--card-alone-height, clamp(240px, calc(100dvh - 20rem), 1000px))' : height }}
        aria-labelledby={headingId}
        aria-describedby={descriptionId}
        // Let go of: its drawing stays as it was (a tooltip showing then is hidden by print.css).
        data-let-go={letGo ? '' : undefined}
      >
        {/* The chart's own svg (a tab stop) is named and described like the figure; see chart-labels.ts. */}
        {letGo ? null : (
          <ChartLabelsContext value={{ 'aria-labelledby': headingId, 'aria-describedby': descriptionId }}>
            {/* The chart's code arrives in its own chunk (charts/chart-loader.ts); its box is held meanwhile. */}
            <Suspense fallback={<Skeleton height={height === 'auto' ? boxHeight : '100%'} label={`Loading ${title}`} shape={shape} />}>
              <RenderInside render={chart} />
              <AfterCommit run={onChartDrawn} />
            </Suspense>
          </ChartLabelsContext>
        )}
      </figure>
    );

  const showsTable = state.status === 'success' && !isEmpty && (view === 'table' || !chart);
  const hasFooter = state.status === 'success' && !isEmpty;

  return (
    <section
      ref={cardRef}
      id={`card-${id}`}
      className={['chart-card', showsTable ? 'chart-card--table' : '', focused ? 'chart-card--focused' : ''].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-card-id={id}
    >
      <header className="chart-card__header">
        <div className="chart-card__heading-row">
          <h2 id={headingId} className="chart-card__title">
            {title}
          </h2>
          <div className="chart-card__actions">
            <ExportMenuOnDemand
              cardId={id}
              title={title}
              subtitle={subtitle}
              card={() => cardRef.current}
              footer={footer}
              csv={csv}
              hasChart={chart !== undefined}
              stage={chart ? stage : undefined}
              ready={hasFooter}
            />
            <button
              type="button"
              className="button button--quiet button--small"
              aria-pressed={focused}
              aria-label={focused ? `Show all cards (now showing ${title} alone)` : `Show ${title} alone`}
              onClick={() => setView({ card: focused ? null : id })}
            >
              {focused ? 'Show all cards' : 'Show alone'}
            </button>
          </div>
        </div>
        <p className="chart-card__subtitle">{subtitle}</p>
        <p id={descriptionId} className="visually-hidden">
          {description}
        </p>
        {definition ? (
          <details className="chart-card__definition">
            <summary>Definition</summary>
            <p>{definition}</p>
          </details>
        ) : null}
      </header>
      {controls ? <div className="chart-card__controls">{controls}</div> : null}
      {state.status === 'success' && state.refreshError ? (
        <div className="stale-note" role="status">
          <span>
            Could not refresh this data (<ErrorText error={state.refreshError.error} />); showing what was loaded earlier.
          </span>
          <button type="button" className="button button--quiet" onClick={state.refreshError.retry}>
            Retry
          </button>
        </div>
      ) : null}
      <div className="chart-card__body" ref={bodyRef}>
        {fitsToSlide ? (
          <Suspense fallback={null}>
            <FitToBox box={bodyRef} />
          </Suspense>
        ) : null}
        <PanelErrorBoundary title={title} height={boxHeight}>
          {body}
        </PanelErrorBoundary>
      </div>
      {hasFooter ? (
        <PanelErrorBoundary title={`${title} (sources)`}>
          <CardFooter footer={footer} />
        </PanelErrorBoundary>
      ) : state.status === 'pending' ? (
        // Room for a footer's usual three lines (sources; years and dataset date; a note), held while loading so the cards below do not move.
        <footer className="chart-card__footer chart-card__footer--loading" aria-hidden="true">
          <p>&nbsp;</p>
          <p>&nbsp;</p>
          <p>&nbsp;</p>
        </footer>
      ) : null}
      {standIn}
    </section>
  );
}
