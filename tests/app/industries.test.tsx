import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { industries, observations, rates } from '../../mocks/data';
import { filterObservations, parseObservationQuery } from '../../mocks/handlers/observations';
import { server } from '../../mocks/node';
import type { Industry, Observation } from '../../src/api/schemas';
import { cityLabel } from '../../src/domain/cities';
import { findRate } from '../../src/domain/currency';
import { formatMoneyFigure, formatNumber } from '../../src/domain/format';
import { renderApp } from '../test-utils';

const CARDS = 'Pillar industries by city';
const OUTPUT = 'Pillar industry output';

function serveIndustries(list: Industry[]) {
  server.use(http.get('*/api/v1/industries', () => HttpResponse.json({ data: list })));
}

function serveObservations(list: Observation[]) {
  server.use(
    http.get('*/api/v1/observations', ({ request }) => {
      const parsed = parseObservationQuery(new URL(request.url).searchParams);
      if (!parsed.ok) throw new Error(parsed.message);
      return HttpResponse.json({ data: filterObservations(list, parsed.filters) });
    }),
  );
}

function find(id: string): Industry {
  const industry = industries.find((i) => i.id === id);
  if (!industry) throw new Error(`the dataset has no industry ${id}`);
  return industry;
}

function withOutput(industry: Industry, value: number): Industry {
  if (!industry.output) throw new Error(`${industry.id} has no output`);
  return { ...industry, output: { ...industry.output, value } };
}

