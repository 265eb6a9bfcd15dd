import { useEffect, useState, type RefObject } from 'react';
import { pageProgress, type PageProgress } from './settled';
import { afterFrameInTask } from './turns';

/** A task of its own (after whatever is queued), so the browser can render and handle input first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in a task of its own once the next frame has rendered. A check that reads the page's
 * geometry then finds the layout done; read inside requestAnimationFrame (before the frame's
 * layout) it forces that layout into the frame's own task, a whole section's at times (100 to
 * 400 ms, on top of the frame's other work).
 */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => afterFrameInTask(resolve));
}

/**
 * True once the page under `ref` has drawn its final state: every card settled (see isSettled)
 * and the fonts loaded, so what prints is what the page will keep showing; and `extraReady`
 * (the page's own data, such as the dataset date in its footer). The page is watched, not its
 * queries, because a skeleton is exactly what must not print, whichever query it waits for. It
 * goes back to false if a skeleton returns (a card refetching after Retry). A page whose card
 * failed is ready too (its error is its final state) and says it failed.
 */
export type PageReadiness = { ready: boolean; /** A card on the page shows an error instead of its data. */ failed: boolean };

/** As PageReadiness, and whether the page is laid out but for its charts still to draw ('charts-to-draw' or 'settled', see pageProgress). */
export type PageDrawing = PageReadiness & { laidOut: boolean };

export function usePageReady(ref: RefObject<HTMLElement | null>, extraReady: boolean): PageDrawing {
  const [progress, setProgress] = useState<PageProgress>('loading');
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let cancelled = false;
    let running = false;
    let again = false;
    // One check at a time; a change seen meanwhile runs it once more when it ends.
    const check = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      do {
        again = false;
        let result = pageProgress(root);
        if (result !== 'loading') {
          // Let charts take their measured size and the fonts arrive, then look again.
          await (document.fonts?.ready ?? Promise.resolve());
          await afterNextFrame();
          await afterNextFrame();
          result = pageProgress(root);
        }
        if (cancelled) return;
        setProgress(result);
        setFailed(result === 'settled' && root.querySelector('.panel-message--error') !== null);
      } while (again);
      running = false;
    };
    // At most one check a frame: a page drawing its charts changes many times a frame, and each
    // check reads every chart's size. After the frame has rendered, so the layout it reads is done
    // (see afterNextFrame). A hidden tab runs no frames, hence the 100 ms timer.
    let frameRequest = 0;
    let timer = 0;
    const checkOnce = () => {
      cancelAnimationFrame(frameRequest);
      clearTimeout(timer);
      frameRequest = 0;
      timer = 0;
      void check();
    };
    const observer = new MutationObserver(() => {
      if (frameRequest !== 0 || timer !== 0) return;
      frameRequest = requestAnimationFrame(() => {
        frameRequest = 0;
        clearTimeout(timer);
        timer = window.setTimeout(checkOnce, 0);
      });
      timer = window.setTimeout(checkOnce, 100);
    });
    // Attributes too: a chart redrawn at a new size changes its surface's width and height.
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['width', 'height', 'style', 'class'] });
    void check();
    return () => {
      cancelled = true;
      cancelAnimationFrame(frameRequest);
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [ref]);
  return { ready: progress === 'settled' && extraReady, failed, laidOut: progress !== 'loading' && extraReady };
}

export type PageFit = {
  /** The width the content is laid out at, in px; undefined for the page's own width. */
  width: number | undefined;
  /** The height of a chart shown alone, in px (`--card-alone-height`, see print.css); undefined for the stylesheet's. */
  chartHeight: number | undefined;
  /** At most 1. */
  scale: number;
  /** Horizontal offset, in px, that centres the scaled content. */
  offset: number;
  /** Tables drawn whole instead of in their on-screen scroll box. */
  fullTables: boolean;
  /** A table is still cut at its scroll box (too long to print whole); the page says so. */
  cut: boolean;
};

const FULL_SIZE: PageFit = { width: undefined, chartHeight: undefined, scale: 1, offset: 0, fullTables: false, cut: false };

/** Wider layouts tried for content too tall for its page: wrapped text and grids of small charts then take fewer rows. */
const WIDTH_FACTORS = [1, 1.1, 1.2, 1.35, 1.5, 1.7, 2];

/**
 * The heights a page gives a chart shown alone. At least what it has on the 1280 x 720 screen the
 * app is laid out for (720 px less 20 rem), since some charts need their height (one bar per
 * industry with two-line labels) and squeezing them is worse than smaller text; at most
 * ChartCard's own upper bound.
 */
const CHART_HEIGHT = { min: 400, max: 1000 } as const;

/** A table is printed whole (not cut at its scroll box) only if the page can then be read at this scale or more. */
const MIN_FULL_TABLE_SCALE = 0.5;

type Trial = { width: number; chartHeight: number | undefined; fullTables: boolean; scale: number; sideways: boolean; cut: boolean };

