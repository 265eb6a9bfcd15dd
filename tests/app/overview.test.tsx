import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { filterObservations, parseObservationQuery } from '../../mocks/handlers/observations';
import { server } from '../../mocks/node';
import type { Observation } from '../../src/api/schemas';
import { rates } from '../../mocks/data';
import { findRate } from '../../src/domain/currency';
import { formatNumber } from '../../src/domain/format';
import { renderApp } from '../test-utils';

/** Serves `rows` as the whole observation dataset, honouring the API's filters. */
function serveObservations(rows: Observation[]) {
  server.use(
    http.get('/api/v1/observations', ({ request }) => {
      const parsed = parseObservationQuery(new URL(request.url).searchParams);
      if (!parsed.ok) return HttpResponse.json({ error: { status: 400, code: 'bad', message: parsed.message } }, { status: 400 });
      return HttpResponse.json({ data: filterObservations(rows, parsed.filters) });
    }),
  );
}

const gdp = (entityId: string, year: number, value: number, partial: Partial<Observation> = {}): Observation => ({
  id: `t-${entityId}-${year}-${String(value).replace('.', '_')}`,
  entityId,
  metricId: 'ctx_gdp',
  year,
  value,
  currency: 'CNY',
  status: 'reported',
  sourceId: 'apf_seed',
  ...partial,
});

async function scorecardRow(label: string) {
  const card = await screen.findByRole('region', { name: 'Scorecard' });
  const table = await within(card).findByRole('table');
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryAllByRole('cell')[0]?.textContent?.startsWith(label));
  if (!row) throw new Error(`no scorecard row for ${label}`);
  return within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
}

async function insights() {
  const card = await screen.findByRole('region', { name: 'What the data says' });
  return (await within(card).findAllByRole('listitem')).map((li) => li.textContent);
}

