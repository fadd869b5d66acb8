/**
 * Keeps the page's scroll padding as tall as the sticky header, so whatever is focused or scrolled
 * to stops below it (WCAG 2.2, 2.4.11). The header is one row on a wide screen and two or three on
 * a phone (more with a longer language): a fixed padding in layout.css left focused headings half
 * under it on a 320–480 px phone. A ResizeObserver reports sizes after layout, so this never makes
 * the browser lay the page out early. Where there is none, layout.css's fixed padding stays.
 */
export function trackHeaderHeight(header: HTMLElement, root: HTMLElement = document.documentElement): () => void {
  if (typeof ResizeObserver !== 'function') return () => {};
  const observer = new ResizeObserver(([entry]) => {
    const height = entry?.borderBoxSize?.[0]?.blockSize; // not in browsers before 2022: the fixed padding stays
    if (height) root.style.setProperty('--header-height', `${Math.ceil(height)}px`);
  });
  observer.observe(header);
  return () => {
    observer.disconnect();
    root.style.removeProperty('--header-height');
  };
}
