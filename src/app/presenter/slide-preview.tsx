import { Suspense, useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import type { Theme } from '../../domain/palette';
import type { ScreenSize } from '../../features/presentation/presenter-channel';
import { PanelErrorBoundary } from '../../ui/panel-error-boundary';
import { Skeleton } from '../../ui/skeleton';
import { ViewStateProvider, useViewParam } from '../../view-state/use-view-state';
import { SECTIONS } from '../sections';

export type SlidePreviewProps = {
  /** The view shown: a section path and its query string, `slide=N` included (so cards lay out as on a slide). */
  view: { pathname: string; search: string };
  /** The shared screen's slide area, in its rem. */
  screen: ScreenSize;
  /** The shared screen's theme. */
  theme: Theme;
  title: string;
};

function rootFontPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The preview's box, and the root font size it was measured with (the presenter view's type follows its window). */
function useBox(ref: RefObject<HTMLElement | null>) {
  const [box, setBox] = useState({ width: 0, height: 0, rootPx: rootFontPx() });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const next = { width: element.clientWidth, height: element.clientHeight, rootPx: rootFontPx() };
      setBox((previous) => (previous.width === next.width && previous.height === next.height && previous.rootPx === next.rootPx ? previous : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return box;
}

/** Moves the preview's own router to `view` when it changes, so the section stays mounted and its drawn charts with it. */
function FollowView({ view }: { view: SlidePreviewProps['view'] }) {
  const location = useLocation();
  const navigate = useNavigate();
  const target = `${view.pathname}${view.search}`;
  useEffect(() => {
    if (`${location.pathname}${location.search}` !== target) void navigate(target, { replace: true });
  }, [location.pathname, location.search, target, navigate]);
  return null;
}

function Stage({ width, height, scale, theme, title }: { width: number; height: number; scale: number; theme: Theme; title: string }) {
  const { pathname } = useLocation();
  const spot = useViewParam('spot');
  const section = SECTIONS.find((s) => s.path === pathname);
  return (
    // `app-main`: the slide area of the shared screen, so presentation mode's layout (the card
    // filling it, its controls hidden) applies as it does there. Inert: a picture, not a page.
    <div
      className="slide-preview__stage app-main"
      data-theme={theme}
      data-spotlight={spot ?? undefined}
      inert
      style={{ width, height, transform: `scale(${scale})` } satisfies CSSProperties}
    >
      {section ? (
        <PanelErrorBoundary title={title}>
          <Suspense fallback={<Skeleton height="100%" label={`Loading ${title}`} />}>
            <section.page.Component />
          </Suspense>
        </PanelErrorBoundary>
      ) : null}
    </div>
  );
}

/**
 * A slide as the shared screen shows it, scaled into whatever box the presenter view gives it:
 * the section is drawn at the shared screen's size (in rem, so at the same layout) in a router of
 * its own, like a printed page, and shrunk with a transform; no iframe, no second copy of the app.
 */
export function SlidePreview({ view, screen, theme, title }: SlidePreviewProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const box = useBox(boxRef);
  const stage = { width: Math.round(screen.width * box.rootPx), height: Math.round(screen.height * box.rootPx) };
  const scale = Math.min(box.width / stage.width, box.height / stage.height);
  // The first view is the router's start; later ones it navigates to (FollowView).
  const [initialEntry] = useState(() => `${view.pathname}${view.search}`);
  return (
    <div ref={boxRef} className="slide-preview">
      <div className="slide-preview__frame" style={{ width: stage.width * scale, height: stage.height * scale }}>
        {/* Drawn once the box is known: a chart mounted at scale 0 would measure nothing. */}
        {scale > 0 ? (
          <MemoryRouter initialEntries={[initialEntry]}>
            <ViewStateProvider>
              <FollowView view={view} />
              <Stage width={stage.width} height={stage.height} scale={scale} theme={theme} title={title} />
            </ViewStateProvider>
          </MemoryRouter>
        ) : null}
      </div>
    </div>
  );
}