describe('Overview, from whatever data the API serves', () => {
  it('names the leader, ranks and gaps in the scorecard, cards and insights', async () => {
    serveObservations([gdp('wuhan', 2022, 100), gdp('xian', 2022, 300), gdp('chengdu', 2022, 200)]);
    renderApp('/');
    const [, year, wuhan, xian, chengdu] = await scorecardRow('GDP');
    expect(year).toBe('2022 for all three');
    expect(xian).toContain('CNY 300.0 bn');
    expect(xian).toContain('leader');
    expect(chengdu).toContain('#2, 33% behind');
    expect(wuhan).toContain('#3, 67% behind');
    expect(await insights()).toContain("Xi'an leads on GDP: CNY 300.0 bn in 2022, 50% ahead of Chengdu (CNY 200.0 bn).");
    const cards = await screen.findByRole('region', { name: 'Headline figures' });
    expect(within(await within(cards).findByRole('region', { name: "Xi'an 西安" })).getByText('CNY 300.0 bn')).toBeInTheDocument();
  });

  it('follows another leader and reports a tie', async () => {
    serveObservations([gdp('wuhan', 2022, 250), gdp('xian', 2022, 250), gdp('chengdu', 2022, 90)]);
    renderApp('/');
    const [, , wuhan, xian] = await scorecardRow('GDP');
    expect(wuhan).toContain('tied first');
    expect(xian).toContain('tied first');
    expect((await insights()).some((s) => s?.startsWith("Wuhan and Xi'an tie on GDP (CNY 250.0 bn in 2022"))).toBe(true);
  });

  it('unticking and re-ticking a city redraws from what was loaded, without asking the API again', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/observations')) asked.push(url.search);
    });
    serveObservations([gdp('wuhan', 2022, 100), gdp('xian', 2022, 300), gdp('chengdu', 2022, 200)]);
    const user = userEvent.setup();
    renderApp('/');
    const cards = await screen.findByRole('region', { name: 'Headline figures' });
    expect(await within(cards).findByRole('region', { name: 'Chengdu 成都' })).toHaveTextContent('CNY 200.0 bn');
    const before = asked.length;

    await user.click(screen.getByRole('checkbox', { name: 'Chengdu 成都' }));
    await waitFor(() => expect(within(cards).queryByRole('region', { name: 'Chengdu 成都' })).toBeNull());
    const [, , wuhan, xian] = await scorecardRow('GDP');
    expect(xian).toContain('leader');
    expect(wuhan).toContain('#2');
    await user.click(screen.getByRole('checkbox', { name: 'Chengdu 成都' }));
    expect(await within(cards).findByRole('region', { name: 'Chengdu 成都' })).toHaveTextContent('CNY 200.0 bn');
    expect(asked.slice(before)).toEqual([]);
    server.events.removeAllListeners();
  });

  it('shows a missing city as missing, never as zero, and ranks nobody without a common year', async () => {
    serveObservations([gdp('wuhan', 2022, 100), gdp('xian', 2022, 300)]);
    renderApp('/');
    const [, year, wuhan, , chengdu] = await scorecardRow('GDP');
    expect(year).toBe("no common year (Wuhan 2022, Xi'an 2022, Chengdu none)");
    expect(wuhan).toBe('latest 2022');
    expect(chengdu).not.toMatch(/CNY 0|leader/);
    const cards = await screen.findByRole('region', { name: 'Headline figures' });
    const chengduCard = await within(cards).findByRole('region', { name: 'Chengdu 成都' });
    expect(within(chengduCard).getAllByText('no figure in these years').length).toBeGreaterThan(0);
    expect(chengduCard).not.toHaveTextContent(/CNY 0/);
    // The headline shows Wuhan's value for the reader, but says it is not compared.
    const wuhanCard = within(cards).getByRole('region', { name: 'Wuhan 武汉' });
    expect(wuhanCard).toHaveTextContent(/GDP · no common year: not compared\s*CNY 100\.0 bn 2022/);
  });

  it('names the common year on the headline, the same year for every city', async () => {
    serveObservations([gdp('wuhan', 2022, 100), gdp('xian', 2022, 300), gdp('chengdu', 2022, 200), gdp('wuhan', 2023, 120), gdp('chengdu', 2023, 220)]);
    renderApp('/');
    const cards = await screen.findByRole('region', { name: 'Headline figures' });
    const wuhanCard = await within(cards).findByRole('region', { name: 'Wuhan 武汉' });
    await waitFor(() => expect(wuhanCard).toHaveTextContent(/GDP · 2022 for all three\s*CNY 100\.0 bn 2022/));
    expect(wuhanCard).not.toHaveTextContent('CNY 120.0 bn');
  });

  it('puts China’s national figure for the same year beside the cities on the yardstick card', async () => {
    const rd = (entityId: string, year: number, value: number): Observation => ({ ...gdp(entityId, year, value), id: `rd-${entityId}-${year}`, metricId: 'tal_rd_intensity', currency: undefined });
    serveObservations([rd('wuhan', 2022, 3.5), rd('xian', 2022, 5.2), rd('chengdu', 2022, 3.1), rd('xian', 2023, 5.5), rd('china', 2022, 2.54), rd('china', 2023, 2.65)]);
    renderApp('/?view=table');
    const card = await screen.findByRole('region', { name: 'China as the yardstick' });
    const row = within(await within(card).findByRole('table'))
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('R&D intensity'));
    expect(row, 'R&D intensity row').toBeDefined();
    const cells = within(row as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(1)).toEqual(['2022 for all three', '3.50 Reported', '5.20 Reported', '3.10 Reported', '2.54 Reported']);
  });

  it('compares every city at one year by default, and each city’s latest only when asked, flagged', async () => {
    serveObservations([gdp('wuhan', 2022, 100), gdp('xian', 2021, 300), gdp('wuhan', 2021, 90)]);
    const { unmount } = renderApp('/?cities=wuhan,xian');
    let [, year, wuhan, xian] = await scorecardRow('GDP');
    expect(year).toBe('2021 for both');
    expect(wuhan).toContain('CNY 90.0 bn');
    expect(xian).toContain('leader');
    unmount();

    serveObservations([gdp('wuhan', 2022, 100), gdp('xian', 2021, 300), gdp('chengdu', 2018, 200)]);
    const user = userEvent.setup();
    renderApp('/?cities=wuhan,xian&compare=latest');
    [, year, wuhan, xian] = await scorecardRow('GDP');
    expect(year).toBe("latest for each: Wuhan 2022, Xi'an 2021 (years differ)");
    expect(xian).toContain('(2021, years differ)');
    expect(wuhan).toContain('CNY 100.0 bn');
    // Chengdu's 2018 is four years from Wuhan's 2022: not ranked at all.
    await user.click(screen.getByRole('checkbox', { name: 'Chengdu 成都' }));
    await waitFor(async () => expect((await scorecardRow('GDP'))[1]).toBe('no common year (Wuhan 2022, Xi\'an 2021, Chengdu 2018)'));
  });

  it('converts money to the chosen currency at the rate of the value’s year, named in the footer', async () => {
    const rate = findRate('CNY', 'USD', rates, 2022);
    if (!rate) throw new Error('the dataset has no 2022 CNY–USD rate');
    serveObservations([gdp('wuhan', 2022, 1000), gdp('xian', 2022, 2000)]);
    renderApp('/?cur=USD&cities=wuhan,xian');
    const [, , wuhan, xian] = await scorecardRow('GDP');
    expect(wuhan).toContain(`US$ ${formatNumber(1000 * rate.factor, 1)} bn`);
    expect(xian).toContain(`US$ ${formatNumber(2000 * rate.factor, 1)} bn`);
    const card = await screen.findByRole('region', { name: 'Scorecard' });
    expect(within(card).getByText((text) => text.startsWith("CNY to USD at each value's own year's rate:") && text.includes(rate.description))).toBeInTheDocument();
  });

  it('recomputes the composite index from the weights in the URL', async () => {
    const students = (entityId: string, value: number): Observation => ({ ...gdp(entityId, 2022, value), id: `s-${entityId}`, metricId: 'tal_students', currency: undefined });
    const data = [gdp('wuhan', 2022, 100), gdp('xian', 2022, 50), students('wuhan', 0.5), students('xian', 1)];
    serveObservations(data);
    const { unmount } = renderApp('/?view=table&cities=wuhan,xian');
    const overall = async () => {
      const card = await screen.findByRole('region', { name: 'Composite index' });
      const row = within(await within(card).findByRole('table'))
        .getAllByRole('row')
        .find((r) => r.textContent?.startsWith('Overall'));
      return within(row as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    };
    expect(await overall()).toEqual(['Overall', '75 (2 of 2 metrics, 0% estimates)', '75 (2 of 2 metrics, 0% estimates)']);
    unmount();
    serveObservations(data);
    renderApp('/?view=table&cities=wuhan,xian&w=talent:0');
    expect(await overall()).toEqual(['Overall', '100 (1 of 1 metrics, 0% estimates)', '50 (1 of 1 metrics, 0% estimates)']);
  });
});
