/**
 * Runs `run` after the next frame, in a task of its own (so the browser renders and handles input
 * first); a hidden tab runs no frames, hence the 100 ms timer. Returns what cancels it.
 */
export function afterFrameInTask(run: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  let task = 0;
  const frame = requestAnimationFrame(() => {
    task = window.setTimeout(once, 0);
  });
  const fallback = window.setTimeout(once, 100);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(task);
    clearTimeout(fallback);
  };
}
