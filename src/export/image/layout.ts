import type { Source, Status } from '../../api/schemas';
import { SOURCE_KIND_LABELS, STATUSES, STATUS_LABELS } from '../../api/vocabulary';
import type { ChartCardFooter } from '../../ui/chart-card';

/**
 * The pure half of a chart export: given what was read off the card (sizes, colours, texts, the
 * legend), it lays out a standalone picture as a list of drawing nodes. No DOM here, so wrapping,
 * legend rows and footer lines are unit-tested; `svg-document.ts` turns the nodes into SVG.
 */

export type TextStyle = { size: number; weight: number; italic?: boolean };
/** Width in px of a text drawn in the export font; the browser measures with a canvas, tests with a stand-in. */
export type Measure = (text: string, style: TextStyle) => number;

export type SceneNode =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; stroke?: string; strokeWidth?: number; dash?: string; rx?: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string; strokeWidth?: number; dash?: string }
  | { kind: 'path'; d: string; fill: string; stroke?: string; strokeWidth?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; strokeWidth: number; dash?: string }
  | {
      kind: 'text';
      x: number;
      /** The alphabetic baseline. */
      y: number;
      text: string;
      size: number;
      weight: number;
      italic?: boolean;
      fill: string;
      anchor?: 'start' | 'middle' | 'end';
    }
  /**
   * A piece of the page's own SVG (the chart, a legend icon), cloned with its styles inlined; `ref`
   * names it. `crop`, in the piece's own units, shows only part of it (a chart without the band its
   * legend sat in).
   */
  | { kind: 'embed'; ref: string; x: number; y: number; width: number; height: number; crop?: Box }
  /** Nodes laid out at their own size, drawn moved to (x, y) and scaled: a legend enlarged for a slide. */
  | { kind: 'group'; x: number; y: number; scale: number; nodes: SceneNode[] };

export type Box = { x: number; y: number; width: number; height: number };

export type Scene = { width: number; height: number; background: string; nodes: SceneNode[] };

export type ExportColours = { background: string; text: string; muted: string; border: string };

/** How a legend or key entry is marked. */
export type Swatch =
  /** A Recharts line-series icon: a stroke with a ring. */
  | { kind: 'line'; colour: string }
  /** A Recharts bar or area icon: a filled square. */
  | { kind: 'square'; colour: string }
  /** A status mark as the chart draws it (see status-marks.tsx). */
  | { kind: 'status'; status: Status; marks: 'points' | 'bars' }
  /** A numbered badge, as in the key to a chart's events. */
  | { kind: 'badge'; label: string; shape: 'circle' | 'square'; fill: string; stroke?: string; dashed: boolean; textColour: string }
  /** An icon cloned from the page (a city legend's line, kind marks, status swatches), at its size on the page. */
  | { kind: 'embed'; ref: string; width: number; height: number };

/** A legend or key entry; an entry without a swatch is text alone. */
export type KeyEntry = { swatch?: Swatch; text: string };

export type KeyBlock = {
  entries: readonly KeyEntry[];
  /** 'flow': entries side by side, wrapping into rows (a legend); 'stack': one entry per row (a numbered key). */
  layout: 'flow' | 'stack';
  align: 'start' | 'center';
  fontSize: number;
  colour: string;
};

export type ChartBlock = {
  ref: string;
  /** Left edge, from the card's left edge. */
  x: number;
  width: number;
  height: number;
  /**
   * The chart's own legend (Recharts draws it in HTML over the bottom of the plot area): `top` is
   * from the chart's top; `height`, when known, is the band it covers.
   */
  legend?: { top: number; height?: number; block: KeyBlock };
};

export type ExportInput = {
  width: number;
  padding: { top: number; right: number; bottom: number; left: number };
  colours: ExportColours;
  fonts: { title: number; subtitle: number; footer: number };
  title: string;
  subtitle: string;
  chart?: ChartBlock;
  /** Keys drawn under the chart in page order: status marks, categories, numbered events. */
  keys: readonly KeyBlock[];
  footer: ChartCardFooter;
};

