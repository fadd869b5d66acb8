/**
 * Moves focus to a page's heading when the page appears or `key` changes, so screen
 * readers announce the new question and keyboard users start from the top of it.
 * Not on the app's very first paint: a person arriving should start at the top, with the skip link.
 *
 * A new page starts at the top, as a page the browser loads does: else it would open at the old
 * page's scroll position (where its Continue button was), and on a phone focusing would then stop
 * the heading half under the sticky header. Scrolling to (0, 0) needs no layout, so it is done
 * before the first paint. Whether the page is scrolled is known from its scroll events: reading
 * `scrollY` there made the browser lay out the whole new page inside React's commit (issue 13).
 *
 * The focus waits for the new page's first paint. Focusing makes the browser lay out the page at
 * once, inside the task that runs the effects; after the paint the layout is done already, so on
 * a slow phone the page's style, layout and focus are no longer one long task (issue 13).
 */
import { useLayoutEffect, useRef } from 'react';
import { afterNextPaint } from '../platform/after-next-paint';

let firstPaint = true;

/** Whether the page may be away from the top: set by any scroll, cleared by the scroll back. */
let scrolled = false;
let listening = false;
function watchScrolling(): void {
  if (listening) return;
  listening = true;
  addEventListener('scroll', () => (scrolled = true), { passive: true });
}

export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key: unknown, enabled = true) {
  const ref = useRef<T>(null);
  // A layout effect, not a passive one: a new page comes in a transition, whose passive effects
  // may run after the paint, when a quick keyboard user may already have tabbed into the page.
  // What was focused is read in the commit, before any key can be handled, so such a move is
  // seen as the person's and kept.
  useLayoutEffect(() => {
    watchScrolling();
    if (!enabled) return;
    if (firstPaint) {
      firstPaint = false;
      return;
    }
    if (scrolled) {
      scrolled = false;
      window.scrollTo(0, 0);
    }
    // Where the person puts focus from now on (a press, a link, a Tab), it stays there.
    const before = document.activeElement;
    return afterNextPaint(() => {
      const now = document.activeElement;
      if (now === before || now === null || now === document.body) ref.current?.focus();
    });
  }, [key, enabled]);
  return ref;
}

/** For tests: behave as on a fresh page load (`true`) or as after moving within the app (`false`). */
export function setFirstPaint(value: boolean): void {
  firstPaint = value;
}
