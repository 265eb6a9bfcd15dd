import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Charts take turns to draw for the first time: one per frame. A Recharts chart draws in passes:
 * it mounts, its ResponsiveContainer measures its box in the next frame's resize observations,
 * then the chart renders its content. A section whose data arrives at once mounted every chart in
 * one task, and all of them then rendered their content in one task after the next frame: 0.6 s on
 * a 4x slower CPU (Chips), with the page deaf to clicks and keys throughout. Taking turns, a chart
 * mounts, draws after the frame, and the next one mounts after that, so input is handled between
 * them. Only the first draw waits its turn; a chart already drawn updates at once (except in the
 * print view when its box changes size: RedrawInTurns in use-near-viewport.ts).
 */
const queue: Array<() => void> = [];
let scheduled = false;
/** Chart code still downloading: a turn given meanwhile would draw a placeholder, and every chart waiting on that code would then draw in the one task its arrival starts. */
const codeInFlight = new Set<Promise<unknown>>();

/** How long turns wait for one download at most: a stalled one must not hold every other chart. */
const HOLD_LIMIT_MS = 5000;

/** Turns wait for this download (a chart's code) to settle, for 5 s at most. */
export function holdTurnsFor(download: Promise<unknown>) {
  codeInFlight.add(download);
  const release = () => {
    if (!codeInFlight.delete(download)) return;
    if (codeInFlight.size === 0) scheduleTurn();
  };
  download.then(release, release);
  setTimeout(release, HOLD_LIMIT_MS);
}

function grantNext() {
  scheduled = false;
  if (codeInFlight.size > 0) return; // rescheduled when the code has arrived
  const next = queue.shift();
  if (!next) return;
  try {
    // Drawn now, in this task, so the next turn is a task of its own.
    flushSync(next);
  } finally {
    scheduleTurn();
  }
}

function scheduleTurn() {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  // After the next frame (and the render its resize observations start); a hidden tab runs no frames.
  let granted = false;
  const grantOnce = () => {
    if (granted) return;
    granted = true;
    grantNext();
  };
  requestAnimationFrame(() => setTimeout(grantOnce, 0));
  setTimeout(grantOnce, 100);
}


/**
 * True once this chart may draw: asked for while `wantsToDraw`, granted in its turn. A new `round`
 * (a chart that must draw again from scratch) asks for a turn of its own.
 */
export function useDrawTurn(wantsToDraw: boolean, round = 0): boolean {
  const [grantedRound, setGrantedRound] = useState<number | null>(null);
  const hasTurn = grantedRound === round;
  useEffect(() => {
    if (!wantsToDraw || hasTurn) return;
    const take = () => setGrantedRound(round);
    queue.push(take);
    scheduleTurn();
    return () => {
      const index = queue.indexOf(take);
      if (index >= 0) queue.splice(index, 1);
    };
  }, [wantsToDraw, hasTurn, round]);
  return hasTurn;
}
