// Screenshots of every section of the built app, for looking at what we ship.
// Usage: npm run build && node scripts/screenshots.mjs [width] [height] [query]
// Writes screenshots/<section>-<width>x<height><suffix>.png (git-ignored).
// Env: PORT (default 4180), DIST (default dist), SHOTS (output folder, default screenshots),
// SECTIONS (comma list, default all), SUFFIX (added to file names), FULL_PAGE=1,
// PRESENT=1 (instead of the sections: press P and shoot every slide of the default deck).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const [width = 1280, height = 720] = process.argv.slice(2, 4).map(Number);
const query = process.argv[4] ?? '';
const sections = process.env.SECTIONS ? process.env.SECTIONS.split(',').map((s) => (s === 'overview' ? '' : s)) : ['', 'industries', 'talent', 'chips', 'timeline', 'sources'];
const port = Number(process.env.PORT ?? 4180);
const shots = process.env.SHOTS ?? 'screenshots';
const suffix = process.env.SUFFIX ?? '';

const server = await preview({ preview: { port, strictPort: true }, build: { outDir: process.env.DIST ?? 'dist' }, logLevel: 'silent' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync(shots, { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (msg) => msg.type() === 'error' && console.log('console error:', msg.text()));
  page.on('pageerror', (error) => console.log('page error:', error.message));
  if (process.env.PRESENT === '1') {
    await page.goto(`http://localhost:${port}/${query}`);
    await page.waitForSelector('.chart-card__footer', { timeout: 15_000 });
    // P before the deck tools have loaded asks for them and starts presenting when they arrive.
    await page.keyboard.press('p');
    const position = page.locator('.presentation-bar__position');
    await position.waitFor();
    const total = Number((await position.innerText()).split('/')[1]);
    for (let slide = 1; slide <= total; slide += 1) {
      await page.waitForFunction((n) => new URL(location.href).searchParams.get('slide') === String(n), slide);
      await page.waitForSelector('.chart-card__footer, [role=alert]', { timeout: 15_000 }).catch(() => undefined);
      await page.waitForTimeout(300);
      const file = `${shots}/slide-${slide}-${width}x${height}${suffix}.png`;
      await page.screenshot({ path: file });
      console.log('wrote', file, page.url());
      await page.keyboard.press('ArrowRight');
    }
  }
  for (const section of process.env.PRESENT === '1' ? [] : sections) {
    await page.goto(`http://localhost:${port}/${section}${query}`);
    await page.waitForSelector('.chart-card__footer, [role=alert]', { timeout: 15_000 }).catch(() => undefined);
    await page.waitForTimeout(300);
    if (process.env.FULL_PAGE === '1') {
      // Cards far below the window draw when scrolled near: scroll through as a reader would.
      const cards = page.locator('.chart-card');
      for (let index = 0; index < (await cards.count()); index += 1) await cards.nth(index).scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelectorAll('.chart-card__undrawn').length === 0, null, { timeout: 15_000 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
    }
    const file = `${shots}/${section || 'overview'}-${width}x${height}${suffix}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
    console.log('wrote', file);
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
