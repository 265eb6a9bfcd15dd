import { render, screen, waitFor, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import type * as Recharts from 'recharts';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/api/query-client';
import { PrintRoot } from '../../src/app/print/print-root';
import { AppProviders } from '../../src/app/providers';
import { encodeDeckParam } from '../../src/features/presentation/model/deck-link';
import type { Deck } from '../../src/features/presentation/model/deck-schema';
import { TEST_REQUEST_SETTINGS } from '../test-utils';

// jsdom measures every box as zero: charts get a fixed size (tests/fixed-size-charts.tsx).
vi.mock('recharts', async (importOriginal) => (await import('../fixed-size-charts')).withFixedSizeCharts(await importOriginal<typeof Recharts>()));

const deck: Deck = {
  version: 1,
  title: 'Industries, whole',
  slides: [{ id: 'a', title: 'Every industry card for two cities', notes: '', path: '/industries', search: 'cities=wuhan,xian' }],
};

/** How many query observers still watch `endpoint`: none once every page that used it is frozen. */
const observers = (queryClient: QueryClient, endpoint: string) =>
  queryClient
    .getQueryCache()
    .findAll({ predicate: (query) => query.queryKey[0] === endpoint })
    .reduce((count, query) => count + query.getObserversCount(), 0);

describe('print view: what a page’s charts drew', () => {
  it('lets go of one chart per task before the page freezes, and keeps what they drew: axes and marks drawn through Recharts’ portals', async () => {
    const queryClient = createQueryClient(TEST_REQUEST_SETTINGS);
    // Each batch of DOM changes is one task's: charts let go of (data-let-go) are counted per batch.
    const letGoPerTask: number[] = [];
    const watcher = new MutationObserver((records) => {
      const letGo = records.filter((record) => record.attributeName === 'data-let-go' && (record.target as Element).hasAttribute('data-let-go')).length;
      if (letGo > 0) letGoPerTask.push(letGo);
    });
    watcher.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-let-go'] });
    render(
      <AppProviders queryClient={queryClient}>
        <PrintRoot search={`?deck=${encodeURIComponent(encodeDeckParam(deck))}`} base="/" origin="https://hubscope.example" />
      </AppProviders>,
    );
    await waitFor(() => expect(screen.getByRole('status', { name: 'Print progress' })).toHaveTextContent('Ready: 1 page'), { timeout: 15_000 });
    // Frozen: its charts let go of and its live tree unmounted, so no query is watched any more.
    await waitFor(() => expect(observers(queryClient, 'observations')).toBe(0), { timeout: 5_000 });
    const page = screen.getByRole('article', { name: deck.slides[0]?.title });
    const charts = within(page).getAllByRole('application');
    expect(charts.length).toBeGreaterThan(0);
    // Tick labels, bars and lines live in the z-index layers Recharts fills through portals.
    for (const chart of charts) expect(chart.querySelectorAll('[class^="recharts-zIndex-layer_"] text').length).toBeGreaterThan(0);
    expect(page.querySelectorAll('[class^="recharts-zIndex-layer_"] :is(.recharts-rectangle, .recharts-curve)').length).toBeGreaterThan(0);
    watcher.disconnect();
    // Let go of one chart per task before the page froze, not all of them in the freeze's one task.
    expect(letGoPerTask).toEqual(within(page).getAllByRole('figure').map(() => 1));
  });
});
