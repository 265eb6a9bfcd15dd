import type { Status } from '../../api/schemas';
import { STATUSES } from '../../api/vocabulary';
import type { ChartCardFooter } from '../../ui/chart-card';
import { statusKey, type ExportInput, type KeyBlock, type KeyEntry, type Swatch } from './layout';
import { chartSurfaces } from './availability';
import { composeFigure } from './compose-figure';
import { EXPORT_FONT_STACK } from './svg-document';

/**
 * The DOM-reading half of a chart export: what the room sees on a card (sizes, resolved theme
 * colours, the Recharts SVG with its computed styles, the HTML legend and keys) turned into the
 * plain data `layoutExport` lays out. Kept thin; the decisions live in layout.ts.
 */

// Presentation properties that carry the look of an SVG element. Inherited ones are written where
// they differ from the parent's; `opacity` (not inherited) wherever it is not 1.
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** "3px" -> "3", "3px, 2px" -> "3 2": unitless numbers, which every SVG reader understands. */
export function plainSvgValue(value: string): string {
  if (/^-?[\d.]+px(,\s*-?[\d.]+px)*$/.test(value.trim())) return value.replace(/px/g, '').replace(/,\s*/g, ' ').trim();
  return value;
}

// Bits that only exist for the pointer: the hover cursor and the enlarged hovered point.
const INTERACTIVE_ONLY = '.recharts-tooltip-cursor, .recharts-active-dot, .recharts-tooltip-wrapper';

/**
 * A deep clone of an SVG element with its computed presentation styles written as attributes,
 * because the page's CSS variables and classes do not exist outside the page. Classes, inline
 * styles and focus attributes are dropped; hover-only bits and hidden elements are removed;
 * text is set in the export font.
 */
export function cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (element: Element) => {
    let style = styles.get(element);
    if (!style) {
      style = getComputedStyle(element);
      styles.set(element, style);
    }
    return style;
  };
  const remove: Element[] = [];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const tag = original.localName;
    if (['defs', 'clipPath', 'mask', 'linearGradient', 'radialGradient', 'stop', 'title', 'desc', 'style'].includes(tag) || original.closest('defs')) {
      copy.removeAttribute('class');
      return;
    }
    const style = styleOf(original);
    if (original.matches(INTERACTIVE_ONLY) || style.display === 'none') {
      remove.push(copy);
      return;
    }
    const parent = original === svg ? null : original.parentElement;
    const parentStyle = parent ? styleOf(parent) : null;
    for (const property of INHERITED) {
      const value = style.getPropertyValue(property);
      if (value && (!parentStyle || parentStyle.getPropertyValue(property) !== value)) copy.setAttribute(property, plainSvgValue(value));
    }
    const opacity = style.getPropertyValue('opacity');
    if (opacity && opacity !== '1') copy.setAttribute('opacity', opacity);
    else copy.removeAttribute('opacity');
    if (tag === 'text') copy.setAttribute('font-family', EXPORT_FONT_STACK);
    for (const name of ['class', 'style', 'tabindex', 'focusable', 'role']) copy.removeAttribute(name);
  });
  for (const element of remove) element.remove();
  return clone;
}

const px = (value: string) => {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : 0;
};

const TRANSPARENT = /^(transparent|rgba\(0, 0, 0, 0\))$/;

/** The colour behind an element: its own background, else the nearest ancestor's, else white. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && !TRANSPARENT.test(colour)) return colour;
  }
  return '#ffffff';
}

/** An element's text as read aloud and seen, without hidden helpers or decorative parts. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"], .visually-hidden, svg')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export type CardReading = {
  input: ExportInput;
  /** Cloned SVG pieces by the `ref` the layout names them with. */
  embeds: Map<string, SVGSVGElement>;
};

/**
 * The legend Recharts places over the bottom of the plot area, in HTML: its default items (an icon
 * path and a text) or a custom list (items with an SVG icon and a name), and where it sits from
 * the chart's top.
 */
function readLegend(surface: SVGSVGElement, surfaceTop: number, embeds: Map<string, SVGSVGElement>): { top: number; height: number; block: KeyBlock } | undefined {
  const wrapper = surface.closest('.recharts-wrapper')?.querySelector<HTMLElement>('.recharts-legend-wrapper');
  if (!wrapper) return undefined;
  const defaults = [...wrapper.querySelectorAll<HTMLElement>('.recharts-legend-item')];
  const items = defaults.length > 0 ? defaults : [...wrapper.querySelectorAll<HTMLElement>('li')];
  if (items.length === 0) return undefined;
  const list = items[0]!.parentElement ?? wrapper;
  const listStyle = getComputedStyle(list);
  const textStyle = getComputedStyle(items[0]!.querySelector('.recharts-legend-item-text') ?? items[0]!.querySelector('button') ?? items[0]!);
  const centred = defaults.length > 0 || listStyle.justifyContent === 'center' || listStyle.textAlign === 'center';
  const box = wrapper.getBoundingClientRect();
  return {
    top: box.top - surfaceTop,
    height: box.height,
    block: {
      entries: items.map((item) => readKeyEntry(item, embeds)),
      layout: 'flow',
      align: centred ? 'center' : 'start',
      fontSize: px(textStyle.fontSize) || 15,
      colour: textStyle.color,
    },
  };
}

/**
 * A legend or key entry from a list item: Recharts' own icon (redrawn), any other SVG icon (cloned
 * with its styles), or a numbered badge (redrawn from its computed box), and the item's text.
 */
