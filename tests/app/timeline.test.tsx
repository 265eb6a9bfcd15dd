import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { metrics } from '../../mocks/data';
import { server } from '../../mocks/node';
import { scenarioHandlers } from '../../mocks/scenarios';
import type { EventKind, HubEvent } from '../../src/api/schemas';
import { EVENT_KIND_LABELS } from '../../src/api/vocabulary';
import { currentUrl, renderApp } from '../test-utils';

const TIMELINE = 'Events that shaped the three hubs';
const GDP = metrics.find((m) => m.id === 'ctx_gdp')?.label ?? 'GDP';

let counter = 0;
function hubEvent(entityId: string, date: string, kind: EventKind, metricIds: string[] = []): HubEvent {
  counter += 1;
  return {
    id: `test_event_${counter}`,
    date,
    entityId,
    kind,
    // Titles no real event has, so nothing typed into a component can match them.
    title: `Test event ${counter}: ${kind} in ${entityId} (${date})`,
    description: `Detail of test event ${counter}`,
    metricIds,
    sourceIds: ['apf_seed'],
    status: 'reported',
  };
}

function serveEvents(events: readonly HubEvent[]) {
  server.use(http.get('/api/v1/events', () => HttpResponse.json({ data: [...events] })));
}

async function eventTable() {
  const card = await screen.findByRole('region', { name: TIMELINE });
  const table = await within(card).findByRole('table');
  return { card, table };
}

/** The event titles in the table's rows, in the order shown. */
function rowTitles(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.event-title')?.textContent ?? '');
}

