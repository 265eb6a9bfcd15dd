import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PUT_BACK_WITHIN, STOWED_BEYOND, useStowedWhileAway } from './use-stowed-while-away';

/** A sheet like PrintPage's: a page whose frame holds a chart's title, its figure, a definition and a link. */
function Sheet({ frozen }: { frozen: boolean }) {
  const sheetRef = useRef<HTMLDivElement>(null);
  useStowedWhileAway(sheetRef, frozen);
  return (
    <div ref={sheetRef} className="print-sheet" data-testid="sheet">
      <article className="print-page" aria-label="Slide 12">
        <div className="print-page__frame" data-testid="frame">
          <h3>Front-end wafer capacity</h3>
          <svg role="img" aria-label="Capacity chart">
            <text>Wuhan 武汉</text>
          </svg>
          <details>
            <summary>Definition</summary>
            Wafer starts per month, 12-inch equivalent.
          </details>
          <a href="/chips?card=capacity">Open the view</a>
        </div>
      </article>
    </div>
  );
}

// Stand-in IntersectionObservers, one per band, that the test moves the sheet in and out of.
const bands = new Map<string | undefined, (isIntersecting: boolean) => void>();
const move = (band: string, isIntersecting: boolean) => act(() => bands.get(band)?.(isIntersecting));
/** Far away: outside both bands. Near: inside both. */
const goFar = () => {
  move(PUT_BACK_WITHIN, false);
  move(STOWED_BEYOND, false);
};
const comeNear = () => {
  move(STOWED_BEYOND, true);
  move(PUT_BACK_WITHIN, true);
};
// A stand-in print media query, as the browser's Print dialog or page.pdf() switch it.
let printMediaListeners: ((event: { matches: boolean }) => void)[] = [];
const printMedia = { matches: false };
const switchPrintMedia = (matches: boolean) =>
  act(() => {
    printMedia.matches = matches;
    for (const listener of printMediaListeners) listener({ matches });
  });
/** Lets the stowing turns run (each after a frame, in a task of its own; 100 ms at most). */
const nextTurns = () =>
  act(() => {
    vi.advanceTimersByTime(500);
  });

beforeEach(() => {
  vi.useFakeTimers();
  bands.clear();
  printMediaListeners = [];
  printMedia.matches = false;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly margin: string | undefined;
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void, options?: IntersectionObserverInit) {
        this.margin = options?.rootMargin;
        bands.set(this.margin, (isIntersecting) => callback([{ isIntersecting }]));
      }
      observe() {}
      disconnect() {
        bands.delete(this.margin);
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
  it('lets go of its nodes in a turn once far away, and puts them back in a turn as it comes near', () => {
    render(<Sheet frozen />);
    expect([...bands.keys()].sort()).toEqual([PUT_BACK_WITHIN, STOWED_BEYOND].sort());
    goFar();
    expect(stowed()).toBe(false);
    nextTurns();
    expect(stowed()).toBe(true);
    expect(screen.queryByText('Front-end wafer capacity')).not.toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Capacity chart' })).not.toBeInTheDocument();
    // The page itself stays, with its name: the view's length and its list of pages do not change.
    expect(screen.getByRole('article', { name: 'Slide 12' })).toBeInTheDocument();

    comeNear();
    nextTurns();
    expect(stowed()).toBe(false);
    expect(screen.getByText('Front-end wafer capacity')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Capacity chart' })).toHaveTextContent('Wuhan 武汉');
  });

  it('stays as it is between the two bands, so a page at the edge is not stowed and rebuilt on every small scroll', () => {
    render(<Sheet frozen />);
    move(STOWED_BEYOND, true);
    move(PUT_BACK_WITHIN, false);
    nextTurns();
    expect(stowed()).toBe(false);
    goFar();
    nextTurns();
    expect(stowed()).toBe(true);
    move(STOWED_BEYOND, true);
    nextTurns();
    expect(stowed()).toBe(true);
  });

  it('keeps its nodes while it is not frozen (a page still drawing, or with a card to retry)', () => {
    render(<Sheet frozen={false} />);
    goFar();
    nextTurns();
    expect(stowed()).toBe(false);
    expect(screen.getByText('Front-end wafer capacity')).toBeInTheDocument();
  });

  it('keeps what a reader opened since it was last put back', () => {
    render(<Sheet frozen />);
    goFar();
    nextTurns();
    comeNear();
    nextTurns();
    const definition = screen.getByText('Definition').closest('details');
    if (!definition) throw new Error('no definition');
    definition.open = true;
    goFar();
    nextTurns();
    expect(stowed()).toBe(true);
    comeNear();
    nextTurns();
    expect(screen.getByText('Definition').closest('details')).toHaveAttribute('open');
  });

  it('is not stowed while a reader is on it (a focused link)', () => {
    render(<Sheet frozen />);
    screen.getByRole('link', { name: 'Open the view' }).focus();
    goFar();
    nextTurns();
    expect(stowed()).toBe(false);
    expect(screen.getByRole('link', { name: 'Open the view' })).toHaveFocus();
  });

  it('is put back at once for printing, and stowed again only once the reader is back (a wheel, a key)', () => {
    render(<Sheet frozen />);
    goFar();
    nextTurns();
    expect(stowed()).toBe(true);

    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByRole('img', { name: 'Capacity chart' })).toHaveTextContent('Wuhan 武汉');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    // The print preview may lay the page out again while its dialog is open; laying it out scrolls.
    nextTurns();
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    nextTurns();
    expect(stowed()).toBe(false);
    act(() => {
      window.dispatchEvent(new Event('wheel'));
    });
    nextTurns();
    expect(stowed()).toBe(true);
    expect(screen.queryByText('Front-end wafer capacity')).not.toBeInTheDocument();
  });

  it('is put back when the page is laid out for print media, and not stowed while it is', () => {
    render(<Sheet frozen />);
    goFar();
    nextTurns();
    switchPrintMedia(true);
    expect(screen.getByText('Front-end wafer capacity')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'End' }));
    });
    goFar();
    nextTurns();
    expect(stowed()).toBe(false);
    switchPrintMedia(false);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'End' }));
    });
    nextTurns();
    expect(stowed()).toBe(true);
  });

  it('leaves the frame as it is when the sheet goes: nothing is rebuilt for a page leaving the view', () => {
    const { unmount } = render(<Sheet frozen />);
    goFar();
    nextTurns();
    const frame = screen.getByTestId('frame');
    expect(frame.childNodes).toHaveLength(0);
    unmount();
    expect(frame.childNodes).toHaveLength(0);
  });
});
