import type { QueryClient } from '@tanstack/react-query';
import type { Deck } from '../../features/presentation/model/deck-schema';
import { displaySlideTitle } from '../../features/presentation/model/deck-operations';
import { footerLine, notesText, type PptxDeck, type PptxSlide } from '../../export/pptx/slide-model';
import { getCard } from '../../view-state/cards';
import { loadViewSearch } from '../../view-state/search-params';
import { builderFor } from './card-content';
import { loadReference, type Reference } from './card-data';
import { loadTextKit } from './shaping';
import type { TextKit } from '../../export/pptx/slide-model';

/*
 * A deck to a PowerPoint model: each slide's saved view parsed as the app parses a link, its card's
 * content built from the API data (card-content.ts), and the slide's title, notes and sources put
 * around it. A slide whose card cannot be built becomes a slide saying why, and is reported.
 */

export type SlideFailure = { slideNumber: number; title: string; reason: string };

export type DeckModel = { model: PptxDeck; failures: SlideFailure[] };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function slideModel(deck: Deck, index: number, client: QueryClient, reference: Reference, kit: TextKit): Promise<{ slide: PptxSlide; failure?: SlideFailure }> {
  const slide = deck.slides[index];
  if (!slide) throw new Error(`no slide ${index + 1}`);
  const view = loadViewSearch(slide.search);
  const card = view.card ? getCard(view.card) : undefined;
  const title = displaySlideTitle(slide, index + 1);
  const version = reference.meta.datasetVersion;
  const builder = card ? builderFor(card.id) : undefined;
  const failed = (reason: string) => ({
    slide: {
      title,
      subtitle: card ? card.title : 'A whole section',
      body: { kind: 'message' as const, text: `This slide could not be made into PowerPoint: ${reason}. Open it in Hubscope to show it.` },
      slideNotes: [],
      footer: `Hubscope dataset ${version}`,
      notes: slide.notes.trim(),
    },
    failure: { slideNumber: index + 1, title, reason },
  });
  if (!card) return failed('it shows a whole section rather than one card');
  if (!builder) return failed(`the card “${card.title}” has no PowerPoint form yet`);
  try {
    const content = await builder({ client, reference, view, kit });
    return {
      slide: {
        // The deck's own title says what the slide claims; without one, the card's title.
        title: slide.title.trim() || content.title,
        subtitle: content.subtitle,
        body: content.body,
        slideNotes: content.slideNotes,
        footer: footerLine(content, version, kit),
        notes: notesText(slide.notes, content, kit),
      },
    };
  } catch (error) {
    return failed(describe(error));
  }
}

/** The deck's PowerPoint model and the slides that could not be built (each still has a slide saying why). */
export async function deckModel(deck: Deck, client: QueryClient): Promise<DeckModel> {
  const [reference, kit] = await Promise.all([loadReference(client), loadTextKit()]);
  const built = await Promise.all(deck.slides.map((_, index) => slideModel(deck, index, client, reference, kit)));
  return {
    model: {
      title: deck.title.trim() || 'Untitled deck',
      datasetVersion: reference.meta.datasetVersion,
      asOf: reference.meta.asOf,
      slides: built.map((b) => b.slide),
    },
    failures: built.flatMap((b) => (b.failure ? [b.failure] : [])),
  };
}

/** `hubscope-deck-2026.12.1-2026-12-05.pptx`: the dataset version and the day it was made. */
export function deckFileName(datasetVersion: string, made: Date): string {
  return `hubscope-deck-${datasetVersion}-${made.toISOString().slice(0, 10)}.pptx`;
}

/** `hubscope-capacity-2026.12.1-2026-12-05.pptx`: one card's slide. */
export function cardFileName(cardId: string, datasetVersion: string, made: Date): string {
  return `hubscope-${cardId}-${datasetVersion}-${made.toISOString().slice(0, 10)}.pptx`;
}
