import './deck-toolbar.css';

/** The same three buttons, inert, holding their place until the tools arrive (no layout shift). */
export function DeckToolsPlaceholder() {
  return (
    <>
      <button type="button" className="button button--primary" disabled>
        Present
      </button>
      <span className="deck-add">
        <button type="button" className="button" disabled>
          Add to deck
        </button>
        <span className="deck-add__message" />
      </span>
      <button type="button" className="button deck-button" disabled>
        Deck
      </button>
    </>
  );
}
