import { useEffect } from 'react';
import { drawEveryCard } from '../ui/use-near-viewport';

const MAX_WAIT_MS = 3000;

/**
 * Ctrl+P / Cmd+P on a section: cards far below the window have not drawn yet (they draw when
 * scrolled near), and the browser lays the printout out the moment its print event fires, too
 * soon for a chart to measure itself. So the shortcut first draws every card, waits until each
 * chart has its size (at most 3 s), then opens the browser's print dialog.
 */
export function usePrintShortcut() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'p' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (!document.querySelector('.chart-card__undrawn')) return;
      event.preventDefault();
      drawEveryCard();
      const started = performance.now();
      // The check that charts have their size loads on the first Ctrl+P, not with the shell.
      void import('./print/settled').then(
        ({ isSettled }) => {
          const printWhenDrawn = () => {
            // Every card drawn, each chart at the size of its box (charts measure their box a frame after they mount).
            const drawn = !document.querySelector('.chart-card__undrawn') && isSettled(document.body);
            if (drawn || performance.now() - started > MAX_WAIT_MS) window.print();
            else requestAnimationFrame(printWhenDrawn);
          };
          requestAnimationFrame(printWhenDrawn);
        },
        () => window.print(),
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
