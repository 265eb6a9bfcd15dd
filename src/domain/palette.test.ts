import { describe, expect, it } from 'vitest';
import { CITY_IDS } from '../api/schemas';
import { CITY_COLOURS, THEME_COLOURS, THEMES, contrastRatio, parseHex } from './palette';

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

describe('city palette', () => {
  it.each(THEMES)('keeps every city colour at 3:1 or more against the %s background', (theme) => {
    for (const city of CITY_IDS) {
      const ratio = contrastRatio(CITY_COLOURS[city], THEME_COLOURS[theme].background);
      expect(ratio, `${city} on ${theme}`).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(THEMES)('keeps body and muted text at 4.5:1 or more in the %s theme', (theme) => {
    const { background, surface, text, muted } = THEME_COLOURS[theme];
    for (const fg of [text, muted]) {
      expect(contrastRatio(fg, background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(fg, surface)).toBeGreaterThanOrEqual(4.5);
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
