import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { CityPicker } from '../../components/city-picker';
import { DisplayModeSwitch } from '../../components/display-mode-switch';
import { hasModifier, isInControl, isOnPressable, useShortcutsEnabled } from '../../components/keyboard';
import { SpotlightSelect } from '../../components/spotlight-select';
import { ViewControls } from '../../components/view-controls';
import { usePresenting, useViewState } from '../../view-state/use-view-state';
import { displaySlideTitle } from '../../view-state/deck';
import { leftFullscreenWeEntered, usePresentation } from './use-presentation';
import './presentation.css';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** "Present (P)": starts the deck at its first slide. */
export function PresentButton() {
  const { enter, deck } = usePresentation();
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={() => enter(0)}
      title={`Present the deck “${deck.title}” (${deck.slides.length} slides) · key P`}
    >
      Present
    </button>
  );
}

/**
 * The keys of presentation mode: P enters it (a single-key shortcut, so the shortcuts switch
 * turns it off); in the mode, arrows, Page Up/Down and Space step through the slides, Home and
 * End jump, Esc leaves. None of them act while focus is in a control.
 */
export function PresentationKeys() {
  const presenting = usePresenting();
  const shortcutsOn = useShortcutsEnabled();
  const { enter, exit, goTo, status, deck } = usePresentation();
  const index = status.index;
  // The slide the last key asked for: a step is a transition that may still be loading the next
  // section, and a presenter pressing → twice means two slides on, not one.
  const requestedIndex = useRef<number | null>(null);
  useEffect(() => {
    if (index === null || requestedIndex.current === index) requestedIndex.current = null;
  }, [index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasModifier(event) || isInControl(event.target)) return;
      if (!presenting) {
        if (shortcutsOn && (event.key === 'p' || event.key === 'P')) {
          event.preventDefault();
          enter(0);
        }
        return;
      }
      const current = requestedIndex.current ?? index ?? 0;
      let target: number | null = null;
      if (NEXT_KEYS.has(event.key) || (event.key === ' ' && !event.shiftKey && !isOnPressable(event.target))) target = current + 1;
      else if (PREVIOUS_KEYS.has(event.key) || (event.key === ' ' && event.shiftKey && !isOnPressable(event.target))) target = current - 1;
      else if (event.key === 'Home') target = 0;
      else if (event.key === 'End') target = deck.slides.length - 1;
      else if (event.key === 'Escape') {
        event.preventDefault();
        exit();
        return;
      }
      if (target === null) return;
      event.preventDefault();
      if (target >= 0 && target < deck.slides.length && target !== current) {
        requestedIndex.current = target;
        goTo(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, shortcutsOn, enter, exit, goTo, index, deck.slides.length]);

  // Leaving full screen by the browser's own means (Esc, F11, its button) leaves the mode too.
  useEffect(() => {
    if (!presenting) return;
    const onChange = () => {
      if (leftFullscreenWeEntered()) exit();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenting, exit]);

  useEffect(() => {
    if (!presenting) return;
    document.documentElement.dataset.presenting = '';
    return () => {
      delete document.documentElement.dataset.presenting;
    };
  }, [presenting]);

  return null;
}

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
  const [{ slide: requested }] = useViewState();
  const location = useLocation();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  // A message belongs to the slide it is about, so stepping on clears it without an effect.
  const [message, setMessage] = useState<{ slideIndex: number; text: string } | null>(null);
  const settingsId = useId();
  const notesId = useId();

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
  const [{ cities }, setView] = useViewState();
  return (
    <>
      <CityPicker selected={cities} onChange={(next) => setView({ cities: next })} />
      <DisplayModeSwitch name="presentation-display-mode" />
      <ViewControls />
    </>
  );
}
