/**
 * Calls `then` once the browser has painted the next frame: a task queued from an animation frame
 * runs after that frame's style, layout and paint. Where no frame comes (a tab in the background,
 * a test without one) a timer calls it instead, so nothing waits forever. Returns a cancel function.
 */
export function afterNextPaint(then: () => void, fallbackMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const run = () => {
    cancel();
    then();
  };
  const cancel = () => {
    clearTimeout(fallback);
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
  const fallback = setTimeout(run, fallbackMs);
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(() => (timer = setTimeout(run)));
  return cancel;
}
