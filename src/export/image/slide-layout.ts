import type { Source, Status } from '../../api/schemas';
import { STATUSES } from '../../api/vocabulary';
import type { ChartCardFooter } from '../../ui/chart-card';
import {
  baseline,
  clampLines,
  keyEntryIndent,
  layoutKey,
  textLines,
  truncateText,
  type Box,
  type ChartBlock,
  type ExportColours,
  type ExportInput,
  type KeyBlock,
  type Measure,
  type Scene,
  type SceneNode,
  type TextStyle,
} from './layout';

/**
 * A card as a 16:9 slide: the title large, the chart scaled (aspect kept) to the room the text
 * leaves, its legend and keys enlarged beside or under it (wherever the chart comes out larger),
 * and one line of sources and statuses. Full citations and notes stay in the card export and the
 * CSV: read from the back of a room they would take the slide. Pure, like layout.ts; a chart far
 * from the room's proportions is drawn again to fit them first (chart-stage.ts, slideChartBox).
 */

export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

type LineStyle = TextStyle & { lineHeight: number };

const MARGIN = { side: 80, top: 56, bottom: 40 };
export const SLIDE_TITLE: LineStyle = { size: 60, weight: 700, lineHeight: 72 };
const SUBTITLE: LineStyle = { size: 30, weight: 400, lineHeight: 42 };
export const SLIDE_SOURCE: LineStyle = { size: 22, weight: 400, lineHeight: 30 };
const MARK: TextStyle = { size: 20, weight: 400 };
const TITLE_LINES = 2;
const SUBTITLE_LINES = 2;
const HEADER_GAP = 28;
const FOOTER_GAP = 24;
/** Between the chart and its legend, in slide px. */
const CHART_GAP = 40;
/** Between legend blocks, before they are scaled. */
const KEY_GAP = 10;
/** Legend type sizes tried, largest first: 26 px reads from the back of a room, 18 px is the least taken. */
const LEGEND_SIZES = [26, 24, 22, 20, 18] as const;
/** Widths tried for a legend column beside the chart, as shares of the slide's content width. */
const COLUMN_SHARES = [0.22, 0.28, 0.34, 0.4] as const;
/** A smaller legend is taken only when it makes the chart this much larger. */
const CHART_GAIN_FOR_SMALLER_LEGEND = 1.1;
/** Under the chart, the legend leaves the chart at least this share of the body's height. */
const MIN_CHART_SHARE = 0.45;

const NOT_REPORTED: Record<Exclude<Status, 'reported'>, string> = { seed: 'seed-article figures', estimate: 'estimates' };

/**
 * "includes estimates", "includes seed-article figures and estimates", "all figures reported";
 * empty when no status is known. It says what the data holds, not that the chart marks it: the
 * legend shows the marks where the chart draws them.
 */
export function statusNote(statuses: readonly Status[]): string {
  const others = STATUSES.flatMap((status) => (status !== 'reported' && statuses.includes(status) ? [NOT_REPORTED[status]] : []));
  if (others.length > 0) return `includes ${others.join(' and ')}`;
  return statuses.includes('reported') ? 'all figures reported' : '';
}

/** A source's short title with its year, unless the short title already gives it: "Wuhan Statistical Bulletin, 2024". */
export function sourceShortName(source: Pick<Source, 'shortTitle' | 'year'>): string {
  const year = source.year === null ? '' : String(source.year);
  return year && !source.shortTitle.includes(year) ? `${source.shortTitle}, ${year}` : source.shortTitle;
}

const otherSources = (count: number) => (count === 0 ? '' : ` and ${count} other source${count === 1 ? '' : 's'}`);

/**
 * "Sources: A (2021); B (2024) and 3 other sources" no wider than `maxWidth`: as many short names
 * as fit, the rest counted (as the card's own source line counts them); when not even one name
 * fits, it is cut with an ellipsis and the count kept. Empty for cards about the sources themselves.
 */
