import { Suspense, memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { flushSync } from 'react-dom';
import { MemoryRouter, useLocation } from 'react-router';
import { useMeta } from '../../api/resources';
import { PanelErrorBoundary } from '../../ui/panel-error-boundary';
import { Skeleton } from '../../ui/skeleton';
import { ChartsOnPaper, ChartsWaitForFit, type ChartOnPaper } from '../../ui/use-near-viewport';
import { ViewStateProvider, useViewParam } from '../../view-state/use-view-state';
import { SECTIONS } from '../sections';
import type { PrintPageSpec } from './print-plan';
import { keepNodesThroughUnmount } from './kept-nodes';
import { afterFrameInTask } from './turns';
import { isSettled, nothingPending } from './settled';
import { describeViewSettings, reproducingSearch } from './print-text';
import { useFitScale, usePageReady, type PageReadiness } from './use-print-page';
import { useStowedWhileAway } from './use-stowed-while-away';

export type PrintPageProps = {
  page: PrintPageSpec;
  number: number;
  total: number;
  /** Origin and base path of the app ("https://host/hubscope"), for the link that reproduces the view. */
  appUrl: string;
  onReadyChange: (key: string, readiness: PageReadiness) => void;
};

/** How many times a ready page looks for its final state (settled and inside its frame) before it stays live. */
const FREEZE_LOOKS = 20;

/** Below this scale the text of a page gets small enough that the screen view says so. */
const SMALL_PRINT_SCALE = 0.6;

/** The (scaled) content stays inside its frame: a page caught between a fit and its charts' redraw does not. */
function fitsItsFrame(frame: HTMLElement | null, content: HTMLElement | null): boolean {
  if (!frame || !content) return true;
  const outer = frame.getBoundingClientRect();
  const inner = content.getBoundingClientRect();
  return inner.bottom <= outer.bottom + 1 && inner.right <= outer.right + 1;
}

type PrintPageBodyProps = PrintPageProps & {
  /** Called once the page is ready with no failed card: what it shows is final, as long as `stillFinal` says so. */
  onFinal: (stillFinal: () => boolean) => void;
};

function PrintPageBody({ page, number, total, appUrl, onReadyChange, onFinal }: PrintPageBodyProps) {
  const headingId = useId();
  const pageRef = useRef<HTMLElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  // The page's own router: its location is the view drawn, even after a sort or filter on the card.
  const location = useLocation();
  const spot = useViewParam('spot');
  const meta = useMeta();
  const section = SECTIONS.find((s) => s.path === location.pathname);

  const drawn = usePageReady(pageRef, !meta.isPending);
  // Fitted to the page once laid out with its charts still holding their boxes, which then draw
  // at the width the page prints at (ChartsWaitForFit); fitted again once drawn (a card whose
  // figure grows with its content changes the page's height); ready once fitted again.
  const [chartsMayDraw, setChartsMayDraw] = useState(false);
  const fit = useFitScale(frameRef, contentRef, chartsMayDraw ? drawn.ready : drawn.laidOut);
  if (!chartsMayDraw && drawn.laidOut && fit.measured) setChartsMayDraw(true);
  const ready = chartsMayDraw && drawn.ready && fit.measured;
  const { failed } = drawn;
  useEffect(() => onReadyChange(page.key, { ready, failed }), [onReadyChange, page.key, ready, failed]);
  // Ready and nothing to retry: what prints is final, so the live tree can go (PrintPage).
  // Not in the commit that applies the fit: its charts redraw at their new size in the frames
  // after it (their ResizeObservers), and a table windowed on paper settles its rows' heights, so
  // this waits two frames for a settled page that fits its frame, and looks again a few times if
  // it does not yet. Read in a task after the second frame has rendered, when its layout is done:
  // inside the frame it forced a whole page's layout into the frame's task.
  useEffect(() => {
    if (!ready || failed) return;
    let cancel: () => void = () => undefined;
    let looks = 0;
    const isFinal = () => {
      const root = pageRef.current;
      return root !== null && isSettled(root) && fitsItsFrame(frameRef.current, contentRef.current);
    };
    // Looked at again before each turn of the freeze without reading layout (a forced layout of a
    // whole section in a turn cost 30 ms and more): what undoes a final page (a card loading
    // again, a chart redrawn) shows in the DOM first.
    const stillFinal = () => pageRef.current !== null && nothingPending(pageRef.current);
    const look = () => {
      if (isFinal()) onFinal(stillFinal);
      else if (++looks < FREEZE_LOOKS) lookAfterTwoFrames();
    };
    const lookAfterTwoFrames = () => {
      cancel = afterFrameInTask(() => {
        cancel = afterFrameInTask(look);
      });
    };
    lookAfterTwoFrames();
    return () => cancel();
  }, [ready, failed, onFinal]);

  // The same element across the page's own renders (readiness, fit, freeze), so React skips the
  // section beneath: re-rendering a whole section redrew every chart on it (each Recharts chart
  // renders again and redraws through its store), 150 to 300 ms a time, several times a page.
  const body = useMemo(
    () =>
      section ? (
        <PanelErrorBoundary title={page.title}>
          <Suspense fallback={<Skeleton height={420} label={`Loading ${page.title}`} />}>
            <section.page.Component />
          </Suspense>
        </PanelErrorBoundary>
      ) : (
        <p className="panel-message">There is no section at {location.pathname} to print.</p>
      ),
    [section, page.title, location.pathname],
  );

  const link = `${appUrl}${location.pathname}${reproducingSearch(location.search, meta.data?.datasetVersion)}`;
  const dataset = meta.data
    ? `Dataset ${meta.data.datasetVersion}, as of ${meta.data.asOf}`
    : meta.isError
      ? 'Dataset version unknown (it did not load)'
      : 'Dataset information loading…';

  return (
    <>
      <article
        ref={pageRef}
        className="print-page"
        aria-labelledby={headingId}
        // Spotlight CSS is scoped to the page: each slide keeps its own.
        data-spotlight={spot ?? undefined}
        data-ready={ready}
        // Fitted once, laid out with its charts still to draw: from here on they draw (ChartsWaitForFit).
        data-fitted={chartsMayDraw ? '' : undefined}
      >
        <header className="print-page__header">
          <p className="print-page__kicker">{page.kicker}</p>
          <h2 id={headingId} className="print-page__title">
            {page.title}
          </h2>
          <p className="print-page__settings">{describeViewSettings(location.search).join(' · ')}</p>
        </header>
        <div ref={frameRef} className="print-page__frame">
          <div
            ref={contentRef}
            className="print-page__content"
            data-full-tables={fit.fullTables ? '' : undefined}
            style={
              {
                width: fit.width,
                transform: fit.scale < 1 ? `translateX(${fit.offset}px) scale(${fit.scale})` : undefined,
                '--card-alone-height': fit.chartHeight === undefined ? undefined : `${fit.chartHeight}px`,
              } as CSSProperties
            }
          >
            <ChartsWaitForFit value={!chartsMayDraw}>{body}</ChartsWaitForFit>
            {page.notes ? (
              <p className="print-page__notes">
                <strong>Notes:</strong> {page.notes}
              </p>
            ) : null}
          </div>
        </div>
        {fit.cut ? (
          <p className="print-page__cut">
            A table on this page is longer than the page and is cut where it scrolls on screen; every row is at the link below.
          </p>
        ) : null}
        <footer className="print-page__footer">
          <span>
            Hubscope · {dataset} · <a href={link}>{link}</a>
          </span>
          <span className="print-page__number">
            {number} / {total}
          </span>
        </footer>
      </article>
      {fit.scale < 1 ? (
        <p className="print-sheet__note">
          Scaled to {Math.floor(fit.scale * 100)}% to fit one page
          {fit.scale < SMALL_PRINT_SCALE ? '; its text will print small.' : '.'}
        </p>
      ) : null}
    </>
  );
}

/** What no longer does anything on a frozen page (see PrintPage): its controls, and the stops in the tab order (scroll boxes, charts). */
const DEAD_CONTROLS = 'button, input, select, textarea';
const TAB_STOPS = '[tabindex]:not([tabindex="-1"])';

/**
 * One printed page: the view of `page` in a router of its own, with heading, settings, notes and
 * a footer that links back to it. Memoised: the view re-renders whenever a page's readiness
 * changes or another page is drawn, and re-rendering every page drawn (each a whole section, for
 * some slides) each time made a big deck quadratic.
 *
 * Frozen once ready with no failed card: its charts are let go of one per turn, then the rest of
 * its live tree (router, queries, cards and their state) is unmounted, and the DOM it drew stays
 * in the sheet as it is (kept-nodes.ts), so fifty drawn whole sections cost the memory of their
 * DOM alone and nothing re-renders or re-measures them.
 * A page with a failed card stays live, so its Retry works; it freezes once the retry has drawn it.
 */
export const PrintPage = memo(function PrintPage(props: PrintPageProps) {
  const sheetRef = useRef<HTMLDivElement>(null);
  const [frozen, setFrozen] = useState(false);
  // The page's drawn charts, in the order they were drawn (see ChartsOnPaper).
  const charts = useRef(new Set<ChartOnPaper>());
  const registerChart = useCallback((chart: ChartOnPaper) => {
    charts.current.add(chart);
    return () => {
      charts.current.delete(chart);
    };
  }, []);
  const freezing = useRef(false);
  const cancelTurn = useRef<() => void>(() => undefined);
  useEffect(() => () => cancelTurn.current(), []);
  // Its charts are let go of first, one per turn (after a frame, in a task of its own), each
  // chart's nodes kept; then the rest of the live tree unmounts and the sheet keeps what it drew.
  // React renders no children in the sheet after that, so it never touches those nodes again.
  const freeze = useCallback((stillFinal: () => boolean) => {
    if (!sheetRef.current || freezing.current) return;
    freezing.current = true;
    let waits = 0;
    const turn = () => {
      const sheet = sheetRef.current;
      if (!sheet) return;
      // Changed meanwhile (a card loading again, a chart drawn again): looked at again in later
      // turns, then left to the page's next ready (PrintPageBody calls this again).
      if (!stillFinal()) {
        if (++waits < FREEZE_LOOKS) cancelTurn.current = afterFrameInTask(turn);
        else freezing.current = false;
        return;
      }
      const [chart] = charts.current;
      if (!chart) {
        keepNodesThroughUnmount(sheet, () => flushSync(() => setFrozen(true)));
        return;
      }
      charts.current.delete(chart);
      keepNodesThroughUnmount(chart.figure, () => flushSync(chart.letGo));
      cancelTurn.current = afterFrameInTask(turn);
    };
    turn();
  }, []);
  useLayoutEffect(() => {
    const sheet = sheetRef.current;
    if (!frozen || !sheet) return;
    sheet.dataset.frozen = '';
    // The kept controls (Export, weights, sort buttons) no longer do anything: disabled, so they
    // are out of the tab order and announced as unavailable, while their text (a column's header)
    // still reads. Scroll boxes and charts leave the tab order but keep their content, tables,
    // links and descriptions (inert would hide all of it).
    for (const control of sheet.querySelectorAll(DEAD_CONTROLS)) control.setAttribute('disabled', '');
    for (const stop of sheet.querySelectorAll(TAB_STOPS)) stop.setAttribute('tabindex', '-1');
  }, [frozen]);
  // Far from the window, a frozen page's nodes are written down and let go of until it comes near or prints.
  useStowedWhileAway(sheetRef, frozen);
  return (
    <div ref={sheetRef} className="print-sheet">
      {frozen ? null : (
        <ChartsOnPaper value={registerChart}>
          <MemoryRouter initialEntries={[`${props.page.pathname}${props.page.search}`]}>
            <ViewStateProvider>
              <PrintPageBody {...props} onFinal={freeze} />
            </ViewStateProvider>
          </MemoryRouter>
        </ChartsOnPaper>
      )}
    </div>
  );
});

export type PendingPrintPageProps = { page: PrintPageSpec; number: number; total: number };

/**
 * A page not drawn yet: a blank sheet of the page's size, so the view's length and the scroll
 * position do not change as pages are drawn in turn, saying which page it will be.
 */
export function PendingPrintPage({ page, number, total }: PendingPrintPageProps) {
  return (
    <div className="print-sheet">
      <div className="print-page print-page--pending">
        <p className="print-page__kicker">{page.kicker}</p>
        <p className="print-page__waiting">
          {page.title}: waiting to be drawn ({number} / {total})
        </p>
      </div>
    </div>
  );
}
