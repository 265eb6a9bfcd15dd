import { z } from '../../../api/schemas/zod';
import { getCard } from '../../../view-state/cards';
import { MAX_SLIDES, RESERVED_PARAMS, inspectViewSearch, serializeViewSearch } from '../../../view-state/search-params';
import { loadViewSearch } from '../../../view-state/search-params';

/**
 * A deck: a sequence of saved views (slides), each with a title and speaker notes. This module is
 * its schema (the types are inferred from it), its wording of what is wrong with a deck, and its
 * JSON file format; deck-link.ts is the `deck=` link codec (loaded only when a link is made or
 * read), deck-operations.ts maps views to slides and edits the list, deck-store.ts keeps decks.
 */

/** The six section paths a slide can show (the routes in app/sections.ts, which this layer may not import). */
export const SECTION_PATHS = ['/', '/industries', '/talent', '/chips', '/timeline', '/sources'] as const;
export type SectionPath = (typeof SECTION_PATHS)[number];

export const DECK_VERSION = 1;
export const MAX_TITLE_LENGTH = 120;
export const MAX_NOTES_LENGTH = 4000;
export const MAX_SEARCH_LENGTH = 2000;
/** A JSON file larger than this is refused before parsing; a full deck of long notes is far smaller. */
export const MAX_DECK_FILE_BYTES = 1_000_000;

/** View parameters a slide never stores: presentation state, the deck itself, the link's dataset version, the viewer's theme, mock switches. */
export const SLIDE_EXCLUDED_PARAMS = ['slide', 'deck', 'v', 'theme', ...RESERVED_PARAMS] as const;

export type DeckResult = { ok: true; deck: Deck } | { ok: false; reason: string };

const sectionPathSet = new Set<string>(SECTION_PATHS);
const SLIDE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Why a slide's view parameters cannot be shown as they are, or undefined when they can. */
function searchProblem(path: string, search: string): string | undefined {
  if (search.startsWith('?')) return 'its view settings start with "?"';
  const params = new URLSearchParams(search);
  const excluded = SLIDE_EXCLUDED_PARAMS.find((name) => params.has(name));
  if (excluded) return `its view settings contain "${excluded}", which a slide never stores`;
  if (!sectionPathSet.has(path)) return undefined; // the path has its own message
  const ignored = inspectViewSearch(search, path);
  const first = ignored[0];
  if (!first) return undefined;
  const more = ignored.length > 1 ? `; ${ignored.length - 1} more would be ignored too` : '';
  return `the view setting "${first.param}=${first.value}" would be ignored (${first.reason}${more})`;
}

const slideSchema = z
  .strictObject({
    id: z.string().check(z.regex(SLIDE_ID, 'must be 1 to 64 letters, digits, "-" or "_"')),
    title: z.string().check(z.maxLength(MAX_TITLE_LENGTH)),
    notes: z.string().check(z.maxLength(MAX_NOTES_LENGTH)),
    path: z.enum(SECTION_PATHS),
    search: z.string().check(z.maxLength(MAX_SEARCH_LENGTH)),
  })
  .check(
    z.superRefine((slide, ctx) => {
      const problem = searchProblem(slide.path, slide.search);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: slide.search, path: ['search'] });
    }),
  );

/**
 * A deck as stored, linked and downloaded: version 1, a title of at most 120 characters and 1 to
 * 50 slides with unique ids, each on one of the six sections, with view parameters that the view
 * reads without ignoring any (so a slide opens exactly the view it was saved from). Unknown fields
 * are refused, so a file with `__proto__` or a typo does not pass silently.
 */
export const DeckSchema = z
  .strictObject({
    version: z.literal(DECK_VERSION),
    title: z.string().check(z.maxLength(MAX_TITLE_LENGTH)),
    slides: z.array(slideSchema).check(z.minLength(1), z.maxLength(MAX_SLIDES)),
  })
  .check(
    z.superRefine((deck, ctx) => {
      const firstIndex = new Map<string, number>();
      deck.slides.forEach((slide, index) => {
        const earlier = firstIndex.get(slide.id);
        if (earlier === undefined) firstIndex.set(slide.id, index);
        else ctx.issues.push({ code: 'custom', message: `has the same id as slide ${earlier + 1}`, input: slide.id, path: ['slides', index] });
      });
    }),
  );

/**
 * A slide: `id` unique within the deck and stable across edits (React keys, focus, undo); `path`
 * one of SECTION_PATHS; `search` canonical view parameters, no leading '?', never containing
 * SLIDE_EXCLUDED_PARAMS.
 */
export type Slide = z.infer<typeof slideSchema>;
export type Deck = z.infer<typeof DeckSchema>;

type Issue = { code: string; path: PropertyKey[]; message: string; expected?: unknown; maximum?: unknown; minimum?: unknown; origin?: string; keys?: string[] };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const EXPECTED: Record<string, string> = { string: 'text', number: 'a number', array: 'a list', object: 'an object' };

/**
 * Where an issue is, in words: `prefix` starts the sentence ("slide 3: "), `subject` names the
 * field ("title", "the deck's title") or, with no field, the slide or deck itself.
 */
function place(path: readonly PropertyKey[]): { prefix: string; subject: string; field: string | undefined } {
  if (path[0] === 'slides' && typeof path[1] === 'number') {
    const slide = `slide ${path[1] + 1}`;
    if (path[2] === undefined) return { prefix: '', subject: slide, field: undefined };
    return { prefix: `${slide}: `, subject: String(path[2]), field: String(path[2]) };
  }
  if (path[0] === undefined) return { prefix: '', subject: 'the deck', field: undefined };
  return { prefix: '', subject: `the deck’s ${String(path[0])}`, field: String(path[0]) };
}

