import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CsvTable } from '../csv/csv';
import type { ChartCardFooter } from '../../ui/chart-card';
import { ExportMenu, type ExportMenuProps } from './export-menu';

// The picture pipeline needs a real browser (canvas, fonts, layout); the browser test covers it.
// Here it stands in, so the menu's own behaviour is what is tested.
vi.mock('./export-image', () => ({
  exportPng: vi.fn(async () => ({ blob: new Blob(['png'], { type: 'image/png' }), width: 1280, height: 1400, scale: 2 })),
  exportSlidePng: vi.fn(async () => ({ blob: new Blob(['slide'], { type: 'image/png' }), width: 1920, height: 1080, scale: 1 })),
  exportSvg: vi.fn(async () => ({ text: '<svg/>', width: 640, height: 700 })),
}));

const FOOTER: ChartCardFooter = { sources: [], years: '2019–2021', asOf: '2026-11-28', statuses: ['reported', 'estimate'] };

const CSV: CsvTable = {
  header: ['city', 'metric', 'year', 'value', 'unit', 'status', 'source'],
  rows: [
    ['Wuhan 武汉', 'Real GDP growth', 2020, -4.7, '%', 'estimate', '=HYPERLINK("https://example.invalid","x")'],
    ['Chengdu 成都', 'Real GDP growth', 2020, 4, '%', 'reported', 'Yybnet (2021)'],
  ],
};

type View = 'chart' | 'html-chart' | 'multiples' | 'table';

/** A card as ChartCard renders it: a section with the menu in its header and a chart, HTML cards or a table. */
function Harness({ view, ...props }: Partial<ExportMenuProps> & { view: View }) {
  const body =
    view === 'table' ? (
      <table>
        <tbody>
          <tr>
            <td>Wuhan</td>
          </tr>
        </tbody>
      </table>
    ) : (
      <figure className="chart-figure">
        {view === 'chart' ? (
          <svg className="recharts-surface" width="600" height="300" />
        ) : view === 'multiples' ? (
          <>
            <svg className="recharts-surface" width="300" height="100" />
            <svg className="recharts-surface" width="300" height="100" />
          </>
        ) : (
          <div className="pillar-cards">Cards</div>
        )}
      </figure>
    );
  return (
    <section id="card-test" className={view === 'table' ? 'chart-card chart-card--table' : 'chart-card'} aria-labelledby="card-test-title">
      <h2 id="card-test-title">Real GDP growth</h2>
      <ExportMenu
        cardId="trend-ctx_gdp_growth"
        title="Real GDP growth"
        subtitle="%, 2019–2021 · Wuhan 武汉, Chengdu 成都"
        card={() => document.getElementById('card-test')}
        footer={() => FOOTER}
        csv={() => CSV}
        {...props}
      />
      {body}
    </section>
  );
}

const exportButton = () => screen.getByRole('button', { name: /^Export/ });

