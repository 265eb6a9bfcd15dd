import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CsvTable } from '../csv/csv';
import type { ChartCardFooter } from '../../ui/chart-card';
import { drawsSeveralCharts, imageAvailability, type ImageAvailability } from './availability';
import { saveBlob } from '../save-blob';
import type { ChartStage } from './chart-stage';
import type { ImageRequest, PngExport } from './export-image';
import './export-menu.css';
import { formatEnGb } from '../../domain/format';
import { useInRouterContext, useLocation } from 'react-router';
import { useCardSlideSaver } from '../pptx/card-slide';

export type ExportMenuProps = {
  /** Stable slug of the card; files are named `hubscope-<cardId>.png|svg|csv`. */
  cardId: string;
  title: string;
  subtitle: string;
  /** The card's `<section class="chart-card">`. */
  card: () => HTMLElement | null;
  footer: () => ChartCardFooter;
  /** The card's rows with unit, year, status and source columns; the CSV item is left out without it. */
  csv?: () => CsvTable;
  /** False while the card has nothing to export (loading, failed, empty): the button stays, disabled, so the header never shifts. */
  ready?: boolean;
  /** False for cards that are tables by nature: they offer no picture in either view. Unknown: judged from the page. */
  hasChart?: boolean;
  /** Draws the card's chart again off screen, so a slide image gets it at the slide's proportions; without it the slide scales the chart as shown. */
  stage?: ChartStage;
  /** What was asked of the stand-in button before this menu's code arrived (export-menu-on-demand.tsx): focus, and open. */
  arrived?: { focus: boolean; open: boolean };
};

/** "PowerPoint slide": the card at the page's current view, through the app's PowerPoint export (export/pptx/card-slide.ts). */
function PowerPointItem({ onSave }: { onSave: (search: string) => void }) {
  const { search } = useLocation();
  return (
    <li>
      <button type="button" className="export-menu__item" onClick={() => onSave(search)}>
        PowerPoint slide
      </button>
    </li>
  );
}

const MESSAGE_MS = 10_000;
const TABLE_REASON = 'Switch to Charts (key t) to export an image';
const SEVERAL_CHARTS_REASON = 'The slide image takes a single chart; this card draws several';

const number = (n: number) => formatEnGb(Math.round(n));
/** An error's own words (a DOMException is not always an Error, e.g. across realms). */
const describe = (error: unknown): string => {
  const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined;
  return typeof message === 'string' && message !== '' ? message : String(error);
};

function clipboardTakesImages(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.clipboard?.write === 'function' && typeof ClipboardItem !== 'undefined';
}

/**
 * The picture export's code. Exported for the PowerPoint export's wording (citations, short source
 * names): reached through this module, export-image.ts keeps this menu as its only importer, so the
 * modules the two share stay in this menu's chunk rather than in a chunk of their own.
 */
export const loadImageExport = () => import('./export-image');
type ImageExportModule = Awaited<ReturnType<typeof loadImageExport>>;

function fontNote(problem: string | undefined): string {
  return problem ? ` The font could not be embedded (${problem}), so other machines use their own sans-serif.` : '';
}

/**
 * The Export disclosure of a chart card: PNG at twice the screen's resolution, SVG, a 16:9 slide
 * image (1920 x 1080: title, chart, legend and one line of sources), Copy image
 * (where the browser can put images on the clipboard) and CSV of the card's rows. Pictures carry
 * the title, subtitle, legend, keys, source line, dataset date, statuses and the embedded font;
 * each action ends with a polite status message saying what happened.
 */