function readKeyEntry(item: HTMLElement, embeds: Map<string, SVGSVGElement>): KeyEntry {
  const text = visibleText(item.querySelector('.recharts-legend-item-text') ?? item);
  const rechartsIcon = item.querySelector('.recharts-legend-icon');
  if (rechartsIcon) {
    const style = getComputedStyle(rechartsIcon);
    const swatch: Swatch = style.fill === 'none' ? { kind: 'line', colour: style.stroke } : { kind: 'square', colour: style.fill };
    return { swatch, text };
  }
  const icon = item.querySelector('svg');
  if (icon) {
    const ref = `icon-${embeds.size}`;
    embeds.set(ref, cloneWithInlineStyles(icon));
    const rect = icon.getBoundingClientRect();
    return { swatch: { kind: 'embed', ref, width: rect.width || 16, height: rect.height || 16 }, text };
  }
  const badge = item.querySelector<HTMLElement>('[aria-hidden="true"]');
  if (badge && (badge.textContent ?? '').trim() !== '') {
    const style = getComputedStyle(badge);
    const rect = badge.getBoundingClientRect();
    const round = style.borderTopLeftRadius.endsWith('%') ? px(style.borderTopLeftRadius) >= 50 : px(style.borderTopLeftRadius) >= rect.height / 2 - 1;
    const bordered = style.borderTopStyle !== 'none' && px(style.borderTopWidth) > 0;
    return {
      swatch: {
        kind: 'badge',
        label: (badge.textContent ?? '').trim(),
        shape: round ? 'circle' : 'square',
        fill: TRANSPARENT.test(style.backgroundColor) ? 'none' : style.backgroundColor,
        ...(bordered ? { stroke: style.borderTopColor } : {}),
        dashed: style.borderTopStyle === 'dashed',
        textColour: style.color,
      },
      text,
    };
  }
  return { text };
}

/**
 * Reads everything an export draws from a card in chart view. Returns undefined when the card
 * shows no drawn chart.
 */
export function readCard(card: HTMLElement, texts: { title: string; subtitle: string; footer: ChartCardFooter }): CardReading | undefined {
  const figure = card.querySelector<HTMLElement>('figure.chart-figure');
  const surfaces = chartSurfaces(figure);
  const surface = surfaces[0];
  if (!figure || !surface) return undefined;
  const cardRect = card.getBoundingClientRect();
  const cardStyle = getComputedStyle(card);
  const textStyle = (selector: string) => {
    const element = card.querySelector(selector);
    return element ? getComputedStyle(element) : cardStyle;
  };
  const titleStyle = textStyle('.chart-card__title');
  const subtitleStyle = textStyle('.chart-card__subtitle');
  const footerStyle = textStyle('.chart-card__footer');
  const colours = {
    background: backgroundOf(card),
    text: titleStyle.color || cardStyle.color,
    muted: subtitleStyle.color || cardStyle.color,
    border: card.querySelector('.chart-card__footer') ? footerStyle.borderTopColor : cardStyle.borderTopColor,
  };

  const embeds = new Map<string, SVGSVGElement>();
  // Small multiples are drawn together with their headings; a single chart as itself, with its legend.
  const composed = composeFigure(card, surfaces, cloneWithInlineStyles);
  const surfaceRect = surface.getBoundingClientRect();
  embeds.set('chart', composed?.svg ?? cloneWithInlineStyles(surface));
  const legend = composed ? undefined : readLegend(surface, surfaceRect.top, embeds);

  // Keys the figure shows in HTML under the chart: status marks, categories, numbered events.
  const keys: KeyBlock[] = [];
  for (const list of figure.querySelectorAll<HTMLElement>('ul, ol')) {
    if (list.closest('.recharts-wrapper') || composed?.area.contains(list)) continue;
    const items = [...list.children].filter((child): child is HTMLElement => child instanceof HTMLElement && child.localName === 'li');
    if (items.length === 0) continue;
    const style = getComputedStyle(list);
    const itemStyle = getComputedStyle(items[0]!);
    const flows = style.display.includes('flex') && !style.flexDirection.startsWith('column');
    keys.push({
      entries: items.map((item) => readKeyEntry(item, embeds)),
      layout: flows ? 'flow' : 'stack',
      align: 'start',
      fontSize: px(itemStyle.fontSize) || 15,
      colour: itemStyle.color,
    });
  }
  // A chart with status marks but no key of its own still gets one: a picture must not let an estimate pass for a reported figure.
  if (!figure.querySelector('.status-legend')) {
    const marked = new Set<Status>();
    for (const mark of surfaces.flatMap((each) => [...each.querySelectorAll('[data-status]')])) {
      const status = mark.getAttribute('data-status');
      if (STATUSES.includes(status as Status)) marked.add(status as Status);
    }
    if (marked.size > 0) keys.unshift(statusKey(marked, 'points', colours.muted, px(footerStyle.fontSize) || 14));
  }

  return {
    input: {
      width: cardRect.width,
      padding: {
        top: px(cardStyle.paddingTop) + px(cardStyle.borderTopWidth),
        right: px(cardStyle.paddingRight) + px(cardStyle.borderRightWidth),
        bottom: px(cardStyle.paddingBottom) + px(cardStyle.borderBottomWidth),
        left: px(cardStyle.paddingLeft) + px(cardStyle.borderLeftWidth),
      },
      colours,
      fonts: { title: px(titleStyle.fontSize) || 21, subtitle: px(subtitleStyle.fontSize) || 17, footer: px(footerStyle.fontSize) || 14 },
      title: texts.title,
      subtitle: texts.subtitle,
      chart: {
        ref: 'chart',
        x: composed ? composed.x : surfaceRect.left - cardRect.left,
        width: composed ? composed.width : surfaceRect.width,
        height: composed ? composed.height : surfaceRect.height,
        ...(legend ? { legend } : {}),
      },
      keys,
      footer: texts.footer,
    },
    embeds,
  };
}
