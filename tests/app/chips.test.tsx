import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { metrics, observations, rates } from '../../mocks/data';
import { server } from '../../mocks/node';
import type { Fab, Figure, Observation } from '../../src/api/schemas';
import { findRate } from '../../src/domain/currency';
import { formatNumber, formatValue } from '../../src/domain/format';
import { renderApp } from '../test-utils';

const figure = (value: number, extra: Partial<Figure> = {}): Figure => ({ value, year: 2022, status: 'reported', sourceId: 'test_source', ...extra });
const money = (value: number, currency: Figure['currency']): Figure => figure(value, { currency, moneyScale: 'billion' });

const plant = (id: string, extra: Partial<Fab> & Pick<Fab, 'cityId'>): Fab => ({
  id,
  name: `Test plant ${id}`,
  company: 'Test Co',
  facilityType: 'frontEnd',
  product: 'Logic',
  status: 'operating',
  waferSizeMm: 300,
  sourceIds: ['test_source'],
  ...extra,
});

/**
 * A changed dataset: Xi'an leads on capacity, Wuhan has a 200 mm fab (converted by area) and an
 * assembly plant (never summed in), money in two currencies, and Chengdu has no plant at all.
 */
const changedFabs: Fab[] = [
  plant('w300', { cityId: 'wuhan', capacityWpm: figure(45_000) }),
  plant('w200', { cityId: 'wuhan', waferSizeMm: 200, capacityWpm: figure(30_000) }),
  plant('wat', { cityId: 'wuhan', facilityType: 'assemblyTest', capacityWpm: figure(900_000), waferSizeMm: undefined }),
  plant('whalt', { cityId: 'wuhan', status: 'halted', capacityWpm: figure(40_000), investment: money(50, 'CNY') }),
  // An estimated amount: the investment chart must mark it as one.
  plant('wcanc', { cityId: 'wuhan', status: 'cancelled', investment: { ...money(2, 'USD'), status: 'estimate', method: { kind: 'derived', detail: 'Test: an amount worked out from two sources.' } } }),
  plant('x300', { cityId: 'xian', capacityWpm: figure(310_000), investment: money(7, 'USD') }),
];

function useChangedFabs() {
  server.use(http.get('/api/v1/fabs', () => HttpResponse.json({ data: changedFabs })));
}

async function tableOf(title: string) {
  const card = await screen.findByRole('region', { name: title });
  return { card, table: await within(card).findByRole('table') };
}

function rowWith(table: HTMLElement, ...texts: string[]) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .find((r) => texts.every((t) => r.textContent?.includes(t)));
}

const usdToCny = findRate('USD', 'CNY', rates, 2022)?.factor;

