/**
 * The app's side of the iframe embed (public/embed.js is the host's side). Tells the host
 * page how tall the content is, so the iframe never needs its own scrollbar. Messages go
 * only to the origin the loader named (never '*'), and only that origin is listened to.
 * Heights are rounded up to steps of HEIGHT_STEP pixels: the exact height changes with the
 * answers, and whichever page frames the app receives it.
 */

export const HEIGHT_MESSAGE = 'pathways:height';
/** Sent by the loader when the iframe has loaded (and in answer to READY): asks for the height, and proves the loader is there. */
export const HELLO_MESSAGE = 'pathways:hello';
/** Sent by the app when it starts: "loader, are you there?" (the loader answers with HELLO). */
export const READY_MESSAGE = 'pathways:ready';
export const HEIGHT_STEP = 200;

/** The height the host is told: rounded up, so it says little about which answers were chosen. */
export const coarseHeight = (height: number): number => Math.max(HEIGHT_STEP, Math.ceil(height / HEIGHT_STEP) * HEIGHT_STEP);

/** The `parentOrigin` URL parameter, if it is a plain http(s) origin such as https://clinic.example. */
export function parentOriginFrom(search: string): string | null {
  const value = new URLSearchParams(search).get('parentOrigin');
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value ? value : null;
  } catch {
    return null;
  }
}

export interface BridgeOptions {
  win?: Window;
  parentOrigin: string;
  /** The content's height in CSS pixels. */
  measure?: () => number;
  warn?: (message: string) => void;
}

/** The height of the content: <html> is sized by what it holds, unlike scrollHeight, which never shrinks below the frame. */
export const measureDocument = (doc: Document = document): number =>
  Math.ceil(doc.documentElement.getBoundingClientRect().height);

/**
 * Starts posting heights to the parent. Returns a function that stops it.
 * Does nothing when the page is not in a frame.
 */
export function startEmbedBridge({
  win = window,
  parentOrigin,
  measure = () => measureDocument(win.document),
  warn = (message) => console.warn(`Pathways: ${message}`),
}: BridgeOptions): () => void {
  if (win.parent === win) return () => {};
  // Where the browser says who the parent is (Chromium, Safari), a parentOrigin that does not match is a mistake.
  const actual = win.location.ancestorOrigins?.[0];
  if (actual && actual !== parentOrigin) {
    warn(`parentOrigin ${parentOrigin} is not the embedding page's origin (${actual}); the frame will not resize`);
    return () => {};
  }

  let last = -1;
  const post = (force = false) => {
    const height = coarseHeight(measure());
    if (!force && height === last) return;
    last = height;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, parentOrigin);
  };

  const onMessage = (event: MessageEvent) => {
    // Only the page that embeds us, from the origin the loader named, may ask.
    if (event.origin !== parentOrigin || event.source !== win.parent) return;
    if ((event.data as { type?: unknown } | null)?.type === HELLO_MESSAGE) post(true);
  };
  const onChange = () => post();

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(onChange) : null;
  observer?.observe(win.document.documentElement);
  win.addEventListener('message', onMessage);
  win.addEventListener('hashchange', onChange);
  win.addEventListener('load', onChange);
  void win.document.fonts?.ready.then(onChange);
  post(true);

  return () => {
    observer?.disconnect();
    win.removeEventListener('message', onMessage);
    win.removeEventListener('hashchange', onChange);
    win.removeEventListener('load', onChange);
  };
}

/*
 * Meeting feeds on the embedding clinic's own site. The app never contacts another origin,
 * so it asks the loader (public/embed.js, which runs on the clinic's page and may read that
 * site's files) to fetch the feed and pass on its text. Only the parent window, from the
 * origin the loader named, is listened to; the text is then checked like any other feed.
 */
export const FEED_REQUEST_MESSAGE = 'pathways:feed-request';
export const FEED_MESSAGE = 'pathways:feed';
export const FEED_TIMEOUT_MS = 10_000;

export type RelayedFeed = { text: string } | { error: string };

export function requestFeedFromHost(
  url: string,
  { win = window, parentOrigin, timeoutMs = FEED_TIMEOUT_MS }: { win?: Window; parentOrigin: string; timeoutMs?: number },
): Promise<RelayedFeed> {
  return new Promise((resolve) => {
    if (win.parent === win) {
      resolve({ error: 'Pathways is not inside a frame, so no loader can pass the feed on' });
      return;
    }
    const done = (result: RelayedFeed) => {
      win.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(result);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== parentOrigin || event.source !== win.parent) return;
      const data = event.data as { type?: unknown; url?: unknown; text?: unknown; error?: unknown } | null;
      if (data?.type !== FEED_MESSAGE || data.url !== url) return;
      if (typeof data.text === 'string') done({ text: data.text });
      else done({ error: typeof data.error === 'string' ? data.error.slice(0, 300) : 'the loader sent no text' });
    };
    const timer = setTimeout(
      () => done({ error: `no answer from the Pathways loader on ${parentOrigin} (the feed needs the embed.js script, not a plain iframe)` }),
      timeoutMs,
    );
    win.addEventListener('message', onMessage);
    win.parent.postMessage({ type: FEED_REQUEST_MESSAGE, url }, parentOrigin);
  });
}

/**
 * Resolves with the parent page's origin once it is proven: the page is in a frame, the
 * browser's own record of the parent (location.ancestorOrigins, Chromium and Safari) agrees
 * with parentOrigin, and the loader on that page answered READY with HELLO, from that origin
 * and from the parent window itself. Resolves null otherwise (a plain link, a plain iframe
 * without the loader, a parentOrigin that is not the parent's): clinic settings then do not apply.
 */
export function verifyParent({ win = window, parentOrigin, timeoutMs = 4000 }: { win?: Window; parentOrigin: string | null; timeoutMs?: number }): Promise<string | null> {
  if (!parentOrigin || win.parent === win) return Promise.resolve(null);
  const actual = win.location.ancestorOrigins?.[0];
  if (actual !== undefined && actual !== parentOrigin) return Promise.resolve(null);
  return new Promise((resolve) => {
    const done = (origin: string | null) => {
      clearTimeout(timer);
      win.removeEventListener('message', onMessage);
      resolve(origin);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== parentOrigin || event.source !== win.parent) return;
      if ((event.data as { type?: unknown } | null)?.type === HELLO_MESSAGE) done(parentOrigin);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    win.addEventListener('message', onMessage);
    // Delivered only if the parent really is at parentOrigin (the browser drops it otherwise).
    win.parent.postMessage({ type: READY_MESSAGE }, parentOrigin);
  });
}
