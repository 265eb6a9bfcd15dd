/*
 * What the PowerPoint export (src/app/pptx/) uses from this section, re-exported by the page module
 * so the export reaches it through the import the app already makes lazily (app/sections.ts).
 * Importing these modules statically from the PowerPoint chunk would make rolldown split every
 * module the two share into chunks of their own, and the section would load more files on its
 * first visit. Only modules the page already loads belong here: nothing new joins the section.
 */
export { unitLabel } from '../../domain/format';
export { isWholeCityYear, observationsInRows, valuesByYear } from '../../domain/series';
export { NATIONAL_ENTITY_ID } from '../../domain/yardstick';
export { toIndustryBars } from './to-industry-bars';
export { rateNote } from './industry-money';
export { pillarColumns, pillarFigures } from './pillar-cards-panel';
export { toCityPillars } from './to-city-pillars';
