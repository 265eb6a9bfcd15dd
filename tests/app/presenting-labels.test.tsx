import { screen, within } from '@testing-library/react';
import type * as Recharts from 'recharts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gdpMetric } from '../factories';
import type { CityId, Metric, Observation } from '../../src/api/schemas';
import { CityYearChart } from '../../src/charts/city-year-chart';
import { MAX_FULLY_LABELLED_POINTS, valueLabelPlacements } from '../../src/charts/city-year-layout';
import { CityCountChart } from '../../src/charts/city-count-chart';
import { spotlightTitle } from '../../src/charts/status-marks';
import type { YearRow } from '../../src/domain/series';
import { currentUrl, renderWithProviders } from '../test-utils';

// jsdom measures every box as zero: charts get a fixed size (tests/fixed-size-charts.tsx).
vi.mock('recharts', async (importOriginal) => (await import('../fixed-size-charts')).withFixedSizeCharts(await importOriginal<typeof Recharts>()));

const GDP: Metric = gdpMetric();
const obs = (entityId: CityId, year: number, value: number, extra: Partial<Observation> = {}): Observation => ({
  id: `${entityId}-${year}`,
  entityId,
  metricId: GDP.id,
  year,
  value,
  currency: 'CNY',
  status: 'reported',
  sourceId: 's',
  ...extra,
});
function rows(...observations: Observation[]): YearRow[] {
  const byYear = new Map<number, YearRow>();
  for (const o of observations) {
    const row = byYear.get(o.year) ?? { year: o.year, values: {} };
    row.values[o.entityId as CityId] = o;
    byYear.set(o.year, row);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** A 400 px plot where one unit of value is 2 px (pixel heights grow downwards). */
const toY = (value: number) => 400 - value * 2;

describe('value labels in presentation mode', () => {
  // Slide text scales with the window (presentingTickSize): these sizes are 1280x720's, not jsdom's 1024x768.
  beforeEach(() => {
    vi.stubGlobal('innerWidth', 1280);
    vi.stubGlobal('innerHeight', 720);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('labels every point of a short series and, of a long one, its last point and its extremes', () => {
    const short = rows(obs('wuhan', 2020, 10), obs('wuhan', 2021, 20), obs('wuhan', 2022, 30));
    expect([...valueLabelPlacements(short, ['wuhan'], toY).keys()]).toEqual(['wuhan|2020', 'wuhan|2021', 'wuhan|2022']);

    const values = [50, 90, 60, 70, 10, 65, 66, 67, 68, 69, 71, 72, 73, 74];
    expect(values.length).toBeGreaterThan(MAX_FULLY_LABELLED_POINTS);
    const long = rows(...values.map((v, i) => obs('xian', 2010 + i, v)));
    // Highest (2011), lowest (2014) and last (2023).
    expect([...valueLabelPlacements(long, ['xian'], toY).keys()].sort()).toEqual(['xian|2011', 'xian|2014', 'xian|2023']);
  });

  it('moves a label below its point when another city’s label or mark sits just above, and drops one that fits nowhere', () => {
    const close = rows(obs('wuhan', 2022, 100), obs('xian', 2022, 99), obs('chengdu', 2022, 98), obs('wuhan', 2023, 100), obs('xian', 2023, 50));
    const placements = valueLabelPlacements(close, ['wuhan', 'xian', 'chengdu'], toY);
    expect(placements.get('wuhan|2022')).toBe('above');
    expect(placements.get('xian|2022')).toBe('below');
    expect(placements.has('chengdu|2022')).toBe(false);
    expect(placements.get('xian|2023')).toBe('above');
  });

  it('writes each point’s value on the line chart with ?slide=, and none without it', async () => {
    const data = rows(obs('wuhan', 2022, 1771.7), obs('xian', 2022, 1148.6), obs('wuhan', 2023, 2000.4, { qualifier: 'approx' }));
    const chart = <CityYearChart rows={data} cities={['wuhan', 'xian']} metric={GDP} sourceTitle={(id) => id} />;
    const presenting = renderWithProviders(chart, { url: '/?slide=1' });
    for (const label of ['1,771.7', '1,148.6', '~2,000.4']) expect(await screen.findByText(label)).toHaveAttribute('font-size', '19');
    presenting.unmount();

    renderWithProviders(chart, { url: '/' });
    await screen.findByRole('button', { name: 'Wuhan 武汉' });
    expect(screen.queryByText('1,771.7')).not.toBeInTheDocument();
  });

  it('writes counts on bars at projector size with ?slide=', async () => {
    renderWithProviders(<CityCountChart rows={[{ key: 'operating', label: 'Operating', counts: { wuhan: 4, xian: 2, chengdu: 3 } }]} cities={['wuhan', 'xian', 'chengdu']} />, {
      url: '/?slide=2',
    });
    await screen.findByRole('button', { name: 'Wuhan 武汉' });
    // The counts written on the bars (SVG text has no role to find it by).
    const labels = [...document.querySelectorAll('.recharts-label-list text')];
    expect(labels.map((l) => l.textContent)).toEqual(['4', '2', '3']);
    for (const label of labels) expect(label).toHaveStyle({ fontSize: '19px' });
  });
});

describe('legend-click spotlight', () => {
  it('spotlights a city from a chart’s legend, as its number key does, and clears it on a second click', async () => {
    const { user } = renderWithProviders(
      <CityYearChart rows={rows(obs('wuhan', 2022, 1), obs('xian', 2022, 2))} cities={['wuhan', 'xian', 'chengdu']} metric={GDP} sourceTitle={(id) => id} />,
      { url: '/?cities=wuhan,xian,chengdu' },
    );
    const legend = await screen.findByRole('list', { name: 'Cities; click one to spotlight it' });
    const xian = within(legend).getByRole('button', { name: "Xi'an 西安" });
    expect(xian).toHaveAttribute('title', "Spotlight Xi'an (key 2)");
    expect(xian).toHaveStyle({ cursor: 'pointer' });
    expect(xian).toHaveAttribute('aria-pressed', 'false');

    await user.click(xian);
    expect(currentUrl()).toContain('spot=xian');
    const pressed = within(screen.getByRole('list', { name: 'Cities; click one to spotlight it' })).getByRole('button', { name: "Xi'an 西安" });
    expect(pressed).toHaveAttribute('aria-pressed', 'true');
    expect(pressed).toHaveAttribute('title', spotlightTitle('xian', true));

    const chengdu = () => within(screen.getByRole('list', { name: 'Cities; click one to spotlight it' })).getByRole('button', { name: 'Chengdu 成都' });
    await user.click(chengdu());
    expect(currentUrl()).toContain('spot=chengdu');
    await user.click(chengdu());
    expect(currentUrl()).not.toContain('spot=');
  });

  it('works from a bar chart’s legend too, and from the keyboard without losing focus', async () => {
    const { user } = renderWithProviders(
      <CityCountChart rows={[{ key: 'operating', label: 'Operating', counts: { wuhan: 4, xian: 2, chengdu: 3 } }]} cities={['wuhan', 'xian', 'chengdu']} />,
    );
    const wuhan = await screen.findByRole('button', { name: 'Wuhan 武汉' });
    expect(wuhan).toHaveAttribute('title', 'Spotlight Wuhan (key 1)');
    wuhan.focus();
    await user.keyboard('{Enter}');
    expect(currentUrl()).toContain('spot=wuhan');
    expect(wuhan).toHaveFocus();
    expect(wuhan).toHaveAttribute('aria-pressed', 'true');
  });
});
