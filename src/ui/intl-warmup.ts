/**
 * Makes the page's first Intl formatters cheap before the results need them (issue 13).
 *
 * In Chromium the first Intl.ListFormat or Intl.DateTimeFormat a page builds costs about 30 ms
 * of CPU (≈120 ms on a phone 4× slower), in one piece nothing can split: V8 first gathers the
 * locales ICU has data for and pages that data in. Both are kept for the whole renderer process,
 * so building the same formatters once in a short-lived worker pays that price on another
 * thread; the page's own formatters (intl-cache.ts, engine/render.ts) then take a millisecond.
 * Where a browser keeps nothing across threads, or no worker starts, this only costs the worker's
 * own time, and the results are built exactly as before.
 */

/** Long enough for a slow phone to start a worker; the results never wait longer than this for it. */
const WAIT_MS = 1500;

let warm: Promise<void> | undefined;

/** Resolves once the warm-up is done, has failed or has taken too long: never rejects. Runs once a page. */
export function warmIntl(language: string): Promise<void> {
  warm ??= new Promise<void>((done) => {
    if (typeof Worker !== 'function') return done();
    let worker: Worker;
    try {
      worker = new Worker(new URL('./intl-warmup.worker.ts', import.meta.url), { type: 'module', name: 'pathways-intl' });
    } catch {
      return done();
    }
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
      done();
    };
    const timer = setTimeout(finish, WAIT_MS);
    worker.addEventListener('message', finish);
    worker.addEventListener('error', finish);
    worker.postMessage(language);
  });
  return warm;
}