// CJK symbols and punctuation, ideographs (and Extension A), half- and full-width forms: written
// as numbers, because scripts/build-cjk-font.mjs reads \u escapes in src/ as characters to draw.
const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xff00, 0xffef],
];
const CJK_CLASS = CJK_RANGES.map(([lo, hi]) => `${String.fromCodePoint(lo)}-${String.fromCodePoint(hi)}`).join('');
const CJK = new RegExp(`[${CJK_CLASS}]`, 'u');
/** A Chinese character, a run of other non-space characters (a word), or a run of spaces. */
const TOKEN = new RegExp(`[${CJK_CLASS}]|[^\\s${CJK_CLASS}]+|\\s+`, 'gu');

/**
 * Greedy line breaking: breaks at spaces and between Chinese characters; a word longer than the
 * line is cut between characters rather than allowed to overflow. Runs of white space (line
 * breaks included) count as one space. Empty text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: Measure): string[] {
  const normalised = text.replace(/\s+/gu, ' ').trim();
  if (normalised === '') return [];
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => measure(candidate, style) <= maxWidth;
  const pushLine = () => {
    const trimmed = line.trimEnd();
    if (trimmed !== '') lines.push(trimmed);
    line = '';
  };
  for (const token of normalised.match(TOKEN) ?? []) {
    if (/^\s+$/u.test(token)) {
      if (line !== '') line += ' ';
      continue;
    }
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line.trim() !== '') pushLine();
    line = '';
    if (fits(token)) {
      line = token;
      continue;
    }
    // A single word wider than the line (a long address, say): cut it where it must be cut.
    for (const char of token) {
      if (line !== '' && !fits(line + char)) pushLine();
      line += char;
    }
  }
  pushLine();
  return lines;
}

const ELLIPSIS = '\u2026';

/**
 * The text on one line no wider than `maxWidth`: whole when it fits, else cut with an ellipsis,
 * at a space when one falls in the last third of what fits (so words stay whole), and without
 * dangling punctuation before the ellipsis. Runs of white space count as one space.
 */
export function truncateText(text: string, maxWidth: number, style: TextStyle, measure: Measure): string {
  const normalised = text.replace(/\s+/gu, ' ').trim();
  if (measure(normalised, style) <= maxWidth) return normalised;
  const chars = [...normalised];
  const withEllipsis = (count: number) => `${chars.slice(0, count).join('').replace(/[\s,;:·–-]+$/u, '')}${ELLIPSIS}`;
  // The most characters that fit with the ellipsis: widths grow with the count, so bisect.
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(withEllipsis(mid), style) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  const space = chars.slice(0, low).lastIndexOf(' ');
  const count = space > 0 && space >= (low * 2) / 3 ? space : low;
  if (count === 0) return measure(ELLIPSIS, style) <= maxWidth ? ELLIPSIS : '';
  return withEllipsis(count);
}

/** Wrapped lines, at most `maxLines` of them; the last one ends with an ellipsis when text is left over. */
export function clampLines(text: string, maxWidth: number, maxLines: number, style: TextStyle, measure: Measure): string[] {
  const lines = wrapText(text, maxWidth, style, measure);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines - 1));
  // Chinese lines were broken between characters, with no space to restore.
  const rest = lines.slice(kept.length).reduce((joined, line) => (CJK.test(joined.slice(-1)) && CJK.test(line[0] ?? '') ? joined + line : `${joined} ${line}`));
  return [...kept, truncateText(rest, maxWidth, style, measure)];
}

/** True for text with Chinese characters (the export font carries them; tests use it for widths). */
export const hasCjk = (text: string) => CJK.test(text);

export type FlowPlacement = { x: number; row: number };

/**
 * Places boxes of the given widths left to right, starting a new row when the next one would pass
 * `maxWidth`; with `align: 'center'` each row is centred. A box wider than the line gets a row
 * of its own at x = 0.
 */
export function flowLayout(
  widths: readonly number[],
  maxWidth: number,
  gap: number,
  align: 'start' | 'center',
): { placements: FlowPlacement[]; rows: number } {
  const rows: number[][] = [];
  let current: number[] = [];
  let used = 0;
  widths.forEach((width, index) => {
    const needed = current.length === 0 ? width : used + gap + width;
    if (current.length > 0 && needed > maxWidth) {
      rows.push(current);
      current = [index];
      used = width;
    } else {
      current.push(index);
      used = needed;
    }
  });
  if (current.length > 0) rows.push(current);
  const placements: FlowPlacement[] = widths.map(() => ({ x: 0, row: 0 }));
  rows.forEach((indexes, row) => {
    const rowWidth = indexes.reduce((sum, i, n) => sum + (widths[i] ?? 0) + (n > 0 ? gap : 0), 0);
    let x = align === 'center' ? Math.max(0, (maxWidth - rowWidth) / 2) : 0;
    for (const i of indexes) {
      placements[i] = { x, row };
      x += (widths[i] ?? 0) + gap;
    }
  });
  return { placements, rows: rows.length };
}

