import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router';
import { DownloadButton } from '../../export/download-button';
import { getCard } from '../../view-state/cards';
import { MAX_DECK_FILE_BYTES, MAX_NOTES_LENGTH, MAX_TITLE_LENGTH, deckToJson, isSectionPath, parseDeckJson, type Deck, type Slide } from './model/deck-schema';
import { displaySlideTitle, isSlideView, moveSlide, newDeck, removeSlide, retitleDeck, slideLocation, slideTitleFor, updateSlide, viewToSlide, withCarriedParams } from './model/deck-operations';
import { encodeDeckParam } from './model/deck-link';
import { useDeck } from './model/deck-store';
import { MAX_SLIDES } from '../../view-state/search-params';
import { formatEnGb } from '../../domain/format';

/** Links longer than this are cut by some chat and mail programs; the editor says so. */
const LONG_LINK = 8000;

const slideCount = (n: number) => `${n} ${n === 1 ? 'slide' : 'slides'}`;

type Message = { tone: 'info' | 'error'; text: string; link?: string };
type Replaced = { deck: Deck; isDefault: boolean };

/** What a slide shows, in words: "Chips › Front-end wafer capacity", and its other settings as written in the link. */
function describeView(slide: Slide, sectionLabelFor: (path: string) => string) {
  const params = new URLSearchParams(slide.search);
  const cardId = params.get('card');
  const card = cardId === null ? undefined : getCard(cardId);
  params.delete('card');
  const settings = [...params].map(([name, value]) => `${name}=${value}`).join(' · ');
  return { place: card ? `${sectionLabelFor(slide.path)} › ${card.title}` : `${sectionLabelFor(slide.path)} (whole section)`, settings };
}

export type DeckEditorProps = {
  titleId: string;
  onClose(): void;
  /** Called after "Show" has navigated to a slide's view. */
  onShown(): void;
  onPresent(slideIndex: number): void;
  sectionLabelFor(path: string): string;
  /** The deck's print view (a separate page, so a plain link rather than a router link). */
  printHref: string;
};

/**
 * The deck editor (inside DeckControl's dialog): the deck's title, each slide's title and notes,
 * order, view and removal, and the deck's link, file and reset. Every change is saved at once.
 */