export function sourceSummary(sources: readonly Source[] | undefined, maxWidth: number, style: TextStyle, measure: Measure): string {
  if (!sources) return '';
  const names = [...new Set(sources.map(sourceShortName))];
  const [first] = names;
  if (first === undefined) return 'Source: none recorded';
  const prefix = names.length === 1 ? 'Source: ' : 'Sources: ';
  for (let shown = names.length; shown >= 1; shown -= 1) {
    const text = `${prefix}${names.slice(0, shown).join('; ')}${otherSources(names.length - shown)}`;
    if (measure(text, style) <= maxWidth) return text;
  }
  const rest = otherSources(names.length - 1);
  const room = maxWidth - measure(`${prefix}${rest}`, style);
  const shortened = truncateText(first, room, style, measure);
  return shortened.length > 1 ? `${prefix}${shortened}${rest}` : truncateText(`${prefix}${first}${rest}`, maxWidth, style, measure);
}

/** The slide's one line of provenance: sources by short name and year, then what the marks mean; never wider than `maxWidth`. */
export function slideSourceLine(footer: ChartCardFooter, maxWidth: number, style: TextStyle, measure: Measure): string {
  const separator = ' · ';
  const note = statusNote(footer.statuses);
  const room = note ? maxWidth - measure(`${separator}${note}`, style) : maxWidth;
  const line = [sourceSummary(footer.sources, room, style, measure), note].filter(Boolean).join(separator);
  return truncateText(line.charAt(0).toUpperCase() + line.slice(1), maxWidth, style, measure);
}

/** "Hubscope · dataset as of 2026-12-03": where the picture came from, and which data it shows. */
export const slideMark = (footer: ChartCardFooter) => (footer.asOf ? `Hubscope · dataset as of ${footer.asOf}` : 'Hubscope');

/**
 * The part of the chart a slide shows, in the chart's own units: without the band its legend
 * covered (the slide draws the legend itself, larger). The whole chart when the legend is not at
 * an edge, or cutting it out would leave less than half.
 */
export function plotArea(chart: ChartBlock): Box {
  const whole = { x: 0, y: 0, width: chart.width, height: chart.height };
  const legend = chart.legend;
  if (!legend) return whole;
  const legendHeight = legend.height ?? 0;
  if (legend.top + legendHeight / 2 >= chart.height / 2) {
    const height = Math.min(chart.height, legend.top);
    return height >= chart.height / 2 ? { ...whole, height } : whole;
  }
  const y = legend.top + legendHeight;
  return chart.height - y >= chart.height / 2 ? { ...whole, y, height: chart.height - y } : whole;
}

/** How far right the nodes reach. */
function rightEdge(nodes: readonly SceneNode[], measure: Measure): number {
  let right = 0;
  for (const node of nodes) {
    switch (node.kind) {
      case 'text': {
        const width = measure(node.text, node);
        right = Math.max(right, node.anchor === 'end' ? node.x : node.anchor === 'middle' ? node.x + width / 2 : node.x + width);
        break;
      }
      case 'rect':
      case 'embed':
        right = Math.max(right, node.x + node.width);
        break;
      case 'circle':
        right = Math.max(right, node.cx + node.r);
        break;
      case 'line':
        right = Math.max(right, node.x1, node.x2);
        break;
      case 'group':
        right = Math.max(right, node.x + node.scale * rightEdge(node.nodes, measure));
        break;
      case 'path':
        // Only status diamonds, inside their swatch's box.
        break;
    }
  }
  return right;
}

type Keys = { nodes: SceneNode[]; width: number; height: number };

/** The legend and keys one under the other in a box `width` wide, at their own size. */
function stackKeys(blocks: readonly KeyBlock[], width: number, colours: ExportColours, measure: Measure): Keys {
  const nodes: SceneNode[] = [];
  let y = 0;
  for (const block of blocks) {
    const key = layoutKey(block, 0, y, width, colours, measure);
    if (key.height === 0) continue;
    nodes.push(...key.nodes);
    y += key.height + KEY_GAP;
  }
  return { nodes, width: rightEdge(nodes, measure), height: Math.max(0, y - KEY_GAP) };
}