/** "Title (Publisher, 2021)": a source as a citation, without parts that are missing. */
export function citation(source: Pick<Source, 'title' | 'publisher' | 'year'> & Partial<Pick<Source, 'kind'>>): string {
  const details = [source.publisher.trim(), source.year === null ? '' : String(source.year)].filter(Boolean).join(', ');
  // The kind in words, as the card's source line gives it on hover: an export has no hover.
  const kind = source.kind ? SOURCE_KIND_LABELS[source.kind] : '';
  const inBrackets = [details, kind].filter(Boolean).join('; ');
  return inBrackets ? `${source.title} (${inBrackets})` : source.title;
}

/**
 * The footer's texts as the card shows them, with sources cited in full (there is no hover in a
 * picture): "Sources: A (P, 2021; press); B (Q; government)", "Data: 2015–2024 · Dataset as of 2026-11-28 · Reported,
 * Estimate", then the notes.
 */
export function footerTexts(footer: ChartCardFooter): { sources?: string; data: string; notes: string[] } {
  const statuses = STATUSES.filter((s) => footer.statuses.includes(s));
  const data = [
    `Data: ${footer.years || 'undated'}`,
    `Dataset as of ${footer.asOf ?? 'unknown'}`,
    ...(statuses.length > 0 ? [statuses.map((s) => STATUS_LABELS[s]).join(', ')] : []),
  ].join(' · ');
  const notes = (footer.notes ?? []).filter((note) => note.trim() !== '');
  if (!footer.sources) return { data, notes };
  const sources =
    footer.sources.length === 0
      ? 'Source: none recorded'
      : `${footer.sources.length === 1 ? 'Source' : 'Sources'}: ${footer.sources.map(citation).join('; ')}`;
  return { sources, data, notes };
}

/** A key for the status marks on a chart, in the order the app lists statuses. */
export function statusKey(statuses: Iterable<Status>, marks: 'points' | 'bars', colour: string, fontSize: number): KeyBlock {
  const present = new Set(statuses);
  return {
    entries: STATUSES.filter((s) => present.has(s)).map((status) => ({ swatch: { kind: 'status', status, marks }, text: STATUS_LABELS[status] })),
    layout: 'flow',
    align: 'start',
    fontSize,
    colour,
  };
}

const LINE_HEIGHT = 1.4;
const SWATCH_GAP = 6;
const ENTRY_GAP = 18;

/** Baseline of a line of text in a box `lineHeight` tall starting at `top` (Noto Sans: ascent 0.88, descent 0.12). */
export const baseline = (top: number, lineHeight: number, size: number) => top + lineHeight / 2 + 0.36 * size;

const swatchWidth = (swatch: Swatch | undefined, fontSize: number): number => {
  if (!swatch) return 0;
  switch (swatch.kind) {
    case 'line':
      return 28;
    case 'square':
      return 14;
    case 'status':
      return 16;
    case 'badge':
      return Math.max(24, Math.round(fontSize * 1.5));
    case 'embed':
      return swatch.width;
  }
};

/** Where an entry's text starts, from the entry's left edge: after its swatch, if it has one. */
export const keyEntryIndent = (entry: KeyEntry, fontSize: number): number => (entry.swatch ? swatchWidth(entry.swatch, fontSize) + SWATCH_GAP : 0);

const swatchHeight = (swatch: Swatch | undefined, fontSize: number): number =>
  swatch?.kind === 'embed' ? swatch.height : swatch?.kind === 'line' ? 10 : swatchWidth(swatch, fontSize);

