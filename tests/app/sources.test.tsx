import { screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { events, metrics, observations } from '../../mocks/data';
import { formatValue } from '../../src/domain/format';
import { currentUrl, renderApp } from '../test-utils';

describe('Sources & data', () => {
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('keeps the values filter in the URL and downloads exactly the filtered rows as CSV', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:hubscope-test';
      }),
      revokeObjectURL: vi.fn(),
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    const { user } = renderApp('/sources?status=seed');
    const card = await screen.findByRole('region', { name: 'Every value' });
    await within(card).findByRole('table');
    const seedRows = observations.filter((o) => o.status === 'seed');
    expect(within(card).getByRole('combobox', { name: 'Status' })).toHaveValue('seed');

    await user.type(within(card).getByRole('searchbox', { name: 'Search' }), 'S26');
    await waitFor(() => expect(currentUrl()).toContain('q=S26'));
    const matching = seedRows.filter((o) => o.seedId === 'S26');
    expect(matching.length).toBeGreaterThan(0);

    await user.click(within(card).getByRole('button', { name: `Download CSV (${matching.length} rows)` }));
    // The CSV writer loads on the first download.
    await waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    const csv = (await blobs[0]?.text())?.replace(/^\uFEFF/, '') ?? '';
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(parsed.map((row) => row.seed_id)).toEqual(matching.map(() => 'S26'));
    expect(parsed[0]?.value).toBe(String(matching[0]?.value));
  });

  it('puts each disagreement’s preferred and other figures side by side', async () => {
    renderApp('/sources');
    const card = await screen.findByRole('region', { name: 'Where sources disagree' });
    const table = await within(card).findByRole('table');
    const preferred = observations.find((o) => o.conflictId && o.preferred);
    const other = observations.find((o) => o.conflictId === preferred?.conflictId && !o.preferred);
    const metric = metrics.find((m) => m.id === preferred?.metricId);
    if (!preferred || !other || !metric) throw new Error('the dataset has no disagreement');
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes(formatValue(preferred, metric)) && r.textContent.includes(formatValue(other, metric)));
    expect(row).toBeDefined();
  });

  it('lists the breaks in the series', async () => {
    renderApp('/sources');
    const card = await screen.findByRole('region', { name: 'Breaks in the series' });
    const table = await within(card).findByRole('table');
    for (const event of events.filter((e) => e.kind === 'seriesBreak')) {
      expect(within(table).getByText(new RegExp(event.title))).toBeInTheDocument();
    }
  });

  it('lists what changed since the previous version, value by value, with before and after', async () => {
    renderApp('/sources');
    const card = await screen.findByRole('region', { name: 'What changed in this version' });
    const table = await within(card).findByRole('table');
    expect(card).toHaveTextContent(/2026\.11\.1 → 2026\.12\.1: \d+ added, \d+ changed, \d+ removed/);
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('ChangedWuhan 武汉GDP2023'));
    expect(row, 'Wuhan GDP 2023 row').toBeDefined();
    // Was an unverified estimate from a source that is gone; now a reported figure.
    expect(row).toHaveTextContent(/estimate, gk \(no longer a source\).*reported, /);
  });

  it('counts the sources of each kind, official statistics first', async () => {
    renderApp('/sources');
    const card = await screen.findByRole('region', { name: 'Sources' });
    expect(await within(card).findByText(/^\d+ sources: \d+ official statistics, \d+ government, .*\d+ mirror or aggregator, 1 seed article$/)).toBeInTheDocument();
  });
});
