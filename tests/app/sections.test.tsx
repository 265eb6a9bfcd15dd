import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { entities, events, fabs, industries, metrics, observations, sources } from '../../mocks/data';
import { CITY_IDS } from '../../src/api/vocabulary';
import { CITY_NAMES } from '../../src/domain/cities';
import { formatValue } from '../../src/domain/format';
import { renderApp } from '../test-utils';

async function findCard(title: string) {
  return screen.findByRole('region', { name: title });
}

describe('sections, in table view, show their own data', () => {
  it('Overview: GDP with each city’s latest preferred value, its year and status', async () => {
    renderApp('/?view=table');
    const gdp = metrics.find((m) => m.id === 'ctx_gdp');
    if (!gdp) throw new Error('the dataset has no ctx_gdp metric');
    const card = await findCard(gdp.label);
    const table = await within(card).findByRole('table');
    for (const city of CITY_IDS) {
      // The default view covers 2015 to 2024; the losing side of a disagreement is never shown.
      const candidates = observations.filter(
        (o) => o.metricId === 'ctx_gdp' && o.entityId === city && o.year >= 2015 && o.year <= 2024 && o.preferred !== false && !o.period,
      );
      const latestYear = Math.max(...candidates.map((o) => o.year));
      const inYear = candidates.filter((o) => o.year === latestYear);
      const latest = inYear.find((o) => o.preferred) ?? inYear.find((o) => o.status === 'reported') ?? inYear[0];
      // Every city has GDP in the default years: a missing value fails here rather than being skipped.
      if (!latest) throw new Error(`no GDP value for ${city} between 2015 and 2024 in the dataset`);
      const row = within(table)
        .getAllByRole('row')
        .find((r) => r.textContent?.includes(CITY_NAMES[city].en) && r.textContent.includes(String(latest.year)));
      expect(row, `${city} ${latest.year}`).toBeDefined();
      expect(row).toHaveTextContent(formatValue(latest, gdp));
    }
  });

  it('Industries: every industry of the selected cities, and none of the others', async () => {
    renderApp('/industries?view=table&cities=wuhan,chengdu');
    const table = await within(await findCard('Pillar industry output')).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    for (const industry of industries) {
      const shown = rows.some(
        (r) => r.textContent?.includes(CITY_NAMES[industry.cityId].en) && r.textContent.includes(industry.name),
      );
      expect(shown, `${industry.cityId}: ${industry.name}`).toBe(industry.cityId !== 'xian');
    }
  });

  it('Chips: every known plant in the table, with its status', async () => {
    renderApp('/chips?view=table');
    const table = await within(await findCard('Chip plants by status')).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(fabs.length);
    const halted = fabs.find((f) => f.status === 'halted');
    if (!halted) throw new Error('the dataset has no halted plant');
    expect(rows.find((r) => r.textContent?.includes(halted.name))).toHaveTextContent('Halted');
  });

  it('Timeline: city events of the selected cities plus national events', async () => {
    renderApp('/timeline?view=table&cities=xian');
    const table = await within(await findCard('Events that shaped the three hubs')).findByRole('table');
    // An event belongs to the city its entity sits in (walking up parents); the rest are national.
    const cityOf = (id: string | null | undefined): string | undefined =>
      !id ? undefined : (CITY_IDS as readonly string[]).includes(id) ? id : cityOf(entities.find((e) => e.id === id)?.parentId);
    const expected = events.filter((e) => cityOf(e.entityId) === 'xian' || cityOf(e.entityId) === undefined);
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(expected.length);
  });

  it('Sources & data: every source listed, linked only when public', async () => {
    renderApp('/sources');
    const table = await within(await findCard('Sources')).findByRole('table');
    for (const source of sources) {
      const title = within(table).getByText(source.title, { exact: true });
      if (source.url) expect(title.closest('a')).toHaveAttribute('href', source.url);
      else expect(title.closest('a')).toBeNull();
    }
  });

  it('Sources & data: the values table filters by status', async () => {
    const { user } = renderApp('/sources');
    const card = await findCard('Every value');
    await within(card).findByRole('table');
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Status' }), 'estimate');
    const estimates = observations.filter((o) => o.status === 'estimate').length;
    expect(within(card).getByText(`${estimates} of ${observations.length} values, all places and metrics`)).toBeInTheDocument();
    const statusCells = within(card)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('.status-badge')?.textContent);
    expect(new Set(statusCells)).toEqual(new Set(['Estimate']));
  });

  it('switches every card between chart and table from one control', async () => {
    const { user } = renderApp('/chips');
    const card = await findCard('Chip plants by status');
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
    expect(await within(card).findByRole('figure')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Tables' }));
    expect(await within(card).findByRole('table')).toBeInTheDocument();
  });
});
