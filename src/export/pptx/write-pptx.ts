import PptxGenJS from 'pptxgenjs';
import { cappedPages, cellLines, hasChinese, leftOutLine, ROW_PADDING_INCHES, scriptRuns, tableLayout, type PptxChart, type PptxDeck, type PptxSlide, type PptxTable } from './slide-model';
import { stripXmlForbiddenDeep } from '../xml-text';

/*
 * The deck model written with pptxgenjs: a title slide, then each slide with its title, subtitle,
 * native chart or table (a long table over several slides), notes under it, a one-line footer and
 * the notes pane. Loaded only when a PowerPoint file is asked for (pptxgenjs is a large library).
 */

const LATIN_FONT = 'Calibri';
const CHINESE_FONT = 'Microsoft YaHei';
const INK = '1F2933';
const MUTED = '52606D';
const W = 13.333;
const MARGIN = 0.5;
// Title: two lines of 24 pt from 0.3 in; subtitle: two lines of 14 pt below it; the body below both.
const BODY_TOP = 1.65;
const BODY_BOTTOM = 6.5;
type Run = PptxGenJS.TextProps;

const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();

/** Text as runs: Chinese runs name Microsoft YaHei (and zh-CN), the rest the Latin face. Data text is plain text, never markup. */
function runs(text: string, options: PptxGenJS.TextPropsOptions = {}): Run[] {
  return scriptRuns(text).map((run) => ({
    text: run.text,
    options: run.chinese ? { ...options, fontFace: CHINESE_FONT, lang: 'zh-CN' } : { ...options, fontFace: LATIN_FONT },
  }));
}

function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, chart: PptxChart, height: number) {
  // pptxgenjs writes a NaN as an empty cell: a gap in the line or a missing bar, never a zero.
  // PowerPoint stacks a bar chart drawn across from the bottom up: its categories go in reversed,
  // so the slide reads top-down in the card's order.
  const inOrder = <T,>(items: readonly T[]) => (chart.horizontal ? [...items].reverse() : [...items]);
  const data = chart.series.map((s) => ({ name: s.name, labels: inOrder(chart.categories), values: inOrder(s.values.map((v) => v ?? Number.NaN)) }));
  const chineseNames = chart.series.some((s) => hasChinese(s.name)) || chart.categories.some(hasChinese);
  const labelFont = chineseNames ? CHINESE_FONT : LATIN_FONT;
  slide.addChart(chart.kind === 'bar' ? pptx.ChartType.bar : pptx.ChartType.line, data, {
    x: MARGIN,
    y: BODY_TOP,
    w: W - 2 * MARGIN,
    h: height,
    chartColors: chart.series.map((s) => hex(s.colour)),
    barDir: chart.horizontal ? 'bar' : 'col',
    barGrouping: 'clustered',
    barGapWidthPct: 60,
    lineSize: 2,
    lineDataSymbolSize: 7,
    displayBlanksAs: 'gap',
    showLegend: true,
    legendPos: 'r',
    legendFontSize: 12,
    legendFontFace: labelFont,
    catAxisLabelFontSize: 12,
    catAxisLabelFontFace: labelFont,
    valAxisLabelFontSize: 12,
    showCatAxisTitle: chart.categoryAxisTitle !== '',
    catAxisTitle: chart.categoryAxisTitle,
    catAxisTitleFontSize: 12,
    showValAxisTitle: true,
    valAxisTitle: chart.valueAxisTitle,
    valAxisTitleFontSize: 12,
    ...(chart.valueAxisMax === undefined ? {} : { valAxisMinVal: 0, valAxisMaxVal: chart.valueAxisMax }),
    valAxisLabelFormatCode: '#,##0.##',
    showValue: chart.showValues,
    dataLabelFontSize: 10,
    dataLabelFormatCode: '#,##0.##',
    dataLabelPosition: chart.kind === 'bar' ? 'outEnd' : 't',
    altText: `${chart.kind === 'bar' ? 'Bar' : 'Line'} chart: ${chart.series.map((s) => s.name).join(', ')}`,
  });
}

function tableRows(table: PptxTable, rows: string[][], fontSize: number): PptxGenJS.TableRow[] {
  const cell = (text: string, header: boolean): PptxGenJS.TableCell => ({
    text: runs(text, { fontSize, bold: header, color: INK }),
    options: { fill: { color: header ? 'E4E7EB' : 'FFFFFF' }, valign: 'top' },
  });
  return [table.header.map((h) => cell(h, true)), ...rows.map((row) => table.header.map((_, i) => cell(row[i] ?? '', false)))];
}

const FOOTER_TOP = 6.98;
/** Characters of 11 pt Calibri on a line of the slide's width (its wrapping counted as a table cell's), and a line's height in inches. */
const NOTE_LINE_CHARS = 150;
const NOTE_LINE_HEIGHT = 0.19;

/**
 * The box of the lines under the body, as tall as their text needs (at least the room of two
 * lines): pptxgenjs's shrink-to-fit is applied by PowerPoint only once the text is edited, so a
 * box too small would spill over the footer. The body ends where the box begins.
 */
function notesBox(slideNotes: readonly string[]): { y: number; h: number } {
  const lines = slideNotes.reduce((sum, note) => sum + cellLines(note, NOTE_LINE_CHARS), 0);
  const h = Math.max(0.45, lines * NOTE_LINE_HEIGHT + 0.07);
  return { y: FOOTER_TOP - h, h };
}

