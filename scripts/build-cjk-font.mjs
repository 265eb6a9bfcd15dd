#!/usr/bin/env node
// Builds public/fonts/hubscope-cjk.woff2: a subset of Noto Sans CJK SC
// holding exactly the CJK characters used in mocks/data/** and src/**.
//
// Also builds public/fonts/hubscope-export.woff2: the same face subset to
// printable ASCII, Latin-1, Latin Extended-A, the punctuation, arrows and maths
// signs the UI writes, and the same CJK characters. Chart exports (PNG/SVG,
// src/components/chart-export/) embed it, so an exported image draws Latin and
// Chinese text with one font on any machine.
//
//   npm run font:cjk
//
// Needs the Debian package fonts-noto-cjk (apt-get install -y fonts-noto-cjk).
// That package ships TTC collections, and subset-font always opens face index 0
// (Japanese). So this script copies the Simplified Chinese face out of the
// collection into a standalone OpenType font before subsetting.
//
// The woff2 is committed; CI does not rebuild it. Re-run this after changing any
// Chinese text in the dataset or UI. tests/unit/cjk-font.test.ts fails when a
// character is missing.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'public', 'fonts');
const OUT_FONT = join(OUT_DIR, 'hubscope-cjk.woff2');
const OUT_LICENSE = join(OUT_DIR, 'hubscope-cjk.LICENSE.txt');
const OUT_EXPORT_FONT = join(OUT_DIR, 'hubscope-export.woff2');
const OUT_PLACES_FONT = join(OUT_DIR, 'hubscope-cjk-places.woff2');
// The names of the three cities, their provinces and the two countries the chip cards compare,
// which the shell (the city picker) and the cards' own text show before any data. They get their own tiny face, declared after the full
// subset in src/styles/fonts.css with a unicode-range of just these characters, so the first paint
// never waits on the full one. Keep in line with the test and the CSS.
const PLACE_NAMES = '武汉 西安 成都 湖北 陕西 四川 中国 美国';
const PLACE_CHARACTERS = [...new Set(PLACE_NAMES.replace(/ /g, ''))].join('');
const OUT_EXPORT_LICENSE = join(OUT_DIR, 'hubscope-export.LICENSE.txt');

const SOURCE_PACKAGE = 'fonts-noto-cjk';
const SOURCE_PATH = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const SOURCE_FACE = 'NotoSansCJKsc-Regular'; // PostScript name of the face to take
const COPYRIGHT_PATH = `/usr/share/doc/${SOURCE_PACKAGE}/copyright`;
const INSTALL_HINT = `apt-get update && apt-get install -y ${SOURCE_PACKAGE}`;

// Which text to scan: [directory, file-name pattern]. Test files do not ship, so their
// Chinese text needs no glyphs.
const SCAN = [
  ['mocks/data', /\.(ts|json)$/],
  ['src', /^(?!.*\.test\.).*\.(ts|tsx)$/],
];

// CJK Unified Ideographs Extension A, Unified Ideographs, CJK Symbols and
// Punctuation, Halfwidth and Fullwidth Forms. Keep this in line with the
// unicode-range in src/styles/fonts.css and the test.
const CJK_RANGES = [
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xff00, 0xffef],
];
const isCjk = (cp) => CJK_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);

// The export font's non-CJK repertoire. Every code point here that the source
// face has goes in; code points the face lacks (a few in the General
// Punctuation block are invisible format characters) are skipped. Any other
// non-CJK character found in the scanned files is added when the face has it.
const EXPORT_RANGES = [
  [0x0020, 0x007e], // printable ASCII
  [0x00a0, 0x00ff], // Latin-1 supplement: nbsp, ° ± · × ÷ é...
  [0x0100, 0x017f], // Latin Extended-A: ū, ł, š... in names of people and places
  [0x2000, 0x206f], // General Punctuation: – — ‘ ’ “ ” … ‰ ′ thin and narrow spaces
  [0x20a0, 0x20bf], // currency symbols: € ₩...
  [0x2190, 0x2199], // arrows: ← ↑ → ↓ ↕
  [0x2212, 0x2212], // − minus sign
  [0x2248, 0x2248], // ≈
  [0x2260, 0x2265], // ≠ ≤ ≥
  [0x25b2, 0x25bc], // ▲ ▼ (sort marks)
];
// Must be in the export font (checked below and by src/components/chart-export/export-font.test.ts).
const EXPORT_REQUIRED = ' 0123456789ABCabcz%°±·×–—’“”…≥≤≈−~';
const inExportRanges = (cp) => EXPORT_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);

