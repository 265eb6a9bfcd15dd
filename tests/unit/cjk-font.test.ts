// @vitest-environment node
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import * as data from '../../mocks/data';

// The committed CJK subset (public/fonts/hubscope-cjk.woff2) must cover every
// Chinese character the app can show. If this fails, run `npm run font:cjk`
// (needs `apt-get install -y fonts-noto-cjk`) and commit the new woff2.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FONT_PATH = join(ROOT, 'public/fonts/hubscope-cjk.woff2');

// Must match scripts/build-cjk-font.mjs and the unicode-range in src/styles/fonts.css.
const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3400, 0x4dbf], // Unified Ideographs Extension A
  [0x4e00, 0x9fff], // Unified Ideographs
  [0xff00, 0xffef], // Halfwidth and fullwidth forms
];
const CITIES = '武汉西安成都';
const isCjk = (cp: number) => CJK_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);

function addCjk(text: string, into: Set<number>): void {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isCjk(cp)) into.add(cp);
  }
}

/** Every string anywhere in a value (object keys too). Field names are not hard-coded. */
function walkStrings(value: unknown, into: Set<number>, seen = new WeakSet<object>()): void {
  if (typeof value === 'string') {
    addCjk(value, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (seen.has(value)) return;
  seen.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      walkStrings(k, into, seen);
      walkStrings(v, into, seen);
    }
    return;
  }
  if (value instanceof Set || Array.isArray(value)) {
    for (const v of value) walkStrings(v, into, seen);
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    addCjk(k, into);
    walkStrings(v, into, seen);
  }
}

function listFiles(dir: string, pattern: RegExp, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(p, pattern, out);
    else if (pattern.test(entry.name)) out.push(p);
  }
  return out;
}

function scanFiles(dir: string, pattern: RegExp, into: Set<number>): void {
  for (const file of listFiles(join(ROOT, dir), pattern)) addCjk(readFileSync(file, 'utf8'), into);
}

const describeCp = (cp: number) => `${String.fromCodePoint(cp)} (U+${cp.toString(16).toUpperCase()})`;

function openFont(): fontkit.Font {
  const font = fontkit.openSync(FONT_PATH);
  if ('fonts' in font) throw new Error(`${FONT_PATH} is a collection, expected a single font`);
  return font;
}

describe('self-hosted CJK font subset', () => {
  it('exists as a single woff2 font', () => {
    expect(existsSync(FONT_PATH), `${FONT_PATH} is missing; run npm run font:cjk`).toBe(true);
    const font = openFont();
    expect(font.type).toBe('WOFF2');
  });

  it('has the three hub cities', () => {
    const font = openFont();
    const missing = [...CITIES]
      .map((ch) => ch.codePointAt(0)!)
      .filter((cp) => !font.hasGlyphForCodePoint(cp));
    expect(missing.map(describeCp), 'city glyphs missing from hubscope-cjk.woff2').toEqual([]);
  });

  it('covers every CJK character in the dataset and the UI source', () => {
    const used = new Set<number>();
    walkStrings(data, used);
    // Guards against an import that comes back empty: the city names are in the data.
    const citiesNotInData = [...CITIES].map((ch) => ch.codePointAt(0)!).filter((cp) => !used.has(cp));
    expect(citiesNotInData.map(describeCp), 'walking the mocks/data exports found no city names').toEqual([]);
    scanFiles('mocks/data', /\.(ts|json)$/, used); // text that is not exported (e.g. reference JSON)
    scanFiles('src', /^(?!.*\.test\.).*\.(ts|tsx)$/, used); // test files do not ship

    const font = openFont();
    const missing = [...used].sort((a, b) => a - b).filter((cp) => !font.hasGlyphForCodePoint(cp));
    expect(
      missing.map(describeCp),
      `hubscope-cjk.woff2 lacks ${missing.length} of ${used.size} CJK characters; run npm run font:cjk`,
    ).toEqual([]);
  });

  it('has a small face for the place names shown before any data, declared with exactly their characters', () => {
    const placesFont = fontkit.openSync(join(ROOT, 'public/fonts/hubscope-cjk-places.woff2'));
    if ('fonts' in placesFont) throw new Error('hubscope-cjk-places.woff2 is a collection');
    const codePoints = [...new Set([...`${CITIES}湖北陕西四川中国美国`].map((ch) => ch.codePointAt(0)!))];
    expect(codePoints.filter((cp) => !placesFont.hasGlyphForCodePoint(cp)).map(describeCp)).toEqual([]);

    // The face the browser picks for these characters is the last declared one covering them.
    const css = readFileSync(join(ROOT, 'src/styles/fonts.css'), 'utf8');
    const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1] ?? '');
    const last = faces.at(-1) ?? '';
    expect(last).toContain("url('/fonts/hubscope-cjk-places.woff2')");
    const declared = [...(last.match(/unicode-range:([^;]*);/)?.[1] ?? '').matchAll(/U\+([0-9A-F]+)/gi)].map((m) => parseInt(m[1] ?? '', 16));
    expect(declared.sort((a, b) => a - b)).toEqual([...codePoints].sort((a, b) => a - b));
  });
});
