import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { CityPicker } from '../../ui/city-picker';
import { DisplayModeSwitch } from '../../ui/display-mode-switch';
import { SpotlightSelect } from '../../ui/spotlight-select';
import { ViewControls } from '../../ui/view-controls';
import { useSetView, useViewParam } from '../../view-state/use-view-state';
import { displaySlideTitle } from './model/deck-operations';
import { requestFullscreen, setOpenPanelCloser, useCanEnterFullscreen, usePresentation } from './use-presentation';
import { usePresenterWindow, type PresenterWindowOutcome } from './use-presenter-window';
import './presentation.css';

/**
 * The slim bar of presentation mode: the slide's title and position, the live controls (spotlight
 * at hand, the rest one click away), "Update slide" once a control changed the view, the presenter
 * view (notes, next slide and timer on the presenter's own screen), and the way out. The speaker
 * notes never show on this shared screen unless the presenter ticks the box for it in Settings.
 */
export type PresentationBarProps = {
  /** The presenter view's address for a channel id (the app owns its path). */
  presenterHref: (channelId: string) => string;
  /** The app's link tools (Copy link), offered with the settings. */
  linkTools?: ReactNode;
  /** The app's single-key shortcuts and their list (?), which work on slides too. */
  shortcuts?: ReactNode;
};

const PRESENTER_VIEW_PROBLEMS: Record<Exclude<PresenterWindowOutcome, 'opened'>, string> = {
  blocked: 'The browser blocked the presenter window: allow pop-ups for this site and press Presenter view again. Notes stay off this screen.',
  unsupported: 'This browser cannot link a presenter window to this one. Notes stay off this screen.',
};

export function PresentationBar({ presenterHref, linkTools, shortcuts }: PresentationBarProps) {
  const { deck, status, slide, goTo, exit, update } = usePresentation();
  const requested = useViewParam('slide');
  const location = useLocation();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [notesOnScreen, setNotesOnScreen] = useState(false);
  // A message belongs to the slide it is about, so stepping on clears it without an effect.
  const [message, setMessage] = useState<{ slideIndex: number; text: string } | null>(null);
  // Why the presenter view did not open; it stands until the next press.
  const [presenterProblem, setPresenterProblem] = useState('');
  const settingsId = useId();
  const notesId = useId();
  const barRef = useRef<HTMLDivElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const presenterView = usePresenterWindow({ href: presenterHref, deck, index: status.index, goTo, bar: barRef });
  // Presenting windowed (opened from a link, or after the presenter view took the page out of full screen).
  const canEnterFullscreen = useCanEnterFullscreen();

  // Esc closes what is open first (settings, then the notes shown on screen), and leaves the mode
  // only when nothing is: heard before the mode's own keys (capture), which then see the key handled.
  // Leaving full screen where the browser took that Esc closes the same panel (setOpenPanelCloser).
  useEffect(() => {
    if (!settingsOpen && !notesOnScreen) return;
    const closeOne = () => {
      const focusWasInside = document.activeElement?.closest('.presentation-bar') !== null;
      if (settingsOpen) {
        setSettingsOpen(false);
        if (focusWasInside) settingsButton.current?.focus();
      } else setNotesOnScreen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      // A held Esc repeats: only its first press closes something.
      if (!event.repeat) closeOne();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    setOpenPanelCloser(closeOne);
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      setOpenPanelCloser(null);
    };
  }, [settingsOpen, notesOnScreen]);

  const index = status.index ?? 0;
  const total = deck.slides.length;

  // A link to a slide past the end of this deck shows the last one, and says so (the number asked
  // for travels in the history entry's state).
  useEffect(() => {
    if (requested !== null && requested > total) goTo(total - 1, { replace: true, state: { missingSlide: requested } });
  }, [requested, total, goTo]);
  const missingSlide = (location.state as { missingSlide?: number } | null)?.missingSlide;

  if (!slide) return null;
  const title = displaySlideTitle(slide, index + 1);

  return (
    <div ref={barRef} className="presentation-bar" role="region" aria-label="Presentation">
      <div className="presentation-bar__row">
        <button type="button" className="button" onClick={() => goTo(index - 1)} disabled={index === 0} aria-label="Previous slide">
          ‹
        </button>
        <span className="presentation-bar__position" aria-hidden="true">
          {index + 1} / {total}
        </span>
        <p className="presentation-bar__title" aria-live="polite" title={title}>
          <span className="visually-hidden">{`Slide ${index + 1} of ${total}: `}</span>
          {title}
        </p>
        <SpotlightSelect />
        <button
          ref={settingsButton}
          type="button"
          className="button button--quiet"
          aria-expanded={settingsOpen}
          aria-controls={settingsId}
          onClick={() => setSettingsOpen((open) => !open)}
        >
          Settings
        </button>
        <button
          type="button"
          className="button button--quiet"
          title="Opens a window for your own screen with the speaker notes, the next slide and a timer"
          onClick={() => {
            const outcome = presenterView.open();
            setPresenterProblem(outcome === 'opened' ? '' : PRESENTER_VIEW_PROBLEMS[outcome]);
          }}
        >
          Presenter view
        </button>
        {status.modified ? (
          <>
            <button
              type="button"
              className="button"
              onClick={() => {
                update();
                setMessage({ slideIndex: index, text: `Slide ${index + 1} now shows this view.` });
              }}
            >
              Update slide
            </button>
            <button type="button" className="button button--quiet" onClick={() => goTo(index, { replace: true })}>
              Revert
            </button>
          </>
        ) : null}
        <button type="button" className="button" onClick={() => goTo(index + 1)} disabled={index >= total - 1} aria-label="Next slide">
          ›
        </button>
        {shortcuts}
        {canEnterFullscreen ? (
          <button type="button" className="button button--quiet" onClick={requestFullscreen}>
            Full screen
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={exit}>
          Exit <kbd>Esc</kbd>
        </button>
      </div>
      {settingsOpen ? (
        <div id={settingsId} className="presentation-bar__settings">
          <PresentationSettings />
          {linkTools}
          <label className="presentation-bar__notes-toggle">
            <input type="checkbox" checked={notesOnScreen} onChange={(event) => setNotesOnScreen(event.target.checked)} />
            Show speaker notes on this screen (the audience sees them)
          </label>
        </div>
      ) : null}
      {status.modified ? (
        <p className="presentation-bar__hint">Changed on screen only; “Update slide” saves it to the deck.</p>
      ) : null}
      <p role="status" className="presentation-bar__message">
        {message?.slideIndex === index
          ? message.text
          : presenterProblem
            ? presenterProblem
            : missingSlide !== undefined
              ? `This deck has ${total} slides; slide ${missingSlide} does not exist, so the last one is shown.`
              : ''}
      </p>
      {notesOnScreen && slide.notes ? (
        <aside id={notesId} className="presentation-notes" aria-label="Speaker notes">
          <p>{slide.notes}</p>
        </aside>
      ) : null}
    </div>
  );
}

function PresentationSettings() {
  const cities = useViewParam('cities');
  const setView = useSetView();
  return (
    <>
      <CityPicker selected={cities} onChange={(next) => setView({ cities: next })} />
      <DisplayModeSwitch name="presentation-display-mode" />
      <ViewControls />
    </>
  );
}
