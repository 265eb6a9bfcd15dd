import { describe, expect, it } from 'vitest';
import { source } from '../../../tests/factories';
import { clampLines, hasCjk, statusKey, truncateText, type ExportInput, type KeyBlock, type Measure, type Scene, type SceneNode } from './layout';
import { layoutSlide, plotArea, SLIDE_SIZE, SLIDE_SOURCE, SLIDE_TITLE, slideSourceLine, sourceShortName, sourceSummary, statusNote } from './slide-layout';

/** A stand-in for the canvas: a Latin character half the type size wide, a Chinese one the full size. */
const measure: Measure = (text, style) => [...text].reduce((sum, ch) => sum + (hasCjk(ch) ? 1 : 0.5), 0) * style.size;
const STYLE = { size: 20, weight: 400 };

const colours = { background: '#ffffff', text: '#111827', muted: '#4b5563', border: '#c9d1db' };
const cityLegend: KeyBlock = {
  entries: [
    { swatch: { kind: 'line', colour: '#1f5fbf' }, text: 'Wuhan 武汉' },
    { swatch: { kind: 'line', colour: '#d55e00' }, text: "Xi'an 西安" },
    { swatch: { kind: 'line', colour: '#7b3fa0' }, text: 'Chengdu 成都' },
  ],
  layout: 'flow',
  align: 'center',
  fontSize: 15,
  colour: colours.text,
};
const eventKey: KeyBlock = {
  entries: [1, 2, 3, 4].map((n) => ({
    swatch: { kind: 'badge', label: String(n), shape: 'circle', fill: '#1f5fbf', dashed: false, textColour: '#ffffff' },
    text: `${2015 + n} · Wuhan 武汉 · Milestone: an event described in a sentence long enough to wrap in a narrow column`,
  })),
  layout: 'stack',
  align: 'start',
  fontSize: 15,
  colour: colours.text,
};
const notesList: KeyBlock = { entries: [{ text: 'China IC consumption · C$ 180 bn as written, a fact with no mark' }], layout: 'stack', align: 'start', fontSize: 15, colour: colours.text };

/** The GDP card as read at 1280 px: a 564 x 360 chart whose legend sits in its bottom 36 px. */
const gdpCard = (partial: Partial<ExportInput> = {}): ExportInput => ({
  width: 606,
  padding: { top: 16, right: 20, bottom: 12, left: 20 },
  colours,
  fonts: { title: 20.8, subtitle: 17, footer: 14.4 },
  title: 'GDP',
  subtitle: "CNY bn, 2015–2024 · Wuhan 武汉, Xi'an 西安, Chengdu 成都",
  chart: { ref: 'chart', x: 21, width: 564, height: 360, legend: { top: 324, height: 27, block: cityLegend } },
  keys: [statusKey(['reported', 'estimate'], 'points', colours.muted, 14.4), eventKey],
  footer: {
    sources: [source({ id: 'a', shortTitle: 'Wuhan Statistical Bulletin', year: 2024 }), source({ id: 'b', shortTitle: "Xi'an Statistical Bulletin 2024", year: 2024 })],
    years: '2015–2024',
    asOf: '2026-12-03',
    statuses: ['reported', 'estimate'],
    notes: ['A long footnote that belongs to the card export only. '.repeat(10)],
  },
  ...partial,
});

/** Nodes with groups resolved to slide coordinates (a group draws its nodes moved and scaled). */
function flatten(nodes: readonly SceneNode[], dx = 0, dy = 0, scale = 1): { node: SceneNode; dx: number; dy: number; scale: number }[] {
  return nodes.flatMap((node) => (node.kind === 'group' ? flatten(node.nodes, dx + node.x * scale, dy + node.y * scale, scale * node.scale) : [{ node, dx, dy, scale }]));
}

/** Each text with its box on the slide. */
function textBoxes(scene: Scene) {
  return flatten(scene.nodes).flatMap(({ node, dx, dy, scale }) => {
    if (node.kind !== 'text') return [];
    const width = measure(node.text, node) * scale;
    const left = dx + scale * node.x - (node.anchor === 'end' ? width : node.anchor === 'middle' ? width / 2 : 0);
    const size = node.size * scale;
    return [{ text: node.text, size, left, right: left + width, top: dy + scale * node.y - 0.88 * size, bottom: dy + scale * node.y + 0.12 * size }];
  });
}

const chartOf = (scene: Scene) => scene.nodes.find((n): n is Extract<SceneNode, { kind: 'embed' }> => n.kind === 'embed' && n.ref === 'chart');
const texts = (scene: Scene) => textBoxes(scene).map((t) => t.text);

