import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { displaySlideTitle, slideLocation } from '../../features/presentation/model/deck-operations';
import { isPresenterChannelId, type ScreenState } from '../../features/presentation/presenter-channel';
import { slideForKey } from '../../features/presentation/slide-keys';
// Presentation mode's layout of a slide, which the previews reproduce (html[data-presenting]).
import '../../features/presentation/presentation.css';
import { hasModifier, isInControl } from '../../ui/keyboard';
import { DrawEveryCard } from '../../ui/use-near-viewport';
import { presenterChannelIn } from './presenter-path';
import { SlidePreview } from './slide-preview';
import { installStageMeasurement } from './stage-measurement';
import { formatElapsed, useStopwatch } from './stopwatch';
import { useScreenConnection, type ConnectionStatus } from './use-screen-connection';
import './presenter.css';

export type PresenterRootProps = {
  /** The presenter view's own query string: `?channel=<id>`. */
  search: string;
};

const CONNECTION_TEXT: Record<ConnectionStatus, string> = {
  connecting: 'Connecting to the presentation window…',
  connected: 'Connected to the presentation window',
  unanswered: 'Not connected',
  ended: 'Not connected',
};

/** What to do about it, under the header while not connected. */
const CONNECTION_ADVICE: Partial<Record<ConnectionStatus, string>> = {
  unanswered: 'No presentation window answers. In Hubscope, present the deck and press Presenter view in its bar.',
  ended: 'The presentation window left presentation mode or was closed. Present again there and this view follows it.',
};

/** Notes sizes the presenter can step through (rem); the second is where it starts. */
const NOTES_SIZES = [0.95, 1.15, 1.4, 1.7] as const;

function Stopwatch() {
  const { elapsed, running, pause, resume, reset } = useStopwatch();
  return (
    <div className="presenter-timer" role="group" aria-label="Elapsed time">
      <span className="presenter-timer__time" data-paused={running ? undefined : ''}>
        <span className="visually-hidden">Elapsed </span>
        <time>{formatElapsed(elapsed)}</time>
        {running ? null : <span className="presenter-timer__paused"> paused</span>}
      </span>
      <button type="button" className="button button--quiet" onClick={running ? pause : resume}>
        {running ? 'Pause' : 'Resume'}
      </button>
      <button type="button" className="button button--quiet" onClick={reset}>
        Reset
      </button>
    </div>
  );
}

