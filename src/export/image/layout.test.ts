import { describe, expect, it } from 'vitest';
import type { Source } from '../../api/schemas';
import {
  citation,
  flowLayout,
  footerTexts,
  hasCjk,
  layoutExport,
  layoutKey,
  statusKey,
  wrapText,
  type ExportInput,
  type Measure,
  type SceneNode,
} from './layout';

/** A stand-in for the canvas: every Latin character 10 px wide at 20 px, a Chinese one 20 px. */
const measure: Measure = (text, style) => [...text].reduce((sum, ch) => sum + (hasCjk(ch) ? 1 : 0.5), 0) * style.size;
const STYLE = { size: 20, weight: 400 };

const source = (id: string, title: string, publisher: string, year: number | null): Source => ({
  id,
  title,
  shortTitle: title,
  publisher,
  year,
  url: null,
  kind: 'press',
});

const texts = (nodes: readonly SceneNode[]) => nodes.flatMap((n) => (n.kind === 'text' ? [n.text] : []));

describe('wrapText', () => {
  it('breaks at spaces so that no line is wider than the box', () => {
    const lines = wrapText('Gross domestic product of the three hubs by year', 200, STYLE, measure);
    expect(lines).toEqual(['Gross domestic', 'product of the three', 'hubs by year']);
    for (const line of lines) expect(measure(line, STYLE)).toBeLessThanOrEqual(200);
  });

  it('keeps short text on one line and gives no lines for blank text', () => {
    expect(wrapText('GDP', 200, STYLE, measure)).toEqual(['GDP']);
    expect(wrapText('   \n ', 200, STYLE, measure)).toEqual([]);
  });

  it('treats runs of white space and line breaks as one space', () => {
    expect(wrapText('  Wuhan \n\t  Chengdu  ', 400, STYLE, measure)).toEqual(['Wuhan Chengdu']);
  });

  it('breaks between Chinese characters, which have no spaces', () => {
    const lines = wrapText('武汉西安成都武汉西安', 100, STYLE, measure);
    expect(lines).toEqual(['武汉西安成', '都武汉西安']);
  });

  it('cuts a word longer than the line instead of letting it overflow', () => {
    const address = 'https://example.org/a-very-long-path-without-any-spaces';
    const lines = wrapText(`See ${address}`, 150, STYLE, measure);
    expect(lines.join('').replace(/^See/, '')).toBe(address);
    for (const line of lines) expect(measure(line, STYLE)).toBeLessThanOrEqual(150);
  });
});

describe('flowLayout', () => {
  it('fills rows left to right and wraps when the next box would overflow', () => {
    const { placements, rows } = flowLayout([100, 100, 100], 250, 10, 'start');
    expect(rows).toBe(2);
    expect(placements).toEqual([
      { x: 0, row: 0 },
      { x: 110, row: 0 },
      { x: 0, row: 1 },
    ]);
  });

  it('centres each row', () => {
    const { placements } = flowLayout([100, 100, 100], 250, 10, 'center');
    expect(placements[0]).toEqual({ x: 20, row: 0 });
    expect(placements[2]).toEqual({ x: 75, row: 1 });
  });

  it('gives a box wider than the line a row of its own', () => {
    const { placements, rows } = flowLayout([50, 400, 50], 250, 10, 'start');
    expect(rows).toBe(3);
    expect(placements.map((p) => p.row)).toEqual([0, 1, 2]);
  });
});