describe('Chips section', () => {
  it('sums front-end capacity in 300 mm-equivalent (200 mm × 0.444), without assembly/test, for the changed dataset', async () => {
    useChangedFabs();
    renderApp('/chips?view=table');
    const { card, table } = await tableOf('Front-end wafer capacity');
    expect(rowWith(table, 'Wuhan', 'Operating')).toHaveTextContent(formatNumber(45_000 + 30_000 * 0.444, 0));
    expect(rowWith(table, 'Wuhan', 'Halted')).toHaveTextContent('40,000');
    expect(rowWith(table, "Xi'an", 'Operating')).toHaveTextContent('310,000');
    expect(rowWith(table, 'Chengdu')).toBeUndefined();
    expect(within(card).getByText(/No front-end fab is known in Chengdu 成都: a true zero/)).toBeInTheDocument();
    expect(within(card).getByText(/Test plant w200 \(200 mm\)/)).toBeInTheDocument();
    // The assembly plant's 900,000 is listed apart, never in a capacity total.
    expect(table).not.toHaveTextContent('900,000');
    const other = await tableOf('Assembly/test and materials plants');
    expect(rowWith(other.table, 'Test plant wat')).toHaveTextContent('900,000');
  });

  it('lists every plant of the changed dataset, and drops a city when it is switched off', async () => {
    useChangedFabs();
    const { user } = renderApp('/chips?view=table');
    const { table } = await tableOf('Chip plants by status');
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(changedFabs.length);
    expect(rowWith(table, 'Test plant whalt')).toHaveTextContent('Halted');

    await user.click(screen.getByRole('checkbox', { name: "Xi'an 西安" }));
    const capacity = await tableOf('Front-end wafer capacity');
    expect(rowWith(capacity.table, "Xi'an")).toBeUndefined();
    expect(rowWith(capacity.table, 'Wuhan', 'Operating')).toBeDefined();
    expect(within((await tableOf('Chip plants by status')).table).getAllByRole('row').slice(1)).toHaveLength(
      changedFabs.filter((f) => f.cityId !== 'xian').length,
    );
  });

  it('converts committed and lost investment to the chosen currency at the rate of each amount’s year', async () => {
    if (!usdToCny) throw new Error('the dataset has no USD–CNY rate');
    useChangedFabs();
    const { user } = renderApp('/chips?view=table');
    let { card, table } = await tableOf('Chip investment committed and lost');
    expect(rowWith(table, 'Wuhan', 'Lost')).toHaveTextContent(`CNY ${formatNumber(50 + 2 * usdToCny, 1)} bn`);
    expect(rowWith(table, "Xi'an", 'Committed')).toHaveTextContent(`CNY ${formatNumber(7 * usdToCny, 1)} bn`);
    expect(rowWith(table, 'Wuhan', 'Committed')).toBeUndefined();
    expect(within(card).getByText((text) => text.startsWith(`Rate: ${findRate('USD', 'CNY', rates, 2022)?.description ?? '?'}`))).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'USD');
    ({ card, table } = await tableOf('Chip investment committed and lost'));
    expect(await within(table).findByText(`US$ ${formatNumber(50 / usdToCny + 2, 1)} bn`)).toBeInTheDocument();
    expect(rowWith(table, "Xi'an", 'Committed')).toHaveTextContent(`US$ ${formatNumber(7, 1)} bn`);
    expect(within(card).getByText((text) => text.startsWith(`Rate: ${findRate('CNY', 'USD', rates, 2022)?.description ?? '?'}`))).toBeInTheDocument();
  });

  it('marks estimates on the investment chart itself, with a legend entry', async () => {
    useChangedFabs();
    renderApp('/chips');
    const card = await screen.findByRole('region', { name: 'Chip investment committed and lost' });
    expect(await within(card).findByRole('figure')).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Marks' })).toHaveTextContent('Estimate');
  });

  it("shows Hubei's IC rank and growth from the seed article, with status and seed id", async () => {
    renderApp('/chips?cities=wuhan');
    const card = await screen.findByRole('region', { name: 'Provincial IC production: rank and growth' });
    const tiles = await within(card).findByRole('list', { name: 'Provincial IC production figures' });
    for (const metricId of ['prov_ic_rank', 'prov_ic_growth']) {
      const o = observations.find((x) => x.entityId === 'hubei' && x.metricId === metricId);
      const metric = metrics.find((m) => m.id === metricId);
      if (!o || !metric) throw new Error(`no Hubei ${metricId}`);
      const tile = within(tiles)
        .getAllByRole('listitem')
        .find((li) => li.textContent?.includes(metric.label));
      expect(tile).toHaveTextContent(formatValue(o, metric));
      expect(tile).toHaveTextContent(`Seed article ${o.seedId ?? ''}`);
    }
    // Only the selected city's province is shown.
    expect(tiles).not.toHaveTextContent('Shaanxi');
  });

  it('shows a changed provincial figure from the API, not a typed-in one', async () => {
    const changed: Observation[] = [
      { id: 'hubei_rank_test', entityId: 'hubei', metricId: 'prov_ic_rank', value: 7, year: 2021, status: 'reported', sourceId: 'test_source' },
    ];
    server.use(
      http.get('/api/v1/observations', ({ request }) => {
        const wanted = new URL(request.url).searchParams.get('metrics')?.split(',') ?? [];
        return HttpResponse.json({ data: changed.filter((o) => wanted.includes(o.metricId)) });
      }),
    );
    renderApp('/chips?view=table');
    const { card, table } = await tableOf('Provincial IC production: rank and growth');
    expect(rowWith(table, 'Hubei', '2021')).toHaveTextContent('#7');
    expect(within(card).getByText(/No figure for Shaanxi 陕西, Sichuan 四川/)).toBeInTheDocument();
    const national = await screen.findByRole('region', { name: "China's chip gap: national context" });
    expect(await within(national).findByText(/No national chip figure/)).toBeInTheDocument();
  });

  it('gives the national context with qualifiers as written, statuses and seed ids', async () => {
    renderApp('/chips?view=table');
    const { table } = await tableOf("China's chip gap: national context");
    const checks: [string, string][] = [
      ['us', 'nat_eda_ip_share'],
      ['china', 'nat_eda_ip_share'],
      ['smic', 'nat_smic_lag_years'],
      ['china', 'nat_equipment_localisation_years'],
    ];
    for (const [entityId, metricId] of checks) {
      const o = observations.find((x) => x.entityId === entityId && x.metricId === metricId);
      const metric = metrics.find((m) => m.id === metricId);
      if (!o || !metric) throw new Error(`no ${entityId} ${metricId}`);
      const row = rowWith(table, metric.label, formatValue(o, metric));
      expect(row, `${entityId} ${metricId}`).toBeDefined();
      expect(row).toHaveTextContent(o.status === 'seed' ? 'Seed article' : 'Reported');
    }
    // Both statements of China's consumption, each in its own currency.
    const consumption = metrics.find((m) => m.id === 'nat_ic_consumption');
    if (!consumption) throw new Error('no consumption metric');
    for (const o of observations.filter((x) => x.metricId === 'nat_ic_consumption')) {
      expect(rowWith(table, formatValue(o, consumption))).toBeDefined();
    }
  });
});