/** The presenter's keys: the presentation window's own (slide-keys.ts), sent there as 'go'. */
function usePresenterKeys(state: ScreenState | null, connected: boolean, go: (index: number) => void) {
  // The slide the last key asked for, until the window shows it: two quick presses mean two slides on.
  const requested = useRef<number | null>(null);
  const shownIndex = state?.index ?? null;
  useEffect(() => {
    requested.current = null;
  }, [shownIndex]);
  useEffect(() => {
    if (!state || !connected) return;
    const count = state.deck.slides.length;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasModifier(event) || isInControl(event.target)) return;
      const current = requested.current ?? state.index;
      const target = slideForKey(event, current, count);
      if (target === null) return;
      event.preventDefault();
      if (target >= 0 && target < count && target !== current) {
        requested.current = target;
        go(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state, connected, go]);
}

function PresenterView({ channelId }: { channelId: string }) {
  const { state, status, go } = useScreenConnection(channelId);
  const connected = status === 'connected';
  const [notesSize, setNotesSize] = useState(1);
  const notesHeadingId = useId();
  usePresenterKeys(state, connected, go);

  const deck = state?.deck;
  const index = state?.index ?? 0;
  const total = deck?.slides.length ?? 0;
  const current = deck?.slides[index];
  const next = deck?.slides[index + 1];
  const title = current ? displaySlideTitle(current, index + 1) : '';

  useEffect(() => {
    document.title = current ? `Presenter view · ${index + 1} of ${total} · Hubscope` : 'Presenter view · Hubscope';
  }, [current, index, total]);

  // The current slide shows the shared screen's address (a change made there live included); the
  // next one its saved view. Both are keyed by slide, so stepping on moves the next preview,
  // already drawn, into the current one's place instead of drawing it again.
  const previews =
    state && current
      ? [
          { slide: current, role: 'current' as const, number: index + 1, view: state.view },
          ...(next ? [{ slide: next, role: 'next' as const, number: index + 2, view: slideLocation(next, index + 2) }] : []),
        ]
      : [];

  return (
    <div className="presenter-view" data-connection={status}>
      <header className="presenter-view__header">
        <div className="presenter-view__brand">
          <span className="presenter-view__name">Presenter view</span>
          {deck ? <span className="presenter-view__deck">{deck.title}</span> : null}
        </div>
        <p className="presenter-connection" role="status" data-status={status}>
          <span className="presenter-connection__dot" aria-hidden="true" />
          {CONNECTION_TEXT[status]}
        </p>
        <Stopwatch />
      </header>
      {CONNECTION_ADVICE[status] ? <p className="presenter-view__advice">{CONNECTION_ADVICE[status]}</p> : null}

      {state && current ? (
        <main className="presenter-view__main" style={{ '--screen-aspect': `${state.screen.width} / ${state.screen.height}` } as CSSProperties}>
          <div className="presenter-view__heading">
            <p className="presenter-view__position">
              Slide {index + 1} of {total}
            </p>
            <h1 className="presenter-view__title" title={title}>
              {title}
            </h1>
          </div>
          <DrawEveryCard value>
            {previews.map(({ slide, role, number, view }) => (
              <section
                key={slide.id}
                className={`presenter-slide presenter-slide--${role}`}
                aria-label={role === 'current' ? `Current slide, as the audience sees it` : `Next slide: ${number} of ${total}`}
              >
                {role === 'next' ? (
                  <p className="presenter-slide__caption">
                    <span className="presenter-slide__label">
                      Next · {number} of {total}
                    </span>
                    <span className="presenter-slide__title">{displaySlideTitle(slide, number)}</span>
                  </p>
                ) : null}
                <SlidePreview view={view} screen={state.screen} theme={state.theme} title={displaySlideTitle(slide, number)} />
              </section>
            ))}
          </DrawEveryCard>
          {next ? null : (
            <section className="presenter-slide presenter-slide--next presenter-slide--end" aria-label="Next slide">
              <p className="presenter-slide__caption">
                <span className="presenter-slide__label">Next</span>
              </p>
              <p className="presenter-slide__end">End of deck</p>
            </section>
          )}
          <section className="presenter-notes" aria-labelledby={notesHeadingId}>
            <div className="presenter-notes__header">
              <h2 id={notesHeadingId}>Speaker notes</h2>
              <div className="presenter-notes__size" role="group" aria-label="Notes text size">
                <button type="button" className="button button--quiet" onClick={() => setNotesSize((s) => s - 1)} disabled={notesSize === 0}>
                  A−<span className="visually-hidden"> smaller notes</span>
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => setNotesSize((s) => s + 1)}
                  disabled={notesSize === NOTES_SIZES.length - 1}
                >
                  A+<span className="visually-hidden"> larger notes</span>
                </button>
              </div>
            </div>
            <div className="presenter-notes__text" style={{ fontSize: `${NOTES_SIZES[notesSize]}rem` }}>
              {current.notes.trim() ? <p>{current.notes}</p> : <p className="presenter-notes__none">No notes for this slide.</p>}
            </div>
          </section>
          <nav className="presenter-view__steps" aria-label="Slides">
            <button type="button" className="button" onClick={() => go(index - 1)} disabled={!connected || index === 0}>
              ‹ Previous
            </button>
            <button type="button" className="button button--primary" onClick={() => go(index + 1)} disabled={!connected || index >= total - 1}>
              Next ›
            </button>
            <p className="presenter-view__keys">
              Keys here steer the shared screen: <kbd>←</kbd> <kbd>→</kbd>, <kbd>Page Up</kbd> <kbd>Page Down</kbd>, <kbd>Space</kbd>, <kbd>Home</kbd>{' '}
              <kbd>End</kbd>
            </p>
          </nav>
        </main>
      ) : (
        <main className="presenter-view__waiting">
          <p>{status === 'connecting' ? 'Waiting for the presentation window…' : 'No slide to show yet.'}</p>
          <p>
            This window shows the current and next slide, the speaker notes and the time, and follows the window presenting the
            deck. Keep it on your own screen; the shared screen shows no notes.
          </p>
        </main>
      )}
    </div>
  );
}

/**
 * The presenter view: the presenter's own window, opened by Presenter view in presentation mode.
 * It follows the presentation window over a BroadcastChannel and steers it with its keys; it
 * needs no router of its own (each preview has one), so main.tsx renders it as a root, like print.
 */
export function PresenterRoot({ search }: PresenterRootProps) {
  const channelId = presenterChannelIn(search);

  useEffect(() => {
    const root = document.documentElement;
    // The presenter's own screen is dark (the room is usually dimmed); each preview takes the shared screen's theme.
    root.dataset.theme = 'dark';
    // Presentation mode's type scale and slide layout, for the previews and for notes read at arm's length.
    root.dataset.presenting = '';
  }, []);
  // Before any preview exists: they mount once the presentation window has answered.
  useEffect(() => installStageMeasurement(), []);

  if (!isPresenterChannelId(channelId)) {
    return (
      <main className="presenter-view__waiting presenter-view__waiting--alone">
        <h1>Presenter view</h1>
        <p>This window is not linked to a presentation. In Hubscope, start presenting and press Presenter view in the bar: it opens this view, linked.</p>
      </main>
    );
  }
  return <PresenterView channelId={channelId} />;
}
