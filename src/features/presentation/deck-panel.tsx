import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent, type Ref, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { addSlide, slideTitleFor, viewToSlide } from './model/deck-operations';
import { isSectionPath } from './model/deck-schema';
import { useDeck } from './model/deck-store';
import type { DownloadPptx } from './deck-editor';
import { MAX_SLIDES } from '../../view-state/search-params';
import './deck.css';

// The editor (and lz-string, for its deck links) loads when the deck is first opened, not with the app.
const DeckEditor = lazy(() => import('./deck-editor').then((m) => ({ default: m.DeckEditor })));

export type AddToDeckButtonProps = {
  /** The label of the section shown, the title of a slide that is not one card alone. */
  sectionLabel: string;
  ref?: Ref<HTMLButtonElement>;
};

/** "Add to deck": the current view becomes the deck's last slide, titled after its card or section. */
export function AddToDeckButton({ sectionLabel, ref }: AddToDeckButtonProps) {
  const location = useLocation();
  const { deck, setDeck } = useDeck();
  // A message belongs to the view it was about: it disappears once the view changes.
  const [message, setMessage] = useState<{ key: string; text: string } | null>(null);
  const onSection = isSectionPath(location.pathname);

  const add = () => {
    if (deck.slides.length >= MAX_SLIDES) {
      setMessage({ key: location.key, text: `The deck is full (${MAX_SLIDES} slides); remove one in Deck first.` });
      return;
    }
    const title = slideTitleFor(location.pathname, location.search, sectionLabel);
    const slide = viewToSlide(location.pathname, location.search, title);
    // Added to the deck as stored now, so a slide another tab added meanwhile is kept.
    let position = deck.slides.length + 1;
    const { saved } = setDeck((stored) => {
      position = stored.slides.length + 1;
      return addSlide(stored, slide);
    });
    const added = `Added slide ${position}: ${title}`;
    setMessage({
      key: location.key,
      text: saved ? added : `${added}, but not saved: this browser’s storage is full. The deck stays in this tab; free space by deleting decks in Deck, or download it as JSON.`,
    });
  };

  return (
    <span className="deck-add">
      <button
        ref={ref}
        type="button"
        className="button"
        onClick={add}
        disabled={!onSection}
        title={onSection ? 'Add this view to the deck as its last slide' : 'Only a section’s view can be a slide'}
      >
        Add to deck
      </button>
      <span role="status" className="deck-add__message">
        {message?.key === location.key ? message.text : ''}
      </span>
    </span>
  );
}

// Browsers without <dialog> modals (and jsdom) get a plain open dialog instead.
function showDialog(dialog: HTMLDialogElement) {
  if (dialog.open) return;
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

function hideDialog(dialog: HTMLDialogElement) {
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

export type DeckControlProps = {
  /** Starts presentation mode at this slide (0-based). */
  onPresent(slideIndex: number): void;
  /** A section path's label ("Chips" for '/chips'). */
  sectionLabelFor(path: string): string;
  /** The address of the deck's print view (one page per slide), which the app owns. */
  printHref: string;
  downloadPptx?: DownloadPptx;
  /** The "Deck" button; focus returns to it when the editor closes. */
  ref?: RefObject<HTMLButtonElement | null>;
};

/** "Deck (8)": opens the deck editor, a modal dialog. */
export function DeckControl({ onPresent, sectionLabelFor, printHref, downloadPptx, ref }: DeckControlProps) {
  const { deck } = useDeck();
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ownButtonRef = useRef<HTMLButtonElement>(null);
  const buttonRef = ref ?? ownButtonRef;
  const returnFocus = useRef(false);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open) {
      showDialog(dialog);
      return;
    }
    if (dialog.open || dialog.hasAttribute('open')) hideDialog(dialog);
    // Focus goes back to "Deck" only once the page behind the modal is no longer inert.
    if (returnFocus.current) buttonRef.current?.focus();
    returnFocus.current = false;
  }, [open, buttonRef]);

  const close = ({ focusButton = true }: { focusButton?: boolean } = {}) => {
    returnFocus.current = focusButton;
    setOpen(false);
  };

  // Keys typed in the editor are the editor's: the page's single-key shortcuts (spotlight, present) stay out.
  const keepKeys = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') event.stopPropagation();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button deck-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        title={`Edit the deck “${deck.title}”: titles, notes, order, links and files`}
      >
        Deck ({deck.slides.length})
      </button>
      <dialog
        ref={dialogRef}
        className="deck-dialog"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        onKeyDown={keepKeys}
      >
        {open ? (
          <Suspense fallback={<p role="status">Opening the deck…</p>}>
          <DeckEditor
            titleId={titleId}
            onClose={() => close()}
            onShown={() => close({ focusButton: false })}
            onPresent={(index) => {
              close({ focusButton: false });
              onPresent(index);
            }}
            sectionLabelFor={sectionLabelFor}
            printHref={printHref}
            downloadPptx={downloadPptx}
          />
          </Suspense>
        ) : null}
      </dialog>
    </>
  );
}
