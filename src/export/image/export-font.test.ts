// @vitest-environment node
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';

// The export font (public/fonts/hubscope-export.woff2) is embedded in every exported picture, so
// it must draw all the text a chart card shows: Latin, the UI's punctuation and every Chinese
// character in the dataset and UI. If this fails, run `npm run font:cjk` (needs fonts-noto-cjk).

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FONT_PATH = join(ROOT, 'public/fonts/hubscope-export.woff2');
// As numbers: scripts/build-cjk-font.mjs reads \u escapes in src/ as characters to draw.
const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xff00, 0xffef],
];
const isCjk = (ch: string) => CJK_RANGES.some(([lo, hi]) => ch.codePointAt(0)! >= lo && ch.codePointAt(0)! <= hi);

function openFont(): fontkit.Font {
  const font = fontkit.openSync(FONT_PATH);
  if ('fonts' in font) throw new Error(`${FONT_PATH} is a collection, expected a single font`);
  return font;
}

function textFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) textFiles(path, out);
    // Test files' strings are never drawn on a card.
    else if (/\.(ts|tsx|json)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

const missingFrom = (font: fontkit.Font, text: string) =>
  [...new Set(text)].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!)).map((ch) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`);

describe('export font', () => {
  it('is a small woff2 with its licence beside it', () => {
    const bytes = readFileSync(FONT_PATH);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    // Embedded as base64 in every export: it must stay small.
    expect(bytes.length).toBeLessThan(150_000);
    const licence = readFileSync(join(ROOT, 'public/fonts/hubscope-export.LICENSE.txt'), 'utf8');
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });

  it('draws printable ASCII, Latin-1 and the punctuation the UI writes', () => {
    const font = openFont();
    const ascii = String.fromCodePoint(...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i));
    expect(missingFrom(font, ascii)).toEqual([]);
    expect(missingFrom(font, 'éü°±·×÷²–—‘’“”…≥≤≈−~%→')).toEqual([]);
  });

  it('draws every Chinese character in the dataset and the UI, the city names first', () => {
    const font = openFont();
    expect(missingFrom(font, '武汉西安成都')).toEqual([]);
    const used = new Set<string>();
    for (const file of [...textFiles(join(ROOT, 'mocks/data')), ...textFiles(join(ROOT, 'src'))]) {
      for (const ch of readFileSync(file, 'utf8')) if (isCjk(ch)) used.add(ch);
    }
    expect(used.size).toBeGreaterThan(50);
    expect(missingFrom(font, [...used].join(''))).toEqual([]);
  });
});
