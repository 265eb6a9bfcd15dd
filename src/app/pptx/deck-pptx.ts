import type { QueryClient } from '@tanstack/react-query';
import type { Deck } from '../../features/presentation/model/deck-schema';
import { displaySlideTitle } from '../../features/presentation/model/deck-operations';
import { footerLine, notesText, qualifiedValuesNote, type PptxDeck, type PptxSlide } from '../../export/pptx/slide-model';
import { CARDS, getCard } from '../../view-state/cards';
import { loadViewSearch, type ViewState } from '../../view-state/search-params';
import { builderFor } from './card-content';
import { loadReference, type Reference } from './card-data';
import { loadTextKit } from './shaping';
import type { TextKit } from '../../export/pptx/slide-model';

/*
 * A deck to a PowerPoint model: each slide's saved view parsed as the app parses a link, its card's
 * content built from the API data (card-content.ts), and the slide's title, notes and sources put
 * around it; a slide of a whole section becomes a slide per card of the section. A slide whose card
 * cannot be built becomes a slide saying why, and is reported.
 */

export type SlideFailure = { slideNumber: number; title: string; reason: string };

export type DeckModel = { model: PptxDeck; failures: SlideFailure[] };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

type Built = { slides: PptxSlide[]; failures: SlideFailure[] };

/** One card at a view: its PowerPoint slide, or a slide saying why not (and the failure). */
async function cardSlide(
  cardId: string,
  view: ViewState,
  texts: { title: string; notes: string; slideNumber: number },
  context: { client: QueryClient; reference: Reference; kit: TextKit },
): Promise<Built> {
  const card = getCard(cardId);
  const builder = card ? builderFor(card.id) : undefined;
  const version = context.reference.meta.datasetVersion;
  const failed = (reason: string): Built => ({
    slides: [
      {
        title: texts.title,
        subtitle: card?.title ?? cardId,
        body: { kind: 'message', text: `This slide could not be made into PowerPoint: ${reason}. Open it in Hubscope to show it.` },
        slideNotes: [],
        footer: `Hubscope dataset ${version}`,
        notes: texts.notes.trim(),
      },
    ],
    failures: [{ slideNumber: texts.slideNumber, title: texts.title, reason }],
  });
  if (!card) return failed(`there is no card “${cardId}”`);
  if (!builder) return failed(`the card “${card.title}” has no PowerPoint form yet`);
  try {
    const content = await builder({ client: context.client, reference: context.reference, view: { ...view, card: card.id }, kit: context.kit });
    return {
      slides: [
        {
          // The deck's own title says what the slide claims; without one, the card's title.
          title: texts.title || content.title,
          subtitle: content.subtitle,
          body: content.body,
          slideNotes: [...content.slideNotes, ...qualifiedValuesNote(content.body, context.kit)],
          footer: footerLine(content, version, context.kit),
          notes: notesText(texts.notes, content, context.kit),
        },
      ],
      failures: [],
    };
  } catch (error) {
    return failed(describe(error));
  }
}

/**
 * A deck slide's PowerPoint slides: its card's; for a slide of a whole section, one per card of the
 * section in the page's order, each titled with the slide's title and the card's, the speaker notes
 * on the first.
 */
async function slideModels(deck: Deck, index: number, context: { client: QueryClient; reference: Reference; kit: TextKit }): Promise<Built> {
  const slide = deck.slides[index];
  if (!slide) throw new Error(`no slide ${index + 1}`);
  const view = loadViewSearch(slide.search);
  const slideNumber = index + 1;
  if (view.card) return cardSlide(view.card, view, { title: slide.title.trim(), notes: slide.notes, slideNumber }, context);
  const title = displaySlideTitle(slide, slideNumber);
  const cards = CARDS.filter((card) => card.path === slide.path);
  const built = await Promise.all(
    cards.map((card, position) => cardSlide(card.id, view, { title: `${title}: ${card.title}`, notes: position === 0 ? slide.notes : '', slideNumber }, context)),
  );
  return { slides: built.flatMap((b) => b.slides), failures: built.flatMap((b) => b.failures) };
}

/** The deck's PowerPoint model and the slides that could not be built (each still has a slide saying why). */
export async function deckModel(deck: Deck, client: QueryClient): Promise<DeckModel> {
  const [reference, kit] = await Promise.all([loadReference(client), loadTextKit()]);
  const built = await Promise.all(deck.slides.map((_, index) => slideModels(deck, index, { client, reference, kit })));
  return {
    model: {
      title: deck.title.trim() || 'Untitled deck',
      datasetVersion: reference.meta.datasetVersion,
      asOf: reference.meta.asOf,
      slides: built.flatMap((b) => b.slides),
    },
    failures: built.flatMap((b) => b.failures),
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
