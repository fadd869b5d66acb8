/**
 * The start page is pre-rendered, so "Start now" is on screen before the live app has
 * taken over. A press in that moment must not be lost (on a slow phone it can be a second
 * or two): this listener, attached as soon as the entry script runs, remembers it, and the
 * live start page honours it when it appears.
 */
let requested = false;

function onEarlyClick(event: Event): void {
  const target = event.target as Element | null;
  if (target?.closest?.('[data-prerendered] .button--start')) requested = true;
}

export function listenForEarlyStart(doc: Document = document): void {
  doc.addEventListener('click', onEarlyClick, true);
}

/**
 * True once if "Start now" was pressed before the live app arrived; stops listening.
 * public/early.js, which runs before this bundle has downloaded, marks such a press on <html>.
 */
export function takeEarlyStart(doc: Document = document): boolean {
  doc.removeEventListener('click', onEarlyClick, true);
  const was = requested || doc.documentElement.hasAttribute('data-start-pressed');
  doc.documentElement.removeAttribute('data-start-pressed');
  requested = false;
  return was;
}
