import type { ChartCardFooter } from '../../ui/chart-card';
import { loadExportFont, type ExportFont } from './export-font';
import { hasCjk, layoutExport, type ExportInput, type Measure, type Scene } from './layout';
import { readForSlide, type ChartStage } from './chart-stage';
import { readCard, type CardReading } from './read-card';
import { layoutSlide } from './slide-layout';
import { EXPORT_FONT_STACK, sceneToSvg, serialiseSvg } from './svg-document';

/**
 * Chart pictures: the card read off the page, laid out as a standalone SVG with the export font
 * embedded, and drawn onto a canvas for a PNG. Loaded on the first export only (see export-menu.tsx),
 * so none of this weighs on the app's first load.
 */

export type ImageRequest = {
  card: HTMLElement;
  title: string;
  subtitle: string;
  footer: ChartCardFooter;
};

export type SvgExport = {
  text: string;
  /** CSS pixels, the card's width. */
  width: number;
  height: number;
  /** Set when the font could not be embedded (the picture then falls back to sans-serif). */
  fontProblem?: string;
};

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Measures text with a canvas in the export font; without a canvas, an average-width estimate. */
function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text, style) => [...text].reduce((sum, ch) => sum + (hasCjk(ch) ? 1 : 0.56), 0) * style.size * (style.weight >= 600 ? 1.05 : 1);
  return (text, style) => {
    context.font = `${style.italic ? 'italic ' : ''}${style.weight} ${style.size}px ${EXPORT_FONT_STACK}`;
    return context.measureText(text).width;
  };
}

/** How a card's reading becomes a picture: the card's own shape, or a 16:9 slide. */
type Layout = (input: ExportInput, measure: Measure) => Scene;

type PictureOptions = {
  layout: Layout;
  /** Another reading to draw from (the chart drawn again at a slide's proportions); the card as shown when it gives none or fails. */
  redraw?: (reading: CardReading, measure: Measure) => Promise<CardReading | undefined>;
};

/** The card as a standalone SVG document, the way it looks on screen now (theme, spotlight, legend). */
export async function exportSvg(request: ImageRequest, { layout, redraw }: PictureOptions = { layout: layoutExport }): Promise<SvgExport> {
  let font: ExportFont | undefined;
  let fontProblem: string | undefined;
  try {
    font = await loadExportFont();
  } catch (error) {
    fontProblem = describe(error);
  }
  const measure = canvasMeasure();
  const shown = readCard(request.card, request);
  if (!shown) throw new Error('the card shows no drawn chart; switch to Charts (key t)');
  const reading = (redraw ? await redraw(shown, measure).catch(() => undefined) : undefined) ?? shown;
  const scene = layout(reading.input, measure);
  const svg = sceneToSvg(scene, {
    embeds: reading.embeds,
    title: request.title,
    description: request.subtitle,
    ...(font ? { fontDataUrl: font.dataUrl } : {}),
  });
  return { text: serialiseSvg(svg), width: Math.ceil(scene.width), height: Math.ceil(scene.height), ...(fontProblem ? { fontProblem } : {}) };
}

/**
 * Draws an SVG document onto a canvas `scale` times its size and encodes it as PNG. The SVG goes
 * in through a blob: URL (allowed by the page's img-src); it carries its font as a data: URL, which
 * the image loads before `decode()` resolves.
 */
export async function svgToPng(text: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image(Math.ceil(width), Math.ceil(height));
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Twice the screen's resolution: sharp on a projector and in a slide scaled up. */
export const pngScale = () => 2 * Math.max(1, window.devicePixelRatio || 1);

export type PngExport = { blob: Blob; width: number; height: number; scale: number; fontProblem?: string };

export async function exportPng(request: ImageRequest, scale = pngScale(), options?: PictureOptions): Promise<PngExport> {
  const svg = await exportSvg(request, options);
  const blob = await svgToPng(svg.text, svg.width, svg.height, scale);
  return {
    blob,
    width: Math.ceil(svg.width * scale),
    height: Math.ceil(svg.height * scale),
    scale,
    ...(svg.fontProblem ? { fontProblem: svg.fontProblem } : {}),
  };
}

/**
 * The card as a 1920 x 1080 slide (see slide-layout.ts), drawn at its own size: a slide's pixels
 * are fixed, whatever the screen it was made on. With a stage, the chart is drawn again at the
 * slide's proportions (see chart-stage.ts).
 */
export async function exportSlidePng(request: ImageRequest, stage?: ChartStage): Promise<PngExport> {
  return exportPng(request, 1, {
    layout: layoutSlide,
    ...(stage ? { redraw: (reading: CardReading, measure: Measure) => readForSlide(stage, request.card, reading, request, measure) } : {}),
  });
}

// The citation and footer wording the PowerPoint export shares with the picture export, reached
// through this module (already loaded on demand) so the two do not split each other's chunks.
export { citation } from './layout';
export { sourceShortName, statusNote } from './slide-layout';
