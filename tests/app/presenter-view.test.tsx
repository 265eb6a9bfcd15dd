import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/api/query-client';
import { AppProviders } from '../../src/app/providers';
import { PresenterRoot } from '../../src/app/presenter/presenter-root';
import { deckToJson, type Deck } from '../../src/features/presentation/model/deck-schema';
import { LEGACY_DECK_KEY } from '../../src/features/presentation/model/deck-store';
import { presenterChannelName, type ScreenState } from '../../src/features/presentation/presenter-channel';
import { deck as makeDeck, screenState, slide } from '../factories';
import { currentUrl, renderApp, TEST_REQUEST_SETTINGS } from '../test-utils';

const deck: Deck = makeDeck('Test deck', [
  slide({ id: 'a', title: 'Chips capacity', notes: 'Point at the halted bar.' }),
  slide({ id: 'b', title: 'Talent in Wuhan', notes: 'Wuhan keeps its graduates.', path: '/talent', search: 'cities=wuhan' }),
  slide({ id: 'c', title: 'Timeline', path: '/timeline', search: '' }),
]);

const bar = () => screen.getByRole('region', { name: 'Presentation' });
const channels: BroadcastChannel[] = [];

/** A BroadcastChannel the test speaks on, closed after the test; `messages` holds what it heard. */
function testChannel(channelId: string) {
  const channel = new BroadcastChannel(presenterChannelName(channelId));
  channels.push(channel);
  const messages: unknown[] = [];
  channel.onmessage = (event: MessageEvent) => messages.push(event.data);
  return { channel, messages };
}

afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
  vi.restoreAllMocks();
  delete document.documentElement.dataset.presenting;
  delete document.documentElement.dataset.spotlight;
});

