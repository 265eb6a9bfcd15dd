import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import { useMeta } from '../api/resources';
import { CityPicker } from '../components/city-picker';
import { Skeleton } from '../components/skeleton';
import { ViewControls } from '../components/view-controls';
import { DISPLAY_MODES } from '../view-state/search-params';
import { useViewState } from '../view-state/use-view-state';
import { MockUnavailableBanner, OfflineBanner, ReferenceDataBanner } from './data-banners';
import { LinkNotice } from './link-notice';
import { LinkTools, ShortcutsControl, SpotlightControl, VersionNotice } from './meeting-tools';
import { SECTIONS, type Section } from './sections';

const DISPLAY_MODE_LABELS = { chart: 'Charts', table: 'Tables' } as const;

/** How many sections this page has shown; the first is not focused, later ones are. */
let sectionsShown = 0;

function SectionPage({ section }: { section: Section }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
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
      <Suspense fallback={<Skeleton height={420} label={`Loading ${section.label}`} />}>
        <section.Page />
      </Suspense>
    </>
  );
}

function NotFound() {
  const location = useLocation();
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

export function AppShell() {
  const location = useLocation();
  const [{ cities, view }, setView] = useViewState();
  const meta = useMeta();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand__name">Hubscope</span>
          <span className="brand__tagline">Wuhan, Xi’an and Chengdu compared</span>
        </div>
        <nav aria-label="Sections" className="section-nav">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.path}>
                <NavLink to={{ pathname: section.path, search: location.search }} end={section.path === '/'}>
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <section className="toolbar" aria-label="View settings">
        <div className="toolbar__row">
          <CityPicker selected={cities} onChange={(next) => setView({ cities: next })} />
          <fieldset className="segmented">
            <legend>Show</legend>
            {DISPLAY_MODES.map((mode) => (
              <label key={mode} className="segmented__option">
                <input
                  type="radio"
                  name="display-mode"
                  value={mode}
                  checked={view === mode}
                  onChange={() => setView({ view: mode })}
                />
                <span>{DISPLAY_MODE_LABELS[mode]}</span>
              </label>
            ))}
          </fieldset>
          <div className="toolbar__meeting">
            <LinkTools />
            <ShortcutsControl />
          </div>
        </div>
        <div className="toolbar__row">
          <ViewControls />
          <SpotlightControl />
        </div>
      </section>
      <MockUnavailableBanner />
      <OfflineBanner />
      <ReferenceDataBanner />
      <LinkNotice />
      <VersionNotice />
      <main id="main" className="app-main" tabIndex={-1}>
        <Routes>
          {SECTIONS.map((section) => (
            <Route key={section.path} path={section.path} element={<SectionPage section={section} />} />
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
