import type { Scene, SceneNode } from './layout';
import { stripXmlForbidden } from '../xml-text';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The family every exported text is drawn in; the font itself is embedded (see export-font.ts). */
export const EXPORT_FONT_FAMILY = 'Hubscope Export';
export const EXPORT_FONT_STACK = `'${EXPORT_FONT_FAMILY}', sans-serif`;

export type SceneDocumentOptions = {
  /** Pieces of the page's SVG by the `ref` the scene names them with; imported into the new document. */
  embeds: ReadonlyMap<string, SVGSVGElement>;
  /** A data: URL of the export font (woff2); left out, the picture names the family and falls back to sans-serif. */
  fontDataUrl?: string;
  /** The picture's accessible title (the card's title). */
  title: string;
  /** Its description (the card's subtitle and source line). */
  description?: string;
};

const round = (n: number) => String(Math.round(n * 100) / 100);

/** Sets attributes, leaving out undefined ones; numbers are rounded to 0.01 px. */
function attrs(element: Element, values: Record<string, string | number | undefined>) {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    element.setAttribute(name, typeof value === 'number' ? round(value) : value);
  }
}

function drawNode(doc: Document, node: SceneNode, embeds: ReadonlyMap<string, SVGSVGElement>): Element | null {
  const create = (name: string) => doc.createElementNS(SVG_NS, name);
  switch (node.kind) {
    case 'rect': {
      const rect = create('rect');
      attrs(rect, {
        x: node.x,
        y: node.y,
        width: node.width,
        height: node.height,
        rx: node.rx,
        fill: node.fill,
        stroke: node.stroke,
        'stroke-width': node.strokeWidth,
        'stroke-dasharray': node.dash,
      });
      return rect;
    }
    case 'circle': {
      const circle = create('circle');
      attrs(circle, { cx: node.cx, cy: node.cy, r: node.r, fill: node.fill, stroke: node.stroke, 'stroke-width': node.strokeWidth, 'stroke-dasharray': node.dash });
      return circle;
    }
    case 'path': {
      const path = create('path');
      attrs(path, { d: node.d, fill: node.fill, stroke: node.stroke, 'stroke-width': node.strokeWidth });
      return path;
    }
    case 'line': {
      const line = create('line');
      attrs(line, { x1: node.x1, y1: node.y1, x2: node.x2, y2: node.y2, stroke: node.stroke, 'stroke-width': node.strokeWidth, 'stroke-dasharray': node.dash });
      return line;
    }
    case 'text': {
      const text = create('text');
      attrs(text, {
        x: node.x,
        y: node.y,
        fill: node.fill,
        'font-size': node.size,
        'font-weight': node.weight === 400 ? undefined : node.weight,
        'font-style': node.italic ? 'italic' : undefined,
        'text-anchor': node.anchor && node.anchor !== 'start' ? node.anchor : undefined,
      });
      // Characters, never markup: API text such as `<img onerror=...>` stays text, and the serialiser escapes it.
      text.textContent = node.text;
      return text;
    }
    case 'embed': {
      const source = embeds.get(node.ref);
      if (!source) return null;
      const svg = source.ownerDocument === doc ? (source.cloneNode(true) as SVGSVGElement) : doc.importNode(source, true);
      attrs(svg, { x: node.x, y: node.y, width: node.width, height: node.height });
      if (node.crop) svg.setAttribute('viewBox', [node.crop.x, node.crop.y, node.crop.width, node.crop.height].map(round).join(' '));
      else if (!svg.hasAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${round(node.width)} ${round(node.height)}`);
      return svg;
    }
    case 'group': {
      const group = create('g');
      group.setAttribute('transform', `translate(${round(node.x)} ${round(node.y)}) scale(${round(node.scale)})`);
      for (const child of node.nodes) {
        const element = drawNode(doc, child, embeds);
        if (element) group.append(element);
      }
      return group;
    }
  }
}

/**
 * The scene as a standalone SVG element: the export font embedded as a data: URL in a style
 * element, a background rectangle, then every node. Built with DOM calls (never markup strings),
 * so text from the API can only ever be text. The tree is never attached to any document: a
 * connected <style> would be checked against the page's style-src and refused.
 */
export function sceneToSvg(scene: Scene, options: SceneDocumentOptions): SVGSVGElement {
  const doc = document;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  attrs(svg, {
    width: Math.ceil(scene.width),
    height: Math.ceil(scene.height),
    viewBox: `0 0 ${Math.ceil(scene.width)} ${Math.ceil(scene.height)}`,
    'font-family': EXPORT_FONT_STACK,
    role: 'img',
  });
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  svg.append(title);
  if (options.description) {
    const desc = doc.createElementNS(SVG_NS, 'desc');
    desc.textContent = options.description;
    svg.append(desc);
  }
  if (options.fontDataUrl) {
    const style = doc.createElementNS(SVG_NS, 'style');
    style.textContent =
      `@font-face{font-family:'${EXPORT_FONT_FAMILY}';src:url(${options.fontDataUrl}) format('woff2');font-weight:400;font-style:normal}` +
      // The font is Noto Sans CJK SC, whose curly quotes are full-width by default: their
      // proportional forms ('pwid') keep Latin text such as "Xi’an" as it reads in the app.
      `text{font-family:${EXPORT_FONT_STACK};font-feature-settings:'pwid'}`;
    svg.append(style);
  }
  const background = doc.createElementNS(SVG_NS, 'rect');
  attrs(background, { width: '100%', height: '100%', fill: scene.background });
  svg.append(background);
  for (const node of scene.nodes) {
    const element = drawNode(doc, node, options.embeds);
    if (element) svg.append(element);
  }
  return svg;
}

/**
 * The SVG file's text: an XML declaration and the serialised document (XMLSerializer escapes
 * markup), without the characters XML forbids, which XMLSerializer would write as they are.
 */
export function serialiseSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${stripXmlForbidden(new XMLSerializer().serializeToString(svg))}`;
}
