import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meta } from '../../mocks/data/meta';
import { renderApp } from '../test-utils';
import { readPptx } from './read-pptx';

// A section's first render loads its lazy route; the PowerPoint code loads on the press. Slow on 2 shared cores.
configure({ asyncUtilTimeout: 15_000 });

/*
 * A card's Export → PowerPoint slide: the file it saves, read back as a zip, holds the title slide
 * and the card as the page shows it now (the URL's cities and currency), as a native chart.
 */

let saved: { blob: Blob; name: string }[] = [];

beforeEach(() => {
  saved = [];
  let pending: Blob | undefined;
  // jsdom neither makes object URLs nor downloads: keep what would have been saved, with its name.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      pending = blob;
      return 'blob:test/1';
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (pending) saved.push({ blob: pending, name: this.download });
  });
});

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

describe("a card's PowerPoint slide", () => {
  it('saves the investment card at the current view (two cities, USD) as a title slide and a native chart', async () => {
    const user = userEvent.setup();
    renderApp('/chips?cities=wuhan,xian&cur=USD');
    const card = await screen.findByRole('region', { name: 'Chip investment committed and lost' });
    await waitFor(() => expect(within(card).getByRole('button', { name: /^Export/ })).toBeEnabled());
    await user.click(within(card).getByRole('button', { name: /^Export/ }));
    await user.click(await within(card).findByRole('button', { name: 'PowerPoint slide' }));

    await within(card).findByText(/^Saved hubscope-investment-.*\.pptx: a title slide and the card as a native PowerPoint chart/, {}, { timeout: 30_000 });
    expect(saved).toHaveLength(1);
    const file = saved[0];
    if (!file) throw new Error('nothing saved');
    expect(file.name).toMatch(new RegExp(`^hubscope-investment-${meta.datasetVersion.replaceAll('.', '\\.')}-\\d{4}-\\d{2}-\\d{2}\\.pptx$`));

    const { slides } = await readPptx(new Uint8Array(await file.blob.arrayBuffer()));
    expect(slides).toHaveLength(2);
    expect(slides[0]?.texts[0]).toBe('Chip investment committed and lost');
    const slide = slides[1];
    expect(slide?.texts[0]).toBe('Chip investment committed and lost');
    expect(slide?.texts[1]).toMatch(/^USD bn, .* · Wuhan 武汉, Xi'an 西安$/);
    const names = [...new Set(slide?.chart?.series.map((s) => s.name.replace(/ \(estimate\)$/, '')))];
    expect(names).toEqual(['Wuhan 武汉', "Xi'an 西安"]);
    expect(slide?.notes).toMatch(/^\s*Sources:\n• /);
  }, 60_000);
});
