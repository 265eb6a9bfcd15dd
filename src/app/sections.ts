import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type Section = {
  path: string;
  label: string;
  /** What the section answers, shown under its heading. */
  question: string;
  Page: LazyExoticComponent<ComponentType>;
};

/** The six sections, each a lazily loaded route. */
export const SECTIONS: readonly Section[] = [
  {
    path: '/',
    label: 'Overview',
    question: 'Where does each city stand?',
    Page: lazy(() => import('../features/overview/overview-page').then((m) => ({ default: m.OverviewPage }))),
  },
  {
    path: '/industries',
    label: 'Industries',
    question: 'How big is each pillar industry, and how fast is it growing?',
    Page: lazy(() => import('../features/industries/industries-page').then((m) => ({ default: m.IndustriesPage }))),
  },
  {
    path: '/talent',
    label: 'Talent',
    question: 'Who wins the talent race?',
    Page: lazy(() => import('../features/talent/talent-page').then((m) => ({ default: m.TalentPage }))),
  },
  {
    path: '/chips',
    label: 'Chips',
    question: 'How real is each city’s chip ambition?',
    Page: lazy(() => import('../features/chips/chips-page').then((m) => ({ default: m.ChipsPage }))),
  },
  {
    path: '/timeline',
    label: 'Timeline',
    question: 'What happened when?',
    Page: lazy(() => import('../features/timeline/timeline-page').then((m) => ({ default: m.TimelinePage }))),
  },
  {
    path: '/sources',
    label: 'Sources & data',
    question: 'Where does every number come from?',
    Page: lazy(() => import('../features/sources/sources-page').then((m) => ({ default: m.SourcesPage }))),
  },
];
