import { act, screen, within } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChartCard, type ChartCardProps } from '../../src/ui/chart-card';
import { ChartsOnPaper, ChartsWaitForFit, type ChartOnPaper } from '../../src/ui/use-near-viewport';
import { renderWithProviders } from '../test-utils';

const card = (title: string, overrides: Partial<ChartCardProps> = {}): ChartCardProps => ({
  id: 'scorecard',
  title,
  subtitle: 'units',
  description: 'test card',
  state: { status: 'success' },
  isEmpty: false,
  chart: () => <p>{title} chart</p>,
  table: () => <p>{title} table</p>,
  footer: () => ({ years: '2020', asOf: '2026-11-28', statuses: ['estimate'] }),
  ...overrides,
});

describe('ChartCard', () => {
  it('keeps a rendering fault inside its own card', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let broken = true;
    const { user } = renderWithProviders(
      <>
        <ChartCard
          {...card('Broken', {
            chart: () => {
              if (broken) throw new Error('bad geometry');
              return <p>Broken chart, mended</p>;
            },
          })}
        />
        <ChartCard {...card('Healthy')} />
      </>,
    );
    const brokenCard = screen.getByRole('region', { name: 'Broken' });
    expect(await within(brokenCard).findByRole('alert')).toHaveTextContent('This chart could not be drawn (bad geometry).');
    expect(await within(screen.getByRole('region', { name: 'Healthy' })).findByText('Healthy chart')).toBeInTheDocument();
    broken = false;
    await user.click(within(brokenCard).getByRole('button', { name: 'Try again' }));
    expect(within(brokenCard).getByText('Broken chart, mended')).toBeInTheDocument();
  });

  it('shows the table of the same card when the URL asks for tables, and says the status in the footer', () => {
    renderWithProviders(<ChartCard {...card('Card')} />, { url: '/?view=table' });
    const region = screen.getByRole('region', { name: 'Card' });
    expect(within(region).getByText('Card table')).toBeInTheDocument();
    expect(within(region).getByText('Estimate')).toBeInTheDocument();
    expect(region).toHaveTextContent('Data: 2020 · Dataset as of 2026-11-28');
  });

  it('holds the chart’s space while loading and says when nothing matches', () => {
    const { rerender } = renderWithProviders(<ChartCard {...card('Card', { state: { status: 'pending' } })} />);
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Loading Card');
    // The header keeps its Export button while loading (disabled), so nothing shifts when data comes.
    expect(screen.getByRole('button', { name: 'Export Card' })).toBeDisabled();
    rerender(<ChartCard {...card('Card', { isEmpty: true })} />);
    expect(screen.getByText('No data for this selection.')).toBeInTheDocument();
  });

  it('draws when near the window, and a drawn chart far away redraws for a new view only when it comes near again', async () => {
    // A stand-in IntersectionObserver that the test moves the card in and out of the drawing band with.
    let report: (isIntersecting: boolean) => void = () => undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          report = (isIntersecting) => callback([{ isIntersecting }]);
        }
        observe() {}
        disconnect() {}
      },
    );
    const { rerender } = renderWithProviders(<ChartCard {...card('Far card', { height: 200, chart: () => <p>Chengdu line</p> })} />);
    const region = screen.getByRole('region', { name: 'Far card' });
    expect(within(region).queryByText('Chengdu line')).not.toBeInTheDocument();
    act(() => report(true));
    expect(await within(region).findByText('Chengdu line')).toBeInTheDocument();

    // Scrolled away: the drawn chart stays as it is.
    act(() => report(false));
    expect(within(region).getByText('Chengdu line')).toBeInTheDocument();
    // A new view while far: the card holds its box instead of redrawing.
    rerender(<ChartCard {...card('Far card', { height: 200, chart: () => <p>Chengdu line off</p> })} />);
    expect(within(region).queryByText(/Chengdu line/)).not.toBeInTheDocument();
    expect(region.querySelector('.chart-card__undrawn')).toHaveStyle({ height: '200px' });
    // Near again: drawn for the view as it is now.
    act(() => report(true));
    expect(within(region).getByText('Chengdu line off')).toBeInTheDocument();
    vi.unstubAllGlobals();
  });

  it('draws charts for the first time in turns, one after another, and a table at once', async () => {
    renderWithProviders(
      <>
        <ChartCard {...card('First', { id: 'scorecard' })} />
        <ChartCard {...card('Second', { id: 'composite' })} />
        <ChartCard {...card('Tabular', { id: 'headline', chart: undefined })} />
      </>,
    );
    expect(screen.getByText('Tabular table')).toBeInTheDocument();
    expect(screen.queryByText('First chart')).not.toBeInTheDocument();
    expect(await screen.findByText('First chart')).toBeInTheDocument();
    // Seen as soon as the first one is drawn: the second waits for the next turn.
    expect(screen.queryByText('Second chart')).not.toBeInTheDocument();
    expect(await screen.findByText('Second chart')).toBeInTheDocument();
  });

  it('on a printed page, holds its box until the page is fitted, then draws', async () => {
    const { rerender } = renderWithProviders(
      <ChartsWaitForFit value>
        <ChartCard {...card('Held')} />
      </ChartsWaitForFit>,
    );
    const region = screen.getByRole('region', { name: 'Held' });
    // Given a turn meanwhile, it would have drawn by now (see the test above).
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
    expect(within(region).queryByRole('figure')).not.toBeInTheDocument();
    expect(within(region).queryByText('Held chart')).not.toBeInTheDocument();
    rerender(
      <ChartsWaitForFit value={false}>
        <ChartCard {...card('Held')} />
      </ChartsWaitForFit>,
    );
    expect(await within(region).findByText('Held chart')).toBeInTheDocument();
  });

  it('on a printed page, offers its drawn chart to be let go of: the figure stays, the chart beneath unmounts', async () => {
    const drawn: ChartOnPaper[] = [];
    const register = (chart: ChartOnPaper) => {
      drawn.push(chart);
      return () => {
        drawn.splice(drawn.indexOf(chart), 1);
      };
    };
    let unmounted = 0;
    function CountsUnmount() {
      useEffect(() => () => {
        unmounted += 1;
      }, []);
      return <p>Live chart</p>;
    }
    const onPaper = (state: ChartCardProps['state']) => (
      <ChartsOnPaper value={register}>
        <ChartCard {...card('On paper', { state, chart: () => <CountsUnmount /> })} />
      </ChartsOnPaper>
    );
    const { rerender } = renderWithProviders(onPaper({ status: 'success' }));
    const region = screen.getByRole('region', { name: 'On paper' });
    expect(await within(region).findByText('Live chart')).toBeInTheDocument();
    expect(drawn).toHaveLength(1);
    const figure = within(region).getByRole('figure');
    expect(drawn[0]?.figure).toBe(figure);
    act(() => drawn[0]?.letGo());
    expect(unmounted).toBe(1);
    // Let go of, it no longer offers itself; its figure (named by the card) is the same element.
    expect(drawn).toHaveLength(0);
    expect(within(region).getByRole('figure', { name: 'On paper' })).toBe(figure);
    // Drawn anew (its data loading again, then back): a live chart again, offered again.
    rerender(onPaper({ status: 'pending' }));
    rerender(onPaper({ status: 'success' }));
    expect(await within(region).findByText('Live chart')).toBeInTheDocument();
    expect(drawn).toHaveLength(1);
  });
});

