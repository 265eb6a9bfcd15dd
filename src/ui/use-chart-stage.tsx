import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { ChartStage } from '../export/image/chart-stage';

type Size = { width: number; height: number };

/**
 * An off-screen stand-in for a card that draws the card's chart again at a size an export asks
 * for (a slide's proportions), then goes away. It is a `chart-card` with a `chart-figure`, so the
 * chart looks as it does in the card and the export reads it the same way; hidden from assistive
 * technology and from the keyboard, and out of the page's flow.
 */
export function useChartStage(figureContent: () => ReactNode): { stage: ChartStage; standIn: ReactNode } {
  const [size, setSize] = useState<Size | null>(null);
  const cardRef = useRef<HTMLElement>(null);
  // Everyone waiting for the stand-in (two exports started at once share it).
  const waiting = useRef<((card: HTMLElement) => void)[]>([]);

  // Hands the stand-in over once React has committed it at the size asked for.
  useEffect(() => {
    const card = cardRef.current;
    if (!size || !card) return;
    for (const resolve of waiting.current.splice(0)) resolve(card);
  }, [size]);

  const stage = useMemo<ChartStage>(
    () => ({
      draw: (next) =>
        new Promise<HTMLElement>((resolve) => {
          waiting.current.push(resolve);
          setSize({ ...next });
        }),
      clear: () => setSize(null),
    }),
    [],
  );

  const standIn = size
    ? createPortal(
        <section ref={cardRef} className="chart-card chart-card--stand-in" aria-hidden="true" inert style={{ position: 'fixed', top: 0, left: -100_000, width: 'max-content' }}>
          <figure className="chart-figure chart-figure--fixed" style={{ width: size.width, height: size.height }}>
            {figureContent()}
          </figure>
        </section>,
        document.body,
      )
    : null;
  return { stage, standIn };
}