type Plan = {
  arrangement: 'beside' | 'below';
  /** The room the chart has, in slide px: it is scaled to fit it. */
  box: { width: number; height: number };
  /** The chart's scale. */
  scale: number;
  keyScale: number;
  keys: Keys;
  /** The width, in slide px, the keys were laid out across (their rows are centred in it). */
  keysAcross: number;
};

/** The scale that sets the blocks' largest type at `size` px, to 0.01 (as the SVG writes it, so layout and drawing agree). */
const keyScaleFor = (size: number, blocks: readonly KeyBlock[]) => Math.round((size / Math.max(...blocks.map((block) => block.fontSize), 1)) * 100) / 100;
const SMALLEST_LEGEND = LEGEND_SIZES[LEGEND_SIZES.length - 1] ?? 18;

/** The chart's scale in a box: as large as fits, its proportions kept. */
const fitIn = (plot: Box, box: { width: number; height: number }) => Math.max(0, Math.min(box.width / plot.width, box.height / plot.height));

/** Room for the chart above keys of this height. */
const roomAbove = (area: Box, keys: Keys, keyScale: number) => area.height - (keys.height > 0 ? keys.height * keyScale + CHART_GAP : 0);

/** Every way tried of placing the chart and its keys at one legend scale, with the chart's scale each gives. */
function plansAt(keyScale: number, area: Box, plot: Box, blocks: readonly KeyBlock[], colours: ExportColours, measure: Measure): Plan[] {
  const plans: Plan[] = [];

  // Under the chart, rows centred: laid out across the slide, then again across the chart's
  // width, so that a numbered key starts where the chart does.
  const rows = blocks.map((block): KeyBlock => (block.layout === 'flow' ? { ...block, align: 'center' } : block));
  const across = stackKeys(rows, area.width / keyScale, colours, measure);
  const chartWidth = plot.width * fitIn(plot, { width: area.width, height: roomAbove(area, across, keyScale) });
  const keysAcross = Math.max(chartWidth, area.width / 2);
  const keys = stackKeys(rows, keysAcross / keyScale, colours, measure);
  const below = { width: area.width, height: roomAbove(area, keys, keyScale) };
  if (below.height >= MIN_CHART_SHARE * area.height) plans.push({ arrangement: 'below', box: below, scale: fitIn(plot, below), keyScale, keys, keysAcross });

  // In a column beside the chart: every entry on its own row, read top to bottom.
  const column = blocks.map((block): KeyBlock => ({ ...block, align: 'start', layout: block === blocks[0] && block.layout === 'flow' ? 'stack' : block.layout }));
  for (const share of COLUMN_SHARES) {
    const beside = stackKeys(column, (share * area.width) / keyScale, colours, measure);
    if (beside.height * keyScale > area.height) continue;
    const box = { width: area.width - beside.width * keyScale - CHART_GAP, height: area.height };
    plans.push({ arrangement: 'beside', box, scale: fitIn(plot, box), keyScale, keys: beside, keysAcross: share * area.width });
  }
  return plans;
}

/** The largest legend that costs the chart little: among the legend sizes, the first whose best plan is near the best of all. */
function choosePlan(area: Box, plot: Box, blocks: readonly KeyBlock[], colours: ExportColours, measure: Measure): Plan | undefined {
  const bySize = LEGEND_SIZES.map((size) => {
    const plans = plansAt(keyScaleFor(size, blocks), area, plot, blocks, colours, measure);
    return plans.reduce<Plan | undefined>((best, plan) => (!best || plan.scale > best.scale ? plan : best), undefined);
  });
  const best = Math.max(0, ...bySize.map((plan) => plan?.scale ?? 0));
  return bySize.find((plan) => plan !== undefined && plan.scale * CHART_GAIN_FOR_SMALLER_LEGEND >= best);
}

/** Keys whose entries each keep to one line `width` wide before scaling (long numbered events cut with an ellipsis). */
function oneLineEntries(blocks: readonly KeyBlock[], width: number, measure: Measure): KeyBlock[] {
  return blocks.map((block) => ({
    ...block,
    entries: block.entries.map((entry) => ({
      ...entry,
      text: truncateText(entry.text, width - keyEntryIndent(entry, block.fontSize), { size: block.fontSize, weight: 400 }, measure),
    })),
  }));
}

