/**
 * Moves focus to a page's heading when the page appears or `key` changes, so screen
 * readers announce the new question and keyboard users start from the top of it.
 * Not on the app's very first paint: a person arriving should start at the top, with the skip link.
 */
import { useEffect, useRef } from 'react';

let firstPaint = true;

export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key: unknown, enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!enabled) return;
    if (firstPaint) {
      firstPaint = false;
      return;
    }
    ref.current?.focus();
  }, [key, enabled]);
  return ref;
}

/** For tests: behave as on a fresh page load (`true`) or as after moving within the app (`false`). */
export function setFirstPaint(value: boolean): void {
  firstPaint = value;
}
