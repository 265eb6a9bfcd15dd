import { screen, waitFor, within } from '@testing-library/react';
import type * as Recharts from 'recharts';
import { describe, expect, it, vi } from 'vitest';
import { SECTIONS } from '../../src/app/sections';
import { renderApp } from '../test-utils';

// jsdom measures every box as zero: charts get a fixed size (tests/fixed-size-charts.tsx).
vi.mock('recharts', async (importOriginal) => (await import('../fixed-size-charts')).withFixedSizeCharts(await importOriginal<typeof Recharts>()));


const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The chart cards of the section once every card has loaded: each card's title, the id of its
 * description, and its Recharts drawings (root svgs, not a legend's icons) with the accessible
 * name Testing Library computes for each. Some cards draw their figures in HTML, so have none.
 */
async function drawnCharts() {
  await waitFor(() => expect(document.querySelectorAll('.chart-card .skeleton')).toHaveLength(0));
  return [...document.querySelectorAll<HTMLElement>('.chart-card:has(figure.chart-figure)')].map((card) => {
    const names = new Map<Element, string>();
    within(card).queryAllByRole('application', {
      name: (name, element) => {
        if (element) names.set(element, name);
        return true;
      },
    });
    return {
      title: card.querySelector('.chart-card__title')?.textContent ?? '',
      descriptionId: card.querySelector('figure.chart-figure')?.getAttribute('aria-describedby') ?? '',
      drawings: [...card.querySelectorAll<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface')].map((svg) => ({ svg, name: names.get(svg) })),
    };
  });
}

describe('each chart drawing, a keyboard stop, is named and described by its card', () => {
  it.each(SECTIONS)('$label: every Recharts svg is named by its card’s title and described', async ({ path, label }) => {
    renderApp(path);
    await screen.findByRole('heading', { level: 1, name: label });
    const charts = await waitFor(async () => {
      const found = await drawnCharts();
      expect(found.flatMap((chart) => chart.drawings).length, 'Recharts drawings on the section').toBeGreaterThan(0);
      return found;
    });

    for (const { title, descriptionId, drawings } of charts) {
      if (drawings.length === 0) continue;
      // The card's description is the figure's, so the drawing must carry the same words.
      const descriptionText = document.getElementById(descriptionId)?.textContent ?? '';
      expect(descriptionText, `${title}: the card's description`).toMatch(/\S/);
      for (const { svg, name } of drawings) {
        // Recharts makes its drawing a keyboard stop ("accessibility layer"), announced by its role and name.
        expect(svg).toHaveAttribute('role', 'application');
        // One drawing: the card's title. Small multiples: the title, then the part's own heading.
        if (drawings.length === 1) expect(name, title).toBe(title);
        else expect(name, title).toMatch(new RegExp(`^${escapeRegExp(title)} \\S`));
        expect(svg, title).toHaveAccessibleDescription(expect.stringContaining(descriptionText));
      }
      // Several drawings in one card are told apart by name.
      expect(new Set(drawings.map((d) => d.name)).size, `${title}: distinct names`).toBe(drawings.length);
    }
  });
});
