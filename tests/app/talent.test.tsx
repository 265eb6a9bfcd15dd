import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { entities, metrics, observations } from '../../mocks/data';
import { filterObservations, parseObservationQuery } from '../../mocks/handlers/observations';
import { server } from '../../mocks/node';
import type { Observation } from '../../src/api/schemas';
import { cityLabel } from '../../src/domain/cities';
import { formatNumber, formatValue } from '../../src/domain/format';
import { renderApp } from '../test-utils';

const RACE = 'Talent race';
const RETENTION = 'Graduates staying in the province, by university';

function serveObservations(list: Observation[]) {
  server.use(
    http.get('*/api/v1/observations', ({ request }) => {
      const parsed = parseObservationQuery(new URL(request.url).searchParams);
      if (!parsed.ok) throw new Error(parsed.message);
      return HttpResponse.json({ data: filterObservations(list, parsed.filters) });
    }),
  );
}

function metric(id: string) {
  const found = metrics.find((m) => m.id === id);
  if (!found) throw new Error(`the dataset has no metric ${id}`);
  return found;
}

function obs(entityId: string, metricId: string, year: number, value: number, extra: Partial<Observation> = {}): Observation {
  return { id: `test-${entityId}-${metricId}-${year}`, entityId, metricId, year, value, status: 'reported', sourceId: 'apf_seed', ...extra };
}

async function raceRow(label: string) {
  const card = await screen.findByRole('region', { name: RACE });
  const table = await within(card).findByRole('table');
  const row = within(table)
    .getAllByRole('row')
    .find((r) => r.querySelector('td')?.textContent?.startsWith(label));
  if (!row) throw new Error(`no row for ${label}`);
  return row;
}

describe('Talent race', () => {
  it('follows a changed dataset: another leader on R&D intensity and a tie on institutions', async () => {
    const rd = metric('tal_rd_intensity');
    const heis = metric('tal_heis');
    const chengduRd = obs('chengdu', rd.id, 2021, 7.25);
    const rdValues = [obs('wuhan', rd.id, 2021, 3.5), obs('xian', rd.id, 2021, 5.2), chengduRd, obs('xian', rd.id, 2023, 5.6)];
    const tied = [obs('wuhan', heis.id, 2022, 70), obs('xian', heis.id, 2022, 70), obs('chengdu', heis.id, 2022, 55)];
    serveObservations([...observations.filter((o) => o.metricId !== rd.id && o.metricId !== heis.id), ...rdValues, ...tied]);
    renderApp('/talent?view=table');

    const rdRow = await raceRow(rd.label);
    expect(rdRow).toHaveTextContent(`${formatValue(chengduRd, rd)} (2021)`);
    // 2021 is the latest year all three have (Xi'an's 2023 is not compared).
    expect(rdRow).toHaveTextContent(`${cityLabel('chengdu')} leads (2021 for all three)`);

    const heisRow = await raceRow(heis.label);
    expect(heisRow).toHaveTextContent(`Tie: ${cityLabel('wuhan')} and ${cityLabel('xian')} (2022 for all three)`);
  });

  it('shows a missing city as “no figure”, never zero, and ranks nobody without a common year', async () => {
    const students = metric('tal_students');
    serveObservations([
      ...observations.filter((o) => o.entityId !== 'xian' && o.metricId !== students.id),
      obs('wuhan', students.id, 2016, 1.1),
      obs('chengdu', students.id, 2023, 1.3),
    ]);
    renderApp('/talent?view=table');
    const card = await screen.findByRole('region', { name: RACE });
    const table = await within(card).findByRole('table');
    const xianColumn = within(table).getAllByRole('columnheader').findIndex((h) => h.textContent?.includes("Xi'an"));
    expect(xianColumn).toBeGreaterThan(0);
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(row.querySelectorAll('td')[xianColumn]).toHaveTextContent(/no figure|—/);
    }
    expect(await raceRow(students.label)).toHaveTextContent("No common year (Wuhan 武汉 2016, Xi'an 西安 none, Chengdu 成都 2023): not ranked");
  });

  it('keeps overseas experts and residence permits apart, each labelled', async () => {
    renderApp('/talent?view=table');
    const experts = observations.find((o) => o.metricId === 'tal_overseas_experts' && o.entityId === 'wuhan');
    const permits = observations.find((o) => o.metricId === 'tal_foreign_pr' && o.entityId === 'chengdu');
    if (!experts || !permits) throw new Error('the dataset lacks the overseas-talent figures');
    const expertsRow = await raceRow(metric('tal_overseas_experts').label);
    expect(expertsRow).toHaveTextContent(formatValue(experts, metric('tal_overseas_experts')));
    const permitsRow = await raceRow(metric('tal_foreign_pr').label);
    expect(permitsRow).toHaveTextContent('(different measure)');
    expect(permitsRow).toHaveTextContent(formatValue(permits, metric('tal_foreign_pr')));
  });

  it('per capita divides by the population of the same year; a measure that cannot be normalised says so', async () => {
    const students = metric('tal_students');
    const population = observations.find((o) => o.entityId === 'chengdu' && o.metricId === 'ctx_population' && o.year === 2023);
    if (!population) throw new Error('no Chengdu population for 2023');
    serveObservations([
      ...observations.filter((o) => !(o.metricId === students.id && o.entityId === 'chengdu')),
      obs('chengdu', students.id, 2023, 1.5),
    ]);
    const { user } = renderApp('/talent?view=table');
    expect(await raceRow(students.label)).toHaveTextContent('1.50 million (2023)');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Values' }), 'perCapita');
    const perThousand = (1.5 * 1e6 * 1_000) / (population.value * 1e6);
    await waitFor(async () => expect(await raceRow(students.label)).toHaveTextContent(`${formatNumber(perThousand, 2)} per 1,000 residents (2023)`));
    // A share is not divided by population: it keeps its values, and the card says so.
    const rdIntensity = await raceRow(metric('tal_rd_intensity').label);
    expect(rdIntensity).toHaveTextContent('%');
    expect(rdIntensity).not.toHaveTextContent('per 1,000');
    expect(screen.getByRole('region', { name: RACE })).toHaveTextContent(/Shown as reported: R&D intensity is not divided by population/);
  });
});