/**
 * Keys cut to the entries that fit under a chart left its least share of the room, the cut
 * counted in a last entry. Only for keys far longer than any card has today.
 */
function keysThatFit(blocks: readonly KeyBlock[], keyScale: number, area: Box, plot: Box, colours: ExportColours, measure: Measure): Plan {
  const room = (1 - MIN_CHART_SHARE) * area.height - CHART_GAP;
  const entries = blocks.flatMap((block, index) => block.entries.map((entry) => ({ index, entry })));
  const keysKeeping = (kept: number): Keys => {
    const left = entries.length - kept;
    const cut = blocks.map((block, index) => ({ ...block, entries: entries.slice(0, kept).flatMap((e) => (e.index === index ? [e.entry] : [])) }));
    const last = cut[cut.length - 1];
    if (left > 0 && last) last.entries = [...last.entries, { text: `and ${left} more in the card's PNG or SVG export` }];
    return stackKeys(cut, area.width / keyScale, colours, measure);
  };
  // Fewer entries are never taller: bisect for the most that fit.
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (keysKeeping(mid).height * keyScale <= room) low = mid;
    else high = mid - 1;
  }
  const keys = low > 0 ? keysKeeping(low) : { nodes: [], width: 0, height: 0 };
  const box = { width: area.width, height: roomAbove(area, keys, keyScale) };
  return { arrangement: 'below', box, scale: fitIn(plot, box), keyScale, keys, keysAcross: area.width };
}

/** The best plan; with long keys cut to one line per entry; at last with keys cut to what fits. */
function planBody(blocks: readonly KeyBlock[], area: Box, plot: Box, colours: ExportColours, measure: Measure): Plan {
  return (
    choosePlan(area, plot, blocks, colours, measure) ??
    choosePlan(area, plot, oneLineEntries(blocks, area.width / 2 / keyScaleFor(SMALLEST_LEGEND, blocks), measure), colours, measure) ??
    keysThatFit(blocks, keyScaleFor(SMALLEST_LEGEND, blocks), area, plot, colours, measure)
  );
}

/** The chart and its keys in the body's box, as planned, centred. */
function placeBody(plan: Plan, area: Box, plot: Box, chart: ChartBlock): SceneNode[] {
  const chartWidth = plot.width * plan.scale;
  const chartHeight = plot.height * plan.scale;
  const keysWidth = plan.keys.width * plan.keyScale;
  const keysHeight = plan.keys.height * plan.keyScale;
  const cropped = plot.y !== 0 || plot.height !== chart.height;
  const embed = (x: number, y: number): SceneNode => ({
    kind: 'embed',
    ref: chart.ref,
    x,
    y,
    width: chartWidth,
    height: chartHeight,
    ...(cropped ? { crop: plot } : {}),
  });
  const group = (x: number, y: number): SceneNode[] => (plan.keys.nodes.length > 0 ? [{ kind: 'group', x, y, scale: plan.keyScale, nodes: plan.keys.nodes }] : []);
  if (plan.arrangement === 'beside') {
    const left = area.x + (area.width - chartWidth - CHART_GAP - keysWidth) / 2;
    const top = area.y + (area.height - chartHeight) / 2;
    const keysTop = Math.min(Math.max(area.y, top + (chartHeight - keysHeight) / 2), area.y + area.height - keysHeight);
    return [embed(left, top), ...group(left + chartWidth + CHART_GAP, keysTop)];
  }
  const total = chartHeight + (keysHeight > 0 ? CHART_GAP + keysHeight : 0);
  const top = area.y + (area.height - total) / 2;
  return [embed(area.x + (area.width - chartWidth) / 2, top), ...group(area.x + (area.width - plan.keysAcross) / 2, top + chartHeight + CHART_GAP)];
}

/** Keys that explain marks (entries with a swatch), the chart's legend first; lists of text alone are notes, which stay in the card export. */
function slideKeys(input: ExportInput): KeyBlock[] {
  const keys = input.keys.filter((block) => block.entries.some((entry) => entry.swatch));
  return [...(input.chart?.legend ? [input.chart.legend.block] : []), ...keys].filter((block) => block.entries.length > 0);
}

