import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router';
import { DownloadButton } from '../../export/download-button';
import { getCard } from '../../view-state/cards';
import { MAX_DECK_FILE_BYTES, MAX_NOTES_LENGTH, MAX_TITLE_LENGTH, deckToJson, isSectionPath, parseDeckJson, type Deck, type Slide } from './model/deck-schema';
import { displaySlideTitle, isSlideView, moveSlide, newDeck, removeSlide, retitleDeck, slideLocation, slideTitleFor, updateSlide, viewToSlide, withCarriedParams } from './model/deck-operations';
import { deckLinkFragment, MAX_DECK_PARAM_CHARS } from './model/deck-link';
import { DEFAULT_DECK_ID, uniqueDeckTitle, useDeck, type DeckEntry } from './model/deck-store';
import { DeckList, deckFileName, deckName } from './deck-list';
import { MAX_SLIDES } from '../../view-state/search-params';
import { formatEnGb } from '../../domain/format';

/** Links longer than this are cut by some chat and mail programs; the editor says so. */
const LONG_LINK = 8000;

const slideCount = (n: number) => `${n} ${n === 1 ? 'slide' : 'slides'}`;

type Message = { tone: 'info' | 'error'; text: string; link?: string };
/** The last change that can be taken back: what Undo says and does. */
type Undoable = { label: string; run(): string };

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
  /** Makes and saves the deck as a PowerPoint file (the app owns it: it reads every section's data); resolves to what was saved. */
  downloadPptx?: DownloadPptx;
};

/** Saves `deck` as a .pptx and says what was saved (and which slides could not be made); rejects when no file could be made. */
export type DownloadPptx = (deck: Deck) => Promise<string>;

/**
 * The deck editor (inside DeckControl's dialog): the deck's title, each slide's title and notes,
 * order, view and removal, and the deck's link, file and reset. Every change is saved at once.
 */