function fail(message) {
  console.error(`font:cjk: ${message}`);
  process.exit(1);
}

function walk(dir, pattern, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') walk(p, pattern, out);
    } else if (pattern.test(entry.name)) {
      out.push(p);
    }
  }
  return out;
}

/**
 * CJK code points in a file's text, literal or written as \uXXXX / \u{X} escapes;
 * other non-ASCII characters (typographic punctuation, accented names) go to `others`.
 */
function collectCodePoints(text, into, others) {
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (isCjk(cp)) into.add(cp);
    else if (cp > 0x7e && others) others.add(cp);
  }
  for (const m of text.matchAll(/\\u(?:([0-9a-fA-F]{4})|\{([0-9a-fA-F]{1,6})\})/g)) {
    const cp = parseInt(m[1] ?? m[2], 16);
    if (isCjk(cp)) into.add(cp);
  }
}

/**
 * Copies one face out of a TrueType/OpenType collection (.ttc) into a
 * standalone sfnt buffer. Table data is copied as is, because faces in a
 * collection can share tables.
 */
function extractFace(ttc, faceIndex) {
  if (ttc.toString('latin1', 0, 4) !== 'ttcf') return ttc; // already a single font
  const numFonts = ttc.readUInt32BE(8);
  if (faceIndex >= numFonts) throw new Error(`face ${faceIndex} not in collection of ${numFonts}`);
  const dirOffset = ttc.readUInt32BE(12 + 4 * faceIndex);
  const sfntVersion = ttc.readUInt32BE(dirOffset);
  const numTables = ttc.readUInt16BE(dirOffset + 4);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const rec = dirOffset + 12 + 16 * i;
    tables.push({
      tag: ttc.toString('latin1', rec, rec + 4),
      checksum: ttc.readUInt32BE(rec + 4),
      offset: ttc.readUInt32BE(rec + 8),
      length: ttc.readUInt32BE(rec + 12),
    });
  }
  const pad4 = (n) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const total = tables.reduce((sum, t) => sum + pad4(t.length), headerSize);
  const out = Buffer.alloc(total);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(sfntVersion, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let cursor = headerSize;
  tables.forEach((t, i) => {
    const rec = 12 + 16 * i;
    out.write(t.tag, rec, 4, 'latin1');
    out.writeUInt32BE(t.checksum, rec + 4);
    out.writeUInt32BE(cursor, rec + 8);
    out.writeUInt32BE(t.length, rec + 12);
    ttc.copy(out, cursor, t.offset, t.offset + t.length);
    cursor += pad4(t.length);
  });
  return out;
}

/** PostScript name (name ID 6) of a standalone sfnt buffer. */
function postscriptName(sfnt) {
  const numTables = sfnt.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    if (sfnt.toString('latin1', rec, rec + 4) !== 'name') continue;
    const base = sfnt.readUInt32BE(rec + 8);
    const count = sfnt.readUInt16BE(base + 2);
    const strings = base + sfnt.readUInt16BE(base + 4);
    for (let j = 0; j < count; j++) {
      const r = base + 6 + 12 * j;
      const platformId = sfnt.readUInt16BE(r);
      if (sfnt.readUInt16BE(r + 6) !== 6) continue;
      const len = sfnt.readUInt16BE(r + 8);
      const off = strings + sfnt.readUInt16BE(r + 10);
      const raw = sfnt.subarray(off, off + len);
      if (platformId === 3 || platformId === 0) return raw.swap16().toString('utf16le');
      return raw.toString('latin1');
    }
  }
  return undefined;
}

function findFace(ttc, wanted) {
  if (ttc.toString('latin1', 0, 4) !== 'ttcf') return ttc;
  const numFonts = ttc.readUInt32BE(8);
  for (let i = 0; i < numFonts; i++) {
    const face = extractFace(ttc, i);
    if (postscriptName(Buffer.from(face)) === wanted) return face;
  }
  fail(`${SOURCE_PATH} has no face named ${wanted}`);
}

function packageVersion(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown (dpkg-query failed)';
  }
}

function licenseText() {
  if (!existsSync(COPYRIGHT_PATH)) return undefined;
  const text = readFileSync(COPYRIGHT_PATH, 'utf8');
  // The OFL stanza of the Debian copyright file, with the DEP-5 " ." blank lines undone.
  const m = text.match(/^License: SIL-1\.1\n((?: .*\n?)+)/m);
  if (!m) return undefined;
  return m[1]
    .split('\n')
    .map((l) => (l === ' .' ? '' : l.replace(/^ /, '')))
    .join('\n')
    .trimEnd();
}

