import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deckToJson, type Deck } from '../../src/features/presentation/model/deck-schema';
import { LEGACY_DECK_KEY } from '../../src/features/presentation/model/deck-store';
import { deck as makeDeck, slide } from '../factories';
import { currentUrl, renderApp } from '../test-utils';

const deck: Deck = makeDeck('Test deck', [
  slide({ id: 'a', title: 'Chips capacity', notes: 'Point at the halted bar.' }),
  slide({ id: 'b', title: 'Talent in Wuhan', path: '/talent', search: 'cities=wuhan' }),
  slide({ id: 'c', title: 'Timeline', path: '/timeline', search: '' }),
]);

function storeDeck(value: Deck = deck) {
  localStorage.setItem(LEGACY_DECK_KEY, deckToJson(value));
}

// Sections are lazy routes and navigations are transitions: the old slide stays until the new
// section's code has loaded, so each step is awaited.
const bar = () => screen.getByRole('region', { name: 'Presentation' });

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.presenting;
  delete document.documentElement.dataset.spotlight;
});

describe('presentation mode', () => {
  it('P enters at the first slide: the slim bar replaces the header and the slide is in the URL', async () => {
    storeDeck();
    const { user } = renderApp('/');
    // The deck tools and their keys load after the section's first content.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Present' })).toBeEnabled());
    await user.keyboard('p');
    await waitFor(() => expect(currentUrl()).toBe('/chips?card=capacity&slide=1'));
    // The slim bar loads on first use (its own chunk).
    expect(within(await screen.findByRole('region', { name: 'Presentation' })).getByText('1 / 3')).toBeInTheDocument();
    expect(within(bar()).getByText('Chips capacity')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).not.toBeInTheDocument();
    expect(document.documentElement.dataset.presenting).toBe('');
    expect(await screen.findByRole('heading', { name: 'Front-end wafer capacity' })).toBeInTheDocument();
  });

  it('P pressed before the deck tools have loaded is not lost: presentation starts when they arrive', async () => {
    storeDeck();
    const { user } = renderApp('/');
    await user.keyboard('p');
    await waitFor(() => expect(currentUrl()).toBe('/chips?card=capacity&slide=1'));
    expect(await screen.findByRole('region', { name: 'Presentation' })).toBeInTheDocument();
  });

  it('steps forward and back with the arrows, Page keys and space, and jumps with Home and End', async () => {
    storeDeck();
    const { user } = renderApp('/chips?card=capacity&slide=1');
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(currentUrl()).toBe('/talent?cities=wuhan&slide=2'));
    await user.keyboard(' ');
    await waitFor(() => expect(currentUrl()).toBe('/timeline?slide=3'));
    // Past the last slide nothing happens.
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(currentUrl()).toBe('/timeline?slide=3'));
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(currentUrl()).toBe('/talent?cities=wuhan&slide=2'));
    await user.keyboard('{Home}');
    await waitFor(() => expect(currentUrl()).toBe('/chips?card=capacity&slide=1'));
    await user.keyboard('{End}');
    expect(within(bar()).getByText('3 / 3')).toBeInTheDocument();
  });

  it('Esc leaves the mode and keeps the view of the slide', async () => {
    storeDeck();
    const { user } = renderApp('/talent?cities=wuhan&slide=2');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(currentUrl()).toBe('/talent?cities=wuhan'));
    expect(screen.queryByRole('region', { name: 'Presentation' })).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
    expect(document.documentElement.dataset.presenting).toBeUndefined();
  });

  it('Esc closes the open settings, then the notes shown on screen, and only then leaves the mode', async () => {
    storeDeck();
    const { user } = renderApp('/chips?card=capacity&slide=1');
    const presentation = await screen.findByRole('region', { name: 'Presentation' });
    await user.click(within(presentation).getByRole('button', { name: 'Settings' }));
    await user.click(within(presentation).getByRole('checkbox', { name: /Show speaker notes on this screen/ }));
    expect(within(presentation).getByRole('complementary', { name: 'Speaker notes' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(within(presentation).getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-expanded', 'false');
    expect(within(presentation).getByRole('button', { name: 'Settings' })).toHaveFocus();
    expect(within(presentation).getByRole('complementary', { name: 'Speaker notes' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/chips?card=capacity&slide=1');

    await user.keyboard('{Escape}');
    expect(within(presentation).queryByRole('complementary', { name: 'Speaker notes' })).not.toBeInTheDocument();
    expect(currentUrl()).toBe('/chips?card=capacity&slide=1');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(currentUrl()).toBe('/chips?card=capacity'));
  });

  it('does not step while focus is in a control', async () => {
    storeDeck();
    const { user } = renderApp('/chips?card=capacity&slide=1');
    await user.click(within(bar()).getByRole('button', { name: 'Settings' }));
    const from = within(bar()).getByRole('combobox', { name: 'From' });
    from.focus();
    await user.keyboard('{ArrowRight}{PageDown} ');
    expect(currentUrl()).toContain('slide=1');
  });

  it('P does nothing once single-key shortcuts are off', async () => {
    storeDeck();
    localStorage.setItem('hubscope.shortcuts', 'off');
    const { user } = renderApp('/');
    await user.keyboard('p');
    await waitFor(() => expect(currentUrl()).toBe('/'));
    await user.click(screen.getByRole('button', { name: 'Present' }));
    await waitFor(() => expect(currentUrl()).toBe('/chips?card=capacity&slide=1'));
  });

  it('a changed control is temporary until “Update slide” saves it to the deck', async () => {
    storeDeck();
    const { user } = renderApp('/chips?card=capacity&slide=1');
    expect(within(bar()).queryByRole('button', { name: 'Update slide' })).not.toBeInTheDocument();
    await user.keyboard('2');
    await waitFor(() => expect(currentUrl()).toBe('/chips?spot=xian&card=capacity&slide=1'));
    expect(within(bar()).getByText(/Changed on screen only/)).toBeInTheDocument();

    await user.click(within(bar()).getByRole('button', { name: 'Revert' }));
    await waitFor(() => expect(currentUrl()).toBe('/chips?card=capacity&slide=1'));

    await user.keyboard('2');
    await user.click(within(bar()).getByRole('button', { name: 'Update slide' }));
    expect(within(bar()).getByRole('status')).toHaveTextContent('Slide 1 now shows this view.');
    expect(JSON.parse(localStorage.getItem(LEGACY_DECK_KEY) ?? '{}').slides[0].search).toBe('spot=xian&card=capacity');
    await user.keyboard('{ArrowRight}{ArrowLeft}');
    await waitFor(() => expect(currentUrl()).toBe('/chips?spot=xian&card=capacity&slide=1'));
  });

  it('keeps the speaker notes off the shared screen unless the presenter ticks the box for it in Settings', async () => {
    storeDeck();
    const { user } = renderApp('/chips?card=capacity&slide=1');
    expect(within(bar()).getByRole('button', { name: 'Presenter view' })).toBeInTheDocument();
    expect(within(bar()).queryByRole('button', { name: 'Notes' })).not.toBeInTheDocument();
    expect(screen.queryByText('Point at the halted bar.')).not.toBeInTheDocument();
    await user.click(within(bar()).getByRole('button', { name: 'Settings' }));
    await user.click(within(bar()).getByRole('checkbox', { name: 'Show speaker notes on this screen (the audience sees them)' }));
    expect(screen.getByRole('complementary', { name: 'Speaker notes' })).toHaveTextContent('Point at the halted bar.');
  });

  it('a link to a slide past the end shows the last slide and says so', async () => {
    storeDeck();
    renderApp('/?slide=9');
    await waitFor(() => expect(currentUrl()).toBe('/timeline?slide=3'));
    expect(within(bar()).getByRole('status')).toHaveTextContent('This deck has 3 slides; slide 9 does not exist');
  });

  it('uses the projector theme unless the link names a theme', () => {
    storeDeck();
    const { unmount } = renderApp('/chips?card=capacity&slide=1');
    expect(document.documentElement.dataset.theme).toBe('contrast');
    unmount();
    renderApp('/chips?card=capacity&theme=light&slide=1');
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('presents the default deck when none was built', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Present' }));
    await waitFor(() => expect(currentUrl()).toMatch(/slide=1/));
    expect(within(bar()).getByText(/^1 \/ \d+$/)).toBeInTheDocument();
  });
});