describe('legend and key layout', () => {
  const colours = { background: '#ffffff', text: '#111827', muted: '#4b5563', border: '#c9d1db' };
  const legend = {
    entries: [
      { swatch: { kind: 'line' as const, colour: '#1f5fbf' }, text: 'Wuhan 武汉' },
      { swatch: { kind: 'line' as const, colour: '#d55e00' }, text: "Xi'an 西安" },
      { swatch: { kind: 'line' as const, colour: '#7b3fa0' }, text: 'Chengdu 成都' },
    ],
    layout: 'flow' as const,
    align: 'center' as const,
    fontSize: 15,
    colour: '#111827',
  };

  it('draws every legend entry with its colour swatch, on one row when there is room', () => {
    const { nodes, height } = layoutKey(legend, 0, 100, 600, colours, measure);
    expect(texts(nodes)).toEqual(['Wuhan 武汉', "Xi'an 西安", 'Chengdu 成都']);
    const strokes = nodes.flatMap((n) => (n.kind === 'line' ? [n.stroke] : []));
    expect(strokes).toEqual(['#1f5fbf', '#d55e00', '#7b3fa0']);
    const baselines = new Set(nodes.flatMap((n) => (n.kind === 'text' ? [n.y] : [])));
    expect(baselines.size).toBe(1);
    expect(height).toBeGreaterThan(0);
  });

  it('wraps the legend into more rows in a narrow chart', () => {
    const wide = layoutKey(legend, 0, 0, 600, colours, measure);
    const narrow = layoutKey(legend, 0, 0, 180, colours, measure);
    expect(narrow.height).toBeGreaterThan(wide.height);
    const rows = new Set(narrow.nodes.flatMap((n) => (n.kind === 'text' ? [n.y] : [])));
    expect(rows.size).toBe(3);
  });

  it('keys only the statuses present, in the app order, with their labels', () => {
    const key = statusKey(['estimate', 'reported'], 'points', colours.muted, 14);
    expect(key.entries.map((e) => e.text)).toEqual(['Reported', 'Estimate']);
    const { nodes } = layoutKey(key, 0, 0, 600, colours, measure);
    const estimate = nodes.find((n) => n.kind === 'circle' && n.dash);
    expect(estimate).toMatchObject({ fill: colours.background, stroke: colours.text });
  });

  it('stacks a numbered key one entry per row and wraps long entries', () => {
    const key = {
      entries: [
        { swatch: { kind: 'badge' as const, label: '1', shape: 'circle' as const, fill: '#1f5fbf', dashed: false, textColour: '#ffffff' }, text: '2018 · Wuhan · a very long description of a plant that halted' },
        { swatch: { kind: 'badge' as const, label: '2', shape: 'square' as const, fill: 'none', stroke: '#1f5fbf', dashed: true, textColour: '#111827' }, text: 'Series break' },
      ],
      layout: 'stack' as const,
      align: 'start' as const,
      fontSize: 15,
      colour: '#111827',
    };
    const { nodes } = layoutKey(key, 0, 0, 300, colours, measure);
    expect(texts(nodes).filter((t) => t === '1' || t === '2')).toEqual(['1', '2']);
    expect(texts(nodes).filter((t) => t.length > 2).length).toBeGreaterThan(2);
    expect(nodes.some((n) => n.kind === 'rect' && n.dash === '4 2')).toBe(true);
  });
});

describe('footer', () => {
  it('cites sources in full, says years, dataset date and statuses, and keeps the notes', () => {
    const result = footerTexts({
      sources: [source('a', "Wuhan's GDP grows 12.2% in 2021", 'Global Times', 2022), source('b', 'Interview notes', '', null)],
      years: '2015–2024',
      asOf: '2026-11-28',
      statuses: ['estimate', 'reported'],
      notes: ['Sources disagree on some values.', '  '],
    });
    expect(result.sources).toBe("Sources: Wuhan's GDP grows 12.2% in 2021 (Global Times, 2022; press); Interview notes (press)");
    expect(result.data).toBe('Data: 2015–2024 · Dataset as of 2026-11-28 · Reported, Estimate');
    expect(result.notes).toEqual(['Sources disagree on some values.']);
  });

  it('says when a date or a source is missing, and leaves the source line out for cards about sources', () => {
    expect(footerTexts({ sources: [], years: '', asOf: undefined, statuses: [] })).toEqual({
      sources: 'Source: none recorded',
      data: 'Data: undated · Dataset as of unknown',
      notes: [],
    });
    expect(footerTexts({ years: '2020', asOf: '2026-11-28', statuses: [] }).sources).toBeUndefined();
  });

  it('writes a citation without the parts a source lacks', () => {
    expect(citation({ title: 'T', publisher: 'P', year: 2021 })).toBe('T (P, 2021)');
    expect(citation({ title: 'T', publisher: 'P', year: null })).toBe('T (P)');
    expect(citation({ title: 'T', publisher: ' ', year: null })).toBe('T');
  });
});

