import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { PptxDeck } from '../../src/export/pptx/slide-model';
import { writePptxBytes } from '../../src/export/pptx/write-pptx';
import { readPptx } from './read-pptx';

/** Control characters, NUL, U+FFFE and a lone surrogate, as hostile API text or pasted notes carry them. */
const BAD = 'A\u0001B\u0000C\uFFFED\uD800E\u000BF';

const deck: PptxDeck = {
  title: `Deck ${BAD}`,
  datasetVersion: '2026.12.1',
  asOf: '2026-12-03',
  slides: [
    {
      title: `Chart ${BAD}`,
      subtitle: BAD,
      body: {
        kind: 'chart',
        chart: {
          kind: 'bar',
          categories: ['2023', `2024 ${BAD}`],
          // A real zero, and a gap.
          series: [{ name: `Wuhan ${BAD}`, colour: '#1F5FBF', values: [0, null] }],
          valueAxisTitle: `Count ${BAD}`,
          categoryAxisTitle: 'Year',
          showValues: true,
        },
      },
      slideNotes: [BAD],
      footer: `Sources: ${BAD}`,
      notes: `Speaker notes ${BAD}`,
    },
    {
      title: 'Table',
      subtitle: '',
      body: { kind: 'table', table: { header: ['Name', BAD], rows: [[BAD, '1']] } },
      slideNotes: [],
      footer: '',
      notes: '',
    },
  ],
};

describe('a PowerPoint file of hostile text', () => {
  it('is valid XML in every part, keeps the text without the forbidden characters, and keeps a zero in the chart’s data sheet', async () => {
    const bytes = await writePptxBytes(deck);
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    for (const name of parts) {
      const doc = new DOMParser().parseFromString((await zip.file(name)?.async('string')) ?? '', 'application/xml');
      expect(doc.getElementsByTagName('parsererror'), name).toHaveLength(0);
    }
    const { slides } = await readPptx(bytes);
    expect(slides[1]?.texts).toContain('Chart ABCDEF');
    expect(slides[1]?.notes).toMatch(/^Speaker notes ABCDEF/);
    expect(slides[1]?.chart?.series[0]?.name).toBe('Wuhan ABCDEF');
    expect(slides[2]?.table?.[1]?.[0]).toBe('ABCDEF');

    // The workbook PowerPoint opens for Edit Data: the zero is a 0, the gap an empty cell.
    const workbookName = Object.keys(zip.files).find((name) => /^ppt\/embeddings\/.*\.xlsx$/.test(name));
    expect(workbookName).toBeTruthy();
    const workbook = await JSZip.loadAsync((await zip.file(workbookName!)?.async('uint8array'))!);
    const sheet = (await workbook.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    // Row 1 is the header (the series name, as a shared string); the values follow.
    const values = [...sheet.matchAll(/<c r="B(\d+)"[^>]*><v>([^<]*)<\/v><\/c>/g)].filter((m) => Number(m[1]) > 1).map((m) => m[2]);
    expect(values).toEqual(['0', '']);
  });
});
