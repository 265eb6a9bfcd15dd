import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { metrics, observations, sources } from '../../mocks/data';
import { filterObservations, parseObservationQuery } from '../../mocks/handlers/observations';
import { API_PREFIX } from '../../mocks/handlers/list';
import { server } from '../../mocks/node';
import { syntheticMetrics, syntheticObservations, syntheticSource } from '../../mocks/synthetic';
import type { Observation } from '../../src/api/schemas';
import { formatValue } from '../../src/domain/format';
import { renderApp } from '../test-utils';

// 40 generated metrics x 3 cities x 30 years beside the dataset: far more rows than the table draws.
const extraMetrics = syntheticMetrics(40);
const extra = syntheticObservations(extraMetrics);
const allMetrics = [...metrics, ...extraMetrics];
const all: Observation[] = [...observations, ...extra];
const metricOf = (o: Observation) => allMetrics.find((m) => m.id === o.metricId);

/** jsdom lays nothing out: the scroll box is given its on-screen height and every row one line. */
const BOX_HEIGHT = 520;
const ROW_HEIGHT = 36;

function serveManyValues() {
  server.use(
    http.get(`${API_PREFIX}/metrics`, () => HttpResponse.json({ data: allMetrics })),
    http.get(`${API_PREFIX}/sources`, () => HttpResponse.json({ data: [...sources, syntheticSource] })),
    http.get(`${API_PREFIX}/observations`, ({ request }) => {
      const parsed = parseObservationQuery(new URL(request.url).searchParams);
      if (!parsed.ok) return HttpResponse.json({ error: parsed.message }, { status: 400 });
      return HttpResponse.json({ data: filterObservations(all, parsed.filters) });
    }),
  );
}

async function valuesCard() {
  const card = await screen.findByRole('region', { name: 'Every value' });
  const box = await within(card).findByRole('region', { name: 'Every value, table' });
  const table = within(box).getByRole('table');
  return { card, box, table };
}

/** The data rows in the document (the header row aside), with their aria-rowindex. */
function drawnRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('cell').length > 0);
}
const rowIndexes = (table: HTMLElement) => drawnRows(table).map((row) => Number(row.getAttribute('aria-rowindex')));

function scrollBoxTo(box: HTMLElement, top: number) {
  box.scrollTop = top;
  fireEvent.scroll(box);
}

describe('Every value with many rows', () => {
  beforeEach(() => {
    serveManyValues();
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('table-scroll') ? BOX_HEIGHT : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.tagName === 'TR' ? ROW_HEIGHT : 0;
    });
  });

  it('draws only the rows in view, tells assistive technology how many there are, and draws others as the box scrolls', async () => {
    renderApp('/sources');
    const { card, box, table } = await valuesCard();
    expect(within(card).getByText(`${all.length} of ${all.length} values, all places and metrics`)).toBeInTheDocument();
    expect(table).toHaveAttribute('aria-rowcount', String(all.length + 1));
    expect(within(table).getAllByRole('row')[0]).toHaveAttribute('aria-rowindex', '1');
    const first = rowIndexes(table);
    expect(first[0]).toBe(2);
    expect(first.length).toBeLessThan(60);

    // Half way down: the rows there, and none from the top.
    const middle = Math.floor(all.length / 2);
    scrollBoxTo(box, middle * ROW_HEIGHT);
    await waitFor(() => expect(rowIndexes(table)).toContain(middle + 2));
    expect(rowIndexes(table)).not.toContain(2);
    expect(drawnRows(table).length).toBeLessThan(60);

    // At the bottom: the last row.
    scrollBoxTo(box, all.length * ROW_HEIGHT);
    await waitFor(() => expect(rowIndexes(table)).toContain(all.length + 1));
  });

  it('searching and the status filter narrow every row, and the subtitle counts them', async () => {
    const { user } = renderApp('/sources');
    const { card } = await valuesCard();
    await user.type(within(card).getByRole('searchbox', { name: 'Search' }), 'Synthetic metric 17');
    const matching = extra.filter((o) => o.metricId === extraMetrics[16]?.id);
    expect(matching.length).toBe(90);
    expect(await within(card).findByText(`90 of ${all.length} values, all places and metrics`)).toBeInTheDocument();
    // Few enough to draw whole: a plain table again.
    await waitFor(() => expect(drawnRows(within(card).getByRole('table'))).toHaveLength(90));
    expect(within(card).getByRole('table')).not.toHaveAttribute('aria-rowcount');

    await user.clear(within(card).getByRole('searchbox', { name: 'Search' }));
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Status' }), 'estimate');
    const estimates = all.filter((o) => o.status === 'estimate').length;
    expect(await within(card).findByText(`${estimates} of ${all.length} values, all places and metrics`)).toBeInTheDocument();
    const table = within(card).getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', String(estimates + 1));
    for (const row of drawnRows(table)) expect(within(row).getByText('Estimate')).toBeInTheDocument();
  });

  it('sorts every row, not only those drawn: the first row is the smallest value, then the largest', async () => {
    const { user } = renderApp('/sources');
    const { box, table } = await valuesCard();
    // The table's first order is by year, and each sort keeps the order of equal values.
    const byYear = [...all].sort((a, b) => a.year - b.year);
    const ascending = [...byYear].sort((a, b) => a.value - b.value);
    const descending = [...byYear].sort((a, b) => b.value - a.value);

    const valueHeader = within(table).getByRole('columnheader', { name: /^Value/ });
    await user.click(within(valueHeader).getByRole('button'));
    expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
    const expectFirst = (expected: Observation | undefined) => {
      const metric = expected && metricOf(expected);
      if (!expected || !metric) throw new Error('no expected row');
      const firstRow = drawnRows(table)[0];
      expect(firstRow).toHaveAttribute('aria-rowindex', '2');
      expect(firstRow).toHaveTextContent(formatValue(expected, metric));
      expect(firstRow).toHaveTextContent(String(expected.year));
    };
    expectFirst(ascending[0]);

    await user.click(within(valueHeader).getByRole('button'));
    expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
    expectFirst(descending[0]);
    expect(box).toHaveAttribute('tabindex', '0');
  });
});
