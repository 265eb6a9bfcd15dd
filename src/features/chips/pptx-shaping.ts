/*
 * What the PowerPoint export (src/app/pptx/) uses from this section, re-exported by the page module
 * so the export reaches it through the import the app already makes lazily (app/sections.ts).
 * Importing these modules statically from the PowerPoint chunk would make rolldown split every
 * module the two share into chunks of their own, and the section would load more files on its
 * first visit. Only modules the page already loads belong here: nothing new joins the section.
 */
export { frontEndCapacity } from '../../domain/capacity';
export { formatYearSpan } from '../../domain/format';
export { toNationalFacts, toProvinceFacts } from './to-facts';
export { toCapacityBars, toInvestmentBars } from './to-group-bars';
export { toInvestment } from './to-investment';
export { fabYears, figuresOf } from './fab-figures';
export { OTHER_PLANTS_COLUMNS } from './other-plants-panel';
export { PLANTS_COLUMNS } from './plants-panel';
export { NATIONAL_ENTITIES, NATIONAL_METRICS } from './national-panel';
export { PROVINCE_METRICS, PROVINCES } from './province-panel';