/** The nodes that draw a swatch whose left edge is `x` and whose centre line is `cy`. */
export function swatchNodes(swatch: Swatch, x: number, cy: number, colours: ExportColours, fontSize: number): SceneNode[] {
  switch (swatch.kind) {
    case 'line':
      return [
        { kind: 'line', x1: x, y1: cy, x2: x + 28, y2: cy, stroke: swatch.colour, strokeWidth: 3 },
        { kind: 'circle', cx: x + 14, cy, r: 4.5, fill: colours.background, stroke: swatch.colour, strokeWidth: 2.5 },
      ];
    case 'square':
      return [{ kind: 'rect', x, y: cy - 7, width: 14, height: 14, fill: swatch.colour }];
    case 'status': {
      const mark = colours.text;
      const cx = x + 8;
      if (swatch.marks === 'bars') {
        return swatch.status === 'estimate'
          ? [{ kind: 'rect', x: x + 1, y: cy - 5, width: 14, height: 10, fill: colours.background, stroke: mark, strokeWidth: 2, dash: '3 2' }]
          : [{ kind: 'rect', x: x + 1, y: cy - 5, width: 14, height: 10, fill: mark }];
      }
      if (swatch.status === 'seed') {
        const s = 6.5;
        return [{ kind: 'path', d: `M${cx},${cy - s}L${cx + s},${cy}L${cx},${cy + s}L${cx - s},${cy}Z`, fill: mark, stroke: colours.background, strokeWidth: 1.5 }];
      }
      if (swatch.status === 'estimate') {
        return [{ kind: 'circle', cx, cy, r: 5, fill: colours.background, stroke: mark, strokeWidth: 2.5, dash: '3 2' }];
      }
      return [{ kind: 'circle', cx, cy, r: 5, fill: mark, stroke: colours.background, strokeWidth: 1.5 }];
    }
    case 'badge': {
      const size = swatchWidth(swatch, fontSize);
      const shape: SceneNode =
        swatch.shape === 'circle'
          ? { kind: 'circle', cx: x + size / 2, cy, r: size / 2, fill: swatch.fill }
          : { kind: 'rect', x, y: cy - size / 2, width: size, height: size, rx: 3, fill: swatch.fill };
      if (swatch.stroke) Object.assign(shape, { stroke: swatch.stroke, strokeWidth: 2, ...(swatch.dashed ? { dash: '4 2' } : {}) });
      return [
        shape,
        { kind: 'text', x: x + size / 2, y: cy + 0.36 * 15, text: swatch.label, size: 15, weight: 700, fill: swatch.textColour, anchor: 'middle' },
      ];
    }
    case 'embed':
      return [{ kind: 'embed', ref: swatch.ref, x, y: cy - swatch.height / 2, width: swatch.width, height: swatch.height }];
  }
}

/** Lays out a legend or key in a box `width` wide whose top is `y`; returns its nodes and height. */
export function layoutKey(
  block: KeyBlock,
  x: number,
  y: number,
  width: number,
  colours: ExportColours,
  measure: Measure,
): { nodes: SceneNode[]; height: number } {
  if (block.entries.length === 0) return { nodes: [], height: 0 };
  const style: TextStyle = { size: block.fontSize, weight: 400 };
  const lineHeight = Math.round(block.fontSize * LINE_HEIGHT);
  const entries = block.entries.map((entry) => {
    const swatch = swatchWidth(entry.swatch, block.fontSize);
    const indent = keyEntryIndent(entry, block.fontSize);
    const textWidth = Math.max(1, width - indent);
    const lines = block.layout === 'stack' || indent + measure(entry.text, style) > width ? wrapText(entry.text, textWidth, style, measure) : [entry.text];
    const widest = Math.max(0, ...lines.map((l) => measure(l, style)));
    const rowHeight = Math.max(lineHeight, swatchHeight(entry.swatch, block.fontSize) + 2);
    return { entry, indent, swatch, rowHeight, lines, width: indent + widest, height: rowHeight + (Math.max(1, lines.length) - 1) * lineHeight };
  });
  const nodes: SceneNode[] = [];
  const drawEntry = (e: (typeof entries)[number], ex: number, ey: number) => {
    const first = e.rowHeight;
    if (e.entry.swatch) nodes.push(...swatchNodes(e.entry.swatch, ex, ey + first / 2, colours, block.fontSize));
    e.lines.forEach((line, i) => {
      const top = ey + (first - lineHeight) / 2 + i * lineHeight;
      nodes.push({ kind: 'text', x: ex + e.indent, y: baseline(top, lineHeight, block.fontSize), text: line, size: block.fontSize, weight: 400, fill: block.colour });
    });
  };
  if (block.layout === 'stack') {
    let top = y;
    entries.forEach((e, i) => {
      drawEntry(e, x, top);
      top += e.height + (i < entries.length - 1 ? 4 : 0);
    });
    return { nodes, height: top - y };
  }
  const { placements, rows } = flowLayout(
    entries.map((e) => e.width),
    width,
    ENTRY_GAP,
    block.align,
  );
  const rowHeights = Array.from({ length: rows }, (_, row) => Math.max(...entries.filter((_, i) => placements[i]?.row === row).map((e) => e.height)));
  const rowTops = rowHeights.map((_, row) => y + rowHeights.slice(0, row).reduce((sum, h) => sum + h + 4, 0));
  entries.forEach((e, i) => {
    const placement = placements[i] ?? { x: 0, row: 0 };
    drawEntry(e, x + placement.x, rowTops[placement.row] ?? y);
  });
  return { nodes, height: rowHeights.reduce((sum, h) => sum + h, 0) + 4 * (rows - 1) };
}

