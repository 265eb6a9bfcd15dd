import type { QueryClient } from '@tanstack/react-query';
import type { Deck } from '../../features/presentation/model/deck-schema';
import { saveBlob } from '../../export/save-blob';
import { writePptx } from '../../export/pptx/write-pptx';
import { deckFileName, deckModel } from './deck-pptx';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Makes the deck's .pptx, saves it, and says what was saved and which slides could not be made (by number and title). */
export async function downloadDeckPptx(deck: Deck, client: QueryClient): Promise<string> {
  const { model, failures } = await deckModel(deck, client);
  const blob = await writePptx(model);
  const fileName = deckFileName(model.datasetVersion, new Date());
  saveBlob(blob, fileName);
  const saved = `Saved ${fileName}: a title slide and ${plural(model.slides.length, 'slide')}, with native charts and tables, sources and speaker notes.`;
  if (failures.length === 0) return saved;
  const which = failures.map((f) => `slide ${f.slideNumber} “${f.title}” (${f.reason})`).join('; ');
  return `${saved} ${failures.length === 1 ? 'One slide says' : `${failures.length} slides say`} why it could not be made: ${which}.`;
}
