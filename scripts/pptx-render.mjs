#!/usr/bin/env node
// Renders a .pptx to PNG pages with LibreOffice, to look at what PowerPoint users will get
// (not run in CI). Usage: node scripts/pptx-render.mjs <file.pptx> [outDir] [width]
// Needs `soffice` (apt-get install -y libreoffice-impress fonts-noto-cjk) and `pdftoppm` (poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const [input, outDir = 'pptx-render', width = '1280'] = process.argv.slice(2);
if (!input) {
  process.stderr.write('Usage: node scripts/pptx-render.mjs <file.pptx> [outDir] [width]\n');
  process.exit(2);
}
const out = resolve(outDir);
mkdirSync(out, { recursive: true });
// A profile of its own, so a running LibreOffice does not swallow the conversion.
execFileSync('soffice', ['-env:UserInstallation=file:///tmp/hubscope-pptx-render', '--headless', '--convert-to', 'pdf', '--outdir', out, resolve(input)], { stdio: 'inherit' });
const pdf = join(out, basename(input).replace(/\.pptx$/i, '.pdf'));
// 16:9 pages at the given width (1280 gives 1280 x 720).
execFileSync('pdftoppm', ['-png', '-scale-to-x', width, '-scale-to-y', '-1', pdf, join(out, 'page')], { stdio: 'inherit' });
process.stdout.write(`${readdirSync(out).filter((f) => f.endsWith('.png')).length} pages in ${out}\n`);