describe('Timeline', () => {
  const wuhanFab = hubEvent('wuhan', '2019-05', 'fab');
  const wuhanZone = hubEvent('east_lake', '1995', 'zone');
  const wuhanCompany = hubEvent('ymtc', '2022-12-16', 'exportControl');
  const xianBreak = hubEvent('xian', '2017', 'seriesBreak', ['ctx_gdp']);
  const chengduProgramme = hubEvent('chengdu', '2017-07', 'programme');
  const nationalPlan = hubEvent('china', '2021-03-12', 'plan');
  const provincialFab = hubEvent('hubei', '2011', 'fab');
  const all = [wuhanFab, wuhanZone, wuhanCompany, xianBreak, chengduProgramme, nationalPlan, provincialFab];

  it('lists exactly the events of the selected cities (with their zones and companies) and national ones, by date', async () => {
    serveEvents(all);
    renderApp('/timeline?view=table&cities=wuhan,xian');
    const { table } = await eventTable();
    expect(rowTitles(table)).toEqual(
      [wuhanZone, provincialFab, xianBreak, wuhanFab, nationalPlan, wuhanCompany].map((e) => e.title),
    );
    const zoneRow = within(table).getByText(wuhanZone.title).closest('tr');
    if (!zoneRow) throw new Error('no row for the zone event');
    expect(zoneRow).toHaveTextContent('1995');
    expect(zoneRow).toHaveTextContent(EVENT_KIND_LABELS.zone);
    expect(zoneRow).toHaveTextContent('Reported');
    expect(zoneRow).toHaveTextContent('APF Canada, Elevating Wuhan (2021)');
  });

  it('filters by category from the card, keeps it in the URL, and shows all again', async () => {
    serveEvents(all);
    const { user } = renderApp('/timeline?view=table');
    const { card } = await eventTable();
    const categories = within(card).getByRole('group', { name: 'Categories' });

    await user.click(within(categories).getByRole('checkbox', { name: EVENT_KIND_LABELS.fab }));
    await waitFor(() => expect(currentUrl()).toMatch(/kinds=/));
    expect(currentUrl()).not.toMatch(/kinds=[^&]*fab/);
    let table = within(card).getByRole('table');
    expect(rowTitles(table)).toEqual(
      [wuhanZone, xianBreak, chengduProgramme, nationalPlan, wuhanCompany].map((e) => e.title),
    );

    await user.click(within(card).getByRole('button', { name: 'Show all categories' }));
    await waitFor(() => expect(currentUrl()).not.toMatch(/kinds=/));
    table = within(card).getByRole('table');
    expect(rowTitles(table)).toHaveLength(all.length);
  });

  it('opens a link with categories chosen, and keeps the last category on', async () => {
    serveEvents(all);
    const { user } = renderApp('/timeline?view=table&kinds=fab');
    const { card, table } = await eventTable();
    expect(rowTitles(table)).toEqual([provincialFab, wuhanFab].map((e) => e.title));
    const fab = within(card).getByRole('checkbox', { name: EVENT_KIND_LABELS.fab });
    expect(fab).toBeChecked();
    expect(within(card).getByRole('checkbox', { name: EVENT_KIND_LABELS.plan })).not.toBeChecked();

    await user.click(fab);
    expect(fab).toBeChecked();
    expect(currentUrl()).toMatch(/kinds=fab/);

    await user.click(within(card).getByRole('checkbox', { name: EVENT_KIND_LABELS.plan }));
    await waitFor(() => expect(rowTitles(within(card).getByRole('table'))).toEqual([provincialFab, wuhanFab, nationalPlan].map((e) => e.title)));
  });

  it('follows the city picker', async () => {
    serveEvents(all);
    const { user } = renderApp('/timeline?view=table');
    const { card } = await eventTable();
    expect(rowTitles(within(card).getByRole('table'))).toContain(chengduProgramme.title);

    await user.click(screen.getByRole('checkbox', { name: /Wuhan/ }));
    await user.click(screen.getByRole('checkbox', { name: /Xi'an/ }));
    await waitFor(() =>
      expect(rowTitles(within(card).getByRole('table'))).toEqual([provincialFab, chengduProgramme, nationalPlan].map((e) => e.title)),
    );
  });

  it('says so when no event matches, and keeps the filter at hand', async () => {
    serveEvents([wuhanFab]);
    renderApp('/timeline?view=table&kinds=plan');
    const card = await screen.findByRole('region', { name: TIMELINE });
    expect(await within(card).findByText(/No events of the chosen categories/)).toBeInTheDocument();
    expect(within(card).getByRole('group', { name: 'Categories' })).toBeInTheDocument();
  });
});

describe('events on the time-series charts', () => {
  async function gdpKey() {
    const card = await screen.findByRole('region', { name: GDP });
    return { card, key: await within(card).findByRole('list', { name: 'Events marked on this chart' }) };
  }

  it('lists, in the table view, the events naming the metric within the shown years, for the shown cities and nationally', async () => {
    const inRange = hubEvent('wuhan', '2019-05', 'milestone', ['ctx_gdp', 'ctx_population']);
    const national = hubEvent('china', '2021-03-12', 'plan', ['ctx_gdp']);
    const zone = hubEvent('east_lake', '2018', 'zone', ['ctx_gdp']);
    const outOfRange = hubEvent('wuhan', '2010', 'milestone', ['ctx_gdp']);
    const otherMetric = hubEvent('wuhan', '2020', 'fab', ['chip_capacity_wpm']);
    const otherCity = hubEvent('chengdu', '2020', 'programme', ['ctx_gdp']);
    serveEvents([inRange, national, zone, outOfRange, otherMetric, otherCity]);
    renderApp('/?view=table&cities=wuhan,xian');
    const { card, key } = await gdpKey();
    expect(within(card).getByText('Events marked on the chart')).toBeInTheDocument();
    const items = within(key).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining(zone.title),
      expect.stringContaining(inRange.title),
      expect.stringContaining(national.title),
    ]);
    expect(items[1]).toHaveTextContent('2019-05');
    expect(items[1]).toHaveTextContent('Wuhan 武汉');
    expect(items[2]).toHaveTextContent('China 中国');
    expect(within(card).queryByText(outOfRange.title, { exact: false })).not.toBeInTheDocument();
    expect(within(card).queryByText(otherCity.title, { exact: false })).not.toBeInTheDocument();
  });

  it('drops an event once the year range no longer covers it', async () => {
    const event2019 = hubEvent('xian', '2019', 'programme', ['ctx_gdp']);
    serveEvents([event2019]);
    renderApp('/?view=table&from=2020&to=2024');
    const card = await screen.findByRole('region', { name: GDP });
    await within(card).findByRole('table');
    expect(within(card).queryByRole('list', { name: 'Events marked on this chart' })).not.toBeInTheDocument();
    expect(within(card).queryByText(event2019.title, { exact: false })).not.toBeInTheDocument();
  });

  it('marks a series break on the chart’s key and says so in the notes', async () => {
    const brk = hubEvent('xian', '2017', 'seriesBreak', ['ctx_gdp']);
    serveEvents([brk]);
    renderApp('/');
    const { card, key } = await gdpKey();
    expect(within(key).getByRole('listitem')).toHaveTextContent(`Series break: ${brk.title}`);
    expect(within(card).getByText(/^Series break \(dashed line 1\): Xi'an 西安, 2017/)).toBeInTheDocument();
  });

  it('keeps the chart when the events fail, and says they are missing', async () => {
    server.use(...scenarioHandlers('events', 'serverError'));
    renderApp('/?view=table');
    const card = await screen.findByRole('region', { name: GDP });
    expect(await within(card).findByRole('table')).toBeInTheDocument();
    expect(within(card).getByText('The events could not be loaded, so none are marked on this chart.')).toBeInTheDocument();
  });
});