// ---------------------------------------------------------------------------

if (!existsSync(SOURCE_PATH)) {
  fail(`source font not found: ${SOURCE_PATH}\nInstall it with:\n  ${INSTALL_HINT}`);
}

const codePoints = new Set();
const otherCodePoints = new Set();
const scanned = [];
for (const [dir, pattern] of SCAN) {
  for (const file of walk(join(ROOT, dir), pattern)) {
    collectCodePoints(readFileSync(file, 'utf8'), codePoints, otherCodePoints);
    scanned.push(relative(ROOT, file));
  }
}
const sorted = [...codePoints].sort((a, b) => a - b);
const text = String.fromCodePoint(...sorted);
if (sorted.length === 0) fail('no CJK characters found in mocks/data or src; refusing to write an empty font');

const face = findFace(readFileSync(SOURCE_PATH), SOURCE_FACE);
const woff2 = await subsetFont(face, text, {
  targetFormat: 'woff2',
  // Keep only features that apply to horizontal text rendered with default
  // settings. Closing over locl/vert/etc. would pull in JP/KR/TC variants and
  // vertical forms we never show.
  keepFeatures: ['ccmp', 'kern'],
});

// Check that every character made it in (the source covers all of them today,
// but a typo'd or rare character could fall outside the font).
const fontkit = await import('fontkit');
const built = fontkit.create(woff2);
const sourceFont = fontkit.create(face);
const missing = sorted.filter((cp) => !built.hasGlyphForCodePoint(cp));
if (missing.length) {
  fail(`source font has no glyph for: ${missing.map((cp) => `${String.fromCodePoint(cp)} U+${cp.toString(16).toUpperCase()}`).join(', ')}`);
}

const version = packageVersion(SOURCE_PACKAGE);
const ofl = licenseText();
if (!ofl) fail(`could not read the SIL OFL text from ${COPYRIGHT_PATH}`);

const license = `hubscope-cjk.woff2: a subset of Noto Sans CJK SC Regular
==========================================================

Source:   ${SOURCE_PATH}, face "${SOURCE_FACE}"
Package:  Debian ${SOURCE_PACKAGE} ${version}
Upstream: https://github.com/notofonts/noto-cjk
Built by: scripts/build-cjk-font.mjs (subset-font / HarfBuzz), run with \`npm run font:cjk\`
Glyphs:   ${sorted.length} CJK characters used by Hubscope

This file is a Modified Version of the Font Software (subset and converted
to WOFF2). It is distributed under the SIL Open Font License 1.1, below.

Font copyright:  ${sourceFont.copyright}
Font trademark:  ${sourceFont.getName('trademark') ?? '-'}
Font version:    ${sourceFont.version}
Upstream licence: SIL OFL 1.1 (${sourceFont.getName('licenseURL') ?? 'https://openfontlicense.org'}).
Upstream noto-cjk LICENSE names Adobe as copyright holder with Reserved Font
Name 'Source'; this subset does not use that name.

Characters:
${text.match(/.{1,40}/gu)?.join('\n') ?? ''}

${ofl}
`;

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(OUT_FONT, woff2);
writeFileSync(OUT_LICENSE, license);

console.log(
  `font:cjk: ${sorted.length} characters from ${scanned.length} files -> ${relative(ROOT, OUT_FONT)} (${woff2.length} bytes)`,
);

const placesWoff2 = await subsetFont(face, PLACE_CHARACTERS, { targetFormat: 'woff2', keepFeatures: ['ccmp', 'kern'] });
const placesBuilt = fontkit.create(placesWoff2);
const placesMissing = [...PLACE_CHARACTERS].filter((ch) => !placesBuilt.hasGlyphForCodePoint(ch.codePointAt(0)));
if (placesMissing.length) fail(`place-name font lacks: ${placesMissing.join(', ')}`);
writeFileSync(OUT_PLACES_FONT, placesWoff2);
writeFileSync(
  join(OUT_DIR, 'hubscope-cjk-places.LICENSE.txt'),
  license
    .replace('hubscope-cjk.woff2: a subset of Noto Sans CJK SC Regular\n==========================================================', 'hubscope-cjk-places.woff2: a subset of Noto Sans CJK SC Regular\n=================================================================')
    .replace(/^Glyphs: .*$/m, `Glyphs:   the ${PLACE_CHARACTERS.length} characters of the names of the three cities, their provinces, China and the United States`)
    .replace(/^Characters:\n[\s\S]*?\n\n/m, `Characters:\n${PLACE_CHARACTERS}\n\n`),
);
console.log(`font:cjk: the place names (${PLACE_NAMES}) -> ${relative(ROOT, OUT_PLACES_FONT)} (${placesWoff2.length} bytes)`);

