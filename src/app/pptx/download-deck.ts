import type { QueryClient } from '@tanstack/react-query';
import type { Deck } from '../../features/presentation/model/deck-schema';
import { saveBlob } from '../../export/save-blob';
import { writePptx } from '../../export/pptx/write-pptx';
import { getCard } from '../../view-state/cards';
import { cardFileName, deckFileName, deckModel } from './deck-pptx';

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

/**
 * One card at the view `search` as a .pptx (the title slide, then the card's slide or its pages),
 * as a deck of one slide would be, so the card's Export menu and the deck editor give the same slide.
 */
export async function downloadCardPptx(cardId: string, search: string, client: QueryClient): Promise<string> {
  const card = getCard(cardId);
  if (!card) throw new Error(`no card “${cardId}”`);
  const params = new URLSearchParams(search);
  params.set('card', cardId);
  const deck: Deck = { version: 1, title: card.title, slides: [{ id: `card-${cardId}`, title: '', notes: '', path: card.path, search: params.toString() }] };
  const { model, failures } = await deckModel(deck, client);
  const failure = failures[0];
  if (failure) throw new Error(failure.reason);
  const blob = await writePptx(model);
  const fileName = cardFileName(cardId, model.datasetVersion, new Date());
  saveBlob(blob, fileName);
  const kind = model.slides[0]?.body.kind;
  const form = kind === 'chart' ? 'chart' : kind === 'table' ? 'table' : 'slide';
  return `Saved ${fileName}: a title slide and the card as a native PowerPoint ${form}, with its sources in the notes.`;
}
