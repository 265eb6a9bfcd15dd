/*
 * What the PowerPoint export (src/app/pptx/) uses from this section, re-exported by the page module
 * so the export reaches it through the import the app already makes lazily (app/sections.ts).
 * Importing these modules statically from the PowerPoint chunk would make rolldown split every
 * module the two share into chunks of their own, and the section would load more files on its
 * first visit. Only modules the page already loads belong here: nothing new joins the section.
 */
export { formatValue } from '../../domain/format';
export { GDP_METRIC_ID, POPULATION_METRIC_ID, normaliseSeries } from '../../domain/normalise';
export { toYearRows } from '../../domain/series';
export { ROW_NOTES as TALENT_RACE_ROW_NOTES, TALENT_RACE_METRICS } from './latest-comparison-panel';
export { toLatestComparison, verdictText } from './to-latest-comparison';
export { toUniversityBars } from './to-university-bars';
export { RETENTION_METRIC } from './retention-panel';