export function DeckEditor({ titleId, onClose, onShown, onPresent, sectionLabelFor, printHref, downloadPptx }: DeckEditorProps) {
  const library = useDeck();
  const { deck, currentId, isDefault, persistent, storageFull, entries, setDeck, store } = library;
  const location = useLocation();
  const navigate = useNavigate();
  const [message, setMessage] = useState<Message | null>(null);
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const [makingPptx, setMakingPptx] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes once the next render is on screen: after a move, a removal or an undo. */
  const focusNext = useRef<(() => HTMLElement | null | undefined) | null>(null);
  const firstLocation = slideLocation(deck.slides[0] ?? { id: '', title: '', notes: '', path: '/', search: '' });
  const firstHref = useHref(firstLocation);
  const onSection = isSectionPath(location.pathname);
  const count = deck.slides.length;
  const name = deckName(deck.title);
  const takenTitles = entries.flatMap((e) => (e.deck ? [e.deck.title] : []));

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

  const say = (text: string, tone: Message['tone'] = 'info') => setMessage({ text, tone });
  const notSaved = ' It is not saved: this browser’s storage is full, so it is kept in this tab and saved as soon as there is room.';

  /** Says what a change did, with an Undo for it; focus moves to Undo when asked. */
  const done = (text: string, undo: Undoable | null, { saved = true, focusUndo = false } = {}) => {
    setUndoable(undo);
    say(saved ? text : `${text}${notSaved}`);
    if (focusUndo) focusNext.current = () => undoRef.current;
  };

  const undo = () => {
    if (!undoable) return;
    setUndoable(null);
    say(undoable.run());
  };

  /** A deck added beside the others (a file, a copy, a new one), shown at once; Undo takes it away again. */
  const addDeck = (next: Deck, text: string) => {
    const previousId = currentId;
    const { id, saved } = store.create(next);
    done(
      text,
      {
        label: 'Undo',
        run: () => {
          store.remove(id);
          store.select(previousId);
          return `Undone: “${deckName(next.title)}” was taken away again.`;
        },
      },
      { saved },
    );
  };

  const open = (id: string) => {
    if (id === currentId) return;
    store.select(id);
    setUndoable(null);
    const chosen = id === DEFAULT_DECK_ID ? undefined : entries.find((e) => e.id === id)?.deck;
    say(`Now showing ${chosen ? `“${deckName(chosen.title)}” (${slideCount(chosen.slides.length)})` : 'the built-in deck'}. Present, Add to deck and Print use it in this tab.`);
  };

  const duplicate = () => {
    const title = uniqueDeckTitle(`${name} (copy)`, takenTitles);
    addDeck({ ...deck, title }, `Made a copy: “${title}”, now shown. “${name}” is unchanged.`);
  };

  const deleteDeck = (entry: DeckEntry | undefined) => {
    if (!entry) return;
    const removed = store.remove(entry.id);
    const label = entry.deck ? `“${deckName(entry.deck.title)}”` : 'the unreadable deck';
    done(`Deleted ${label}.`, {
      label: 'Undo',
      run: () => {
        store.restore(removed);
        return `Undone: ${label} is back.`;
      },
    }, { focusUndo: true });
  };

  /** Changes one slide, found by id in the deck as stored now (another tab may have moved it). */
  const editSlide = (slideId: string, change: (deck: Deck, index: number) => Deck) =>
    setDeck((stored) => {
      const index = stored.slides.findIndex((s) => s.id === slideId);
      return index < 0 ? stored : change(stored, index);
    });

  const move = (index: number, by: -1 | 1) => {
    const slide = deck.slides[index];
    if (!slide) return;
    editSlide(slide.id, (stored, at) => moveSlide(stored, at, at + by));
    focusSlide(slide.id, by < 0 ? 'up' : 'down');
    say(`Slide ${index + 1} moved ${by < 0 ? 'up' : 'down'}; it is now slide ${index + 1 + by}.`);
  };

  const remove = (index: number) => {
    const slide = deck.slides[index];
    if (!slide || count <= 1) return;
    const deckId = currentId;
    const { id: savedIn, saved } = editSlide(slide.id, (stored, at) => removeSlide(stored, at));
    const neighbour = deck.slides[index + 1] ?? deck.slides[index - 1];
    if (neighbour) focusSlide(neighbour.id, 'heading');
    const title = displaySlideTitle(slide, index + 1);
    done(
      `Removed slide ${index + 1}: ${title}.`,
      {
        label: `Undo, put back slide ${index + 1}`,
        run: () => {
          // Back where it was, in the deck it was removed from (a removal from the built-in deck made a copy).
          store.update(deckId === DEFAULT_DECK_ID ? savedIn : deckId, (stored) =>
            stored.slides.some((s) => s.id === slide.id) ? stored : { ...stored, slides: [...stored.slides.slice(0, index), slide, ...stored.slides.slice(index)] },
          );
          focusSlide(slide.id, 'heading');
          return `Undone: slide ${index + 1} (${title}) is back.`;
        },
      },
      { saved },
    );
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
    editSlide(slide.id, (stored, at) => updateSlide(stored, at, { path: here.path, search: here.search }));
    say(`Slide ${index + 1} now shows the current view: ${describeView(here, sectionLabelFor).place}.`);
  };

  const show = (slide: Slide) => {
    const target = slideLocation(slide);
    navigate({ pathname: target.pathname, search: withCarriedParams(target.search, location.search) });
    onShown();
  };

  const copyLink = async () => {
    const fragment = deckLinkFragment(deck);
    if (fragment.length - '#deck='.length > MAX_DECK_PARAM_CHARS) {
      say(`This deck is too large for a link (its notes make ${formatEnGb(fragment.length)} characters; a deck link carries at most ${formatEnGb(MAX_DECK_PARAM_CHARS)}). Download JSON and send the file instead.`, 'error');
      return;
    }
    const url = `${window.location.origin}${firstHref}${fragment}`;
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
    const refuse = (reason: string) => say(`“${file.name}” was not imported: ${reason}. Your decks are unchanged.`, 'error');
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
    else {
      const title = uniqueDeckTitle(result.deck.title, takenTitles);
      addDeck({ ...result.deck, title }, `Imported ${slideCount(result.deck.slides.length)} from “${file.name}” as a new deck: “${title}”. Your other decks are unchanged.`);
    }
  };

  const startNewDeck = () => {
    const title = slideTitleFor(location.pathname, location.search, sectionLabelFor(location.pathname));
    const deckTitle = uniqueDeckTitle('My deck', takenTitles);
    addDeck(newDeck(viewToSlide(location.pathname, location.search, title), deckTitle), `Started “${deckTitle}” with slide 1: ${title}. Your other decks are kept.`);
  };

  const currentEntry = entries.find((e) => e.id === currentId);

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

      {storageFull ? (
        <p className="deck-editor__message deck-editor__message--error" role="alert">
          This browser’s storage is full: your latest changes are kept in this tab only and saved as soon as there is room. Delete decks you no longer
          need, or Download JSON to keep a copy.{' '}
          <button
            type="button"
            className="button"
            onClick={() => say(store.retrySaving() ? 'Saved: every deck is stored in this browser again.' : 'Still full: nothing more could be saved yet.', 'info')}
          >
            Try saving again
          </button>
        </p>
      ) : null}
      {!persistent ? <p className="deck-editor__hint">This browser does not allow saving: decks last until you close the page. Download JSON to keep one.</p> : null}

      <DeckList library={library} onOpen={open} originalText={store.backupText} onDelete={deleteDeck} />

      <label className="deck-editor__title">
        Deck title
        <input type="text" value={deck.title} maxLength={MAX_TITLE_LENGTH} onChange={(e) => setDeck((stored) => retitleDeck(stored, e.target.value))} />
      </label>
      {isDefault ? <p className="deck-editor__hint">The built-in story of the three cities. Any change you make is saved as a deck of your own; this one stays as it is.</p> : null}

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
        {downloadPptx ? (
          <button
            type="button"
            className="button"
            aria-busy={makingPptx}
            disabled={makingPptx}
            onClick={() => {
              setMakingPptx(true);
              say('Preparing the PowerPoint file…');
              downloadPptx(deck)
                .then(
                  (text) => say(text),
                  (error: unknown) => say(`Could not make the PowerPoint file: ${error instanceof Error ? error.message : String(error)}`, 'error'),
                )
                .finally(() => setMakingPptx(false));
            }}
          >
            Download as PowerPoint
          </button>
        ) : null}
        <DownloadButton label="Download JSON" filename={deckFileName(deck.title)} mimeType="application/json" content={() => deckToJson(deck)} />
        <label className="button deck-editor__import">
          Import JSON…
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void importFile(e)} />
        </label>
        <button type="button" className="button button--quiet" disabled={!onSection} onClick={startNewDeck}>
          New deck from this view
        </button>
        <button type="button" className="button button--quiet" onClick={duplicate}>
          Duplicate deck
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={isDefault}
          title={isDefault ? 'The built-in deck cannot be deleted' : undefined}
          onClick={() => deleteDeck(currentEntry)}
        >
          Delete deck
        </button>
      </div>

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
        {undoable ? (
          <button ref={undoRef} type="button" className="button" onClick={undo} aria-label={undoable.label}>
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
                  onChange={(e) => editSlide(slide.id, (stored, at) => updateSlide(stored, at, { title: e.target.value }))}
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
                  onChange={(e) => editSlide(slide.id, (stored, at) => updateSlide(stored, at, { notes: e.target.value }))}
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
      <p className="deck-editor__hint">Changes are saved at once in this browser, each deck on its own. Copy deck link or Download JSON to share a deck.</p>
    </div>
  );
}
