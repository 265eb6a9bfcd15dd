import type { ComponentType } from 'react';
import { preloadable } from '../ui/preloadable';

export type Section = {
  path: string;
  label: string;
  /** What the section answers, shown under its heading. */
  question: string;
  /** The section's page, loaded on first visit (see ui/preloadable.ts). */
  page: ReturnType<typeof preloadable<object>>;
};

/** The six sections, each a lazily loaded route. */
export const SECTIONS: readonly Section[] = [
  {
    path: '/',
    label: 'Overview',
    question: 'Where does each city stand?',
    page: preloadable(() => import('../features/overview/overview-page').then((m) => m.OverviewPage as ComponentType<object>)),
  },
  {
    path: '/industries',
    label: 'Industries',
    question: 'How big is each pillar industry, and how fast is it growing?',
    page: preloadable(() => import('../features/industries/industries-page').then((m) => m.IndustriesPage as ComponentType<object>)),
  },
  {
    path: '/talent',
    label: 'Talent',
    question: 'Who wins the talent race?',
    page: preloadable(() => import('../features/talent/talent-page').then((m) => m.TalentPage as ComponentType<object>)),
  },
  {
    path: '/chips',
    label: 'Chips',
    question: 'How real is each city’s chip ambition?',
    page: preloadable(() => import('../features/chips/chips-page').then((m) => m.ChipsPage as ComponentType<object>)),
  },
  {
    path: '/timeline',
    label: 'Timeline',
    question: 'What happened when?',
    page: preloadable(() => import('../features/timeline/timeline-page').then((m) => m.TimelinePage as ComponentType<object>)),
  },
  {
    path: '/sources',
    label: 'Sources & data',
    question: 'Where does every number come from?',
    page: preloadable(() => import('../features/sources/sources-page').then((m) => m.SourcesPage as ComponentType<object>)),
  },
];

/**
 * Starts downloading the code of the section at `pathname` (under the app's `base`), if it is one:
 * called before the first render, so the section arrives while the shell evaluates and renders.
 */
export function preloadSectionAt(pathname: string, base: string) {
  const withinApp = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  const path = withinApp.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
  SECTIONS.find((section) => section.path === path)
    ?.page.start()
    // A failure is shown (with Retry) by the page when it renders; nothing to report here.
    .catch(() => undefined);
}
