import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Real-browser tests against the production build, served statically by `vite preview`. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  throw new Error(
    `No Chromium at ${chromiumPath}. Install it with \`apt-get install -y chromium\` (Debian) or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

export const MOCKED_PORT = 4173;
export const REAL_API_APP_PORT = 4174;
export const REAL_API_PORT = 4175;

export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '../../reports/playwright.json' }]] : [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      // The mocked build: MSW's worker serves the dataset.
      command: `npx vite build --logLevel warn && npx vite preview --port ${MOCKED_PORT} --strictPort`,
      cwd: '../..',
      url: `http://localhost:${MOCKED_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // A real-API build: no MSW at all; it calls the API server the tests start on REAL_API_PORT.
      command: `npx vite build --logLevel warn --outDir dist-real-api && npx vite preview --outDir dist-real-api --port ${REAL_API_APP_PORT} --strictPort`,
      cwd: '../..',
      env: { VITE_API_BASE_URL: `http://127.0.0.1:${REAL_API_PORT}/api/v1` },
      url: `http://localhost:${REAL_API_APP_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