// --- The export font: Latin and CJK in one face --------------------------------

const candidates = new Set(sorted);
for (const [lo, hi] of EXPORT_RANGES) for (let cp = lo; cp <= hi; cp++) candidates.add(cp);
for (const cp of otherCodePoints) candidates.add(cp);
// Control and format characters (joiners, direction marks) have no ink; box-drawing in comments is not UI text.
const drawable = (cp) => !(cp >= 0x200b && cp <= 0x200f) && !(cp >= 0x2028 && cp <= 0x202e) && !(cp >= 0x2060 && cp <= 0x206f) && !(cp >= 0x2500 && cp <= 0x257f);
const exportCodePoints = [...candidates].filter((cp) => drawable(cp) && sourceFont.hasGlyphForCodePoint(cp)).sort((a, b) => a - b);
const skipped = [...otherCodePoints].filter((cp) => !inExportRanges(cp) && drawable(cp) && !sourceFont.hasGlyphForCodePoint(cp));
const exportText = String.fromCodePoint(...exportCodePoints);
// The Simplified Chinese face draws ’ “ ” full-width, as Chinese typesetting does; Latin text
// needs them narrow. 'pwid' holds their proportional forms; the export's style turns it on
// (src/components/chart-export/svg-document.ts).
const exportWoff2 = await subsetFont(face, exportText, { targetFormat: 'woff2', keepFeatures: ['ccmp', 'kern', 'pwid'] });

const exportBuilt = fontkit.create(exportWoff2);
const exportMissing = [...sorted, ...[...EXPORT_REQUIRED].map((ch) => ch.codePointAt(0))].filter((cp) => !exportBuilt.hasGlyphForCodePoint(cp));
if (exportMissing.length) {
  fail(`export font lacks: ${exportMissing.map((cp) => `${String.fromCodePoint(cp)} U+${cp.toString(16).toUpperCase()}`).join(', ')}`);
}

const exportLicense = `hubscope-export.woff2: a subset of Noto Sans CJK SC Regular
=============================================================

Source:   ${SOURCE_PATH}, face "${SOURCE_FACE}"
Package:  Debian ${SOURCE_PACKAGE} ${version}
Upstream: https://github.com/notofonts/noto-cjk
Built by: scripts/build-cjk-font.mjs (subset-font / HarfBuzz), run with \`npm run font:cjk\`
Glyphs:   ${exportCodePoints.length} characters: printable ASCII, Latin-1, Latin Extended-A,
          general punctuation, arrows and maths signs the UI uses, and the
          ${sorted.length} CJK characters Hubscope shows
Used by:  chart exports (PNG and SVG), which embed it so that an exported image
          looks the same on any machine

This file is a Modified Version of the Font Software (subset and converted
to WOFF2). It is distributed under the SIL Open Font License 1.1, below.
An exported SVG that embeds it carries the same licence for the font data.

Font copyright:  ${sourceFont.copyright}
Font trademark:  ${sourceFont.getName('trademark') ?? '-'}
Font version:    ${sourceFont.version}
Upstream licence: SIL OFL 1.1 (${sourceFont.getName('licenseURL') ?? 'https://openfontlicense.org'}).
Upstream noto-cjk LICENSE names Adobe as copyright holder with Reserved Font
Name 'Source'; this subset does not use that name.

Characters:
${exportText.match(/.{1,40}/gu)?.join('\n') ?? ''}

${ofl}
`;

writeFileSync(OUT_EXPORT_FONT, exportWoff2);
writeFileSync(OUT_EXPORT_LICENSE, exportLicense);
console.log(
  `font:cjk: ${exportCodePoints.length} characters (Latin, punctuation and CJK) -> ${relative(ROOT, OUT_EXPORT_FONT)} (${exportWoff2.length} bytes)` +
    (skipped.length ? `; not in the source font, left to the fallback: ${skipped.map((cp) => `U+${cp.toString(16).toUpperCase()}`).join(' ')}` : ''),
);