export function ExportMenu({ cardId, title, subtitle, card, footer, csv, hasChart, stage, ready = true, arrived }: ExportMenuProps) {
  // The PowerPoint item needs the app's router: its location is the card's view.
  const inRouter = useInRouterContext();
  // Opened already when the press came before the code: read from the page as toggle() does.
  const [open, setOpen] = useState(() => arrived?.open === true);
  const [images, setImages] = useState<ImageAvailability>(() => (arrived?.open ? imageAvailability(card(), hasChart) : 'none'));
  const [severalCharts, setSeveralCharts] = useState(() => (arrived?.open ? drawsSeveralCharts(card()) : false));
  const [message, setMessage] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const reasonId = useId();
  const slideReasonId = useId();
  const canCopy = clipboardTakesImages();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  // Focus moves from the stand-in to the real button, once.
  const focusOnArrival = useRef(arrived?.focus === true);
  useEffect(() => {
    if (!focusOnArrival.current) return;
    focusOnArrival.current = false;
    triggerRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!message || message.endsWith('…')) return;
    const timer = setTimeout(() => setMessage(''), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const saveCardSlide = useCardSlideSaver();
  if (hasChart === false && !csv) return null;

  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };

  const toggle = () => {
    if (open) {
      setOpen(false);
      return;
    }
    // Read from the page when opened: the card may have switched between chart and table since.
    const element = card();
    setImages(imageAvailability(element, hasChart));
    setSeveralCharts(drawsSeveralCharts(element));
    if (!message.endsWith('…')) setMessage('');
    setOpen(true);
  };

  const imageRequest = () => {
    const element = card();
    if (!element) throw new Error('the card is no longer on the page');
    return { card: element, title, subtitle, footer: footer() };
  };

  /** Closes the menu, says the export is under way, then reports its outcome. */
  const run = (working: string, action: () => Promise<string>, failure: string) => {
    close();
    setMessage(working);
    action().then(setMessage, (error: unknown) => setMessage(`${failure}: ${describe(error)}`));
  };

  /** Draws a PNG, saves it as `filename` and says what was saved (with any font problem). */
  const savePicture = (
    filename: string,
    draw: (pictures: ImageExportModule, request: ImageRequest) => Promise<PngExport>,
    saved: (png: PngExport, request: ImageRequest) => string,
    failure: string,
  ) => {
    run(
      `Preparing ${filename}…`,
      async () => {
        const request = imageRequest();
        const png = await draw(await loadImageExport(), request);
        saveBlob(png.blob, filename);
        return `${saved(png, request)}${fontNote(png.fontProblem)}`;
      },
      failure,
    );
  };

  const savePng = () => {
    const filename = `hubscope-${cardId}.png`;
    savePicture(
      filename,
      (pictures, request) => pictures.exportPng(request),
      (png, request) =>
        `Saved ${filename}: ${number(png.width)} × ${number(png.height)} px, ${png.scale}× the card's ${number(request.card.getBoundingClientRect().width)} px width.`,
      'Could not save the PNG',
    );
  };

  const saveSlide = () => {
    const filename = `hubscope-${cardId}-slide.png`;
    savePicture(
      filename,
      (pictures, request) => pictures.exportSlidePng(request, stage),
      (png) => `Saved ${filename}: a ${number(png.width)} × ${number(png.height)} px slide with the title, chart, legend and a one-line source.`,
      'Could not save the slide image',
    );
  };

  const saveSvg = () => {
    const filename = `hubscope-${cardId}.svg`;
    run(
      `Preparing ${filename}…`,
      async () => {
        const request = imageRequest();
        const { exportSvg } = await loadImageExport();
        const svg = await exportSvg(request);
        saveBlob(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }), filename);
        return `Saved ${filename}: ${number(svg.width)} × ${number(svg.height)} px${svg.fontProblem ? `.${fontNote(svg.fontProblem)}` : ', with its font embedded.'}`;
      },
      'Could not save the SVG',
    );
  };

  const copyImage = () => {
    close();
    setMessage('Copying the image…');
    let size = '';
    try {
      const request = imageRequest();
      // The clipboard gets a promise of the PNG at once, inside the click: Chromium keeps the user
      // gesture that way, while the picture is drawn.
      const png = loadImageExport()
        .then(({ exportPng }) => exportPng(request))
        .then((result) => {
          size = `${number(result.width)} × ${number(result.height)} px`;
          return result.blob;
        });
      navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]).then(
        () => setMessage(`Image copied (${size}); paste it into a slide or a message.`),
        (error: unknown) => setMessage(`Could not copy: ${describe(error)}`),
      );
    } catch (error) {
      setMessage(`Could not copy: ${describe(error)}`);
    }
  };

  const saveCsv = () => {
    if (!csv) return;
    const filename = `hubscope-${cardId}.csv`;
    run(
      `Preparing ${filename}…`,
      async () => {
        const table = csv();
        const { toCsv } = await import('../csv/csv');
        // A byte-order mark makes spreadsheet programs read UTF-8 (Chinese names) correctly.
        saveBlob(new Blob(['\uFEFF', toCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' }), filename);
        return `Saved ${filename}: ${number(table.rows.length)} row${table.rows.length === 1 ? '' : 's'} with unit, year, status and source.`;
      },
      'Could not save the CSV',
    );
  };

  const savePptx = (search: string) => {
    if (!saveCardSlide) return;
    run(`Preparing the PowerPoint slide…`, () => saveCardSlide(cardId, search), 'Could not make the PowerPoint slide');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!open) {
      // Escape also puts away the last export's message before it times out.
      if (event.key === 'Escape' && message && !message.endsWith('…')) setMessage('');
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = [...(rootRef.current?.querySelectorAll<HTMLButtonElement>('.export-menu__item:not(:disabled)') ?? [])];
    if (items.length === 0) return;
    event.preventDefault();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === 'ArrowDown' ? (at + 1) % items.length : at <= 0 ? items.length - 1 : at - 1;
    items[next]?.focus();
  };

  const imageItems = images !== 'none';
  const imagesDisabled = images === 'table';
  const imageProps = imagesDisabled ? { disabled: true, 'aria-describedby': reasonId } : {};
  const slideDisabled = !imagesDisabled && severalCharts;
  const slideProps = slideDisabled ? { disabled: true, 'aria-describedby': slideReasonId } : imageProps;

  return (
    <div
      ref={rootRef}
      className="export-menu"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && !rootRef.current?.contains(event.relatedTarget as Node | null) && event.relatedTarget !== null) setOpen(false);
      }}
    >
      <button
        ref={triggerRef}
        type="button"
        className="button button--quiet button--small export-menu__trigger"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        // The visible word first (label in name), then which card: every card has an Export button.
        aria-label={`Export ${title}`}
        disabled={!ready}
        title={ready ? undefined : 'Export is ready once this card has data'}
        onClick={toggle}
      >
        Export
        <svg className="export-menu__caret" width="10" height="6" viewBox="0 0 10 6" aria-hidden="true">
          <path d="M0 0h10L5 6z" fill="currentColor" />
        </svg>
      </button>
      {open ? (
        <div id={listId} className="export-menu__panel">
          {imagesDisabled ? (
            <p id={reasonId} className="export-menu__reason">
              {TABLE_REASON}
            </p>
          ) : null}
          <ul className="export-menu__list">
            {imageItems ? (
              <>
                <li>
                  <button type="button" className="export-menu__item" onClick={savePng} {...imageProps}>
                    PNG image (2×)
                  </button>
                </li>
                <li>
                  <button type="button" className="export-menu__item" onClick={saveSvg} {...imageProps}>
                    SVG image
                  </button>
                </li>
                <li>
                  <button type="button" className="export-menu__item" onClick={saveSlide} {...slideProps}>
                    Slide image (16:9)
                  </button>
                  {slideDisabled ? (
                    <p id={slideReasonId} className="export-menu__reason">
                      {SEVERAL_CHARTS_REASON}
                    </p>
                  ) : null}
                </li>
                {canCopy ? (
                  <li>
                    <button type="button" className="export-menu__item" onClick={copyImage} {...imageProps}>
                      Copy image
                    </button>
                  </li>
                ) : null}
              </>
            ) : null}
            {csv ? (
              <li>
                <button type="button" className="export-menu__item" onClick={saveCsv}>
                  CSV data
                </button>
              </li>
            ) : null}
            {saveCardSlide && inRouter ? <PowerPointItem onSave={savePptx} /> : null}
          </ul>
          {!imageItems && !csv ? <p className="export-menu__reason">This card has no chart or rows to export.</p> : null}
        </div>
      ) : null}
      <p role="status" className="export-menu__status">
        {message}
      </p>
    </div>
  );
}
