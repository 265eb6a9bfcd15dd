import { afterEach, describe, expect, it } from 'vitest';
import { hasCjk, layoutExport, type ExportInput, type Measure, type Scene } from './layout';
import { chartSurface, drawsSeveralCharts, imageAvailability } from './availability';
import { cloneWithInlineStyles, plainSvgValue } from './read-card';
import { EXPORT_FONT_FAMILY, SVG_NS, sceneToSvg, serialiseSvg } from './svg-document';

const HOSTILE = '<img src=x onerror=alert(1)>';
const measure: Measure = (text, style) => [...text].reduce((sum, ch) => sum + (hasCjk(ch) ? 1 : 0.5), 0) * style.size;

function chartSvg(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'recharts-surface');
  svg.setAttribute('viewBox', '0 0 600 300');
  const text = document.createElementNS(SVG_NS, 'text');
  text.textContent = HOSTILE;
  svg.append(text);
  return svg;
}

const input = (title: string): ExportInput => ({
  width: 640,
  padding: { top: 16, right: 20, bottom: 12, left: 20 },
  colours: { background: '#ffffff', text: '#111827', muted: '#4b5563', border: '#c9d1db' },
  fonts: { title: 20.8, subtitle: 17, footer: 14.4 },
  title,
  subtitle: `Unit · ${HOSTILE}`,
  chart: { ref: 'chart', x: 20, width: 600, height: 300 },
  keys: [],
  footer: {
    sources: [{ id: 's', title: HOSTILE, shortTitle: HOSTILE, publisher: 'P & Q', year: 2021, url: 'javascript:alert(1)', kind: 'press' }],
    years: '2015–2024',
    asOf: '2026-11-28',
    statuses: ['reported'],
    notes: [`Note ${HOSTILE}`],
  },
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('sceneToSvg and serialiseSvg', () => {
  it('keeps text from the API as characters: the serialised file has escaped text and no element from it', () => {
    const scene = layoutExport(input(`GDP ${HOSTILE}`), measure);
    const svg = sceneToSvg(scene, { embeds: new Map([['chart', chartSvg()]]), title: `GDP ${HOSTILE}` });
    const text = serialiseSvg(svg);
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('P &amp; Q');
    expect(text).not.toContain('javascript:');

    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.getElementsByTagName('img')).toHaveLength(0);
    const shown = [...parsed.getElementsByTagName('text')].map((t) => t.textContent);
    expect(shown).toContain(`GDP ${HOSTILE}`);
    expect(shown.some((t) => t?.startsWith(`Source: ${HOSTILE} (P & Q, 2021; press)`))).toBe(true);
  });

  it('drops the characters XML forbids from every text, so the file reads back as XML', () => {
    const controls = 'A\u0001B\u0008C\u001bD\ufffeE\u0000F\ud800G';
    const scene = layoutExport(input(`GDP ${controls}`), measure);
    const chart = chartSvg();
    chart.setAttribute('aria-label', `Chart ${controls}`);
    const svg = sceneToSvg(scene, { embeds: new Map([['chart', chart]]), title: `GDP ${controls}` });
    const text = serialiseSvg(svg);
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect([...parsed.getElementsByTagName('text')].map((t) => t.textContent)).toContain('GDP ABCDEFG');
    expect(text).toContain('Chart ABCDEFG');
  });

  it('embeds the font as a data: URL and sets every text in it', () => {
    const scene = layoutExport(input('GDP'), measure);
    const svg = sceneToSvg(scene, { embeds: new Map([['chart', chartSvg()]]), title: 'GDP', fontDataUrl: 'data:font/woff2;base64,AAAA' });
    const text = serialiseSvg(svg);
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain(`@font-face{font-family:'${EXPORT_FONT_FAMILY}';src:url(data:font/woff2;base64,AAAA) format('woff2')`);
    expect(svg.getAttribute('font-family')).toBe(`'${EXPORT_FONT_FAMILY}', sans-serif`);
    expect(svg.getAttribute('width')).toBe('640');
    expect(Number(svg.getAttribute('height'))).toBe(Math.ceil(scene.height));
  });

  it('draws the chart clone where the layout put it, with the background colour behind everything', () => {
    const scene = layoutExport(input('GDP'), measure);
    const svg = sceneToSvg(scene, { embeds: new Map([['chart', chartSvg()]]), title: 'GDP' });
    const [background] = [...svg.children].filter((c) => c.localName === 'rect');
    expect(background?.getAttribute('fill')).toBe('#ffffff');
    const chart = [...svg.children].find((c) => c.localName === 'svg');
    expect(chart?.getAttribute('x')).toBe('20');
    expect(chart?.getAttribute('width')).toBe('600');
    expect(chart?.getAttribute('viewBox')).toBe('0 0 600 300');
    expect(chart?.ownerDocument).toBe(svg.ownerDocument);
  });

  it('shows only the cropped part of an embed, and draws a group moved and scaled (a slide chart and its legend)', () => {
    const scene: Scene = {
      width: 1920,
      height: 1080,
      background: '#ffffff',
      nodes: [
        { kind: 'embed', ref: 'chart', x: 80, y: 200, width: 1200, height: 500, crop: { x: 0, y: 0, width: 600, height: 250 } },
        { kind: 'group', x: 1320, y: 200, scale: 1.73, nodes: [{ kind: 'text', x: 0, y: 15, text: `Wuhan ${HOSTILE}`, size: 15, weight: 400, fill: '#111827' }] },
      ],
    };
    const svg = sceneToSvg(scene, { embeds: new Map([['chart', chartSvg()]]), title: 'GDP' });
    const chart = [...svg.children].find((c) => c.localName === 'svg');
    expect(chart?.getAttribute('viewBox')).toBe('0 0 600 250');
    expect(chart?.getAttribute('width')).toBe('1200');
    const group = [...svg.children].find((c) => c.localName === 'g');
    expect(group?.getAttribute('transform')).toBe('translate(1320 200) scale(1.73)');
    expect(group?.querySelector('text')?.textContent).toBe(`Wuhan ${HOSTILE}`);
    expect(serialiseSvg(svg)).not.toContain('<img');
  });
});

describe('reading the chart off the page', () => {
  function card(html: string): HTMLElement {
    const section = document.createElement('section');
    section.className = 'chart-card';
    // Test fixture markup written here, not API text.
    section.innerHTML = html;
    document.body.append(section);
    return section;
  }

  it('finds the chart surface, not a legend icon', () => {
    const section = card(
      '<figure class="chart-figure"><div class="recharts-wrapper"><div class="recharts-legend-wrapper"><svg class="recharts-surface" id="icon"></svg></div><svg class="recharts-surface" id="main"></svg></div></figure>',
    );
    expect(chartSurface(section.querySelector('figure'))?.id).toBe('main');
  });

  it('tells a card that draws several charts (small multiples) from one with one chart', () => {
    expect(drawsSeveralCharts(card('<figure class="chart-figure"><svg class="recharts-surface"></svg><svg class="recharts-surface"></svg></figure>'))).toBe(true);
    expect(
      drawsSeveralCharts(
        card('<figure class="chart-figure"><div class="recharts-legend-wrapper"><svg class="recharts-surface"></svg></div><svg class="recharts-surface"></svg></figure>'),
      ),
    ).toBe(false);
    expect(drawsSeveralCharts(null)).toBe(false);
  });

  it('says whether a picture can be made: a chart, the table view of a chart, or no chart', () => {
    expect(imageAvailability(card('<figure class="chart-figure"><svg class="recharts-surface"></svg></figure>'))).toBe('ready');
    const table = card('<table></table>');
    table.classList.add('chart-card--table');
    expect(imageAvailability(table)).toBe('table');
    expect(imageAvailability(table, false)).toBe('none');
    expect(imageAvailability(card('<figure class="chart-figure"><div class="pillar-cards"></div></figure>'))).toBe('none');
    expect(imageAvailability(null)).toBe('none');
  });

  it('writes computed styles as attributes, drops classes and hover-only bits, and sets text in the export font', () => {
    const section = card(
      '<figure class="chart-figure"><svg class="recharts-surface" viewBox="0 0 10 10" style="width:100%">' +
        '<g class="recharts-line" style="opacity: 0.2"><path class="recharts-curve" style="stroke: rgb(31, 95, 191); fill: none"></path></g>' +
        '<path class="recharts-tooltip-cursor"></path>' +
        '<g style="display: none"><circle r="3"></circle></g>' +
        '<text class="recharts-text">2020</text>' +
        '</svg></figure>',
    );
    const clone = cloneWithInlineStyles(chartSurface(section.querySelector('figure'))!);
    expect(clone.querySelector('[class]')).toBeNull();
    expect(clone.hasAttribute('style')).toBe(false);
    expect(clone.querySelector('g')?.getAttribute('opacity')).toBe('0.2');
    const curve = clone.querySelector('path');
    expect(curve?.getAttribute('stroke')).toBe('rgb(31, 95, 191)');
    // Browsers say 'none'; jsdom says transparent black: the same nothing either way.
    expect(curve?.getAttribute('fill')).toMatch(/^(none|rgba\(0, 0, 0, 0\))$/);
    expect(clone.querySelectorAll('path')).toHaveLength(1);
    expect(clone.querySelector('circle')).toBeNull();
    expect(clone.querySelector('text')?.getAttribute('font-family')).toBe(`'${EXPORT_FONT_FAMILY}', sans-serif`);
    // The page's own chart is untouched.
    expect(section.querySelector('.recharts-tooltip-cursor')).not.toBeNull();
  });

  it('writes lengths as plain numbers', () => {
    expect(plainSvgValue('3px')).toBe('3');
    expect(plainSvgValue('3px, 2px')).toBe('3 2');
    expect(plainSvgValue('none')).toBe('none');
    expect(plainSvgValue('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
  });
});
