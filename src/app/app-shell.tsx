import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import { useMeta } from '../api/resources';
import { CityPicker } from '../ui/city-picker';
import { ErrorPanel } from '../ui/error-panel';
import { LoadBoundary, LoadFailed } from '../ui/load-boundary';
import { preloadable } from '../ui/preloadable';
import { Skeleton } from '../ui/skeleton';
import { DisplayModeSwitch } from '../ui/display-mode-switch';
import { SpotlightSelect, useSpotlightAttribute } from '../ui/spotlight-select';
import { useThemeAttribute } from '../ui/theme-select';
import { ViewControls } from '../ui/view-controls';
import { DeckToolsPlaceholder, useDeckToolsWanted, useEarlyPresentKey } from '../features/presentation/deck-tools-placeholder';
import { usePresenting, useSetView, useViewParam } from '../view-state/use-view-state';
import { inspectViewSearch } from '../view-state/search-params';

// The deck tools and presentation mode's keys, its bar and a deck link's import load when first
// needed (deck-tools-placeholder.tsx says when the tools are): none of them with the shell.
const deckTools = preloadable(() => import('./deck-tools-entry').then((m) => m.DeckTools));
const PresentationKeys = lazy(() => import('../features/presentation/deck-tools').then((m) => ({ default: m.PresentationKeys })));
const PresentationBar = lazy(() => import('../features/presentation/presentation-bar').then((m) => ({ default: m.PresentationBar })));
// Only a link with `_scenario` (mocked builds) loads the simulated-fault banner.
// Notices that only some links or datasets need load when needed.
const LinkNotice = lazy(() => import('./link-notice').then((m) => ({ default: m.LinkNotice })));
const DataNotice = lazy(() => import('./dataset-notices').then((m) => ({ default: m.DataNotice })));
const VersionNotice = lazy(() => import('./dataset-notices').then((m) => ({ default: m.VersionNotice })));
const DeckLinkImport = lazy(() => import('../features/presentation/deck-link-import').then((m) => ({ default: m.DeckLinkImport })));
import { markFirstContentShown } from '../ui/first-content';
import { MockUnavailableBanner, OfflineBanner, ReferenceDataBanner, SlowDataBanner } from './data-banners';
import { LinkTools } from './link-tools';
import { ShortcutsControl } from './shortcuts-control';
import { deckPrintHref, sectionPrintHref } from './print/print-path';
import { presenterHref } from './presenter/presenter-path';
import { SECTIONS, type Section } from './sections';
import { usePrintShortcut } from './print-shortcut';
import { SimulatedFaultBanner } from './simulated-faults';

/** Settings that belong to one page or one slide and do not follow the reader to another section. */
const PAGE_ONLY_PARAMS = ['card', 'slide'] as const;

function searchForOtherSections(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of PAGE_ONLY_PARAMS) params.delete(name);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const presenterViewHref = (channelId: string) => presenterHref(import.meta.env.BASE_URL, channelId);

function sectionLabelFor(path: string): string {
  return SECTIONS.find((section) => section.path === path)?.label ?? path;
}

/** How many sections this page has shown; the first is not focused, later ones are. */
let sectionsShown = 0;

function SectionPage({ section }: { section: Section }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { status: pageStatus, retry: retryPage } = section.page.useLoad();
  useEffect(() => {
    document.title = `${section.label} · Hubscope`;
    // After navigating (not on first load), focus the new heading so screen readers announce it.
    if (sectionsShown > 0) headingRef.current?.focus();
    sectionsShown += 1;
  }, [section.label]);
  return (
    <>
      <div className="section-heading">
        <h1 ref={headingRef} tabIndex={-1}>
          {section.label}
        </h1>
        <p>{section.question}</p>
      </div>
      {/* Until the page's code is here, its skeleton; then the page at once, without Suspense's reveal delay. */}
      {pageStatus === 'loaded' ? (
        <Suspense fallback={<Skeleton height={420} label={`Loading ${section.label}`} />}>
          <section.page.Component />
          <FirstContentMark />
        </Suspense>
      ) : pageStatus === 'failed' ? (
        <>
          <ErrorPanel error={new Error(`The ${section.label} page could not be loaded (the connection dropped, or Hubscope was updated).`)} onRetry={retryPage} height={420} />
          <FirstContentMark />
        </>
      ) : (
        <Skeleton height={420} label={`Loading ${section.label}`} />
      )}
    </>
  );
}

/** Placed after a page's content in its Suspense boundary: its effect runs once that content is committed. */
function FirstContentMark() {
  useEffect(markFirstContentShown, []);
  return null;
}

function NotFound() {
  const location = useLocation();
  useEffect(markFirstContentShown, []);
  return (
    <div className="section-heading">
      <h1>No such section</h1>
      <p>
        There is no section at <code>{location.pathname}</code>.{' '}
        <NavLink to={{ pathname: '/', search: location.search }}>Go to the Overview</NavLink>.
      </p>
    </div>
  );
}

/**
 * The deck tools once asked for and loaded, their placeholder until then. The placeholder stays the
 * same element while they load, so a button focused by keyboard keeps its focus.
 */
function DeckToolsSlot({ sectionLabel }: { sectionLabel: string }) {
  const { status } = deckTools.useLoad(useDeckToolsWanted());
  if (status === 'failed') return <LoadFailed what="The deck tools" />;
  if (status === 'loading') return <DeckToolsPlaceholder />;
  return (
    <LoadBoundary what="The deck tools">
      <deckTools.Component sectionLabel={sectionLabel} sectionLabelFor={sectionLabelFor} printHref={deckPrintHref(import.meta.env.BASE_URL)} />
    </LoadBoundary>
  );
}

