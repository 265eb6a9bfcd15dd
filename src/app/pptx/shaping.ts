import type { TextKit } from '../../export/pptx/slide-model';

/*
 * The features' shaping, reached through the modules the app already imports lazily: the section
 * pages (sections.ts; each re-exports its pptx-shaping.ts) and the export menu. Rolldown makes
 * every dynamic-import target an entry and groups modules by the entries that reach them, so a
 * static import of, say, to-group-bars.ts from here would cut it and everything it shares with the
 * Chips page into a chunk of its own: one more file on the section's first visit. Through these
 * imports the sections' chunks stay exactly as they are, and a slide loads only what it draws.
 * A page's exports keep their names (it is an entry), so the names are spread over the pages that
 * already carry each module: a few each, rather than one page's first load growing by all of them.
 */

export const overviewShaping = () => import('../../features/overview/overview-page');
export const industriesShaping = () => import('../../features/industries/industries-page');
export const talentShaping = () => import('../../features/talent/talent-page');
export const chipsShaping = () => import('../../features/chips/chips-page');
export const timelineShaping = () => import('../../features/timeline/timeline-page');
export const sourcesShaping = () => import('../../features/sources/sources-page');

/** The footer, notes and series wording (slide-model.ts's TextKit). */
export async function loadTextKit(): Promise<TextKit> {
  const [sources, image] = await Promise.all([sourcesShaping(), import('../../export/image/export-menu').then((m) => m.loadImageExport())]);
  const { csvNumber, formatQualifiedNumber, kindCounts, isHttpUrl } = sources;
  const { citation, sourceShortName, statusNote } = image;
  return { csvNumber, formatQualifiedNumber, kindCounts, isHttpUrl, citation, sourceShortName, statusNote };
}
