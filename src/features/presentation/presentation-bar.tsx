import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { CityPicker } from '../../ui/city-picker';
import { DisplayModeSwitch } from '../../ui/display-mode-switch';
import { SpotlightSelect } from '../../ui/spotlight-select';
import { ViewControls } from '../../ui/view-controls';
import { useSetView, useViewParam } from '../../view-state/use-view-state';
import { displaySlideTitle } from './model/deck-operations';
import { usePresentation } from './use-presentation';
import './presentation.css';

/**
 * The slim bar of presentation mode: the slide's title and position, the live controls (spotlight
 * at hand, the rest one click away), "Update slide" once a control changed the view, the speaker
 * notes on demand, and the way out.
 */
export type PresentationBarProps = {
  /** The app's link tools (Copy link), offered with the settings. */
  linkTools?: ReactNode;
  /** The app's single-key shortcuts and their list (?), which work on slides too. */
  shortcuts?: ReactNode;
};

export function PresentationBar({ linkTools, shortcuts }: PresentationBarProps) {
  const { deck, status, slide, goTo, exit, update } = usePresentation();
  const requested = useViewParam('slide');
  const location = useLocation();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  // A message belongs to the slide it is about, so stepping on clears it without an effect.
  const [message, setMessage] = useState<{ slideIndex: number; text: string } | null>(null);
  const settingsId = useId();
  const notesId = useId();
  const settingsButton = useRef<HTMLButtonElement>(null);
  const notesButton = useRef<HTMLButtonElement>(null);

  // Esc closes what is open first (settings, then notes), and leaves the mode only when nothing is:
  // heard before the mode's own keys (capture), which then see the key handled.
  useEffect(() => {
    if (!settingsOpen && !notesOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      const panel = settingsOpen ? { close: setSettingsOpen, button: settingsButton } : { close: setNotesOpen, button: notesButton };
      const focusWasInside = document.activeElement?.closest('.presentation-bar') !== null;
      panel.close(false);
      if (focusWasInside) panel.button.current?.focus();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [settingsOpen, notesOpen]);

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
    <div className="presentation-bar" role="region" aria-label="Presentation">
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
        {slide.notes ? (
          <button
            ref={notesButton}
            type="button"
            className="button button--quiet"
            aria-expanded={notesOpen}
            aria-controls={notesId}
            onClick={() => setNotesOpen((open) => !open)}
          >
            Notes
          </button>
        ) : null}
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
        <button type="button" className="button button--quiet" onClick={exit}>
          Exit <kbd>Esc</kbd>
        </button>
      </div>
      {settingsOpen ? (
        <div id={settingsId} className="presentation-bar__settings">
          <PresentationSettings />
          {linkTools}
        </div>
      ) : null}
      {status.modified ? (
        <p className="presentation-bar__hint">Changed on screen only; “Update slide” saves it to the deck.</p>
      ) : null}
      <p role="status" className="presentation-bar__message">
        {message?.slideIndex === index
          ? message.text
          : missingSlide !== undefined
            ? `This deck has ${total} slides; slide ${missingSlide} does not exist, so the last one is shown.`
            : ''}
      </p>
      {notesOpen && slide.notes ? (
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
