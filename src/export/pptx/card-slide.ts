/*
 * How a card's Export menu reaches the PowerPoint export, which the app owns (it reads every
 * section's data, and export/ may not import the app): the app hands over a function at start-up
 * (app/providers.tsx), the menu asks for it when pressed. Without one, the menu offers no slide.
 */

/** Saves the card `cardId` at the view `search` (a URL query) as a .pptx; resolves to what was saved. */
export type SaveCardSlide = (cardId: string, search: string) => Promise<string>;

let saveCardSlide: SaveCardSlide | undefined;

export function provideCardSlide(save: SaveCardSlide | undefined) {
  saveCardSlide = save;
}

export const cardSlideSaver = (): SaveCardSlide | undefined => saveCardSlide;