describe('presenter view: the shared window', () => {
  it('says so when the browser blocks the presenter window, and keeps the notes off this screen', async () => {
    localStorage.setItem(LEGACY_DECK_KEY, deckToJson(deck));
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = renderApp('/chips?card=capacity&slide=1');
    await user.click(await within(await screen.findByRole('region', { name: 'Presentation' })).findByRole('button', { name: 'Presenter view' }));
    expect(open).toHaveBeenCalledOnce();
    expect(within(bar()).getByRole('status')).toHaveTextContent(
      'The browser blocked the presenter window: allow pop-ups for this site and press Presenter view again. Notes stay off this screen.',
    );
    expect(screen.queryByText('Point at the halted bar.')).not.toBeInTheDocument();
  });

  it('opens the presenter view on a channel of its own, sends it the deck and the slide, and goes where it asks', async () => {
    localStorage.setItem(LEGACY_DECK_KEY, deckToJson(deck));
    const replace = vi.fn();
    const popup = { closed: false, focus: vi.fn(), location: { href: 'about:blank', replace } };
    vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    const { user } = renderApp('/chips?card=capacity&slide=1');
    await user.click(await within(await screen.findByRole('region', { name: 'Presentation' })).findByRole('button', { name: 'Presenter view' }));

    expect(replace).toHaveBeenCalledOnce();
    const href = new URL(String(replace.mock.calls[0]?.[0]), 'http://localhost');
    expect(href.pathname).toBe('/presenter');
    const channelId = href.searchParams.get('channel') ?? '';
    expect(channelId).toMatch(/^[a-z0-9]{16,}$/);
    expect(within(bar()).getByRole('status')).toHaveTextContent('');

    // The presenter view says hello; the shared window answers with its state.
    const presenter = testChannel(channelId);
    presenter.channel.postMessage({ type: 'hello' });
    await waitFor(() => expect(presenter.messages).toContainEqual(expect.objectContaining({ type: 'state', index: 0 })));
    const state = presenter.messages.find((m): m is ScreenState => (m as ScreenState).type === 'state');
    expect(state?.deck.title).toBe('Test deck');
    expect(state?.view).toEqual({ pathname: '/chips', search: '?card=capacity&slide=1' });

    // A key in the presenter view steps the shared window, which answers with the new slide.
    presenter.channel.postMessage({ type: 'go', index: 1 });
    await waitFor(() => expect(currentUrl()).toBe('/talent?cities=wuhan&slide=2'));
    await waitFor(() => expect(presenter.messages).toContainEqual(expect.objectContaining({ type: 'state', index: 1 })));
    // Malformed requests are ignored.
    presenter.channel.postMessage({ type: 'go', index: 7 });
    presenter.channel.postMessage({ type: 'go', index: '0' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(currentUrl()).toBe('/talent?cities=wuhan&slide=2');

    // Leaving presentation mode tells the presenter view.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(presenter.messages).toContainEqual({ type: 'ended' }));
    expect(screen.queryByText('Point at the halted bar.')).not.toBeInTheDocument();
  });
});

describe('presenter view: the presenter’s window', () => {
  const state = screenState(deck);

  function renderPresenter(search: string) {
    const user = userEvent.setup();
    const queryClient = createQueryClient(TEST_REQUEST_SETTINGS);
    const result = render(
      <AppProviders queryClient={queryClient}>
        <PresenterRoot search={search} />
      </AppProviders>,
    );
    return { ...result, user };
  }

  it('shows the slide, the next one, the notes and the time, and its keys and buttons steer the shared window', async () => {
    const shared = testChannel('presenter-test-1');
    const { user } = renderPresenter('?channel=presenter-test-1');
    expect(screen.getByRole('status')).toHaveTextContent('Connecting to the presentation window');
    await waitFor(() => expect(shared.messages).toContainEqual({ type: 'hello' }));

    shared.channel.postMessage(state);
    expect(await screen.findByText('Connected to the presentation window')).toBeInTheDocument();
    expect(screen.getByText('Slide 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Chips capacity' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Speaker notes' })).toHaveTextContent('Point at the halted bar.');
    expect(screen.getByRole('region', { name: 'Next slide: 2 of 3' })).toHaveTextContent('Talent in Wuhan');
    expect(within(screen.getByRole('group', { name: 'Elapsed time' })).getByText(/^\d\d:\d\d$/)).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(shared.messages).toContainEqual({ type: 'go', index: 1 }));
    shared.channel.postMessage(screenState(deck, 1));
    expect(await screen.findByText('Slide 2 of 3')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Speaker notes' })).toHaveTextContent('Wuhan keeps its graduates.');

    await user.click(screen.getByRole('button', { name: 'Next ›' }));
    await waitFor(() => expect(shared.messages).toContainEqual({ type: 'go', index: 2 }));
    shared.channel.postMessage(screenState(deck, 2));
    expect(await screen.findByText('End of deck')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Speaker notes' })).toHaveTextContent('No notes for this slide.');
    expect(screen.getByRole('button', { name: 'Next ›' })).toBeDisabled();

    // A malformed message changes nothing; the shared window leaving the mode is said plainly.
    shared.channel.postMessage({ ...state, index: 9 });
    shared.channel.postMessage({ type: 'ended' });
    expect(await screen.findByText('Not connected')).toBeInTheDocument();
    expect(screen.getByText(/left presentation mode or was closed/)).toBeInTheDocument();
    expect(screen.getByText('Slide 3 of 3')).toBeInTheDocument();
  });

  it('pauses and resets its timer', async () => {
    const { user } = renderPresenter('?channel=presenter-test-2');
    const timer = screen.getByRole('group', { name: 'Elapsed time' });
    await user.click(within(timer).getByRole('button', { name: 'Pause' }));
    expect(within(timer).getByText('paused')).toBeInTheDocument();
    await user.click(within(timer).getByRole('button', { name: 'Reset' }));
    expect(within(timer).getByText('00:00')).toBeInTheDocument();
    await user.click(within(timer).getByRole('button', { name: 'Resume' }));
    expect(within(timer).queryByText('paused')).not.toBeInTheDocument();
  });

  it('says when no presentation window answers', async () => {
    renderPresenter('?channel=presenter-test-3');
    expect(await screen.findByText('Not connected', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByText(/No presentation window answers/)).toBeInTheDocument();
  });

  it('opened without a channel, says how to open it linked', () => {
    renderPresenter('');
    expect(screen.getByText(/This window is not linked to a presentation/)).toBeInTheDocument();
  });
});

describe('full screen and Esc', () => {
  function fakeFullscreen() {
    const lock = vi.fn().mockResolvedValue(undefined);
    const unlock = vi.fn();
    // jsdom has no Fullscreen API: a page in full screen that the browser then leaves (fullscreenElement stays null).
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
    document.documentElement.requestFullscreen = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'keyboard', { value: { lock, unlock }, configurable: true });
    return {
      lock,
      unlock,
      restore: () => {
        delete (document as { fullscreenEnabled?: unknown }).fullscreenEnabled;
        delete (navigator as { keyboard?: unknown }).keyboard;
        delete (document.documentElement as { requestFullscreen?: unknown }).requestFullscreen;
      },
    };
  }

  it('locks Esc to the page in full screen; leaving full screen with a panel open closes it and keeps presenting', async () => {
    localStorage.setItem(LEGACY_DECK_KEY, deckToJson(deck));
    const fullscreen = fakeFullscreen();
    try {
      const { user } = renderApp('/');
      await waitFor(() => expect(screen.getByRole('button', { name: 'Present' })).toBeEnabled());
      await user.keyboard('p');
      await waitFor(() => expect(fullscreen.lock).toHaveBeenCalledWith(['Escape']));
      const presentation = await screen.findByRole('region', { name: 'Presentation' });

      // The browser left full screen (a held Esc, F11) while Settings was open: the panel closes, the mode stays.
      await user.click(within(presentation).getByRole('button', { name: 'Settings' }));
      act(() => void document.dispatchEvent(new Event('fullscreenchange')));
      expect(within(presentation).getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-expanded', 'false');
      expect(currentUrl()).toMatch(/slide=1/);
      expect(fullscreen.unlock).toHaveBeenCalled();

      // Presenting in full screen again, leaving it with nothing open leaves the mode, as before.
      await user.click(within(presentation).getByRole('button', { name: 'Exit Esc' }));
      await waitFor(() => expect(currentUrl()).not.toMatch(/slide=/));
      await user.keyboard('p');
      await waitFor(() => expect(fullscreen.lock).toHaveBeenCalledTimes(2));
      await waitFor(() => expect(currentUrl()).toMatch(/slide=1/));
      act(() => void document.dispatchEvent(new Event('fullscreenchange')));
      await waitFor(() => expect(currentUrl()).not.toMatch(/slide=/));
    } finally {
      fullscreen.restore();
    }
  });

  it('opening the presenter view takes the page out of full screen (Chromium) without ending the presentation; Full screen goes back', async () => {
    localStorage.setItem(LEGACY_DECK_KEY, deckToJson(deck));
    const fullscreen = fakeFullscreen();
    vi.spyOn(window, 'open').mockReturnValue(null);
    try {
      const { user } = renderApp('/');
      await waitFor(() => expect(screen.getByRole('button', { name: 'Present' })).toBeEnabled());
      await user.keyboard('p');
      await waitFor(() => expect(fullscreen.lock).toHaveBeenCalledOnce());
      const presentation = await screen.findByRole('region', { name: 'Presentation' });
      await user.click(within(presentation).getByRole('button', { name: 'Presenter view' }));
      act(() => void document.dispatchEvent(new Event('fullscreenchange')));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(currentUrl()).toMatch(/slide=1/);

      await user.click(within(presentation).getByRole('button', { name: 'Full screen' }));
      await waitFor(() => expect(fullscreen.lock).toHaveBeenCalledTimes(2));
    } finally {
      fullscreen.restore();
    }
  });

  it('a held Esc does one thing: it closes the open panel, and its repeats do not leave the mode', async () => {
    localStorage.setItem(LEGACY_DECK_KEY, deckToJson(deck));
    const { user } = renderApp('/chips?card=capacity&slide=1');
    const presentation = await screen.findByRole('region', { name: 'Presentation' });
    await user.click(within(presentation).getByRole('button', { name: 'Settings' }));
    act(() => {
      for (const repeat of [false, true, true]) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', repeat, bubbles: true, cancelable: true }));
    });
    expect(within(presentation).getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-expanded', 'false');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(currentUrl()).toBe('/chips?card=capacity&slide=1');
  });
});
