import type { CityId } from '../api/schemas';

/**
 * One colour per city, everywhere: Okabe-Ito blue and vermillion plus a violet (Okabe-Ito's
 * bluish green merges with the blue under tritanopia), each kept at 3:1 or more against every
 * theme's background. Okabe-Ito orange (#E69F00) is not used: it falls to about 2:1 on white.
 * palette.test.ts checks contrast and separation under simulated colour-vision deficiencies.
 */
export const CITY_COLOURS: Record<CityId, string> = {
  wuhan: '#0072B2',
  xian: '#D55E00',
  chengdu: '#9A3FE0',
};

/** Neutral colour for anything that is not one of the three cities (references, synthetic entities). */
export const NEUTRAL_SERIES_COLOUR = '#6B7280';

export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_LABELS: Record<Theme, string> = { light: 'Light', dark: 'Dark', contrast: 'Projector' };

/** The colour tokens of one theme: each is the custom property of the same name in styles/app.css (`errorBg` is `--error-bg`). */
export type ThemeColours = {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  focus: string;
  errorBg: string;
  errorText: string;
  noticeBg: string;
  estimateBg: string;
  seedBg: string;
  reportedBg: string;
};

/**
 * Every colour token of every theme, as styles/app.css sets it (`:root` is the light theme);
 * palette.test.ts reads app.css and fails if the two drift apart, and checks the contrast of each
 * pairing the interface draws. `border` only separates regions; form fields are outlined in `muted`.
 */
export const THEME_COLOURS: Record<Theme, ThemeColours> = {
  light: {
    bg: '#FFFFFF',
    surface: '#F4F6F8',
    text: '#111827',
    muted: '#4B5563',
    border: '#C9D1DB',
    accent: '#0B5CAD',
    focus: '#B45309',
    errorBg: '#FDECEC',
    errorText: '#8A1C1C',
    noticeBg: '#FFF7E0',
    estimateBg: '#FFF1D6',
    seedBg: '#E7EFFC',
    reportedBg: '#E6F4EA',
  },
  dark: {
    bg: '#0B1220',
    surface: '#151E2E',
    text: '#F3F4F6',
    muted: '#C2C8D0',
    border: '#334155',
    accent: '#7CB8F0',
    focus: '#FBBF24',
    errorBg: '#3B1212',
    errorText: '#FECACA',
    noticeBg: '#3A2F0B',
    estimateBg: '#3A2A0B',
    seedBg: '#10264A',
    reportedBg: '#0F2E1C',
  },
  contrast: {
    bg: '#000000',
    surface: '#000000',
    text: '#FFFFFF',
    muted: '#FFFFFF',
    border: '#FFFFFF',
    accent: '#FFFF00',
    focus: '#FFFF00',
    errorBg: '#000000',
    errorText: '#FFFFFF',
    noticeBg: '#000000',
    estimateBg: '#000000',
    seedBg: '#000000',
    reportedBg: '#000000',
  },
};

/**
 * How much of a city is left while another is spotlighted: the CSS opacity of its lines, bars,
 * marks and value labels (`--spotlight-dim` of each theme in styles/app.css). Enough that it stays
 * in sight, on a projector's washed-out black too (at 0.2 a dimmed line there kept 1.15:1 and all
 * but vanished), little enough that the spotlighted city stands out; palette.test.ts checks both.
 */
export const SPOTLIGHT_DIM_OPACITY: Record<Theme, number> = { light: 0.3, dark: 0.35, contrast: 0.35 };

/** `colour` drawn at `opacity` over `background` as the browser composites it (in sRGB), as #RRGGBB. */
export function overBackground(colour: string, background: string, opacity: number): string {
  const front = parseHex(colour);
  const back = parseHex(background);
  return `#${front.map((value, i) => Math.round(value * opacity + (back[i] ?? 0) * (1 - opacity)).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function parseHex(hex: string): [number, number, number] {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  const n = Number.parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG 2 relative luminance. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * White or black, whichever reads better on a filled mark: the numbers on annotation badges.
 * White on Xi'an's vermillion is only 3.9:1, too little for 15 px text; black there is 5.4:1.
 */
export function textOnFill(fill: string): '#FFFFFF' | '#000000' {
  return contrastRatio('#FFFFFF', fill) >= contrastRatio('#000000', fill) ? '#FFFFFF' : '#000000';
}
