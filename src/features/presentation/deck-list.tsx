import { DownloadButton } from '../../export/download-button';
import { DEFAULT_DECK } from './model/default-deck';
import { DEFAULT_DECK_ID, type DeckEntry, type DeckLibrary } from './model/deck-store';

const slideCount = (n: number) => `${n} ${n === 1 ? 'slide' : 'slides'}`;

/** A deck's name in lists and messages: its title, or "Untitled deck". */
export function deckName(title: string): string {
  return title.trim() || 'Untitled deck';
}

/** A safe file name from a deck's title ("Board meeting" -> "hubscope-deck-board-meeting.json"). */
export function deckFileName(title: string, suffix = ''): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return `hubscope-deck${slug ? `-${slug}` : ''}${suffix}.json`;
}

/** What went wrong with a stored deck, and what was kept, in one sentence. */
export function describeDamage(entry: DeckEntry): string {
  const damage = entry.damage;
  if (!damage) return '';
  const name = entry.deck ? `“${deckName(entry.deck.title)}”` : 'A saved deck';
  const kept = entry.deck
    ? `${damage.keptSlides} of ${damage.totalSlides ?? damage.keptSlides} ${damage.totalSlides === 1 ? 'slide' : 'slides'} still read and are shown`
    : 'nothing in it still reads';
  const backup = damage.backupKey
    ? 'Its text is backed up unchanged in this browser: download the original to keep it. Nothing is written over until you edit the deck.'
    : 'The browser refused a backup copy (storage full): download the original now to keep it.';
  return `${name} no longer reads as saved (${damage.reason}); ${kept}. ${backup}`;
}

export type DeckListProps = {
  library: DeckLibrary;
  onOpen(id: string): void;
  /** The text a damaged deck was stored as, for "Download original". */
  originalText(entry: DeckEntry): string | null;
  onDelete(entry: DeckEntry): void;
};

/**
 * The decks of this browser by name: the built-in one first, then the user's, oldest first; the
 * one shown is marked, a damaged or unsaved one says so, and one that no longer reads at all can
 * be downloaded as it was or deleted.
 */
export function DeckList({ library, onOpen, originalText, onDelete }: DeckListProps) {
  const damaged = library.entries.filter((e) => e.damage);
  return (
    <section className="deck-library" aria-labelledby="deck-library-heading">
      <h3 id="deck-library-heading" className="deck-library__heading">
        Your decks
      </h3>
      {damaged.map((entry) => {
        const text = originalText(entry);
        return (
          <div key={entry.id} className="deck-library__damage" role="alert">
            <p>{describeDamage(entry)}</p>
            <div className="deck-library__damage-actions">
              {text !== null ? (
                <DownloadButton
                  label={`Download original${entry.deck ? ` of “${deckName(entry.deck.title)}”` : ''}`}
                  filename={deckFileName(entry.deck?.title ?? '', '-original')}
                  mimeType="application/json"
                  content={() => text}
                />
              ) : null}
              {entry.deck ? null : (
                <button type="button" className="button button--quiet" onClick={() => onDelete(entry)}>
                  Delete the unreadable deck
                </button>
              )}
            </div>
          </div>
        );
      })}
      <ul className="deck-library__list">
        <DeckListItem
          name={`${DEFAULT_DECK.title} (built in)`}
          detail={slideCount(DEFAULT_DECK.slides.length)}
          current={library.currentId === DEFAULT_DECK_ID}
          onOpen={() => onOpen(DEFAULT_DECK_ID)}
        />
        {library.entries.flatMap((entry) =>
          entry.deck
            ? [
                <DeckListItem
                  key={entry.id}
                  name={deckName(entry.deck.title)}
                  detail={slideCount(entry.deck.slides.length)}
                  current={library.currentId === entry.id}
                  badges={[entry.damage ? 'Recovered' : '', entry.unsaved ? 'Not saved' : ''].filter(Boolean)}
                  onOpen={() => onOpen(entry.id)}
                />,
              ]
            : [],
        )}
      </ul>
    </section>
  );
}

function DeckListItem({ name, detail, current, badges = [], onOpen }: { name: string; detail: string; current: boolean; badges?: string[]; onOpen(): void }) {
  return (
    <li className="deck-library__item">
      <button
        type="button"
        className="deck-library__open"
        aria-current={current ? 'true' : undefined}
        aria-label={`${current ? 'Shown: ' : 'Open '}${name}, ${detail}${badges.length > 0 ? `, ${badges.join(', ').toLowerCase()}` : ''}`}
        onClick={onOpen}
      >
        <span className="deck-library__name">{name}</span>
        <span className="deck-library__detail">{detail}</span>
        {current ? <span className="deck-badge">Shown</span> : null}
        {badges.map((badge) => (
          <span key={badge} className="deck-badge deck-badge--warning">
            {badge}
          </span>
        ))}
      </button>
    </li>
  );
}