const GAP = 12;

/** Lines of wrapped text from `top`, each `lineHeight` tall; returns nodes and the y below them. */
export function textLines(
  lines: readonly string[],
  x: number,
  top: number,
  style: TextStyle & { fill: string; lineHeight: number },
): { nodes: SceneNode[]; bottom: number } {
  const nodes = lines.map(
    (text, i): SceneNode => ({
      kind: 'text',
      x,
      y: baseline(top + i * style.lineHeight, style.lineHeight, style.size),
      text,
      size: style.size,
      weight: style.weight,
      ...(style.italic ? { italic: true } : {}),
      fill: style.fill,
    }),
  );
  return { nodes, bottom: top + lines.length * style.lineHeight };
}

/**
 * The whole picture: title (bold) and subtitle, the chart with its legend, the keys under it,
 * then a rule and the footer (source line, data years and dataset date with the statuses, notes),
 * on the card's background at the card's width. The height follows from the content.
 */
export function layoutExport(input: ExportInput, measure: Measure): Scene {
  const { colours, fonts, padding } = input;
  const left = padding.left;
  const contentWidth = Math.max(1, input.width - padding.left - padding.right);
  const nodes: SceneNode[] = [];
  let y = padding.top;

  const titleStyle = { size: fonts.title, weight: 700, fill: colours.text, lineHeight: Math.round(fonts.title * 1.25) };
  const title = textLines(wrapText(input.title, contentWidth, titleStyle, measure), left, y, titleStyle);
  nodes.push(...title.nodes);
  y = title.bottom;

  const subtitleStyle = { size: fonts.subtitle, weight: 400, fill: colours.muted, lineHeight: Math.round(fonts.subtitle * 1.5) };
  const subtitle = textLines(wrapText(input.subtitle, contentWidth, subtitleStyle, measure), left, y + 2, subtitleStyle);
  nodes.push(...subtitle.nodes);
  y = subtitle.bottom;

  if (input.chart) {
    const chart = input.chart;
    y += GAP;
    nodes.push({ kind: 'embed', ref: chart.ref, x: chart.x, y, width: chart.width, height: chart.height });
    let bottom = y + chart.height;
    if (chart.legend) {
      const legend = layoutKey(chart.legend.block, chart.x, y + chart.legend.top, chart.width, colours, measure);
      nodes.push(...legend.nodes);
      bottom = Math.max(bottom, y + chart.legend.top + legend.height);
    }
    y = bottom;
  }

  for (const block of input.keys) {
    const key = layoutKey(block, left, y + 8, contentWidth, colours, measure);
    if (key.height === 0) continue;
    nodes.push(...key.nodes);
    y += 8 + key.height;
  }

  y += GAP;
  nodes.push({ kind: 'line', x1: left, y1: y, x2: left + contentWidth, y2: y, stroke: colours.border, strokeWidth: 1 });
  y += 8;
  const texts = footerTexts(input.footer);
  const footerStyle = { size: fonts.footer, weight: 400, fill: colours.muted, lineHeight: Math.round(fonts.footer * 1.5) };
  for (const [text, italic] of [
    ...(texts.sources ? [[texts.sources, false] as const] : []),
    [texts.data, false] as const,
    ...texts.notes.map((note) => [note, true] as const),
  ]) {
    const style = { ...footerStyle, italic };
    const block = textLines(wrapText(text, contentWidth, style, measure), left, y, style);
    nodes.push(...block.nodes);
    y = block.bottom;
  }

  return { width: input.width, height: Math.ceil(y + padding.bottom), background: colours.background, nodes };
}
