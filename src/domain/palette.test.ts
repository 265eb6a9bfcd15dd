import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CITY_IDS } from '../api/vocabulary';
import { CITY_COLOURS, NEUTRAL_SERIES_COLOUR, SPOTLIGHT_DIM_OPACITY, THEME_COLOURS, THEMES, contrastRatio, overBackground, parseHex, textOnFill, type Theme, type ThemeColours } from './palette';

// Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, applied in linear RGB.
const CVD_MATRICES = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;

const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

function simulate(hex: string, matrix: readonly (readonly number[])[]): [number, number, number] {
  const rgb = parseHex(hex).map(toLinear);
  return matrix.map((row) => Math.min(1, Math.max(0, row.reduce((sum, m, i) => sum + m * (rgb[i] ?? 0), 0)))) as [
    number,
    number,
    number,
  ];
}

/** CIELAB lightness/chroma distance (CIE76) of linear-RGB colours, enough to rank separations. */
function labDistance(a: [number, number, number], b: [number, number, number]): number {
  const toLab = ([r, g, bl]: [number, number, number]) => {
    const x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
    const y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    const z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
  };
  const la = toLab(a);
  const lb = toLab(b);
  return Math.hypot(...la.map((v, i) => v - (lb[i] ?? 0)));
}

/** WCAG 2.2 minimums: 1.4.3 for text (large text, 24 px or 18.7 px bold, needs 3:1), 1.4.11 for marks, focus rings and field outlines. */
const TEXT = 4.5;
const NON_TEXT = 3;

const ratioOf = (a: string, b: string) => Math.round(contrastRatio(a, b) * 100) / 100;

describe('city palette', () => {
  it.each(THEMES)('keeps every city colour at 3:1 or more against the %s background and surface', (theme) => {
    const { bg, surface } = THEME_COLOURS[theme];
    for (const city of CITY_IDS) {
      expect(ratioOf(CITY_COLOURS[city], bg), `${city} on ${theme} background`).toBeGreaterThanOrEqual(NON_TEXT);
      expect(ratioOf(CITY_COLOURS[city], surface), `${city} on ${theme} surface`).toBeGreaterThanOrEqual(NON_TEXT);
    }
  });

  it('gives the three cities different colours', () => {
    expect(new Set(Object.values(CITY_COLOURS)).size).toBe(CITY_IDS.length);
  });

  it.each(Object.entries(CVD_MATRICES))('keeps the cities apart under simulated %s', (_name, matrix) => {
    for (const [i, a] of CITY_IDS.entries()) {
      for (const b of CITY_IDS.slice(i + 1)) {
        const distance = labDistance(simulate(CITY_COLOURS[a], matrix), simulate(CITY_COLOURS[b], matrix));
        // About 20 CIELAB units is where two line colours stop being confused at a glance.
        expect(distance, `${a} vs ${b}`).toBeGreaterThan(20);
      }
    }
  });
});

/** Text the interface draws, as [what, foreground token, background token]. */
const TEXT_PAIRS: readonly [string, keyof ThemeColours, keyof ThemeColours][] = [
  ['body text', 'text', 'bg'],
  ['body text on the toolbar, table heads and the slide bar', 'text', 'surface'],
  ['muted text (subtitles, footers, legends)', 'muted', 'bg'],
  ['muted text on the toolbar and the slide bar', 'muted', 'surface'],
  ['links and the Definition toggle', 'accent', 'bg'],
  ['links on the toolbar', 'accent', 'surface'],
  ['error banners and panels', 'errorText', 'errorBg'],
  ['errors in the deck editor', 'errorText', 'bg'],
  ['notices, stale-data notes and export messages', 'text', 'noticeBg'],
  ['the Reported badge', 'text', 'reportedBg'],
  ['the Seed article badge', 'text', 'seedBg'],
  ['the Estimate badge', 'text', 'estimateBg'],
  ['the current section in the navigation (inverted)', 'bg', 'text'],
];

/** Marks and outlines that must stand out from what they sit on, as [what, colour token, background token]. */
const NON_TEXT_PAIRS: readonly [string, keyof ThemeColours, keyof ThemeColours][] = [
  ['the focus ring', 'focus', 'bg'],
  ['the focus ring on the toolbar', 'focus', 'surface'],
  ['status marks in the key, bar outlines and status-badge borders', 'text', 'bg'],
  ['form-field outlines', 'muted', 'bg'],
  ['form-field outlines on the toolbar', 'muted', 'surface'],
];