describe('layoutExport', () => {
  const input: ExportInput = {
    width: 640,
    padding: { top: 16, right: 20, bottom: 12, left: 20 },
    colours: { background: 'rgb(11, 18, 32)', text: 'rgb(243, 244, 246)', muted: 'rgb(194, 200, 208)', border: 'rgb(51, 65, 85)' },
    fonts: { title: 20.8, subtitle: 17, footer: 14.4 },
    title: 'Gross domestic product',
    subtitle: 'CNY bn, 2015–2024 · Wuhan 武汉, Xi\'an 西安, Chengdu 成都',
    chart: {
      ref: 'chart',
      x: 20,
      width: 600,
      height: 330,
      legend: {
        top: 300,
        block: { entries: [{ swatch: { kind: 'line', colour: '#1f5fbf' }, text: 'Wuhan 武汉' }], layout: 'flow', align: 'center', fontSize: 15, colour: 'rgb(243, 244, 246)' },
      },
    },
    keys: [statusKey(['estimate'], 'points', 'rgb(194, 200, 208)', 14.4)],
    footer: {
      sources: [source('gt', 'Global Times GDP report', 'Global Times', 2022)],
      years: '2015–2024',
      asOf: '2026-11-28',
      statuses: ['reported', 'estimate'],
      notes: ['Estimates are marked with hollow dashed points.'],
    },
  };

  it('stacks title, subtitle, chart, legend, keys and footer in that order at the card width', () => {
    const scene = layoutExport(input, measure);
    expect(scene.width).toBe(640);
    expect(scene.background).toBe('rgb(11, 18, 32)');
    const order = texts(scene.nodes);
    const at = (text: string) => order.findIndex((t) => t.includes(text));
    expect(at('Gross domestic product')).toBe(0);
    expect(at('CNY bn')).toBeGreaterThan(at('Gross domestic product'));
    const legend = order.indexOf('Wuhan 武汉');
    expect(legend).toBeGreaterThan(at('CNY bn'));
    expect(order.indexOf('Estimate')).toBeGreaterThan(legend);
    expect(at('Source: Global Times GDP report (Global Times, 2022; press)')).toBeGreaterThan(order.indexOf('Estimate'));
    expect(at('Dataset as of 2026-11-28')).toBeGreaterThan(at('Source:'));
    expect(at('hollow dashed')).toBeGreaterThan(at('Dataset as of'));
  });

  it('places the chart under the heading and every text inside the picture', () => {
    const scene = layoutExport(input, measure);
    const chart = scene.nodes.find((n) => n.kind === 'embed');
    const titleNode = scene.nodes.find((n) => n.kind === 'text' && n.text === 'Gross domestic product');
    expect(titleNode).toMatchObject({ weight: 700, fill: 'rgb(243, 244, 246)' });
    expect(chart).toMatchObject({ ref: 'chart', x: 20, width: 600, height: 330 });
    for (const node of scene.nodes) {
      if (node.kind !== 'text') continue;
      expect(node.y).toBeLessThanOrEqual(scene.height);
      expect(node.x + measure(node.text, { size: node.size, weight: node.weight })).toBeLessThanOrEqual(640 - 20 + 0.5);
    }
  });

  it('grows with a long title and long notes instead of cutting them', () => {
    const short = layoutExport(input, measure).height;
    const long = layoutExport(
      { ...input, title: `${input.title} `.repeat(6), footer: { ...input.footer, notes: ['A long note that goes on. '.repeat(12)] } },
      measure,
    );
    expect(long.height).toBeGreaterThan(short + 60);
  });

  it('lays out a picture without a chart legend or keys', () => {
    const scene = layoutExport({ ...input, chart: { ref: 'chart', x: 20, width: 600, height: 200 }, keys: [] }, measure);
    expect(texts(scene.nodes)).not.toContain('Wuhan 武汉');
    expect(scene.height).toBeGreaterThan(200);
  });
});