let saved: { filename: string; blob: Blob }[] = [];

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  // jsdom has no object URLs and does not download: record what would have been saved instead.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${next++}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ filename: this.download, blob });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ExportMenu', () => {
  it('is a disclosure: opens with its items as buttons, closes on Escape and gives focus back', async () => {
    const user = userEvent.setup();
    render(<Harness view="chart" />);
    const button = exportButton();
    expect(button).toHaveAccessibleName('Export Real GDP growth');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'PNG image (2×)' })).not.toBeInTheDocument();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['PNG image (2×)', 'SVG image', 'Slide image (16:9)', 'CSV data']) expect(screen.getByRole('button', { name })).toBeEnabled();

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'PNG image (2×)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'SVG image' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Slide image (16:9)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'CSV data' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('button', { name: 'SVG image' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'SVG image' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('closes when the user clicks elsewhere or presses the button again', async () => {
    const user = userEvent.setup();
    render(<Harness view="chart" />);
    await user.click(exportButton());
    await user.click(screen.getByRole('heading', { name: 'Real GDP growth' }));
    expect(exportButton()).toHaveAttribute('aria-expanded', 'false');
    await user.click(exportButton());
    await user.click(exportButton());
    expect(exportButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('in the table view, keeps the picture items but disabled, with the reason on screen', async () => {
    const user = userEvent.setup();
    render(<Harness view="table" />);
    await user.click(exportButton());
    const reason = screen.getByText('Switch to Charts (key t) to export an image');
    expect(reason).toBeVisible();
    for (const name of ['PNG image (2×)', 'SVG image', 'Slide image (16:9)']) {
      const item = screen.getByRole('button', { name });
      expect(item).toBeDisabled();
      expect(item).toHaveAccessibleDescription('Switch to Charts (key t) to export an image');
    }
    expect(screen.getByRole('button', { name: 'CSV data' })).toBeEnabled();
  });

  it('offers no picture for a chart made of HTML cards, or for a card that is a table by nature, but keeps the CSV', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness view="html-chart" />);
    await user.click(exportButton());
    expect(screen.queryByRole('button', { name: /image/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'CSV data' })).toBeEnabled();
    unmount();

    render(<Harness view="table" hasChart={false} />);
    await user.click(exportButton());
    expect(screen.queryByRole('button', { name: /image/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/Switch to Charts/)).not.toBeInTheDocument();
  });

  it('leaves the CSV item out when the card has no rows to give, and the whole menu when it has nothing at all', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness view="chart" csv={undefined} />);
    await user.click(exportButton());
    expect(screen.queryByRole('button', { name: 'CSV data' })).not.toBeInTheDocument();
    unmount();
    render(<Harness view="table" csv={undefined} hasChart={false} />);
    expect(screen.queryByRole('button', { name: /^Export/ })).not.toBeInTheDocument();
  });

  it('saves the CSV of the given rows: UTF-8 with a BOM, formula-like text neutralised, negative numbers kept as numbers', async () => {
    const user = userEvent.setup();
    render(<Harness view="chart" />);
    await user.click(exportButton());
    await user.click(screen.getByRole('button', { name: 'CSV data' }));

    const status = await screen.findByText('Saved hubscope-trend-ctx_gdp_growth.csv: 2 rows with unit, year, status and source.');
    expect(status).toHaveAttribute('role', 'status');
    expect(exportButton()).toHaveFocus();
    expect(saved).toHaveLength(1);
    // Escape puts the message away.
    await user.keyboard('{Escape}');
    expect(status).toBeEmptyDOMElement();
    const [file] = saved;
    expect(file?.filename).toBe('hubscope-trend-ctx_gdp_growth.csv');
    expect(file?.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const [header, wuhan, chengdu] = Papa.parse<string[]>(text.trim()).data;
    expect(header).toEqual(['city', 'metric', 'year', 'value', 'unit', 'status', 'source']);
    expect(wuhan).toEqual(['Wuhan 武汉', 'Real GDP growth', '2020', '-4.7', '%', 'estimate', `'=HYPERLINK("https://example.invalid","x")`]);
    expect(chengdu?.[3]).toBe('4');
    // The number is written bare, so a spreadsheet reads it as a number.
    expect(text).toContain(',2020,-4.7,%,');
  });

  it('saves a PNG named after the card and says its size', async () => {
    const user = userEvent.setup();
    render(<Harness view="chart" />);
    await user.click(exportButton());
    await user.click(screen.getByRole('button', { name: 'PNG image (2×)' }));
    expect(await screen.findByText(/^Saved hubscope-trend-ctx_gdp_growth\.png: 1,280 × 1,400 px, 2× the card/)).toBeInTheDocument();
    expect(saved.map((f) => f.filename)).toEqual(['hubscope-trend-ctx_gdp_growth.png']);
  });

  it('saves a 16:9 slide image from the keyboard, named after the card with -slide, and says its size', async () => {
    const user = userEvent.setup();
    const { exportSlidePng } = await import('./export-image');
    render(<Harness view="chart" />);
    exportButton().focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Slide image (16:9)' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText('Saved hubscope-trend-ctx_gdp_growth-slide.png: a 1,920 × 1,080 px slide with the title, chart, legend and a one-line source.'),
    ).toBeInTheDocument();
    expect(saved.map((f) => f.filename)).toEqual(['hubscope-trend-ctx_gdp_growth-slide.png']);
    expect(saved[0]?.blob.type).toBe('image/png');
    expect(exportSlidePng).toHaveBeenCalledWith(expect.objectContaining({ title: 'Real GDP growth', footer: FOOTER }), undefined);
    expect(exportButton()).toHaveFocus();
  });

  it('keeps the slide item, disabled with the reason, for a card that draws several charts; the arrows skip it', async () => {
    const user = userEvent.setup();
    render(<Harness view="multiples" />);
    await user.click(exportButton());
    const slide = screen.getByRole('button', { name: 'Slide image (16:9)' });
    expect(slide).toBeDisabled();
    expect(slide).toHaveAccessibleDescription('The slide image takes a single chart; this card draws several');
    expect(screen.getByRole('button', { name: 'PNG image (2×)' })).toBeEnabled();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: 'CSV data' })).toHaveFocus();
  });

  it('offers Copy image only where the clipboard takes images, and says why a copy failed', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness view="chart" />);
    await user.click(exportButton());
    expect(screen.queryByRole('button', { name: 'Copy image' })).not.toBeInTheDocument();
    unmount();

    const items: unknown[] = [];
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(public readonly parts: Record<string, Promise<Blob>>) {
          items.push(parts);
        }
      },
    );
    const write = vi.fn(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write } });
    try {
      render(<Harness view="chart" />);
      await user.click(exportButton());
      await user.click(screen.getByRole('button', { name: 'Copy image' }));
      expect(await screen.findByText('Could not copy: Write permission denied.')).toBeInTheDocument();
      expect(write).toHaveBeenCalledTimes(1);
      // A promise of the PNG, handed over inside the click.
      expect(items[0]).toEqual({ 'image/png': expect.any(Promise) });
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('reports a copy that worked with the image size', async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(public readonly parts: Record<string, Promise<Blob>>) {}
      },
    );
    const write = vi.fn(async (items: { parts: Record<string, Promise<Blob>> }[]) => {
      await items[0]?.parts['image/png'];
    });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write } });
    try {
      render(<Harness view="chart" />);
      await user.click(exportButton());
      await user.click(screen.getByRole('button', { name: 'Copy image' }));
      const status = await screen.findByText(/^Image copied/);
      expect(status).toHaveTextContent('Image copied (1,280 × 1,400 px)');
      expect(within(status.closest('.export-menu')!).getByRole('status')).toBe(status);
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });
});
