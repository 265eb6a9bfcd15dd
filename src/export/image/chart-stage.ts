import { chartSurface } from './availability';
import type { Measure } from './layout';
import { readCard, type CardReading } from './read-card';
import { plotArea, slideChartBox } from './slide-layout';
import type { ChartCardFooter } from '../../ui/chart-card';

/**
 * A card's chart drawn again off screen, at the proportions a slide gives it. A chart drawn for a
 * wide card (4:1, say) scaled into a 16:9 slide would leave half the slide empty; drawn again at
 * the slide's proportions, it fills it. The card (ui/chart-card.tsx) draws it; this side sizes it.
 */
export type ChartStage = {
  /** Draws the card's chart in an off-screen stand-in card whose figure is this size (CSS px); resolves with the stand-in once committed. */
  draw: (size: { width: number; height: number }) => Promise<HTMLElement>;
  /** Takes the stand-in away. */
  clear: () => void;
};

/** Slide px per CSS px of the chart drawn again: its 12-15 px text comes out at 24-30 px, read from the back of a room. */
const STAGE_SCALE = 2;
/** Proportions within this factor of the slide's are left as drawn on the card: scaled, they fill at least three quarters of the room. */
const CLOSE_ENOUGH = 1.33;
const SETTLE_TIMEOUT_MS = 3000;
const DRAW_ATTEMPTS = 3;

/** The next frame, or a tenth of a second where frames stop (a hidden tab). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });

/** Waits until the stand-in's chart is drawn and keeps its size for three frames (Recharts measures its box, then draws). */
async function settled(card: HTMLElement): Promise<void> {
  const started = performance.now();
  let last = '';
  let steady = 0;
  while (performance.now() - started < SETTLE_TIMEOUT_MS) {
    await nextFrame();
    const rect = chartSurface(card.querySelector('figure.chart-figure'))?.getBoundingClientRect();
    const size = rect && rect.width > 0 && rect.height > 0 ? `${rect.width}x${rect.height}` : '';
    steady = size !== '' && size === last ? steady + 1 : 0;
    if (steady >= 3) return;
    last = size;
  }
  throw new Error('the chart was not drawn again in time');
}

/**
 * The card's chart drawn again at the proportions of the room its slide gives it, read like the
 * card; undefined when the card's own drawing is close enough (or has no chart). The figure's
 * height is corrected until the plot (without its legend) has the height asked for, since a
 * figure also holds keys whose height the chart's width changes.
 */
export async function readForSlide(
  stage: ChartStage,
  card: HTMLElement,
  reading: CardReading,
  texts: { title: string; subtitle: string; footer: ChartCardFooter },
  measure: Measure,
): Promise<CardReading | undefined> {
  const chart = reading.input.chart;
  const box = slideChartBox(reading.input, measure);
  const figure = card.querySelector('figure.chart-figure');
  if (!chart || !box || !figure) return undefined;
  const plot = plotArea(chart);
  if (Math.abs(Math.log(box.width / box.height / (plot.width / plot.height))) < Math.log(CLOSE_ENOUGH)) return undefined;
  const width = Math.round(box.width / STAGE_SCALE);
  const wantedHeight = box.height / STAGE_SCALE;
  let height = Math.round(wantedHeight + figure.getBoundingClientRect().height - plot.height);
  try {
    for (let attempt = 1; ; attempt += 1) {
      const standIn = await stage.draw({ width, height });
      await settled(standIn);
      const drawn = readCard(standIn, texts);
      if (!drawn?.input.chart) return undefined;
      const drawnHeight = plotArea(drawn.input.chart).height;
      // Done when the plot has the height asked for, or keeps its own (rows of a set height): then only its width is the slide's.
      const keepsItsHeight = attempt === 1 && Math.abs(drawnHeight - plot.height) < 1;
      if (Math.abs(drawnHeight - wantedHeight) < 3 || keepsItsHeight || attempt === DRAW_ATTEMPTS) return drawn;
      height = Math.round(height + wantedHeight - drawnHeight);
    }
  } finally {
    stage.clear();
  }
}