describe('truncateText and clampLines', () => {
  it('keeps text that fits, and cuts text that does not at a word with an ellipsis', () => {
    expect(truncateText('Wuhan GDP', 200, STYLE, measure)).toBe('Wuhan GDP');
    const cut = truncateText('Gross domestic product of the three hubs by year', 200, STYLE, measure);
    expect(cut).toBe('Gross domestic…');
    expect(measure(cut, STYLE)).toBeLessThanOrEqual(200);
  });

  it('cuts a long word or Chinese text between characters, and gives nothing when not even the ellipsis fits', () => {
    expect(truncateText('武汉西安成都武汉西安', 100, STYLE, measure)).toBe('武汉西安…');
    expect(truncateText('Wuhan', 5, STYLE, measure)).toBe('');
  });

  it('wraps to at most the given lines, the last one ending with an ellipsis when text is left over', () => {
    const lines = clampLines('Graduates who stay in the city where they studied, by city and by year, with estimates', 300, 2, STYLE, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(measure(line, STYLE)).toBeLessThanOrEqual(300);
    expect(clampLines('GDP', 300, 2, STYLE, measure)).toEqual(['GDP']);
  });
});

describe('the one source line', () => {
  it('names a source by its short title and year, once', () => {
    expect(sourceShortName({ shortTitle: 'Wuhan Statistical Bulletin', year: 2024 })).toBe('Wuhan Statistical Bulletin, 2024');
    expect(sourceShortName({ shortTitle: 'DigiTimes, XMC (2017)', year: 2017 })).toBe('DigiTimes, XMC (2017)');
    expect(sourceShortName({ shortTitle: 'Interview notes', year: null })).toBe('Interview notes');
  });

  it('says what the statuses are without claiming the chart marks them', () => {
    expect(statusNote(['reported', 'estimate'])).toBe('includes estimates');
    expect(statusNote(['estimate', 'seed'])).toBe('includes seed-article figures and estimates');
    expect(statusNote(['reported'])).toBe('all figures reported');
    expect(statusNote([])).toBe('');
  });

  it('names as many sources as fit and counts the rest', () => {
    const sources = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'].map((name, i) => source({ id: name, shortTitle: `${name} report`, year: 2020 + i }));
    expect(sourceSummary(sources, 2000, STYLE, measure)).toBe(
      'Sources: Alpha report, 2020; Bravo report, 2021; Charlie report, 2022; Delta report, 2023; Echo report, 2024',
    );
    const short = sourceSummary(sources, 500, STYLE, measure);
    expect(short).toBe('Sources: Alpha report, 2020 and 4 other sources');
    expect(measure(short, STYLE)).toBeLessThanOrEqual(500);
    expect(sourceSummary([], 500, STYLE, measure)).toBe('Source: none recorded');
    expect(sourceSummary(undefined, 500, STYLE, measure)).toBe('');
  });

  it('is one line: a long first name is cut with an ellipsis, the count and the status note kept', () => {
    const sources = [source({ id: 'a', shortTitle: 'An extraordinarily long short title of a statistical bulletin that never ends', year: 2024 }), source({ id: 'b' })];
    const footer = { sources, years: '2015–2024', asOf: '2026-12-03', statuses: ['estimate' as const] };
    const line = slideSourceLine(footer, 700, STYLE, measure);
    expect(line).toMatch(/^Sources: An extraordinarily.*… and 1 other source · includes estimates$/);
    expect(measure(line, STYLE)).toBeLessThanOrEqual(700);
    // Narrower than the note itself: the whole line is cut.
    const narrow = slideSourceLine(footer, 150, STYLE, measure);
    expect(narrow).toMatch(/…$/);
    expect(measure(narrow, STYLE)).toBeLessThanOrEqual(150);
  });

  it('starts with a capital when a card about the sources has only the status note', () => {
    expect(slideSourceLine({ years: '', asOf: undefined, statuses: ['reported'] }, 900, STYLE, measure)).toBe('All figures reported');
  });
});

describe('plotArea', () => {
  it('leaves out the band a legend at the bottom covered', () => {
    expect(plotArea({ ref: 'chart', x: 0, width: 564, height: 360, legend: { top: 324, height: 27, block: cityLegend } })).toEqual({ x: 0, y: 0, width: 564, height: 324 });
  });

  it('leaves out a legend at the top, and keeps the whole chart without a legend', () => {
    expect(plotArea({ ref: 'chart', x: 0, width: 500, height: 300, legend: { top: 0, height: 30, block: cityLegend } })).toEqual({ x: 0, y: 30, width: 500, height: 270 });
    expect(plotArea({ ref: 'chart', x: 0, width: 500, height: 300 })).toEqual({ x: 0, y: 0, width: 500, height: 300 });
  });
});

describe('layoutSlide', () => {
  it('is 1920 x 1080 on the card background, every text inside the slide and none overlapping another', () => {
    const scene = layoutSlide(gdpCard(), measure);
    expect({ width: scene.width, height: scene.height }).toEqual({ width: SLIDE_SIZE.width, height: SLIDE_SIZE.height });
    expect(scene.background).toBe(colours.background);
    const boxes = textBoxes(scene);
    for (const box of boxes) {
      expect(box.left, box.text).toBeGreaterThanOrEqual(0);
      expect(box.right, box.text).toBeLessThanOrEqual(SLIDE_SIZE.width);
      expect(box.top, box.text).toBeGreaterThanOrEqual(0);
      expect(box.bottom, box.text).toBeLessThanOrEqual(SLIDE_SIZE.height);
    }
    const overlaps = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).filter((b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5).map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlaps).toEqual([]);
  });

  it('draws the title large at the top, then the chart, the legend with its marks, and one source line with the mark', () => {
    const scene = layoutSlide(gdpCard(), measure);
    const boxes = textBoxes(scene);
    const title = boxes.find((b) => b.text === 'GDP')!;
    expect(title.size).toBe(SLIDE_TITLE.size);
    expect(title.top).toBeLessThan(100);
    const chart = chartOf(scene)!;
    expect(chart.y).toBeGreaterThan(title.bottom);
    for (const city of ['Wuhan 武汉', "Xi'an 西安", 'Chengdu 成都', 'Estimate']) expect(texts(scene), city).toContain(city);
    // The legend is enlarged for the room: at least 18 px on the slide.
    expect(Math.min(...boxes.filter((b) => b.text === 'Wuhan 武汉').map((b) => b.size))).toBeGreaterThanOrEqual(18);
    const footer = boxes.filter((b) => b.top > chart.y + chart.height);
    const sourceLine = footer.find((b) => b.text.startsWith('Sources:'))!;
    expect(sourceLine.text).toBe("Sources: Wuhan Statistical Bulletin, 2024; Xi'an Statistical Bulletin 2024 · includes estimates");
    expect(sourceLine.size).toBe(SLIDE_SOURCE.size);
    expect(footer.find((b) => b.text === 'Hubscope · dataset as of 2026-12-03')?.right).toBeCloseTo(SLIDE_SIZE.width - 80);
    // Footnotes stay in the card export.
    expect(texts(scene).join(' ')).not.toContain('A long footnote');
  });

  it('scales the chart to fill the room, its proportions kept, without the band its legend covered', () => {
    const scene = layoutSlide(gdpCard(), measure);
    const chart = chartOf(scene)!;
    expect(chart.crop).toEqual({ x: 0, y: 0, width: 564, height: 324 });
    expect(chart.width / chart.height).toBeCloseTo(564 / 324, 2);
    // Twice its size on the page at least: the chart's own text reads from the back of a room.
    expect(chart.width / 564).toBeGreaterThan(2);
    expect(chart.x).toBeGreaterThanOrEqual(80);
    expect(chart.x + chart.width).toBeLessThanOrEqual(SLIDE_SIZE.width - 80);
  });

  it("fills the slide's width with a wide chart and puts the legend under it, centred on it", () => {
    const wide = gdpCard({ chart: { ref: 'chart', x: 21, width: 1190, height: 332, legend: { top: 296, height: 27, block: cityLegend } }, keys: [statusKey(['reported'], 'bars', colours.muted, 14.4)] });
    const scene = layoutSlide(wide, measure);
    const chart = chartOf(scene)!;
    expect(chart.width).toBeCloseTo(SLIDE_SIZE.width - 160, 0);
    expect(chart.width / chart.height).toBeCloseTo(1190 / 296, 2);
    const legend = textBoxes(scene).filter((b) => cityLegend.entries.some((e) => e.text === b.text));
    expect(Math.min(...legend.map((b) => b.top))).toBeGreaterThan(chart.y + chart.height);
    const middle = (Math.min(...legend.map((b) => b.left)) + Math.max(...legend.map((b) => b.right))) / 2;
    expect(Math.abs(middle - (chart.x + chart.width / 2))).toBeLessThan(40);
  });

  it('wraps a long title to two lines, then ends it with an ellipsis', () => {
    const title = 'Graduates staying in the province, by university, by year, by degree, by subject, by employer and by every other measure the bulletins give';
    const boxes = textBoxes(layoutSlide(gdpCard({ title }), measure)).filter((b) => b.size === SLIDE_TITLE.size);
    expect(boxes).toHaveLength(2);
    expect(boxes[1]?.text).toMatch(/…$/);
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(SLIDE_SIZE.width - 80);
  });

  it('keeps keys that explain marks and leaves lists of text alone to the card export', () => {
    expect(texts(layoutSlide(gdpCard({ keys: [notesList, ...gdpCard().keys] }), measure)).join(' ')).not.toContain('China IC consumption');
  });

  it('cuts keys far longer than the room rather than letting them run over the chart or the source line', () => {
    const many: KeyBlock = { ...eventKey, entries: Array.from({ length: 60 }, (_, i) => ({ ...eventKey.entries[0]!, text: `Event ${i + 1}: ${'a long description '.repeat(8)}` })) };
    const scene = layoutSlide(gdpCard({ keys: [many] }), measure);
    const chart = chartOf(scene)!;
    const sourceTop = Math.min(...textBoxes(scene).filter((b) => b.text.startsWith('Sources:')).map((b) => b.top));
    const keyBoxes = textBoxes(scene).filter((b) => b.text.startsWith('Event') || b.text.startsWith('and '));
    expect(keyBoxes.length).toBeGreaterThan(0);
    for (const box of keyBoxes) expect(box.bottom).toBeLessThanOrEqual(sourceTop);
    expect(chart.height).toBeGreaterThan(200);
  });
});
