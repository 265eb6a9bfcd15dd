import { useEffect, useRef, type Ref } from 'react';
import { hasModifier, isInControl, isOnPressable, useShortcutsEnabled } from '../../ui/keyboard';
import { usePresenting } from '../../view-state/use-view-state';
import { setPresentationKeysLive } from './deck-tools-placeholder';
import { leftFullscreenWeEntered, usePresentation } from './use-presentation';

/* The Present button and presentation mode's keys: they load with the deck tools, when first asked for; the bar itself loads on entering the mode. */

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** "Present (P)": starts the deck at its first slide. */
export function PresentButton({ ref }: { ref?: Ref<HTMLButtonElement> }) {
  const { enter, deck } = usePresentation();
  return (
    <button
      ref={ref}
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
  // The early P key (deck-tools-placeholder.tsx) stands aside while these keys are mounted.
  useEffect(() => {
    setPresentationKeysLive(true);
    return () => setPresentationKeysLive(false);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasModifier(event) || isInControl(event.target)) return;
      // Keys pressed in a dialog (the shortcuts list, the deck editor) are the dialog's: Esc there closes it, and only it.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
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

