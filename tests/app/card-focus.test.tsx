import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderApp } from '../test-utils';

// A section's first render loads its lazy route and Recharts; on a shared 2-core machine that can pass 5 s.
configure({ asyncUtilTimeout: 15_000 });

const CHIPS_CARDS = [
  'Chip plants by status',
  'Front-end wafer capacity',
  'Assembly/test and materials plants',
  'Chip investment committed and lost',
  'Provincial IC production: rank and growth',
  "China's chip gap: national context",
];

/** The chart cards on the page, by their headings. */
const cardTitles = () => [...document.querySelectorAll('section.chart-card h2')].map((h) => h.textContent);

describe('a card shown alone (card=)', () => {
  it('shows only that card on its section, with no fact tiles, until "Show all cards"', async () => {
    const { user } = renderApp('/chips?card=capacity');
    const card = await screen.findByRole('region', { name: 'Front-end wafer capacity' });
    await within(card).findByRole('figure');
    expect(cardTitles()).toEqual(['Front-end wafer capacity']);
    expect(screen.queryByRole('list', { name: 'Provincial IC production figures' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'National chip figures' })).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Show all cards (now showing Front-end wafer capacity alone)' }));
    await waitFor(() => expect(currentUrl()).not.toContain('card='));
    expect(await screen.findByRole('list', { name: 'Provincial IC production figures' })).toBeInTheDocument();
    await waitFor(() => expect(cardTitles()).toEqual(CHIPS_CARDS));
  });

  it('leaves out the section’s own headings, so a slide is just the card', async () => {
    renderApp('/talent?card=retention');
    await screen.findByRole('region', { name: 'Graduates staying in the province, by university' });
    expect(cardTitles()).toEqual(['Graduates staying in the province, by university']);
    expect(screen.queryByRole('heading', { name: 'Over time, and retention by university' })).not.toBeInTheDocument();
  });

  it('keeps the section’s headings when every card is shown', async () => {
    renderApp('/industries');
    expect(await screen.findByRole('heading', { name: 'Industry output over time' })).toBeInTheDocument();
  });

  it('shows the whole section, and says so, for a card that lives on another section', async () => {
    renderApp('/talent?card=capacity');
    const notice = await screen.findByRole('status', { name: 'Link notice' });
    expect(notice).toHaveTextContent('card=capacity');
    expect(notice).toHaveTextContent('that card is on another section; showing the whole section');
    await screen.findByRole('region', { name: 'Talent race' });
    expect(await screen.findByRole('region', { name: 'Graduates staying in the province, by university' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Over time, and retention by university' })).toBeInTheDocument();
    expect(cardTitles().length).toBe(9);
  });
});
