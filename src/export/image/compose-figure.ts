import { EXPORT_FONT_STACK, SVG_NS } from './svg-document';
import { stripXmlForbidden } from '../xml-text';

/**
 * A figure of several charts (small multiples: each an SVG with its heading, verdict and notes in
 * HTML) as one SVG, so a picture of the card shows every chart and says which measure each is,
 * not the first chart alone. Each chart is cloned in place; each line of HTML text becomes an SVG
 * text at the line's position, in its computed size, weight and colour.
 */

export type ComposedFigure = {
  svg: SVGSVGElement;
  /** The composed area relative to the card's left edge and its size, in CSS pixels. */
  x: number;
  width: number;
  height: number;
  /** The element the composition covers: lists inside it are drawn, not read as keys. */
  area: Element;
};

/** The nearest element containing every one of the given elements. */
function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  for (let node: Element | null = first?.parentElement ?? null; node; node = node.parentElement) {
    if (rest.every((element) => node.contains(element))) return node;
  }
  return null;
}

type TextLine = { text: string; left: number; right: number; top: number; height: number };

/**
 * The lines a text node is laid out in, read word by word from the rectangles a Range reports
 * (a word's rectangle moves down when the line breaks).
 */
export function textLines(node: Text): TextLine[] {
  const content = node.data;
  const range = node.ownerDocument.createRange();
  const lines: TextLine[] = [];
  const words = /\S+/g;
  for (let match = words.exec(content); match; match = words.exec(content)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const line = lines.at(-1);
    if (line && Math.abs(rect.top - line.top) < rect.height / 2) {
      line.text += ` ${match[0]}`;
      line.right = rect.right;
    } else lines.push({ text: match[0], left: rect.left, right: rect.right, top: rect.top, height: rect.height });
  }
  return lines;
}

const px = (value: string) => {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : 0;
};

/** Text nodes in `area` that are seen: outside the charts' SVGs, not hidden, not helpers for screen readers. */
function visibleTextNodes(area: Element): Text[] {
  const walker = area.ownerDocument.createTreeWalker(area, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !(node as Text).data.trim()) continue;
    if (parent.closest('svg, [aria-hidden="true"], .visually-hidden')) continue;
    const style = getComputedStyle(parent);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    nodes.push(node as Text);
  }
  return nodes;
}

/**
 * Composes the charts of a figure with the text around them; `clone` is the exporter's own
 * styled clone of one chart. Returns undefined for a figure with fewer than two charts.
 */
export function composeFigure(
  card: Element,
  surfaces: readonly SVGSVGElement[],
  clone: (surface: SVGSVGElement) => SVGSVGElement,
): ComposedFigure | undefined {
  if (surfaces.length < 2) return undefined;
  const area = commonAncestor(surfaces);
  if (!area) return undefined;
  const box = area.getBoundingClientRect();
  const cardBox = card.getBoundingClientRect();
  const doc = card.ownerDocument;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);

  for (const surface of surfaces) {
    const rect = surface.getBoundingClientRect();
    const copy = clone(surface);
    copy.setAttribute('x', String(rect.left - box.left));
    copy.setAttribute('y', String(rect.top - box.top));
    copy.setAttribute('width', String(rect.width));
    copy.setAttribute('height', String(rect.height));
    if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${rect.width} ${rect.height}`);
    svg.append(copy);
  }

  // Text that continues a line (a heading's unit in a span of its own) is a tspan of that line's
  // text, so it follows the words before it in the export font rather than sitting where the page's
  // font put it.
  let previous: { text: SVGTextElement; top: number; right: number } | undefined;
  for (const node of visibleTextNodes(area)) {
    const style = getComputedStyle(node.parentElement!);
    const fontSize = px(style.fontSize) || 14;
    for (const line of textLines(node)) {
      const continues = previous !== undefined && Math.abs(line.top - previous.top) < line.height / 2 && line.left >= previous.right - 1 && line.left - previous.right < fontSize * 1.5;
      const gap = previous !== undefined && line.left - previous.right > fontSize * 0.15;
      const run = doc.createElementNS(SVG_NS, continues ? 'tspan' : 'text');
      if (continues && previous) {
        previous.text.append(run);
        previous.right = line.right;
      } else {
        // The baseline sits about 0.8 em below the top of the glyph box, centred in the line's box.
        const baseline = line.top - box.top + (line.height - fontSize) / 2 + fontSize * 0.8;
        run.setAttribute('x', String(line.left - box.left));
        run.setAttribute('y', String(baseline));
        run.setAttribute('font-family', EXPORT_FONT_STACK);
        svg.append(run);
        previous = { text: run as SVGTextElement, top: line.top, right: line.right };
      }
      run.setAttribute('font-size', String(fontSize));
      if (px(style.fontWeight) >= 600 || style.fontWeight === 'bold') run.setAttribute('font-weight', 'bold');
      if (style.fontStyle === 'italic') run.setAttribute('font-style', 'italic');
      run.setAttribute('fill', style.color);
      run.textContent = stripXmlForbidden(`${continues && gap ? ' ' : ''}${line.text}`);
    }
  }
  return { svg, x: box.left - cardBox.left, width: box.width, height: box.height, area };
}