describe('Graduates staying, by university', () => {
  it('shows each university’s own figure, labelled as a university-level figure, and follows a changed value', async () => {
    const hust = observations.find((o) => o.entityId === 'hust' && o.metricId === 'tal_retention_province');
    const whu = observations.find((o) => o.entityId === 'whu' && o.metricId === 'tal_retention_province');
    if (!hust || !whu) throw new Error('the dataset lacks the university retention figures');
    serveObservations([...observations.filter((o) => o.id !== hust.id), { ...hust, value: hust.value + 7 }]);
    renderApp('/talent?view=table');
    const card = await screen.findByRole('region', { name: RETENTION });
    expect(within(card).getByText(/university-level figures, not city figures/)).toBeInTheDocument();
    const table = await within(card).findByRole('table');
    const nameOf = (id: string) => entities.find((e) => e.id === id)?.nameEn ?? id;
    const rowOf = (id: string) => within(table).getAllByRole('row').find((r) => r.textContent?.includes(nameOf(id)));
    expect(rowOf('hust')).toHaveTextContent(`${hust.value + 7}%`);
    expect(rowOf('whu')).toHaveTextContent(`${whu.value}%`);
    expect(rowOf('whu')).toHaveTextContent('Seed article');
  });

  it('is empty when the universities’ city is not selected', async () => {
    const { user } = renderApp('/talent?view=table');
    const card = await screen.findByRole('region', { name: RETENTION });
    await within(card).findByRole('table');
    await user.click(screen.getByRole('checkbox', { name: /Wuhan/ }));
    expect(await within(card).findByText(/No university-level retention figure for universities in/)).toBeInTheDocument();
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps the Students in higher education series card', async () => {
    renderApp('/talent');
    expect(await screen.findByRole('region', { name: 'Students in higher education' })).toBeInTheDocument();
  });

  it('draws China’s R&D intensity beside the cities, for the years the chart shows, and cites it', async () => {
    renderApp('/talent?view=table&card=trend-tal_rd_intensity');
    const card = await screen.findByRole('region', { name: 'R&D intensity' });
    const table = await within(card).findByRole('table');
    const chinaRows = within(table)
      .getAllByRole('row')
      .filter((r) => r.textContent?.includes('China 中国'));
    const shownYears = new Set(
      observations.filter((o) => o.metricId === 'tal_rd_intensity' && ['wuhan', 'xian', 'chengdu'].includes(o.entityId) && o.year >= 2015 && o.year <= 2024).map((o) => o.year),
    );
    const chinaYears = new Set(observations.filter((o) => o.metricId === 'tal_rd_intensity' && o.entityId === 'china').map((o) => o.year));
    expect(chinaRows.length).toBe([...shownYears].filter((y) => chinaYears.has(y)).length);
    expect(chinaRows.length).toBeGreaterThan(0);
    expect(card).toHaveTextContent(/Dashed grey line: China's national figure for the same years/);
  });
});