describe('Industries: pillar industries by city', () => {
  it('shows a changed dataset: another largest industry, a tie, and a city with no industries', async () => {
    const software = find('wuhan_software');
    const optics = find('wuhan_optoelectronics');
    const einfo = find('chengdu_einfo');
    const cdSoftware = find('chengdu_software');
    // Wuhan's software now outgrows its optics cluster; Chengdu's two headline industries tie; Xi'an has none.
    const newLead = withOutput(software, (optics.output?.value ?? 0) + 123.4);
    const tied = withOutput(cdSoftware, einfo.output?.value ?? 0);
    serveIndustries([
      ...industries.filter((i) => i.cityId === 'wuhan' && i.id !== software.id),
      newLead,
      ...industries.filter((i) => i.cityId === 'chengdu' && i.id !== cdSoftware.id),
      tied,
    ]);
    renderApp('/industries');
    const card = await screen.findByRole('region', { name: CARDS });

    const wuhan = await within(card).findByRole('article', { name: cityLabel('wuhan') });
    const lead = within(wuhan).getByText(/Largest stated output/);
    expect(lead).toHaveTextContent(`Largest stated output: ${software.name}, ${formatMoneyFigure(newLead.output ?? { value: 0 })} (${software.output?.year})`);

    const chengdu = within(card).getByRole('article', { name: cityLabel('chengdu') });
    expect(within(chengdu).getByText(/Largest stated output/)).toHaveTextContent(
      `Largest stated output (tie): ${[einfo.name, cdSoftware.name].sort().join(' and ')}`,
    );

    const xian = within(card).getByRole('article', { name: cityLabel('xian') });
    expect(within(xian).getByText('No pillar industries listed for this city.')).toBeInTheDocument();
  });

  it('labels zone-level industries and never names one as the city’s largest', async () => {
    const zone = industries.find((i) => i.geoLevel === 'zone' && i.output);
    if (!zone?.output) throw new Error('the dataset has no zone-level industry with an output');
    // The zone's figure becomes the biggest number in its city; it must still not count as the city's largest.
    const bigZone = withOutput(zone, 99_999);
    serveIndustries([...industries.filter((i) => i.id !== zone.id), bigZone]);
    renderApp('/industries');
    const card = await screen.findByRole('region', { name: CARDS });
    const city = await within(card).findByRole('article', { name: cityLabel(zone.cityId) });
    const item = within(city).getByText(zone.name).closest('li');
    expect(item).toHaveTextContent('Zone-level, not a city total');
    expect(item).toHaveTextContent(formatMoneyFigure(bigZone.output ?? { value: 0 }));
    expect(within(city).getByText(/Largest stated output/)).not.toHaveTextContent(zone.name);
  });

  it('follows the city selection', async () => {
    const { user } = renderApp('/industries?view=table');
    const card = await screen.findByRole('region', { name: CARDS });
    const table = await within(card).findByRole('table');
    const xianNames = industries.filter((i) => i.cityId === 'xian').map((i) => i.name);
    expect(within(table).getAllByRole('row').some((r) => r.textContent?.includes(cityLabel('xian')))).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /Xi'an/ }));
    const rows = within(within(card).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(industries.filter((i) => i.cityId !== 'xian').length);
    for (const name of xianNames) expect(rows.some((r) => r.textContent?.includes(name) && r.textContent.includes(cityLabel('xian')))).toBe(false);
  });
});

describe('Industries: output in the chosen currency', () => {
  it('converts every output to US dollars at the rate of its own year, named in the footer, or says it could not', async () => {
    renderApp('/industries?view=table&cur=USD');
    const card = await screen.findByRole('region', { name: OUTPUT });
    const table = await within(card).findByRole('table');
    const withOutputs = industries.filter((i) => i.output?.currency === 'CNY');
    expect(withOutputs.length).toBeGreaterThan(0);
    let converted = 0;
    for (const industry of withOutputs) {
      const output = industry.output;
      if (!output) continue;
      const rate = findRate('CNY', 'USD', rates, output.year);
      const row = within(table)
        .getAllByRole('row')
        .find((r) => r.textContent?.includes(industry.name) && r.textContent.includes(cityLabel(industry.cityId)));
      if (!rate) {
        // No rate for that year: never converted at another year's rate.
        expect(row, industry.name).not.toHaveTextContent('US$');
        continue;
      }
      converted += 1;
      expect(within(card).getByText(new RegExp(`rate of the figure's year: ${rate.description.replace(/[()]/g, '\\$&')}`))).toBeInTheDocument();
      const expected = formatMoneyFigure({ ...output, value: output.value * rate.factor, currency: 'USD' });
      expect(row, industry.name).toHaveTextContent(`${expected} (${output.year})`);
      if (rate.status === 'estimate') expect(row).toHaveTextContent('Estimate');
    }
    expect(converted).toBeGreaterThan(0);
  });
});

describe('Industries: output over time', () => {
  it('shows a changed high-tech firm count, and per capita divides it by the population of the same year', async () => {
    const base = observations.find((o) => o.entityId === 'wuhan' && o.metricId === 'ind_hitech_firms' && o.year >= 2015 && o.year <= 2024);
    if (!base) throw new Error('the dataset has no Wuhan high-tech firm count in the default years');
    const population = observations.find((o) => o.entityId === 'wuhan' && o.metricId === 'ctx_population' && o.year === base.year);
    if (!population) throw new Error(`no Wuhan population for ${base.year}`);
    const changed = { ...base, value: 12_345 };
    serveObservations([...observations.filter((o) => o.id !== base.id), changed]);

    const { user } = renderApp('/industries?view=table');
    const card = await screen.findByRole('region', { name: 'National high-tech enterprises' });
    const wuhanRow = async () =>
      (await within(card).findAllByRole('row')).find((r) => r.textContent?.includes('Wuhan') && r.textContent.includes(String(base.year)));
    expect(within((await wuhanRow()) as HTMLElement).getByRole('cell', { name: '12,345 firms' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Values' }), 'perCapita');
    const perThousand = (12_345 * 1_000) / (population.value * 1e6);
    await waitFor(async () => expect(await wuhanRow()).toHaveTextContent(`${formatNumber(perThousand, 2)} per 1,000 residents`));
    // The value cell is per 1,000 residents now; an estimate's derivation may still quote the count, with its unit.
    expect(within((await wuhanRow()) as HTMLElement).queryByRole('cell', { name: '12,345 firms' })).toBeNull();
  });
});
