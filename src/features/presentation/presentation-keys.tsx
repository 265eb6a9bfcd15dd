import { useEffect, useRef, type Ref } from 'react';
import { hasModifier, isInControl, useShortcutsEnabled } from '../../ui/keyboard';
import { usePresenting } from '../../view-state/use-view-state';
import { setPresentationKeysLive } from './deck-tools-placeholder';
import { slideForKey } from './slide-keys';
import { closeOpenPanel, leftFullscreenWeEntered, usePresentation } from './use-presentation';

/* The Present button and presentation mode's keys: they load with the deck tools, when first asked for; the bar itself loads on entering the mode. */

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
      if (event.key === 'Escape') {
        event.preventDefault();
        // A held Esc (the browser's "hold Esc to leave full screen" under Keyboard Lock) repeats:
        // its first press did its one thing, closing a panel or leaving.
        if (!event.repeat) exit();
        return;
      }
      const target = slideForKey(event, current, deck.slides.length);
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

  // Leaving full screen by the browser's own means (Esc where Keyboard Lock is missing, F11, its
  // button) closes the open panel if there is one, keeping the mode in the window, and otherwise
  // leaves the mode: the Esc the browser took does what Esc does on the page.
  useEffect(() => {
    if (!presenting) return;
    const onChange = () => {
      if (leftFullscreenWeEntered() && !closeOpenPanel()) exit();
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

