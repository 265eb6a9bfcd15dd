import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test-utils';

describe('a card whose metric does not take the normalisation asked for', () => {
  it('keeps its values as reported and says so, instead of an empty box', async () => {
    renderApp('/?norm=perCapita&view=table');
    const growth = await screen.findByRole('region', { name: 'Real GDP growth' });
    expect(await within(growth).findByText(/shown as reported: not divided by population/)).toBeInTheDocument();
    expect(await within(growth).findByRole('table')).toHaveTextContent('%');
    expect(growth).not.toHaveTextContent('cannot be shown');
    // A total is still divided by population.
    const gdp = await screen.findByRole('region', { name: 'GDP' });
    expect(await within(gdp).findByText(/per capita/)).toBeInTheDocument();
  });
});
