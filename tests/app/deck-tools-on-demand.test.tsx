import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DECK } from '../../src/features/presentation/model/default-deck';
import { renderApp } from '../test-utils';

// One scenario per file: whether the deck tools have been asked for is page-wide state.
afterEach(() => localStorage.clear());

describe('the deck tools load when first asked for', () => {
  it('are not loaded with the page; a keyboard user who presses Add to deck meanwhile gets the slide and keeps focus', async () => {
    const { user } = renderApp('/chips');
    await screen.findByRole('heading', { name: /Chip plants/i, level: 2 });
    // Still the placeholder: the editor's button has no slide count until the deck is loaded.
    expect(screen.getByRole('button', { name: 'Deck' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Deck \(\d+\)$/ })).not.toBeInTheDocument();

    // Focus asks for the tools; Enter on the placeholder is carried out once they are here.
    screen.getByRole('button', { name: 'Add to deck' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/^Added slide \d+: /)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Deck (${DEFAULT_DECK.slides.length + 1})` })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add to deck' })).toHaveFocus());
    // Pressed once, added once.
    expect(screen.getAllByText(/^Added slide \d+: /)).toHaveLength(1);
  });
});
