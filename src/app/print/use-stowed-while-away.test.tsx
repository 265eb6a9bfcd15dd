import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEPT_NEAR_WINDOW, useStowedWhileAway } from './use-stowed-while-away';

/** A sheet like PrintPage's: a page whose frame holds a chart's title and its figure. */
function Sheet({ frozen }: { frozen: boolean }) {
  const sheetRef = useRef<HTMLDivElement>(null);
  useStowedWhileAway(sheetRef, frozen);
  return (
    <div ref={sheetRef} className="print-sheet" data-testid="sheet">
      <article className="print-page" aria-label="Slide 12">
        <div className="print-page__frame">
          <h3>Front-end wafer capacity</h3>
          <svg role="img" aria-label="Capacity chart">
            <text>Wuhan 武汉</text>
          </svg>
        </div>
      </article>
    </div>
  );
}

// A stand-in IntersectionObserver the test moves the sheet in and out of the kept band with.
let report: (isIntersecting: boolean) => void = () => undefined;
let margins: (string | undefined)[] = [];
// A stand-in print media query, as the browser's Print dialog or page.pdf() switch it.
let printMediaListeners: ((event: { matches: boolean }) => void)[] = [];
const printMedia = { matches: false };

beforeEach(() => {
  margins = [];
  printMediaListeners = [];
  printMedia.matches = false;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void, options?: IntersectionObserverInit) {
        report = (isIntersecting) => callback([{ isIntersecting }]);
        margins.push(options?.rootMargin);
      }
      observe() {}
      disconnect() {
        report = () => undefined;
      }
    },
  );
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === 'print' && printMedia.matches;
    },
    addEventListener: (_type: string, listener: (event: { matches: boolean }) => void) => printMediaListeners.push(listener),
    removeEventListener: (_type: string, listener: (event: { matches: boolean }) => void) => {
      printMediaListeners = printMediaListeners.filter((l) => l !== listener);
    },
  }));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const stowed = () => screen.getByTestId('sheet').hasAttribute('data-stowed');

describe('a frozen print page far from the window', () => {
  it('lets go of its nodes while far away and puts them back as it comes near', () => {
    render(<Sheet frozen />);
    expect(margins).toEqual([KEPT_NEAR_WINDOW]);
    act(() => report(false));
    expect(stowed()).toBe(true);
    expect(screen.queryByText('Front-end wafer capacity')).not.toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Capacity chart' })).not.toBeInTheDocument();
    // The page itself stays, with its name: the view's length and its list of pages do not change.
    expect(screen.getByRole('article', { name: 'Slide 12' })).toBeInTheDocument();

    act(() => report(true));
    expect(stowed()).toBe(false);
    expect(screen.getByText('Front-end wafer capacity')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Capacity chart' })).toHaveTextContent('Wuhan 武汉');
  });

  it('keeps its nodes while it is not frozen (a page still drawing, or with a card to retry)', () => {
    render(<Sheet frozen={false} />);
    act(() => report(false));
    expect(stowed()).toBe(false);
    expect(screen.getByText('Front-end wafer capacity')).toBeInTheDocument();
  });

  it('is put back for printing, and put away again after it in a turn of its own', () => {
    vi.useFakeTimers();
    render(<Sheet frozen />);
    act(() => report(false));
    expect(stowed()).toBe(true);

    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByRole('img', { name: 'Capacity chart' })).toHaveTextContent('Wuhan 武汉');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    // Not in the afterprint task itself: fifty pages put away in one task would be one long task.
    expect(stowed()).toBe(false);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(stowed()).toBe(true);
    expect(screen.queryByText('Front-end wafer capacity')).not.toBeInTheDocument();
  });

  it('is put back when the page is laid out for print media, and not put away while it is', () => {
    vi.useFakeTimers();
    render(<Sheet frozen />);
    act(() => report(false));
    act(() => {
      printMedia.matches = true;
      for (const listener of printMediaListeners) listener({ matches: true });
    });
    expect(screen.getByText('Front-end wafer capacity')).toBeInTheDocument();
    // Scrolled while printing: still what prints.
    act(() => report(false));
    expect(stowed()).toBe(false);
    act(() => {
      printMedia.matches = false;
      for (const listener of printMediaListeners) listener({ matches: false });
      vi.advanceTimersByTime(200);
    });
    expect(stowed()).toBe(true);
  });

  it('puts its nodes back when its watch ends', () => {
    const { rerender } = render(<Sheet frozen />);
    act(() => report(false));
    expect(stowed()).toBe(true);
    rerender(<Sheet frozen={false} />);
    expect(stowed()).toBe(false);
    expect(screen.getByText('Front-end wafer capacity')).toBeInTheDocument();
  });
});