/** The header and toolbar of the normal view; presentation mode swaps them for its slim bar. */
function HeaderAndToolbar() {
  const location = useLocation();
  const cities = useViewParam('cities');
  const setView = useSetView();
  const navSearch = searchForOtherSections(location.search);
  // At 150-200% zoom the settings would fill the first screen: there they fold behind one button.
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <>
      <header className="app-header">
        <div className="brand">
          <span className="brand__name">Hubscope</span>
          <span className="brand__tagline">Wuhan, Xi’an and Chengdu compared</span>
        </div>
        <nav aria-label="Sections" className="section-nav">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.path}>
                <NavLink to={{ pathname: section.path, search: navSearch }} end={section.path === '/'}>
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <section className="toolbar" aria-label="View settings" data-open={settingsOpen ? '' : undefined}>
        <button
          type="button"
          className="button toolbar__toggle"
          aria-expanded={settingsOpen}
          onClick={() => setSettingsOpen((open) => !open)}
        >
          {settingsOpen ? 'Hide view settings' : 'View settings'}
        </button>
        <div className="toolbar__row">
          <CityPicker selected={cities} onChange={(next) => setView({ cities: next })} />
          <DisplayModeSwitch />
          <div className="toolbar__meeting">
            <DeckToolsSlot sectionLabel={sectionLabelFor(location.pathname)} />
            <a
              className="button button--quiet"
              href={sectionPrintHref(import.meta.env.BASE_URL, location.pathname, location.search)}
              title="Every card of this section, one per page, ready to print or save as PDF"
            >
              Print
            </a>
            <LinkTools />
            <ShortcutsControl />
          </div>
        </div>
        <div className="toolbar__row">
          <ViewControls />
          <SpotlightSelect />
        </div>
      </section>
    </>
  );
}

/**
 * In mocked builds, a link with `_scenario` says its faults are simulated. Drawn with the shell, not
 * loaded after it: arriving later, the banner pushed the page down (CLS 0.045 at the synthetic scale).
 */
function SimulatedFaultNotice() {
  const { search } = useLocation();
  if (import.meta.env.VITE_API_BASE_URL || !search.includes('_scenario=')) return null;
  return <SimulatedFaultBanner />;
}

/**
 * What the opened link itself calls for: the notice of its ignored parts and the deck it carries
 * (`#deck=`, or `?deck=` from earlier releases). Apart from AppShell, so the address changing
 * re-renders only this, not the page.
 */
function OpenedLinkNotices() {
  const { hash, search, pathname } = useLocation();
  const deckLink = useViewParam('deck');
  // The address the page was opened with, and whether the link notice has anything to say about it.
  const [opened] = useState(() => ({ search, pathname }));
  const [linkHasProblems] = useState(() => inspectViewSearch(search, pathname).length > 0);
  const carriesDeck = deckLink !== null || /(?:^#|&)deck=/.test(hash);
  // Stays once seen: the import takes the deck out of the address, and its notice (with Undo) must stay.
  const [openedWithDeck] = useState(carriesDeck);
  const hasDeckLink = openedWithDeck || carriesDeck;
  return (
    <>
      {linkHasProblems ? (
        <Suspense fallback={null}>
          <LinkNotice opened={opened} />
        </Suspense>
      ) : null}
      {hasDeckLink ? (
        <LoadBoundary what="The deck in this link">
          <Suspense fallback={null}>
            <DeckLinkImport />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  );
}

export function AppShell() {
  const presenting = usePresenting();
  // Presentation mode's keys load with the deck tools, or at once when the link opens in the mode.
  const presentationKeysWanted = useDeckToolsWanted() || presenting;
  useEarlyPresentKey();
  const datasetVersionInLink = useViewParam('v');
  const meta = useMeta();
  useThemeAttribute();
  useSpotlightAttribute();
  usePrintShortcut();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {presentationKeysWanted ? (
        <LoadBoundary what="The presentation keys">
          <Suspense fallback={null}>
            <PresentationKeys />
          </Suspense>
        </LoadBoundary>
      ) : null}
      {presenting ? (
        <LoadBoundary what="Presentation mode">
          <Suspense fallback={null}>
            <PresentationBar presenterHref={presenterViewHref} linkTools={<LinkTools />} shortcuts={<ShortcutsControl />} />
          </Suspense>
        </LoadBoundary>
      ) : (
        <HeaderAndToolbar />
      )}
      <MockUnavailableBanner />
      <SimulatedFaultNotice />
      <SlowDataBanner />
      <OfflineBanner />
      <ReferenceDataBanner />
      <OpenedLinkNotices />
      {meta.data?.dataNotice || datasetVersionInLink !== null ? (
        <Suspense fallback={null}>
          <DataNotice />
          <VersionNotice />
        </Suspense>
      ) : null}
      <main id="main" className="app-main" tabIndex={-1}>
        <Routes>
          {SECTIONS.map((section) => (
            <Route key={section.path} path={section.path} element={<SectionPage key={section.path} section={section} />} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
      <footer className="app-footer">
        <p>
          {meta.data
            ? `Dataset ${meta.data.datasetVersion}, as of ${meta.data.asOf}. ${meta.data.licenceNote}`
            : 'Dataset information loading…'}
        </p>
      </footer>
    </div>
  );
}
