/*
 * What the PowerPoint export (src/app/pptx/) uses from this section, re-exported by the page module
 * so the export reaches it through the import the app already makes lazily (app/sections.ts).
 * Importing these modules statically from the PowerPoint chunk would make rolldown split every
 * module the two share into chunks of their own, and the section would load more files on its
 * first visit. Only modules the page already loads belong here: nothing new joins the section.
 */
export { csvNumber } from '../../export/csv/observation-csv';
export { formatQualifiedNumber } from '../../domain/format';
export { isHttpUrl } from '../../ui/external-link';
export { kindCounts } from '../../ui/source-line';
export { tableText } from '../../ui/data-table';
export { SOURCE_COLUMNS, SOURCE_SORT } from './source-list-panel';
export { OBSERVATION_TABLE_SORT, observationColumns } from '../../ui/observation-table';
export { changeColumns } from './changes-panel';
export { conflictColumns } from './conflicts-panel';
export { SERIES_BREAK_SORT, seriesBreakColumns } from './series-breaks-panel';
export { changeCounts } from './to-changes';
export { groupConflicts, toStatusCounts } from './to-status-counts';
export { filterValues } from './values-panel';
