import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { entities } from '../../mocks/data';
import { CITY_IDS } from '../../src/api/vocabulary';
import { CITY_NAMES } from '../../src/domain/cities';
import { handlersForScenarioParam } from '../../mocks/scenarios';
import { server } from '../../mocks/node';
import { encodeDeckParam } from '../../src/features/presentation/model/deck-link';
import { deck, slide } from '../factories';
import { currentUrl, renderApp } from '../test-utils';

const SECTION_LABELS = ['Overview', 'Industries', 'Talent', 'Chips', 'Timeline', 'Sources & data'];

describe('app shell', () => {
  it('names the product, links the six sections and offers the three cities in English and Chinese', async () => {
    renderApp('/');
    expect(screen.getByText('Hubscope')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(SECTION_LABELS);
    const picker = screen.getByRole('group', { name: 'Cities' });
    for (const id of CITY_IDS) {
      const checkbox = within(picker).getByRole('checkbox', { name: `${CITY_NAMES[id].en} ${CITY_NAMES[id].zh}` });
      expect(checkbox).toBeChecked();
    }
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
  });

  it('says on every page when the API serves synthetic data, and not otherwise', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/^Dataset /)).toBeInTheDocument());
    expect(screen.queryByRole('alert', { name: 'Not real data' })).not.toBeInTheDocument();

    server.use(...handlersForScenarioParam('meta:synthetic'));
    renderApp('/talent');
    expect(await screen.findByRole('alert', { name: 'Not real data' })).toHaveTextContent(/Synthetic data: .*not real figures/);
  });

  it('uses the same city names as the entities the API serves', () => {
    for (const id of CITY_IDS) {
      const entity = entities.find((e) => e.id === id);
      expect(entity, id).toBeDefined();
      expect({ en: entity?.nameEn, zh: entity?.nameZh }).toEqual(CITY_NAMES[id]);
    }
  });

  it('moves between sections as real routes and keeps the city selection', async () => {
    const { user } = renderApp('/?cities=wuhan,xian');
    await user.click(screen.getByRole('link', { name: 'Chips' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Chips' })).toBeInTheDocument();
    expect(currentUrl()).toMatch(/^\/chips\?cities=wuhan(%2C|,)xian$/);
    expect(screen.getByRole('checkbox', { name: /Chengdu/ })).not.toBeChecked();
  });

  it('writes a city change to the URL, leaving the default out', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('checkbox', { name: /Chengdu/ }));
    expect(currentUrl()).toMatch(/cities=wuhan(%2C|,)xian/);
    await user.click(screen.getByRole('checkbox', { name: /Chengdu/ }));
    expect(currentUrl()).toBe('/');
  });

  it('keeps at least one city selected', async () => {
    const { user } = renderApp('/?cities=xian');
    const xian = screen.getByRole('checkbox', { name: /Xi'an/ });
    await user.click(xian);
    expect(xian).toBeChecked();
    expect(currentUrl()).toMatch(/cities=xian/);
  });

  it('opens a bad link at the nearest valid view and says what it ignored', async () => {
    const { user } = renderApp('/?cities=wuhan,atlantis&colour=red&_scenario=fabs:empty');
    const notice = await screen.findByRole('status', { name: 'Link notice' });
    expect(notice).toHaveTextContent('Parts of this link were ignored');
    expect(notice).toHaveTextContent('cities=atlantis: unknown city');
    expect(notice).toHaveTextContent('colour=red: not a Hubscope setting');
    expect(notice).not.toHaveTextContent('_scenario');
    expect(screen.getByRole('checkbox', { name: /Wuhan/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Chengdu/ })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Parts of this link were ignored')).not.toBeInTheDocument();
  });

  it('says so when a section does not exist', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'No such section' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the Overview' })).toBeInTheDocument();
  });
});

describe('themes', () => {
  it('applies the theme named in the URL to the page and offers the system default', async () => {
    const { user } = renderApp('/?theme=contrast');
    expect(document.documentElement.dataset.theme).toBe('contrast');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(currentUrl()).toContain('theme=dark');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'system');
    expect(currentUrl()).not.toContain('theme=');
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});

describe('a link carrying a deck', () => {
  it('keeps the deck notice, with its Undo, after the deck has left the address', async () => {
    const carried = deck('Board briefing', [slide({ id: 'one', title: 'Capacity' })]);
    renderApp(`/chips#deck=${encodeDeckParam(carried)}`);
    const notice = await screen.findByRole('status', { name: 'Deck notice' });
    await waitFor(() => expect(currentUrl()).toBe('/chips'));
    expect(notice).toBeInTheDocument();
    expect(within(notice).getByRole('button', { name: /^Undo/ })).toBeInTheDocument();
  });
});

describe('canonical links', () => {
  it('replaces a bad link with the canonical address of the view it opened', async () => {
    renderApp('/chips?cities=xian,atlantis&cities=wuhan&view=pie&from=2030&to=1990&junk=1&_scenario=fabs:empty');
    expect(await screen.findByRole('status', { name: 'Link notice' })).toBeInTheDocument();
    await waitFor(() => {
      const [path, query] = currentUrl().split('?');
      expect(path).toBe('/chips');
      expect([...new URLSearchParams(query)].sort()).toEqual([
        ['_scenario', 'fabs:empty'],
        ['cities', 'xian'],
      ]);
    });
  });
});
