/**
 * Mounts a heavy view (the results) in a transition instead of in the same task as the press that
 * asked for it. React renders a transition in short slices and lets the browser paint and handle
 * input in between, so a slow phone shows the loading state at once and never freezes on one long
 * task while the view is built (issue 13: no task over 50 ms at 4× slowdown). The fallback should
 * hold the view's space (className "loading-state"), so nothing jumps when the view replaces it.
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';

export function DeferredMount({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [show, setShow] = useState(false);
  useEffect(() => startTransition(() => setShow(true)), []);
  return show ? children : fallback;
}
