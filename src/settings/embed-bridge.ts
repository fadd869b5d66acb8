/**
 * The app's side of the iframe embed (public/embed.js is the host's side). Tells the host
 * page how tall the content is, so the iframe never needs its own scrollbar. Messages go
 * only to the origin the loader named (never '*'), and only that origin is listened to.
 */

export const HEIGHT_MESSAGE = 'pathways:height';
/** Sent by the loader when the iframe has loaded, asking for the height again. */
export const HELLO_MESSAGE = 'pathways:hello';

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
    const height = measure();
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
