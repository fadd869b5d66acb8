/**
 * Inside a frame, a link to another site (a group's website, a clinic's page) must not load
 * inside the frame: many sites refuse to be framed, which would leave an error page with no
 * Exit, and the person would be browsing the web inside a clinic's page. So, in a frame only,
 * every link to another origin opens a new top-level browsing context, without a way back to
 * this page or a referrer (target="_blank", rel="noopener noreferrer"). Done by one listener
 * for the whole document, so links from every part of the app (results, directory, meetings)
 * are covered without each one having to remember.
 */
export function isOutsideLink(anchor: HTMLAnchorElement, win: Window = window): boolean {
  if (!anchor.href || anchor.hasAttribute('download')) return false;
  try {
    const url = new URL(anchor.href, win.location.href);
    return /^https?:$/.test(url.protocol) && url.origin !== win.location.origin;
  } catch {
    return false;
  }
}

function markOutside(event: Event, win: Window): void {
  const anchor = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]');
  if (!anchor || !isOutsideLink(anchor, win)) return;
  anchor.target = '_blank';
  const rel = new Set(anchor.rel.split(/\s+/).filter(Boolean));
  rel.add('noopener');
  rel.add('noreferrer');
  anchor.rel = [...rel].join(' ');
}

/** Starts in a frame only; returns a function that stops it. */
export function openOutsideLinksOutsideFrame(win: Window = window): () => void {
  if (win.top === win.self) return () => {};
  // Before the browser acts on the link: pointer down, keyboard focus, and the click itself.
  const events = ['pointerdown', 'focusin', 'click', 'auxclick'] as const;
  const listener = (event: Event) => markOutside(event, win);
  for (const type of events) win.document.addEventListener(type, listener, true);
  return () => {
    for (const type of events) win.document.removeEventListener(type, listener, true);
  };
}
