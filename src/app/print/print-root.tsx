import { useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { DrawEveryCard, RedrawInTurns } from '../../ui/use-near-viewport';
import { useDeck } from '../../features/presentation/model/deck-store';
import { MockUnavailableBanner, OfflineBanner, ReferenceDataBanner } from '../data-banners';
import { PendingPrintPage, PrintPage } from './print-page';
import { planPrint } from './print-plan';
import { usePagesDrawn } from './use-pages-drawn';
import type { PageReadiness } from './use-print-page';
import './print.css';

export type PrintRootProps = {
  /** The print view's own query string (`?deck=…`, `?section=/chips&…`, or ''). */
  search: string;
  /** The print view's fragment: a deck link's `#deck=…`, or ''. */
  hash?: string;
  /** The app's base path as Vite gives it, ending in '/'. */
  base: string;
  /** The page's origin, for the printed links. */
  origin: string;
};

/** "Back to Hubscope": the browser's Back when the print view was opened from the app, else a plain link. */
function BackLink({ href }: { href: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const fromApp = document.referrer.startsWith(window.location.origin) && window.history.length > 1;
    if (!fromApp) return;
    event.preventDefault();
    window.history.back();
  };
  return (
    <a className="button button--quiet" href={href} onClick={onClick}>
      Back to Hubscope
    </a>
  );
}

/**
 * The print view: every slide of a deck (or every card of a section) drawn from its saved view at
 * the fixed size of an A4 landscape page, one per page, ready for the browser's Print / Save as
 * PDF. Pages are drawn in order, a few at a time, so a big deck never freezes the tab; the rest
 * hold their place as blank sheets until their turn. Each page has a router of its own, so this
 * root has none.
 */
export function PrintRoot({ search, hash = '', base, origin }: PrintRootProps) {
  const { deck } = useDeck();
  const plan = useMemo(() => planPrint(search, deck, hash), [search, hash, deck]);
  const appPath = base.replace(/\/$/, '');
  const backHref = `${appPath}${plan.back.pathname}${plan.back.search}` || '/';

  const [readiness, setReadiness] = useState<ReadonlyMap<string, PageReadiness>>(() => new Map());
  const onReadyChange = useCallback((key: string, next: PageReadiness) => {
    setReadiness((previous) => {
      const current = previous.get(key);
      if (current?.ready === next.ready && current.failed === next.failed) return previous;
      return new Map(previous).set(key, next);
    });
  }, []);

  const pages = plan.ok ? plan.pages : [];
  const readyCount = pages.filter((p) => readiness.get(p.key)?.ready).length;
  // Pages are drawn a few at a time, in order (see use-pages-drawn.ts); the rest hold their place.
  const leadingReady = pages.findIndex((p) => !readiness.get(p.key)?.ready);
  const drawnCount = usePagesDrawn(pages.length, leadingReady < 0 ? pages.length : leadingReady);
  const failedCount = pages.filter((p) => readiness.get(p.key)?.failed).length;
  const allReady = plan.ok && pages.length > 0 && readyCount === pages.length;
  const [printWhenReady, setPrintWhenReady] = useState(false);

  useEffect(() => {
    document.title = `${plan.title} · Hubscope`;
    // Paper is white: the print view is always drawn in the light theme.
    document.documentElement.dataset.theme = 'light';
  }, [plan.title]);

  // The browser's own Print command (Ctrl+P) before every page is drawn would print the pages
  // still waiting as blank sheets: it waits for them as the button does.
  useEffect(() => {
    if (allReady || !plan.ok) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'p' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      setPrintWhenReady(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [allReady, plan.ok]);

  // Print pressed early prints once the last page is ready (a task later, after it has painted).
  useEffect(() => {
    if (!printWhenReady || !allReady) return;
    const timer = setTimeout(() => {
      setPrintWhenReady(false);
      window.print();
    }, 0);
    return () => clearTimeout(timer);
  }, [printWhenReady, allReady]);

  const unit = plan.ok && plan.kind === 'deck' ? 'slides' : 'cards';
  const status = !plan.ok
    ? ''
    : allReady
      ? `Ready: ${pages.length} ${pages.length === 1 ? 'page' : 'pages'}${
          failedCount > 0 ? ` · ${failedCount} with data that did not load: press Retry on ${failedCount === 1 ? 'that page' : 'those pages'} before printing` : ''
        }`
      : printWhenReady
        ? `Preparing ${readyCount} of ${pages.length} ${unit}… printing when all are ready`
        : `Preparing ${readyCount} of ${pages.length} ${unit}…`;

  return (
    <div className="print-view">
      <header className="print-toolbar">
        <div className="print-toolbar__title">
          <h1>{plan.title}</h1>
          {plan.ok ? (
            <p>
              {plan.kind === 'deck' ? 'Print view of the deck' : 'Print view of the section'} · one A4 landscape page per{' '}
              {plan.kind === 'deck' ? 'slide' : 'card'}
            </p>
          ) : null}
        </div>
        {plan.ok ? (
          <p className="print-toolbar__status" role="status" aria-label="Print progress">
            {status}
          </p>
        ) : null}
        <div className="print-toolbar__actions">
          {plan.ok ? (
            <button
              type="button"
              className="button button--print"
              onClick={() => (allReady ? window.print() : setPrintWhenReady(true))}
            >
              Print / Save as PDF
            </button>
          ) : null}
          <BackLink href={backHref} />
        </div>
      </header>
      <div className="print-banners">
        <MockUnavailableBanner />
        <OfflineBanner />
        <ReferenceDataBanner />
      </div>
      {plan.ok ? (
        <main className="print-pages" aria-label="Pages">
          {/* On paper there is no scrolling: every card of a page draws when the page does (ui/use-near-viewport.ts). */}
          <DrawEveryCard value>
            <RedrawInTurns value>
              {pages.map((page, index) =>
                index < drawnCount ? (
                  <PrintPage
                    key={page.key}
                    page={page}
                    number={index + 1}
                    total={pages.length}
                    appUrl={`${origin}${appPath}`}
                    onReadyChange={onReadyChange}
                  />
                ) : (
                  <PendingPrintPage key={page.key} page={page} number={index + 1} total={pages.length} />
                ),
              )}
            </RedrawInTurns>
          </DrawEveryCard>
        </main>
      ) : (
        <main className="print-refused">
          <div className="panel-message panel-message--error" role="alert">
            <p>{plan.reason}</p>
            <p>Nothing was printed.</p>
          </div>
        </main>
      )}
    </div>
  );
}
