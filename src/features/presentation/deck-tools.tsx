import { useEffect, useRef } from 'react';
import { AddToDeckButton, DeckControl } from './deck-panel';
import { takeDeckToolRequest, type DeckToolAction } from './deck-tools-placeholder';
import { PresentButton } from './presentation-keys';

// Loaded in the same chunk as the tools, so the P key works once Present does.
export { PresentationKeys } from './presentation-keys';
import { usePresentation } from './use-presentation';
import type { DownloadPptx } from './deck-editor';

export type DeckToolsProps = {
  /** The label of the section shown, the title of a slide that is not one card alone. */
  sectionLabel: string;
  sectionLabelFor(path: string): string;
  /** The address of the deck's print view, which the app owns. */
  printHref: string;
  /** Saves the deck as PowerPoint; the app supplies it (deck-tools-entry.tsx), since it reads every section's data. */
  downloadPptx?: DownloadPptx;
};

/**
 * The toolbar's deck tools: Present, Add to deck and the deck editor's button. They load when first
 * asked for (with the deck store and the default deck), apart from the page. What was asked of their
 * placeholders meanwhile (deck-tools-placeholder.tsx) is done on arrival: the focus moves to the
 * same button, and a press is passed on to it.
 */
export function DeckTools({ sectionLabel, sectionLabelFor, printHref, downloadPptx }: DeckToolsProps) {
  const { enter } = usePresentation();
  const presentRef = useRef<HTMLButtonElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const deckRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const buttons = { present: presentRef, add: addRef, deck: deckRef };
    const press = (action: DeckToolAction) => buttons[action].current?.click();
    // Taken once: a development double mount finds nothing the second time.
    const { action, focus, release } = takeDeckToolRequest(press);
    if (focus) buttons[focus].current?.focus();
    if (action) press(action);
    return release;
  }, []);
  return (
    <>
      <PresentButton ref={presentRef} />
      <AddToDeckButton ref={addRef} sectionLabel={sectionLabel} />
      <DeckControl ref={deckRef} onPresent={enter} sectionLabelFor={sectionLabelFor} printHref={printHref} downloadPptx={downloadPptx} />
    </>
  );
}
