/**
 * Moves focus to the page's heading whenever `key` changes, so screen readers
 * announce the new question and keyboard users start from the top of it.
 */
import { useEffect, useRef } from 'react';

export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key: unknown, enabled = true) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    // Not on the very first paint: a person arriving on the page should start at the top, with the skip link.
    if (first.current) {
      first.current = false;
      return;
    }
    if (enabled) ref.current?.focus();
  }, [key, enabled]);
  return ref;
}
