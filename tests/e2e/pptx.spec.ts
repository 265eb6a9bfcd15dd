import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { DEFAULT_DECK } from '../../src/features/presentation/model/default-deck';
import { MOCKED_PORT } from './playwright.config';
import { expect, test } from './fixtures';

const BASE = `http://localhost:${MOCKED_PORT}`;

test.describe('Download as PowerPoint', () => {
  test('the deck editor saves the default deck as a .pptx: a zip with a title slide and a slide per deck slide, charts included', async ({ page, problems }) => {
    await page.goto(`${BASE}/`);
    await page.getByRole('button', { name: /^Deck( \(\d+\))?$/ }).click();
    const deck = page.getByRole('dialog', { name: 'Deck' });
    await expect(deck.getByRole('list', { name: 'Slides' })).toBeVisible();

    const downloading = page.waitForEvent('download');
    await deck.getByRole('button', { name: 'Download as PowerPoint' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^hubscope-deck-\d{4}\.\d{2}\.\d+-\d{4}-\d{2}-\d{2}\.pptx$/);
    await expect(deck.getByText(/^Saved hubscope-deck-.*\.pptx: a title slide and 8 slides/)).toBeVisible();
    // Every slide of the default deck has a PowerPoint form: the message names no slide that failed.
    await expect(deck.getByText(/could not be made/)).toHaveCount(0);

    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 4)], 'a zip file').toEqual([0x50, 0x4b, 0x03, 0x04]);
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    const titles = await Promise.all(
      slides.map(async (_, i) => {
        const xml = (await zip.file(`ppt/slides/slide${i + 1}.xml`)?.async('string')) ?? '';
        return /<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1] ?? '';
      }),
    );
    // A long table continues on numbered pages ("(2 of 3)"); every other slide is one deck slide, after the title slide.
    const firstPages = titles.filter((t) => !/ \(([2-9]|\d{2,}) of \d+\)$/.test(t));
    expect(firstPages).toHaveLength(DEFAULT_DECK.slides.length + 1);
    expect(Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).length).toBeGreaterThanOrEqual(5);
    // The rest of the page keeps working.
    await page.keyboard.press('Escape');
    await expect(deck).toBeHidden();
    await expect(page.getByRole('button', { name: /^Deck \(8\)$/ })).toBeEnabled();
    void problems;
  });
});