function addFrame(slide: PptxGenJS.Slide, spec: PptxSlide, title: string) {
  slide.addText(runs(title, { fontSize: 24, bold: true, color: INK }), { x: MARGIN, y: 0.3, w: W - 2 * MARGIN, h: 0.82, valign: 'top', fit: 'shrink' });
  slide.addText(runs(spec.subtitle, { fontSize: 14, color: MUTED }), { x: MARGIN, y: 1.1, w: W - 2 * MARGIN, h: 0.52, valign: 'top', fit: 'shrink' });
  if (spec.slideNotes.length > 0) {
    const box = notesBox(spec.slideNotes);
    slide.addText(runs(spec.slideNotes.join('\n'), { fontSize: 11, color: MUTED }), { x: MARGIN, y: box.y, w: W - 2 * MARGIN, h: box.h, valign: 'top', fit: 'shrink' });
  }
  slide.addText(runs(spec.footer, { fontSize: 9, color: MUTED }), { x: MARGIN, y: FOOTER_TOP, w: W - 2 * MARGIN, h: 0.42, valign: 'top', fit: 'shrink' });
  slide.addNotes(spec.notes);
}

/** The deck as a .pptx file (16:9). */
export async function writePptx(deck: PptxDeck): Promise<Blob> {
  const pptx = buildPptx(deck);
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}

/** The same file as bytes, for Node (tests) where Blob reading is slower to set up. */
export async function writePptxBytes(deck: PptxDeck): Promise<Uint8Array> {
  const pptx = buildPptx(deck);
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}

function buildPptx(written: PptxDeck): PptxGenJS {
  // pptxgenjs escapes only & < > " ': a control character or lone surrogate from the API (or a
  // PowerPoint soft line break pasted into the notes) would make the file invalid XML.
  const deck = stripXmlForbiddenDeep(written);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.company = 'Hubscope';
  pptx.theme = { headFontFace: LATIN_FONT, bodyFontFace: LATIN_FONT };

  const cover = pptx.addSlide();
  cover.addText(runs(deck.title, { fontSize: 36, bold: true, color: INK }), { x: MARGIN, y: 2.2, w: W - 2 * MARGIN, h: 1.6, valign: 'bottom', fit: 'shrink' });
  cover.addText(runs(`Hubscope dataset ${deck.datasetVersion}, as of ${deck.asOf}`, { fontSize: 18, color: MUTED }), { x: MARGIN, y: 4.0, w: W - 2 * MARGIN, h: 0.6 });
  cover.addNotes(`Made with Hubscope from dataset ${deck.datasetVersion} (as of ${deck.asOf}). Each slide's notes give its sources in full.`);

  /** The body's height above the lines under it. */
  const bodyHeightAbove = (slideNotes: readonly string[]) => Math.min(BODY_BOTTOM, notesBox(slideNotes).y - 0.02) - BODY_TOP - (slideNotes.length > 0 ? 0.1 : 0);
  for (const spec of deck.slides) {
    const bodyHeight = bodyHeightAbove(spec.slideNotes);
    if (spec.body.kind === 'table') {
      const table = spec.body.table;
      // Worked out once per table: columns as wide as their text needs, not equal shares, one set
      // for every page, and the same widths the paging assumed.
      const layout = tableLayout(table);
      // Room for the rows as if the last page's line about rows left out were on every page.
      const room = bodyHeightAbove(table.maxPages === undefined ? spec.slideNotes : [leftOutLine(table.rows.length, table.rows.length, table.whereAll), ...spec.slideNotes]);
      const { pages, leftOut } = cappedPages(table, room, layout);
      const chars = layout.columnChars;
      const total = chars.reduce((a, b) => a + b, 0);
      const colW = chars.map((c) => ((W - 2 * MARGIN) * c) / total);
      pages.forEach((rows, index) => {
        const slide = pptx.addSlide();
        const title = pages.length > 1 ? `${spec.title} (${index + 1} of ${pages.length})` : spec.title;
        const last = index === pages.length - 1 && leftOut > 0;
        addFrame(slide, last ? { ...spec, slideNotes: [leftOutLine(leftOut, table.rows.length, table.whereAll), ...spec.slideNotes] } : spec, title);
        slide.addTable(tableRows(table, rows, layout.type.fontSize), { x: MARGIN, y: BODY_TOP, w: W - 2 * MARGIN, colW, fontSize: layout.type.fontSize, border: { type: 'solid', pt: 0.5, color: 'CBD2D9' }, margin: ROW_PADDING_INCHES / 2 });
      });
      continue;
    }
    const slide = pptx.addSlide();
    addFrame(slide, spec, spec.title);
    if (spec.body.kind === 'chart') addChart(pptx, slide, spec.body.chart, bodyHeight);
    else if (spec.body.kind === 'bullets') {
      const items = spec.body.items;
      // One paragraph per item: its first run carries the bullet, its last ends the line.
      const text = items.flatMap((item, i) =>
        runs(item, { fontSize: 18, color: INK }).map((run, r, all): Run => ({
          text: run.text,
          options: { ...run.options, ...(r === 0 ? { bullet: true, paraSpaceAfter: 10 } : {}), ...(r === all.length - 1 && i < items.length - 1 ? { breakLine: true } : {}) },
        })),
      );
      slide.addText(text, { x: MARGIN, y: BODY_TOP, w: W - 2 * MARGIN, h: bodyHeight, valign: 'top', fit: 'shrink' });
    } else slide.addText(runs(spec.body.text, { fontSize: 18, color: INK }), { x: MARGIN, y: BODY_TOP, w: W - 2 * MARGIN, h: bodyHeight, valign: 'middle', align: 'center' });
  }
  return pptx;
}