/** The chart with its legend and keys in the body's box: beside or under it, at the sizes `choosePlan` finds. */
function layoutBody(input: ExportInput, area: Box, measure: Measure): SceneNode[] {
  const blocks = slideKeys(input);
  const chart = input.chart;
  if (!chart) {
    const keyScale = keyScaleFor(LEGEND_SIZES[0], blocks);
    const keys = stackKeys(blocks, area.width / keyScale, input.colours, measure);
    return keys.nodes.length > 0 ? [{ kind: 'group', x: area.x, y: area.y, scale: keyScale, nodes: keys.nodes }] : [];
  }
  const plot = plotArea(chart);
  return placeBody(planBody(blocks, area, plot, input.colours, measure), area, plot, chart);
}

/**
 * The slide's frame: title (up to two lines, then an ellipsis) and subtitle (up to two) at the
 * top; a rule, then one line of sources and statuses with the Hubscope mark and dataset date at
 * the right; and the box left between them for the chart and its keys.
 */
function layoutFrame(input: ExportInput, measure: Measure): { nodes: SceneNode[]; body: Box } {
  const { colours, footer } = input;
  const left = MARGIN.side;
  const width = SLIDE_SIZE.width - 2 * MARGIN.side;
  const nodes: SceneNode[] = [];

  const title = textLines(clampLines(input.title, width, TITLE_LINES, SLIDE_TITLE, measure), left, MARGIN.top, { ...SLIDE_TITLE, fill: colours.text });
  nodes.push(...title.nodes);
  const subtitleLines = clampLines(input.subtitle, width, SUBTITLE_LINES, SUBTITLE, measure);
  const subtitle = textLines(subtitleLines, left, title.bottom + 4, { ...SUBTITLE, fill: colours.muted });
  nodes.push(...subtitle.nodes);
  const bodyTop = (subtitleLines.length > 0 ? subtitle.bottom : title.bottom) + HEADER_GAP;

  const sourceTop = SLIDE_SIZE.height - MARGIN.bottom - SLIDE_SOURCE.lineHeight;
  const ruleY = sourceTop - 10;
  const mark = slideMark(footer);
  const sourceLine = slideSourceLine(footer, width - measure(mark, MARK) - 48, SLIDE_SOURCE, measure);
  const sourceBaseline = baseline(sourceTop, SLIDE_SOURCE.lineHeight, SLIDE_SOURCE.size);
  nodes.push(
    { kind: 'line', x1: left, y1: ruleY, x2: left + width, y2: ruleY, stroke: colours.border, strokeWidth: 2 },
    { kind: 'text', x: left, y: sourceBaseline, text: sourceLine, size: SLIDE_SOURCE.size, weight: SLIDE_SOURCE.weight, fill: colours.muted },
    { kind: 'text', x: left + width, y: sourceBaseline, text: mark, size: MARK.size, weight: MARK.weight, fill: colours.muted, anchor: 'end' },
  );
  return { nodes, body: { x: left, y: bodyTop, width, height: ruleY - FOOTER_GAP - bodyTop } };
}

/** The card as a 1920 x 1080 slide: the frame (title, subtitle, source line), and the chart and its keys filling the body. */
export function layoutSlide(input: ExportInput, measure: Measure): Scene {
  const frame = layoutFrame(input, measure);
  return { width: SLIDE_SIZE.width, height: SLIDE_SIZE.height, background: input.colours.background, nodes: [...frame.nodes, ...layoutBody(input, frame.body, measure)] };
}

/**
 * The room, in slide px, the chart has on this card's slide (its legend and keys placed): a
 * chart drawn again in these proportions fills it. Undefined for a card without a chart.
 */
export function slideChartBox(input: ExportInput, measure: Measure): { width: number; height: number } | undefined {
  if (!input.chart) return undefined;
  const { body } = layoutFrame(input, measure);
  return planBody(slideKeys(input), body, plotArea(input.chart), input.colours, measure).box;
}