/** The best of `trials`: the largest scale; a wider layout must win clearly, else the narrower keeps its larger text. */
function bestOf(trials: readonly Trial[]): Trial | undefined {
  let best: Trial | undefined;
  for (const trial of trials) if (!best || trial.scale > best.scale + 0.01) best = trial;
  return best;
}

const CHART_HEIGHT_PROPERTY = '--card-alone-height';

/**
 * How the content fits its frame on one page, found by laying it out a few ways:
 * - a chart shown alone takes the height the page leaves it (between ChartCard's bounds), so a
 *   slide fills its page like it fills the screen when presenting;
 * - content still too tall is scaled down, as a transform rather than a relayout, so the picture
 *   the screen shows is the one that prints; since a landscape page has width to spare, it is
 *   first laid out wider where that shortens it (text wraps less, small multiples sit side by
 *   side) or where a table would otherwise lose columns;
 * - a table that scrolls on screen is printed whole when the page stays readable, else cut at its
 *   scroll box, and the page says so.
 * Chart boxes have fixed heights, so each trial is one synchronous layout of the page, each in a
 * task of its own; a whole section's widths are searched by halves (about 5 layouts per way of
 * drawing tables instead of 7).
 */
export function useFitScale(frame: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>, settled: boolean): PageFit & { measured: boolean } {
  const [fit, setFit] = useState<PageFit>(FULL_SIZE);
  // Whether the fit was measured since the content last settled (state adjusted during render
  // when `settled` changes, as React's docs show for information from previous renders).
  const [measured, setMeasured] = useState(false);
  const [measuredWhileSettled, setMeasuredWhileSettled] = useState(settled);
  if (measuredWhileSettled !== settled) {
    setMeasuredWhileSettled(settled);
    setMeasured(false);
  }
  useEffect(() => {
    const frameElement = frame.current;
    const contentElement = content.current;
    // Measured only once the content has settled: each trial is a layout of the whole page, and
    // a page drawing its charts in turns changed size once per chart, which measured it again each
    // time (most of the time a whole-section page took to print). The page is ready only once
    // measured, so what prints is the fitted page.
    if (!settled) return;
    if (!frameElement || !contentElement || typeof ResizeObserver === 'undefined') {
      const frameRequest = requestAnimationFrame(() => setMeasured(true));
      return () => cancelAnimationFrame(frameRequest);
    }

    const apply = (width: number, chartHeight: number | undefined, fullTables: boolean) => {
      contentElement.style.width = `${width}px`;
      if (chartHeight === undefined) contentElement.style.removeProperty(CHART_HEIGHT_PROPERTY);
      else contentElement.style.setProperty(CHART_HEIGHT_PROPERTY, `${chartHeight}px`);
      if (fullTables) contentElement.dataset.fullTables = '';
      else delete contentElement.dataset.fullTables;
      // offsetHeight ignores transforms: this is the content's own height in this layout.
      return contentElement.offsetHeight;
    };

    // One run of trials at a time; a newer run (the page resized) makes the older one stop.
    let run = 0;
    let cancelled = false;
    const measure = async () => {
      const id = ++run;
      // Each trial is a layout of the whole page (a whole section with its tables can take a
      // tenth of a second or more): one per task, so the page never blocks the tab for a run.
      const turn = async () => {
        await nextTask();
        return !cancelled && id === run;
      };
      if (!(await turn())) return;
      const pageWidth = frameElement.clientWidth;
      const available = frameElement.clientHeight;
      if (pageWidth <= 0 || available <= 0) {
        setMeasured(true);
        return;
      }
      const shown = {
        width: contentElement.style.width,
        chartHeight: contentElement.style.getPropertyValue(CHART_HEIGHT_PROPERTY),
        fullTables: contentElement.dataset.fullTables,
      };
      // Put back as shown at the end of each trial's task, before the browser renders: the page's
      // and the charts' ResizeObservers never see a trial's size (they would redraw every chart at it).
      const restore = () => {
        contentElement.style.width = shown.width;
        if (shown.chartHeight) contentElement.style.setProperty(CHART_HEIGHT_PROPERTY, shown.chartHeight);
        else contentElement.style.removeProperty(CHART_HEIGHT_PROPERTY);
        if (shown.fullTables === undefined) delete contentElement.dataset.fullTables;
        else contentElement.dataset.fullTables = shown.fullTables;
      };
      const tables = Array.from(contentElement.querySelectorAll<HTMLElement>('.table-scroll'));
      // Only a card shown alone takes --card-alone-height (print.css): without one, the chart's
      // height changes nothing and one layout per width is enough (a whole section is large).
      const fillsHeight = contentElement.querySelector('.chart-card--focused') !== null;
      const widthScaleAt = (width: number) => Math.min(1, pageWidth / width);
      /** The content laid out at WIDTH_FACTORS[index]; undefined if it has no height (nothing to fit). */
      const trialAt = (index: number, fullTables: boolean): Trial | undefined => {
        const width = Math.round(pageWidth * (WIDTH_FACTORS[index] ?? 1));
        // At this width the content is scaled by at least this much, which leaves it this much height.
        const widthScale = widthScaleAt(width);
        let chartHeight: number | undefined;
        try {
          if (fillsHeight) {
            // The content's height is linear in the chart's: try both bounds, then solve for the fill.
            const low = apply(width, CHART_HEIGHT.min, fullTables);
            const high = apply(width, CHART_HEIGHT.max, fullTables);
            if (low <= 0) return undefined;
            const perPixel = (high - low) / (CHART_HEIGHT.max - CHART_HEIGHT.min);
            if (perPixel > 0) {
              const fill = CHART_HEIGHT.min + Math.floor((available / widthScale - low) / perPixel);
              chartHeight = Math.min(CHART_HEIGHT.max, Math.max(CHART_HEIGHT.min, fill));
            }
          }
          const natural = apply(width, chartHeight, fullTables);
          if (natural <= 0) return undefined;
          return {
            width,
            chartHeight,
            fullTables,
            scale: Math.min(widthScale, available / natural),
            sideways: tables.some((t) => t.scrollWidth > t.clientWidth + 1),
            cut: tables.some((t) => t.scrollHeight > t.clientHeight + 1),
          };
        } finally {
          restore();
        }
      };

      const trials: Trial[] = [];
      const last = WIDTH_FACTORS.length - 1;
      for (const fullTables of tables.length > 0 ? [true, false] : [false]) {
        const seen = new Map<number, Trial | undefined>();
        /** The trial at `index`, laid out in a task of its own the first time; null once this run is stale. */
        const at = async (index: number): Promise<Trial | undefined | null> => {
          if (seen.has(index)) return seen.get(index);
          if (!(await turn())) return null;
          const trial = trialAt(index, fullTables);
          seen.set(index, trial);
          if (trial) trials.push(trial);
          return trial;
        };
        const first = await at(0);
        if (first === null) return;
        if (!first || (first.scale === 1 && !first.sideways)) continue;
        if (fillsHeight) {
          // A card alone is small: every width, as the chart's height is solved for each.
          for (let index = 1; index <= last; index += 1) {
            const trial = await at(index);
            if (trial === null) return;
            if (!trial) break;
          }
          continue;
        }
        // A whole section is large: the widths are searched by halves. Wider never brings back a
        // table's hidden columns, and the scale rises with the width (the content gets shorter)
        // until the width itself limits it: the best is where the two meet.
        let from = 0;
        if (first.sideways) {
          const widest = await at(last);
          if (widest === null) return;
          if (widest && !widest.sideways) {
            let lo = 0;
            let hi = last;
            while (hi - lo > 1) {
              const mid = (lo + hi) >> 1;
              const trial = await at(mid);
              if (trial === null) return;
              if (trial && !trial.sideways) hi = mid;
              else lo = mid;
            }
            from = hi;
          }
        }
        const widthLimited = (trial: Trial) => trial.scale >= widthScaleAt(trial.width);
        const start = await at(from);
        if (start === null) return;
        if (!start || widthLimited(start)) continue;
        const widest = await at(last);
        if (widest === null) return;
        if (!widest || !widthLimited(widest)) continue;
        let lo = from;
        let hi = last;
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1;
          const trial = await at(mid);
          if (trial === null) return;
          if (trial && widthLimited(trial)) hi = mid;
          else lo = mid;
        }
      }

      // Every column shown if any layout manages it; whole tables if readable; then the largest scale.
      const complete = trials.filter((t) => !t.sideways);
      const pool = complete.length > 0 ? complete : trials;
      const chosen = bestOf(pool.filter((t) => t.fullTables && t.scale >= MIN_FULL_TABLE_SCALE)) ?? bestOf(pool.filter((t) => !t.fullTables)) ?? bestOf(pool);
      if (!chosen) {
        setMeasured(true);
        return;
      }
      // Rounded down, so rounding never pushes the last line past the page.
      const scale = Math.floor(chosen.scale * 1000) / 1000;
      const next: PageFit = {
        width: chosen.width === pageWidth ? undefined : chosen.width,
        chartHeight: chosen.chartHeight,
        scale,
        offset: Math.max(0, (pageWidth - chosen.width * scale) / 2),
        fullTables: chosen.fullTables,
        cut: chosen.cut,
      };
      setFit((previous) => ((Object.keys(next) as (keyof PageFit)[]).every((key) => previous[key] === next[key]) ? previous : next));
      setMeasured(true);
    };

    // Started in the next frame, never inside the observer's callback: the trials resize what it observes.
    let frameRequest = 0;
    const schedule = () => {
      cancelAnimationFrame(frameRequest);
      frameRequest = requestAnimationFrame(() => void measure());
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(frameElement);
    observer.observe(contentElement);
    schedule();
    return () => {
      cancelled = true;
      cancelAnimationFrame(frameRequest);
      observer.disconnect();
    };
  }, [frame, content, settled]);
  return { ...fit, measured: settled && measured };
}
