import { AddToDeckButton, DeckControl } from './deck-panel';
import { PresentButton } from './presentation-keys';

// Loaded in the same chunk as the tools, so the P key works once Present does.
export { PresentationKeys } from './presentation-keys';
import { usePresentation } from './use-presentation';

export type DeckToolsProps = {
  /** The label of the section shown, the title of a slide that is not one card alone. */
  sectionLabel: string;
  sectionLabelFor(path: string): string;
  /** The address of the deck's print view, which the app owns. */
  printHref: string;
};

/**
 * The toolbar's deck tools: Present, Add to deck and the deck editor's button. They load after the
 * page's first content (with the deck store and the default deck), apart from the app's shell.
 */
export function DeckTools({ sectionLabel, sectionLabelFor, printHref }: DeckToolsProps) {
  const { enter } = usePresentation();
  return (
    <>
      <PresentButton />
      <AddToDeckButton sectionLabel={sectionLabel} />
      <DeckControl onPresent={enter} sectionLabelFor={sectionLabelFor} printHref={printHref} />
    </>
  );
}
