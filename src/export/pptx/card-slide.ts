import { createContext, useContext } from 'react';

/*
 * How a card's Export menu reaches the PowerPoint export, which the app owns (it reads every
 * section's data, and export/ may not import the app): the app provides a function in context
 * (app/providers.tsx), the menu calls it when pressed. Without one, the menu offers no slide.
 */

/** Saves the card `cardId` at the view `search` (a URL query) as a .pptx; resolves to what was saved. */
export type SaveCardSlide = (cardId: string, search: string) => Promise<string>;

export const CardSlideContext = createContext<SaveCardSlide | undefined>(undefined);

export const useCardSlideSaver = (): SaveCardSlide | undefined => useContext(CardSlideContext);
