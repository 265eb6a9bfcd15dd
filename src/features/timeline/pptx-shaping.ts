/*
 * What the PowerPoint export (src/app/pptx/) uses from this section, re-exported by the page module
 * so the export reaches it through the import the app already makes lazily (app/sections.ts).
 * Importing these modules statically from the PowerPoint chunk would make rolldown split every
 * module the two share into chunks of their own, and the section would load more files on its
 * first visit. Only modules the page already loads belong here: nothing new joins the section.
 */
export { annotationsWithinData, eventsNotDrawnNotes, toChartAnnotations } from '../../domain/annotations';
export { toEventPoints } from './to-event-points';