/** One zod issue as a plain sentence: "slide 3: title is longer than 120 characters". */
function describeIssue(issue: Issue, input: unknown): string {
  const { prefix, subject, field } = place(issue.path);
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${prefix}${subject} is missing`;
      return `${prefix}${subject} should be ${EXPECTED[String(issue.expected)] ?? String(issue.expected)}`;
    case 'too_big':
      if (issue.origin === 'array') return `the deck has ${Array.isArray(value) ? value.length : 'too many'} slides; at most ${String(issue.maximum)} are allowed`;
      return `${prefix}${subject} is longer than ${String(issue.maximum)} characters`;
    case 'too_small':
      return issue.origin === 'array' ? 'the deck has no slides' : `${prefix}${subject} is too short`;
    case 'unrecognized_keys':
      return `${prefix}${subject} has an unknown field "${issue.keys?.[0] ?? ''}"`;
    case 'invalid_value':
      if (field === 'path') return `${prefix}"${String(value)}" is not a Hubscope section`;
      if (field === 'version') return `this deck is version ${JSON.stringify(value)}; this Hubscope reads version ${DECK_VERSION}`;
      return `${prefix}${subject} has a value Hubscope does not know`;
    default:
      // Custom checks (view settings, duplicate ids) and formats carry their own wording.
      return field === 'search' ? `${prefix}${issue.message}` : `${prefix}${subject} ${issue.message}`;
  }
}

/** Checks any value (parsed JSON) against DeckSchema and says what is wrong in words. */
export function validateDeck(value: unknown): DeckResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'it does not contain a Hubscope deck' };
  if (!Object.hasOwn(value, 'version') || !Object.hasOwn(value, 'slides')) return { ok: false, reason: 'it does not contain a Hubscope deck (no version or slides)' };
  const parsed = DeckSchema.safeParse(value);
  if (parsed.success) {
    // Valid settings written in another order or with defaults spelled out are stored in the
    // canonical form, so a slide compares equal to the view it opens.
    const slides = parsed.data.slides.map((slide) => ({ ...slide, search: canonicalSlideSearch(slide.path, slide.search) }));
    return { ok: true, deck: { ...parsed.data, slides } };
  }
  const issues = parsed.error.issues as unknown as Issue[];
  // The version first: a deck of another version fails for reasons that would only confuse.
  const issue = issues.find((i) => i.path[0] === 'version') ?? issues[0];
  return { ok: false, reason: issue ? describeIssue(issue, value) : 'it is not a valid deck' };
}

/** Reads a deck file (JSON, with or without a byte-order mark). */
export function parseDeckJson(text: string): DeckResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'the file is not JSON' };
  }
  return validateDeck(value);
}

/**
 * What still reads in a stored deck that does not: each slide that passes on its own (ids made
 * unique, at most MAX_SLIDES), under its title or "Recovered deck". `deck` is null when no slide
 * reads or the text is not JSON; `totalSlides` is how many the text had, when it had a list.
 */
export function salvageDeckJson(text: string): { deck: Deck | null; totalSlides: number | undefined } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { deck: null, totalSlides: undefined };
  }
  if (value === null || typeof value !== 'object') return { deck: null, totalSlides: undefined };
  const record = value as Record<string, unknown>;
  const list = Array.isArray(record.slides) ? (record.slides as unknown[]) : undefined;
  const seen = new Set<string>();
  const slides: Slide[] = [];
  for (const candidate of list ?? []) {
    const parsed = slideSchema.safeParse(candidate);
    if (!parsed.success || seen.has(parsed.data.id) || slides.length >= MAX_SLIDES) continue;
    seen.add(parsed.data.id);
    slides.push({ ...parsed.data, search: canonicalSlideSearch(parsed.data.path, parsed.data.search) });
  }
  const title = typeof record.title === 'string' ? record.title.slice(0, MAX_TITLE_LENGTH) : 'Recovered deck';
  return { deck: slides.length > 0 ? { version: DECK_VERSION, title, slides } : null, totalSlides: list?.length };
}

/** The deck with its keys in one fixed order, so files and links do not depend on how it was built. */
export function orderedDeck(deck: Deck): Deck {
  return {
    version: deck.version,
    title: deck.title,
    slides: deck.slides.map(({ id, title, notes, path, search }) => ({ id, title, notes, path, search })),
  };
}

/** The deck as a readable JSON file: two-space indent, stable key order, final newline. */
export function deckToJson(deck: Deck): string {
  return `${JSON.stringify(orderedDeck(deck), null, 2)}\n`;
}

/** '/chips/' and '/chips' are the same section; anything else that is not a section becomes the Overview. */
export function sectionPath(pathname: string): SectionPath {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return sectionPathSet.has(trimmed) ? (trimmed as SectionPath) : '/';
}

/** True when `pathname` is one of the six sections (a slide can be made of it). */
export function isSectionPath(pathname: string): boolean {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return sectionPathSet.has(trimmed);
}

/** The canonical view parameters of a view, as a slide stores them (no '?'). */
export function canonicalSlideSearch(pathname: string, search: string): string {
  const path = sectionPath(pathname);
  const state = loadViewSearch(search);
  // A card of another section is not shown there, so it is not part of the view.
  const card = state.card !== null && getCard(state.card)?.path === path ? state.card : null;
  // Only the free-text filter can make a view too long to store; the rest of the view survives without it.
  const q = encodeURIComponent(state.q).length > MAX_SEARCH_LENGTH / 2 ? '' : state.q;
  return serializeViewSearch({ ...state, q, card, slide: null, deck: null, v: null, theme: null }).replace(/^\?/, '');
}
