import JSZip from 'jszip';

/** What a test reads back from a .pptx: each slide's text, its chart's series, its notes. */
export type ReadSlide = {
  texts: string[];
  chart?: { series: { name: string; categories: string[]; values: (number | null)[] }[] };
  table?: string[][];
  notes: string;
};

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

function xml(text: string): Document {
  return new DOMParser().parseFromString(text, 'application/xml');
}

/** Paragraph texts (runs joined) under `root`. */
function paragraphs(root: Document | Element): string[] {
  return [...root.getElementsByTagNameNS(A, 'p')].map((p) => [...p.getElementsByTagNameNS(A, 't')].map((t) => t.textContent ?? '').join('')).filter(Boolean);
}

function points(parent: Element | undefined): string[] {
  if (!parent) return [];
  const count = Number(parent.getElementsByTagNameNS(C, 'ptCount')[0]?.getAttribute('val') ?? 0);
  const out = Array.from({ length: count }, () => '');
  for (const pt of parent.getElementsByTagNameNS(C, 'pt')) out[Number(pt.getAttribute('idx'))] = pt.getElementsByTagNameNS(C, 'v')[0]?.textContent ?? '';
  return out;
}

export async function readPptx(bytes: Uint8Array | ArrayBuffer): Promise<{ slides: ReadSlide[]; files: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const slideCount = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  const slides: ReadSlide[] = [];
  for (let n = 1; n <= slideCount; n += 1) {
    const slide = xml(await text(`ppt/slides/slide${n}.xml`));
    const rels = xml(await text(`ppt/slides/_rels/slide${n}.xml.rels`));
    const chartTarget = [...rels.getElementsByTagName('Relationship')].map((r) => r.getAttribute('Target') ?? '').find((t) => t.includes('charts/chart'));
    let chart: ReadSlide['chart'];
    if (chartTarget) {
      const doc = xml(await text(`ppt/charts/${chartTarget.split('/').pop() ?? ''}`));
      chart = {
        series: [...doc.getElementsByTagNameNS(C, 'ser')].map((ser) => ({
          name: points(ser.getElementsByTagNameNS(C, 'tx')[0])[0] ?? '',
          categories: points(ser.getElementsByTagNameNS(C, 'cat')[0]),
          values: points(ser.getElementsByTagNameNS(C, 'val')[0]).map((v) => (v === '' ? null : Number(v))),
        })),
      };
    }
    const tables = [...slide.getElementsByTagNameNS(A, 'tbl')];
    const table = tables[0] ? [...tables[0].getElementsByTagNameNS(A, 'tr')].map((tr) => [...tr.getElementsByTagNameNS(A, 'tc')].map((tc) => paragraphs(tc).join('\n'))) : undefined;
    const notesDoc = xml(await text(`ppt/notesSlides/notesSlide${n}.xml`));
    // The notes pane's body placeholder; the slide image placeholder holds no text.
    const notes = paragraphs(notesDoc).join('\n');
    slides.push({ texts: paragraphs(slide), chart, table, notes });
  }
  return { slides, files };
}

const CONTINUED = / \((\d+) of (\d+)\)$/;

/** The file's slides after the title slide, grouped per deck slide (a long table's pages together). */
export function perDeckSlide(slides: readonly ReadSlide[]): ReadSlide[][] {
  const groups: ReadSlide[][] = [];
  for (const slide of slides.slice(1)) {
    const page = CONTINUED.exec(slide.texts[0] ?? '');
    if (page && Number(page[1]) > 1) groups.at(-1)?.push(slide);
    else groups.push([slide]);
  }
  return groups;
}
