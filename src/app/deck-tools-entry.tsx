import { useQueryClient } from '@tanstack/react-query';
import { DeckTools as Tools, type DeckToolsProps } from '../features/presentation/deck-tools';
import type { Deck } from '../features/presentation/model/deck-schema';

/**
 * The deck tools as the app loads them (on demand, apart from the shell), with what only the app
 * can give them: "Download as PowerPoint" reads every section's data, so its code (and pptxgenjs)
 * lives in app/pptx/ and loads when the button is pressed.
 */
export function DeckTools(props: Omit<DeckToolsProps, 'downloadPptx'>) {
  const client = useQueryClient();
  const downloadPptx = (deck: Deck) => import('./pptx/download-deck').then((m) => m.downloadDeckPptx(deck, client));
  return <Tools {...props} downloadPptx={downloadPptx} />;
}
