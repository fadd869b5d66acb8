/**
 * Mounts a heavy view (the results) in a transition instead of in the same task as the press that
 * asked for it. React renders a transition in short slices and lets the browser paint and handle
 * input in between, so a slow phone shows the loading state at once and never freezes on one long
 * task while the view is built (issue 13: no task over 50 ms at 4× slowdown). The fallback should
 * hold the view's space (className "loading-state"), so nothing jumps when the view replaces it.
 */
import { startTransition, useDeferredValue, useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from '../platform/after-next-paint';

/**
 * `prepare` (optional) loads what the view needs first (its strings, its content), so the view
 * appears whole, once, instead of growing in steps that push its parts around (or showing raw
 * translation keys meanwhile). Should it fail, the view mounts anyway and shows its own state.
 */
export function DeferredMount({ children, fallback, prepare }: { children: ReactNode; fallback: ReactNode; prepare?: () => Promise<unknown> }) {
  const [show, setShow] = useState(false);
  const [prepareOnce] = useState(() => prepare);
  useEffect(() => {
    let live = true;
    const mount = () => live && startTransition(() => setShow(true));
    // In a task of its own: starting a score of downloads (and the module code they run on
    // arrival) is work enough not to add to the task that showed the fallback (a press, a boot).
    const timer = setTimeout(() => {
      if (prepareOnce) void prepareOnce().then(mount, mount);
      else mount();
    });
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [prepareOnce]);
  return show ? children : fallback;
}

/**
 * Renders `children` only in a second, deferred render, which React starts right after the first
 * has committed and lets the browser paint first. For parts nobody can see yet, such as the body
 * of a closed <details>: the first commit and the layout after it stay short, and a hidden part
 * added later moves nothing on screen.
 */
export function RenderLater({ children }: { children: ReactNode }) {
  return useSecondRender() ? children : null;
}

/** False in a component's first render, true from the deferred second one (see RenderLater). */
export function useSecondRender(): boolean {
  return useDeferredValue(true, false);
}

/**
 * How many frames the browser has painted since the component mounted, counting to `frames`. Each
 * count is a transition started after a paint, so what a component adds at each count is laid out
 * in a frame of its own (unlike useSecondRender, whose render may reach the same frame as the first).
 */
export function usePaintCount(frames: number): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (count >= frames) return;
    return afterNextPaint(() => startTransition(() => setCount((n) => n + 1)));
  }, [count, frames]);
  return count;
}
