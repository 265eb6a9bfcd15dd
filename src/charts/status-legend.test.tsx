import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusLegend } from './status-marks';

const entries = () => within(screen.getByRole('list', { name: 'Marks' })).getAllByRole('listitem').map((item) => item.textContent);

describe('StatusLegend', () => {
  it('keys bars with one solid entry for reported and seed figures, which bars draw alike, and one for estimates', () => {
    render(<StatusLegend statuses={['reported', 'seed', 'estimate']} marks="bars" />);
    expect(entries()).toEqual(['Reported or seed article', 'Estimate']);
  });

  it('keys points with one entry per status, each with its own mark', () => {
    render(<StatusLegend statuses={['reported', 'seed', 'estimate']} />);
    expect(entries()).toEqual(['Reported', 'Seed article', 'Estimate']);
  });

  it('names only the statuses on the chart', () => {
    render(<StatusLegend statuses={['seed']} marks="bars" />);
    expect(entries()).toEqual(['Seed article']);
  });
});
