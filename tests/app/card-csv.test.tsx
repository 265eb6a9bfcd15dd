import { configure, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { metrics, sources } from '../../mocks/data';
import type { Qualifier, Status } from '../../src/api/schemas';
import { QUALIFIERS, STATUS_LABELS } from '../../src/api/vocabulary';
import { QUALIFIER_CSV_TEXT } from '../../src/export/csv/observation-csv';
import { formatQualifiedNumber, formatYearSpan } from '../../src/domain/format';
import { renderApp } from '../test-utils';

// A section's first render loads its lazy route and Recharts; on a shared 2-core machine that can pass 5 s.
configure({ asyncUtilTimeout: 15_000 });

/*
 * Each card's "CSV data" export, read back as a spreadsheet would, against the cells of the same
 * card's table view: the rows are the rows the table shows, values are numbers in the unit the card
 * shows, missing values are empty, and every row names its unit, year, status and source.
 */

let saved: Blob[] = [];

beforeEach(() => {
  saved = [];
  // jsdom neither makes object URLs nor downloads: keep what would have been saved.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      saved.push(blob);
      return `blob:test/${saved.length}`;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

type Csv = { header: string[]; rows: Record<string, string>[] };

/** Chooses Export → CSV data on a card and parses the file it saves. */
async function exportCsv(user: UserEvent, card: HTMLElement): Promise<Csv> {
  await user.click(within(card).getByRole('button', { name: /^Export/ }));
  // The menu's code loads when the button is first reached for.
  await user.click(await within(card).findByRole('button', { name: 'CSV data' }));
  await waitFor(() => expect(saved).toHaveLength(1));
  const text = (await saved[0]!.text()).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

/** A card's table as text: its column headers and each body row's cells. */
async function tableOf(title: string) {
  const card = await screen.findByRole('region', { name: title });
  const table = await within(card).findByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((th) => (th.textContent ?? '').replace(/[\u00a0▲▼↕]/g, '').trim());
  const rows = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => within(tr).getAllByRole('cell').map((td) => td.textContent ?? ''));
  const cell = (row: readonly string[], header: string) => {
    const index = headers.findIndex((h) => h.startsWith(header));
    if (index === -1) throw new Error(`no column ${header} in ${headers.join(', ')}`);
    return row[index] ?? '';
  };
  return { card, rows, cell };
}

/** A CSV value as the table writes it: its qualifier ("~", "≥", a range) and decimals. */
function shownNumber(row: Record<string, string>, decimals: number, prefix = '') {
  const at = (name: string) => row[prefix ? `${prefix}_${name}` : name] ?? '';
  const qualifier = QUALIFIERS.find((q: Qualifier) => QUALIFIER_CSV_TEXT[q] === at('qualifier'));
  const high = at('value_high');
  return formatQualifiedNumber({ value: Number(at('value')), valueHigh: high === '' ? undefined : Number(high), qualifier }, decimals);
}

const shortTitle = (title: string) => sources.find((s) => s.title === title)?.shortTitle;
const statusLabel = (status: string | undefined) => STATUS_LABELS[status as Status];
const metric = (id: string) => {
  const found = metrics.find((m) => m.id === id);
  if (!found) throw new Error(`no metric ${id}`);
  return found;
};

/** Every row names what its number is: a unit, and where it has a value, a year, a status and a source. */
function expectProvenance(csv: Csv, { unit = 'unit', year = 'year', status = 'status', source = 'source', value = 'value' } = {}) {
  for (const column of [unit, year, status, source, value]) expect(csv.header).toContain(column);
  for (const row of csv.rows) {
    expect(row[value]).not.toBe('0');
    if (row[value] === '') continue;
    expect(Number.isFinite(Number(row[value])), `${row[value]} is a number`).toBe(true);
    for (const column of [unit, year, status, source]) expect(row[column], `${column} of ${JSON.stringify(row)}`).not.toBe('');
  }
}

describe('each card’s CSV matches the rows of its table', () => {
  it('a trend card per capita in US$: the values the table shows, in US$ per resident, with the rate and the division named', async () => {
    const { user } = renderApp('/?norm=perCapita&cur=USD&view=table');
    const { card, rows, cell } = await tableOf('GDP');
    const csv = await exportCsv(user, card);
    expectProvenance(csv);
    expect(csv.rows).toHaveLength(rows.length);
    const screenKeys = rows.map((r) => [cell(r, 'Place'), cell(r, 'Year'), cell(r, 'Value'), cell(r, 'Status'), cell(r, 'Source')].join('|')).sort();
    const csvKeys = csv.rows
      .map((r) => [`${r.place} ${r.place_zh}`, r.year, `${shownNumber(r, 0)} USD per resident`, statusLabel(r.status), shortTitle(r.source ?? '')].join('|'))
      .sort();
    expect(csvKeys).toEqual(screenKeys);
    for (const row of csv.rows) {
      expect(row.unit).toBe('USD per resident');
      expect(row.derivation).toMatch(/^Per capita: divided by the permanent population of the same year; converted at 1 CNY = [\d.]+ USD \(\d{4}\)$/);
    }
  });

  it('front-end capacity: one row per city and plant status, in 300 mm-equivalent wafers a month', async () => {
    const { user } = renderApp('/chips?view=table');
    const { card, rows, cell } = await tableOf('Front-end wafer capacity');
    const csv = await exportCsv(user, card);
    expectProvenance(csv);
    expect(csv.rows).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const line = csv.rows[i]!;
      expect(`${line.city} ${line.city_zh}`).toBe(cell(row, 'City'));
      expect(line.plant_status).toBe(cell(row, 'Plant status'));
      expect(cell(row, '300 mm-eq.')).toBe(shownNumber(line, 0));
      expect(line.year).toBe(cell(row, 'Year'));
      expect(statusLabel(line.status)).toBe(cell(row, 'Status'));
      expect(line.unit).toBe('300 mm-equivalent wafers per month');
      expect(Number(line.plants)).toBeGreaterThan(0);
    });
  });

  it('chip investment: committed and lost per city in the chosen currency, with the plants summed', async () => {
    const { user } = renderApp('/chips?view=table&cur=USD');
    const { card, rows, cell } = await tableOf('Chip investment committed and lost');
    const csv = await exportCsv(user, card);
    expectProvenance(csv);
    expect(csv.rows).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const line = csv.rows[i]!;
      expect(`${line.city} ${line.city_zh}`).toBe(cell(row, 'City'));
      expect(line.counted_as).toBe(cell(row, 'Counted as'));
      expect(cell(row, 'Total')).toBe(`US$ ${shownNumber(line, 1)} bn`);
      expect([line.unit, line.currency]).toEqual(['USD bn', 'USD']);
      expect(statusLabel(line.status)).toBe(cell(row, 'Status'));
      expect(line.plants_summed).toMatch(/\S/);
    });
  });

  it('chip plants: one row per plant, capacity and investment each with year, status and source; not stated is empty', async () => {
    const { user } = renderApp('/chips?view=table');
    const { card, rows, cell } = await tableOf('Chip plants by status');
    const csv = await exportCsv(user, card);
    for (const column of ['plant', 'city', 'plant_status', 'capacity_value', 'capacity_unit', 'capacity_year', 'capacity_status', 'capacity_source', 'investment_value', 'investment_unit', 'investment_status', 'plant_sources'])
      expect(csv.header).toContain(column);
    expect(csv.rows.map((r) => r.plant)).toEqual(rows.map((r) => cell(r, 'Plant')));
    rows.forEach((row, i) => {
      const line = csv.rows[i]!;
      expect(`${line.city} ${line.city_zh}`).toBe(cell(row, 'City'));
      expect(line.plant_status).toBe(cell(row, 'Status'));
      if (line.capacity_value === '') expect(cell(row, 'Capacity')).toBe('not stated');
      else {
        expect(cell(row, 'Capacity')).toBe(`${shownNumber(line, 0, 'capacity')} (${line.capacity_year}) ${statusLabel(line.capacity_status)}`);
        expect(line.capacity_source).not.toBe('');
      }
      if (line.investment_value === '') expect(cell(row, 'Investment')).toBe('not stated');
      else expect(line.investment_unit).toMatch(/^(CNY|USD|CAD) (m|bn)$/);
    });
    expect(csv.rows.some((r) => r.capacity_value === '')).toBe(true);
  });

  it('the talent race: each measure per city with who leads; a city without a figure is an empty value', async () => {
    const { user } = renderApp('/talent?view=table');
    const { card, rows, cell } = await tableOf('Talent race');
    const csv = await exportCsv(user, card);
    expectProvenance(csv);
    const cities = ['Wuhan 武汉', "Xi'an 西安", 'Chengdu 成都'];
    expect(csv.rows).toHaveLength(rows.length * cities.length);
    let missing = 0;
    for (const row of rows) {
      const lines = csv.rows.filter((r) => cell(row, 'Measure').startsWith(r.metric ?? '?'));
      expect(lines).toHaveLength(cities.length);
      for (const line of lines) {
        const shown = cell(row, `${line.place} ${line.place_zh}`);
        if (line.value === '') {
          missing += 1;
          expect(shown).toBe('no figure');
          continue;
        }
        expect(shown).toContain(shownNumber(line, metric(line.metric_id!).decimals));
        expect(shown).toContain(`(${line.year}) ${statusLabel(line.status)}`);
        expect(line.who_leads).toBe(cell(row, 'Who leads'));
      }
    }
    expect(missing).toBeGreaterThan(0);
  });

  it('pillar industry output: every industry the table lists, output in the chosen currency or empty with the reason', async () => {
    const { user } = renderApp('/industries?view=table');
    const { card, rows, cell } = await tableOf('Pillar industry output');
    const csv = await exportCsv(user, card);
    expectProvenance(csv, { value: 'output_value', unit: 'output_unit', year: 'output_year', status: 'output_status', source: 'output_source' });
    expect(csv.rows).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const line = csv.rows[i]!;
      expect(`${line.city} ${line.city_zh}`).toBe(cell(row, 'City'));
      expect(cell(row, 'Industry').startsWith(line.industry!)).toBe(true);
      const output = cell(row, 'Output');
      if (line.output_value === '') expect(output).toMatch(/no figure|not convertible/);
      else expect(output).toBe(`CNY ${shownNumber(line, 1, 'output')} bn (${line.output_year}) ${statusLabel(line.output_status)}`);
      const growth = cell(row, 'Growth');
      if (line.growth_value === '') expect(growth).toBe('no figure');
      else expect(growth).toContain(`${shownNumber(line, 1, 'growth')}%`);
    });
  });

  it('the timeline: every event shown, by date, with place, kind, status and sources', async () => {
    const { user } = renderApp('/timeline?view=table&cities=wuhan');
    const { card, rows, cell } = await tableOf('Events that shaped the three hubs');
    const csv = await exportCsv(user, card);
    for (const column of ['date', 'year', 'place', 'kind', 'event', 'status', 'source', 'source_url']) expect(csv.header).toContain(column);
    expect(csv.rows).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const line = csv.rows[i]!;
      expect(line.date).toBe(cell(row, 'Date'));
      expect(line.place).toBe(cell(row, 'Place'));
      expect(line.kind).toBe(cell(row, 'Kind'));
      expect(cell(row, 'Event').startsWith(line.event!)).toBe(true);
      expect(statusLabel(line.status)).toBe(cell(row, 'Status'));
      expect(line.source).not.toBe('');
    });
  });

  it('the insights: each sentence as shown, with the values, statuses and sources behind it', async () => {
    const { user } = renderApp('/');
    const card = await screen.findByRole('region', { name: 'What the data says' });
    const sentences = (await within(card).findAllByRole('listitem')).map((li) => li.textContent);
    const csv = await exportCsv(user, card);
    expect(csv.rows.map((r) => r.finding)).toEqual(sentences);
    const leads = csv.rows.filter((r) => / leads on /.test(r.finding ?? ''));
    expect(leads.length).toBeGreaterThan(0);
    for (const row of leads) {
      expect(Number(row.values_behind)).toBeGreaterThan(1);
      expect(row.status).toMatch(/^(reported|seed|estimate)(; (reported|seed|estimate))*$/);
      expect(row.source).not.toBe('');
      // The years of the values behind it are the years the sentence names.
      for (const year of (row.year ?? '').split('–')) expect(row.finding).toContain(year);
    }
  });

  it('the headline figures: each metric per city, its latest year, and the span in the footer', async () => {
    const { user } = renderApp('/?view=table&from=2018&to=2020');
    const { card, rows, cell } = await tableOf('Headline figures');
    const csv = await exportCsv(user, card);
    expectProvenance(csv);
    expect(csv.rows).toHaveLength(rows.length * 3);
    for (const line of csv.rows) {
      const row = rows.find((r) => cell(r, 'Metric') === line.metric)!;
      const shown = cell(row, `${line.place} ${line.place_zh}`);
      if (line.value === '') expect(shown).toBe('no figure in these years');
      else expect(shown).toContain(`${line.year} ${statusLabel(line.status)}`);
    }
    const years = csv.rows.filter((r) => r.year !== '').map((r) => Number(r.year));
    expect(within(card).getByText(new RegExp(`Data: ${formatYearSpan(years)}`))).toBeInTheDocument();
  });
});