describe.each(THEMES)('the %s theme', (theme: Theme) => {
  const colours = THEME_COLOURS[theme];

  it.each(TEXT_PAIRS)('keeps %s at 4.5:1 or more', (_what, fg, bg) => {
    expect(ratioOf(colours[fg], colours[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(TEXT);
  });

  it.each(NON_TEXT_PAIRS)('keeps %s at 3:1 or more', (_what, fg, bg) => {
    expect(ratioOf(colours[fg], colours[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it('keeps the neutral series (national events, reference bars) at 3:1 or more', () => {
    expect(ratioOf(NEUTRAL_SERIES_COLOUR, colours.bg)).toBeGreaterThanOrEqual(NON_TEXT);
    expect(ratioOf(NEUTRAL_SERIES_COLOUR, colours.surface)).toBeGreaterThanOrEqual(NON_TEXT);
  });
});

describe('the spotlight', () => {
  /** A dimmed city is still there: its marks keep this much contrast with the chart's background. */
  const STAYS = 1.3;
  /** The spotlighted city stands out: at least this many times the contrast of a dimmed one. */
  const STANDS_OUT = 2;
  const spotlightCases = THEMES.flatMap((theme) => CITY_IDS.map((city) => [theme, city] as const));

  it('composites a colour over its background as the browser does', () => {
    expect(overBackground('#FFFFFF', '#000000', 0.2)).toBe('#333333');
    expect(overBackground('#0072B2', '#0072B2', 0.35)).toBe('#0072B2');
  });

  it.each(spotlightCases)('on the %s theme, spotlights %s at 3:1 or more and dims the other cities, lines, bars, marks and labels alike', (theme, spotlighted) => {
    const { bg, text } = THEME_COLOURS[theme];
    const dim = SPOTLIGHT_DIM_OPACITY[theme];
    const spotlight = ratioOf(CITY_COLOURS[spotlighted], bg);
    expect(spotlight, `${spotlighted} spotlighted on ${theme}`).toBeGreaterThanOrEqual(NON_TEXT);
    for (const other of CITY_IDS.filter((city) => city !== spotlighted)) {
      const dimmed = ratioOf(overBackground(CITY_COLOURS[other], bg, dim), bg);
      expect(dimmed, `${other} dimmed on ${theme}: still in sight`).toBeGreaterThanOrEqual(STAYS);
      expect(spotlight / dimmed, `${spotlighted} stands out from ${other} on ${theme}`).toBeGreaterThanOrEqual(STANDS_OUT);
    }
    // A dimmed city's value labels (text colour) take the same opacity as its marks: dimmed as clearly, and still legible as there.
    const label = ratioOf(text, bg);
    const dimmedLabel = ratioOf(overBackground(text, bg, dim), bg);
    expect(dimmedLabel, `a dimmed label on ${theme}: still in sight`).toBeGreaterThanOrEqual(STAYS);
    expect(label / dimmedLabel, `a dimmed label on ${theme}: visibly dimmed`).toBeGreaterThanOrEqual(STANDS_OUT);
  });

  it('dims by the opacity styles/app.css gives each theme', () => {
    const css = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../styles/app.css'), 'utf8');
    const selectors: Record<Theme, string> = { light: ':root', dark: "[data-theme='dark']", contrast: "[data-theme='contrast']" };
    for (const theme of THEMES) {
      const start = css.indexOf(`${selectors[theme]} {`);
      const block = css.slice(start, css.indexOf('}', start));
      expect(Number(/--spotlight-dim:\s*([\d.]+)/.exec(block)?.[1]), theme).toBe(SPOTLIGHT_DIM_OPACITY[theme]);
    }
    expect(css).toMatch(/\[data-spotlight\] \.series-city \{\s*opacity: var\(--spotlight-dim\);/);
  });
});

describe('numbers on filled marks', () => {
  // Annotation badges carry their event's number at 15 px bold: normal-size text, so 4.5:1.
  it.each([...CITY_IDS.map((city) => [city, CITY_COLOURS[city]] as const), ['neutral', NEUTRAL_SERIES_COLOUR] as const])(
    'writes on the %s badge in a colour that keeps 4.5:1',
    (_name, fill) => {
      expect(ratioOf(textOnFill(fill), fill)).toBeGreaterThanOrEqual(TEXT);
    },
  );

  it('keeps white where white reads better, and black only where it must', () => {
    expect(textOnFill(CITY_COLOURS.wuhan)).toBe('#FFFFFF');
    expect(textOnFill(CITY_COLOURS.xian)).toBe('#000000');
    expect(textOnFill('#000000')).toBe('#FFFFFF');
  });
});

/** The `--name: #rrggbb` declarations of one rule block of app.css, keyed as THEME_COLOURS keys them. */
function cssTokens(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, `app.css has a ${selector} block`).toBeGreaterThanOrEqual(0);
  const block = css.slice(start, css.indexOf('}', start));
  const tokens: Record<string, string> = {};
  for (const [, name = '', value = ''] of block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)) {
    tokens[name.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase())] = value.toUpperCase();
  }
  return tokens;
}

describe('THEME_COLOURS and styles/app.css', () => {
  const css = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../styles/app.css'), 'utf8');
  const SELECTORS: Record<Theme, string> = { light: ':root', dark: "[data-theme='dark']", contrast: "[data-theme='contrast']" };

  it.each(THEMES)('agree on every colour token of the %s theme', (theme) => {
    const expected = Object.fromEntries(Object.entries(THEME_COLOURS[theme]).map(([name, hex]) => [name, hex.toUpperCase()]));
    expect(cssTokens(css, SELECTORS[theme])).toEqual(expected);
  });
});
