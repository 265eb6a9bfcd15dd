import { useCallback, useEffect, useState } from 'react';

/**
 * Elapsed time as a presenter reads it at a glance: "mm:ss" ("04:07"), and "h:mm:ss" from an
 * hour on ("1:02:09"). Whole seconds, rounded down; negative or non-finite times read "00:00".
 */
export function formatElapsed(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** Time banked while paused, plus the time since `runningSince` while running. */
type Timing = { banked: number; runningSince: number | null };

/** How often the display refreshes: often enough that a second never looks skipped. */
const TICK_MS = 250;

/**
 * A stopwatch that starts running at once: elapsed milliseconds, and pause, resume and reset
 * (reset keeps it running or paused as it was). It re-renders its caller every TICK_MS while running.
 */
export function useStopwatch(now: () => number = Date.now) {
  const [timing, setTiming] = useState<Timing>(() => ({ banked: 0, runningSince: now() }));
  const [, setTick] = useState(0);
  const running = timing.runningSince !== null;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setTick((tick) => tick + 1), TICK_MS);
    return () => clearInterval(timer);
  }, [running]);

  const pause = useCallback(
    () => setTiming((t) => (t.runningSince === null ? t : { banked: t.banked + now() - t.runningSince, runningSince: null })),
    [now],
  );
  const resume = useCallback(() => setTiming((t) => (t.runningSince === null ? { ...t, runningSince: now() } : t)), [now]);
  const reset = useCallback(() => setTiming((t) => ({ banked: 0, runningSince: t.runningSince === null ? null : now() })), [now]);

  const elapsed = timing.banked + (timing.runningSince === null ? 0 : now() - timing.runningSince);
  return { elapsed, running, pause, resume, reset };
}
