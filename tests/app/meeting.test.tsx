import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { meta } from '../../mocks/data';
import { LinkTools } from '../../src/app/link-tools';
import { decodeDeckParam, deckParamOf } from '../../src/features/presentation/model/deck-link';
import { DEFAULT_DECK } from '../../src/features/presentation/model/default-deck';
import { currentUrl, renderApp, renderWithProviders } from '../test-utils';

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.spotlight;
});

describe('spotlight and keyboard shortcuts', () => {
  it('spotlights a city with its number key, again to clear, and 0 clears', async () => {
    const { user } = renderApp('/');
    await user.keyboard('2');
    expect(document.documentElement.dataset.spotlight).toBe('xian');
    expect(currentUrl()).toContain('spot=xian');
    expect(screen.getByRole('combobox', { name: 'Spotlight' })).toHaveValue('xian');
    await user.keyboard('2');
    expect(document.documentElement.dataset.spotlight).toBeUndefined();
    await user.keyboard('3');
    expect(document.documentElement.dataset.spotlight).toBe('chengdu');
    await user.keyboard('0');
    expect(document.documentElement.dataset.spotlight).toBeUndefined();
    expect(currentUrl()).not.toContain('spot=');
  });

  it('opens a spotlighted link spotlighted', () => {
    renderApp('/?spot=wuhan');
    expect(document.documentElement.dataset.spotlight).toBe('wuhan');
  });

  it('never fires while typing in a field or number input', async () => {
    const { user } = renderApp('/');
    const weights = await screen.findByRole('group', { name: 'Weights' });
    const pillar = within(weights).getByRole('spinbutton', { name: 'Pillar industries' });
    await user.clear(pillar);
    await user.type(pillar, '2');
    expect(document.documentElement.dataset.spotlight).toBeUndefined();
    expect(currentUrl()).toContain('w=pillar');
    expect(currentUrl()).not.toContain('spot=');
  });

  it('can be turned off in the shortcuts list, which ? opens', async () => {
    const { user } = renderApp('/');
    await user.keyboard('?');
    // The list loads on first use.
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText(/Spotlight Wuhan, Xi'an, Chengdu/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Single-key shortcuts on' }));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.keyboard('1');
    expect(document.documentElement.dataset.spotlight).toBeUndefined();
  });

  it('switches every card between chart and table with t', async () => {
    const { user } = renderApp('/chips');
    await screen.findByRole('region', { name: 'Chip plants by status' });
    await user.keyboard('t');
    expect(currentUrl()).toContain('view=table');
  });
});

describe('links', () => {
  it('copies a link with the year range written out and the dataset version, without mock switches', async () => {
    // user-event provides the clipboard; the test reads back what the app wrote to it.
    const { user } = renderApp('/chips?cities=wuhan,xian&_scenario=fabs:slow');
    await screen.findByText(new RegExp(`Dataset ${meta.datasetVersion.replaceAll('.', '\\.')}`));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    const link = new URL(await navigator.clipboard.readText());
    expect(link.pathname).toBe('/chips');
    expect(Object.fromEntries(link.searchParams)).toEqual({ cities: 'wuhan,xian', from: '2015', to: '2024', v: meta.datasetVersion });
  });

  it('copies a slide’s link with its deck after #, so the deck never reaches a server', async () => {
    const { user } = renderWithProviders(<LinkTools />, { url: '/chips?card=capacity&slide=5' });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    const link = new URL(await navigator.clipboard.readText());
    expect(link.searchParams.get('slide')).toBe('5');
    expect(link.searchParams.has('deck')).toBe(false);
    expect(link.hash.startsWith('#deck=')).toBe(true);
    expect(decodeDeckParam(deckParamOf(link.search, link.hash) ?? '')).toEqual({ ok: true, deck: DEFAULT_DECK });
  });

  it('says a simulated fault is simulated, and Reset view takes it away with the data reloaded', async () => {
    const { user } = renderApp('/talent?cities=xian&_scenario=observations:empty,all:slow');
    const banner = screen.getByRole('note', { name: 'Simulated fault' });
    expect(banner).toHaveTextContent('Simulated faults: observations: empty; every endpoint: slow answer.');
    expect(banner).toHaveTextContent('not a real failure');
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    await waitFor(() => expect(currentUrl()).toBe('/talent'));
    expect(screen.getByText('View reset to the defaults; simulated faults cleared and the data reloaded.')).toBeInTheDocument();
    expect(screen.queryByRole('note', { name: 'Simulated fault' })).not.toBeInTheDocument();
  });

  it('clears simulated faults from their banner and keeps the view', async () => {
    const { user } = renderApp('/chips?cities=wuhan,xian&_scenario=fabs:serverError');
    await user.click(within(screen.getByRole('note', { name: 'Simulated fault' })).getByRole('button', { name: 'Clear simulated faults' }));
    await waitFor(() => expect(currentUrl()).toBe('/chips?cities=wuhan,xian'));
    expect(screen.queryByRole('note', { name: 'Simulated fault' })).not.toBeInTheDocument();
  });

  it('resets the view to the defaults', async () => {
    const { user } = renderApp('/talent?cities=xian&cur=USD&norm=indexed');
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    await waitFor(() => expect(currentUrl()).toBe('/talent'));
    expect(screen.getByRole('checkbox', { name: /Chengdu/ })).toBeChecked();
  });

  it('says when a link was made with another dataset version', async () => {
    renderApp(`/?v=2020.01.1`);
    const notice = await screen.findByRole('status', { name: 'Dataset version' });
    expect(notice).toHaveTextContent(`made with dataset 2020.01.1; you are seeing dataset ${meta.datasetVersion}`);
  });

  it('does not show a v= that is not a dataset version, and says it was ignored', async () => {
    renderApp(`/?v=${encodeURIComponent('Call +1 555 0100 to confirm')}`);
    const linkNotice = await screen.findByRole('status', { name: 'Link notice' });
    expect(linkNotice).toHaveTextContent('v=Call +1 555 0100 to confirm: not a valid value; the default was used');
    await screen.findByText(new RegExp(`Dataset ${meta.datasetVersion.replaceAll('.', '\\.')}`));
    expect(screen.queryByRole('status', { name: 'Dataset version' })).not.toBeInTheDocument();
  });
});