export function DeckEditor({ titleId, onClose, onShown, onPresent, sectionLabelFor, printHref }: DeckEditorProps) {
  const { deck, isDefault, persistent, unreadable, setDeck, resetToDefault } = useDeck();
  const location = useLocation();
  const navigate = useNavigate();
  const [message, setMessage] = useState<Message | null>(null);
  const [replaced, setReplaced] = useState<Replaced | null>(null);
  const [confirming, setConfirming] = useState<'restore' | 'new' | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const restoreRef = useRef<HTMLButtonElement>(null);
  const newDeckRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes once the next render is on screen: after a move, a removal or a confirmation. */
  const focusNext = useRef<(() => HTMLElement | null | undefined) | null>(null);
  const firstLocation = slideLocation(deck.slides[0] ?? { id: '', title: '', notes: '', path: '/', search: '' });
  const firstHref = useHref(firstLocation);
  const onSection = isSectionPath(location.pathname);
  const count = deck.slides.length;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  useEffect(() => {
    const find = focusNext.current;
    if (!find) return;
    focusNext.current = null;
    find()?.focus();
  });

  /** The slide's own control after a move (its other arrow at either end), or its heading. */
  const focusSlide = (slideId: string, action: 'up' | 'down' | 'heading') => {
    focusNext.current = () => {
      const item = listRef.current?.querySelector<HTMLElement>(`[data-slide-id="${slideId}"]`);
      const wanted = item?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
      const other = item?.querySelector<HTMLButtonElement>(`[data-action="${action === 'up' ? 'down' : 'up'}"]`);
      if (wanted && !wanted.disabled) return wanted;
      if (action !== 'heading' && other && !other.disabled) return other;
      return item?.querySelector<HTMLElement>('h3');
    };
  };

  /** After a confirmation: back to the button that asked, or to Undo once the deck was replaced. */
  const focusAfterConfirm = (target: 'restore' | 'new' | 'undo') => {
    focusNext.current = () => {
      const button = { restore: restoreRef, new: newDeckRef, undo: undoRef }[target].current;
      return button && !button.disabled ? button : undoRef.current;
    };
  };

  const say = (text: string, tone: Message['tone'] = 'info') => setMessage({ text, tone });

  /** Replaces the whole deck, keeping what it replaced for Undo. */
  const replaceDeck = (next: Deck | 'default', text: string) => {
    setReplaced({ deck, isDefault });
    if (next === 'default') resetToDefault();
    else setDeck(next);
    setConfirming(null);
    say(text);
  };

  const undo = () => {
    if (!replaced) return;
    if (replaced.isDefault) resetToDefault();
    else setDeck(replaced.deck);
    setReplaced(null);
    say(`Undone: the deck is back to “${replaced.deck.title || 'Untitled deck'}” (${slideCount(replaced.deck.slides.length)}).`);
  };

  const move = (index: number, by: -1 | 1) => {
    const slide = deck.slides[index];
    if (!slide) return;
    setDeck(moveSlide(deck, index, index + by));
    focusSlide(slide.id, by < 0 ? 'up' : 'down');
    say(`Slide ${index + 1} moved ${by < 0 ? 'up' : 'down'}; it is now slide ${index + 1 + by}.`);
  };

  const remove = (index: number) => {
    const slide = deck.slides[index];
    if (!slide || count <= 1) return;
    const next = removeSlide(deck, index);
    setDeck(next);
    const neighbour = next.slides[Math.min(index, next.slides.length - 1)];
    if (neighbour) focusSlide(neighbour.id, 'heading');
    say(`Removed slide ${index + 1}: ${displaySlideTitle(slide, index + 1)}.`);
  };

  const updateFromView = (index: number) => {
    const slide = deck.slides[index];
    if (!slide) return;
    if (!onSection) {
      say('This page is not one of the sections, so it cannot be a slide.', 'error');
      return;
    }
    if (isSlideView(slide, location.pathname, location.search)) {
      say(`Slide ${index + 1} already shows the current view.`);
      return;
    }
    const here = viewToSlide(location.pathname, location.search, slide.title);
    setDeck(updateSlide(deck, index, { path: here.path, search: here.search }));
    say(`Slide ${index + 1} now shows the current view: ${describeView(here, sectionLabelFor).place}.`);
  };

  const show = (slide: Slide) => {
    const target = slideLocation(slide);
    navigate({ pathname: target.pathname, search: withCarriedParams(target.search, location.search) });
    onShown();
  };

  const copyLink = async () => {
    const url = `${window.location.origin}${firstHref}${firstLocation.search ? '&' : '?'}deck=${encodeDeckParam(deck)}`;
    const long = url.length > LONG_LINK ? ` It is long (${formatEnGb(url.length)} characters): some chat and mail programs cut long links, so send the JSON file instead.` : '';
    try {
      await navigator.clipboard.writeText(url);
      say(`Deck link copied (${slideCount(count)}); it opens on the first slide’s view and loads this deck.${long}`);
    } catch {
      setMessage({ tone: 'info', text: `Copying was not allowed; copy this link yourself.${long}`, link: url });
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again reads it again.
    input.value = '';
    if (!file) return;
    const refuse = (reason: string) => say(`“${file.name}” was not imported: ${reason}. Your deck is unchanged.`, 'error');
    if (file.size > MAX_DECK_FILE_BYTES) {
      refuse(`the file is larger than ${MAX_DECK_FILE_BYTES / 1_000_000} MB, far more than any deck`);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      refuse('the file could not be read');
      return;
    }
    const result = parseDeckJson(text);
    if (!result.ok) refuse(result.reason);
    else replaceDeck(result.deck, `Imported ${slideCount(result.deck.slides.length)} from “${file.name}”: “${result.deck.title || 'Untitled deck'}”.`);
  };

  const startNewDeck = () => {
    const title = slideTitleFor(location.pathname, location.search, sectionLabelFor(location.pathname));
    replaceDeck(newDeck(viewToSlide(location.pathname, location.search, title)), `Started a new deck with slide 1: ${title}.`);
  };

  return (
    <div className="deck-editor">
      <header className="deck-editor__header">
        <div className="deck-editor__heading">
          <h2 id={titleId}>Deck</h2>
          <span className="deck-editor__count">
            {slideCount(count)} of at most {MAX_SLIDES}
          </span>
          {isDefault ? <span className="deck-badge">Default deck</span> : null}
        </div>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </header>

      <label className="deck-editor__title">
        Deck title
        <input type="text" value={deck.title} maxLength={MAX_TITLE_LENGTH} onChange={(e) => setDeck(retitleDeck(deck, e.target.value))} />
      </label>
      {isDefault ? <p className="deck-editor__hint">The built-in story of the three cities. Any change you make is saved as your own copy.</p> : null}
      {unreadable ? (
        <p className="deck-editor__hint">
          Your saved deck could not be read ({unreadable}), so the default deck is shown; the saved one is kept until you change something.
        </p>
      ) : null}
      {!persistent ? <p className="deck-editor__hint">This browser does not allow saving: the deck lasts until you close the page. Download JSON to keep it.</p> : null}

      <div className="deck-editor__actions" role="group" aria-label="Deck actions">
        <button type="button" className="button button--primary" onClick={() => onPresent(0)}>
          Present
        </button>
        <button type="button" className="button" onClick={() => void copyLink()}>
          Copy deck link
        </button>
        <a className="button" href={printHref}>
          Print deck
        </a>
        <DownloadButton label="Download JSON" filename="hubscope-deck.json" mimeType="application/json" content={() => deckToJson(deck)} />
        <label className="button deck-editor__import">
          Import JSON…
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void importFile(e)} />
        </label>
        <button
          ref={newDeckRef}
          type="button"
          className="button button--quiet"
          disabled={!onSection}
          onClick={() => (isDefault ? startNewDeck() : setConfirming('new'))}
        >
          New deck from this view
        </button>
        <button
          ref={restoreRef}
          type="button"
          className="button button--quiet"
          disabled={isDefault}
          title={isDefault ? 'This is the default deck' : undefined}
          onClick={() => setConfirming('restore')}
        >
          Restore default deck
        </button>
      </div>

      {confirming ? (
        <div className="deck-editor__confirm" role="group" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`}>
            {confirming === 'restore' ? 'Replace' : 'Start a new deck instead of'} your deck “{deck.title || 'Untitled deck'}” ({slideCount(count)})? It is not kept
            anywhere else: Download JSON first to keep a copy.
          </p>
          <div className="deck-editor__confirm-actions">
            <button
              ref={confirmRef}
              type="button"
              className="button"
              onClick={() => {
                if (confirming === 'restore') replaceDeck('default', 'The default deck is back.');
                else startNewDeck();
                focusAfterConfirm('undo');
              }}
            >
              {confirming === 'restore' ? 'Replace with the default deck' : 'Start a new deck'}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                focusAfterConfirm(confirming);
                setConfirming(null);
              }}
            >
              Keep my deck
            </button>
          </div>
        </div>
      ) : null}

      <div className="deck-editor__messages">
        <p role="status" className="deck-editor__message">
          {message?.tone === 'info' ? message.text : ''}
        </p>
        <p role="alert" className="deck-editor__message deck-editor__message--error">
          {message?.tone === 'error' ? message.text : ''}
        </p>
        {message?.link ? (
          <input className="deck-editor__link" type="text" readOnly value={message.link} aria-label="Deck link" onFocus={(e) => e.currentTarget.select()} />
        ) : null}
        {replaced ? (
          <button ref={undoRef} type="button" className="button" onClick={undo}>
            Undo
          </button>
        ) : null}
      </div>

      <ol className="deck-slides" ref={listRef} aria-label="Slides">
        {deck.slides.map((slide, index) => {
          const n = index + 1;
          const name = displaySlideTitle(slide, n);
          const view = describeView(slide, sectionLabelFor);
          const current = isSlideView(slide, location.pathname, location.search);
          return (
            <li key={slide.id} className="deck-slide" data-slide-id={slide.id}>
              <div className="deck-slide__head">
                <h3 tabIndex={-1}>Slide {n}</h3>
                <span className="deck-slide__view">
                  {view.place}
                  {view.settings ? <code>{view.settings}</code> : null}
                </span>
                {current ? <span className="deck-badge">Current view</span> : null}
              </div>
              <label className="deck-slide__field">
                <span>
                  Title <span className="visually-hidden">of slide {n}</span>
                </span>
                <input
                  type="text"
                  value={slide.title}
                  maxLength={MAX_TITLE_LENGTH}
                  placeholder={`Slide ${n}`}
                  onChange={(e) => setDeck(updateSlide(deck, index, { title: e.target.value }))}
                />
              </label>
              <label className="deck-slide__field">
                <span>
                  Speaker notes <span className="visually-hidden">for slide {n}</span>
                </span>
                <textarea
                  value={slide.notes}
                  maxLength={MAX_NOTES_LENGTH}
                  rows={3}
                  onChange={(e) => setDeck(updateSlide(deck, index, { notes: e.target.value }))}
                />
              </label>
              <div className="deck-slide__actions">
                <button type="button" className="button" onClick={() => show(slide)} aria-label={`Show slide ${n}: ${name}`}>
                  Show
                </button>
                <button type="button" className="button" onClick={() => onPresent(index)} aria-label={`Present from here, slide ${n}`}>
                  Present from here
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  data-action="up"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={`Move up, slide ${n}`}
                >
                  Move up
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  data-action="down"
                  disabled={index === count - 1}
                  onClick={() => move(index, 1)}
                  aria-label={`Move down, slide ${n}`}
                >
                  Move down
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={!onSection}
                  onClick={() => updateFromView(index)}
                  aria-label={`Update from current view, slide ${n}`}
                >
                  Update from current view
                </button>
                <button
                  type="button"
                  className="button button--quiet deck-slide__remove"
                  disabled={count <= 1}
                  title={count <= 1 ? 'A deck keeps at least one slide' : undefined}
                  onClick={() => remove(index)}
                  aria-label={`Remove slide ${n}: ${name}`}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="deck-editor__hint">Changes are saved at once in this browser. Copy deck link or Download JSON to share the deck.</p>
    </div>
  );
}
