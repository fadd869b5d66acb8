/**
 * Registers the offline service worker (built by scripts/vite-plugin-offline.ts) for the
 * page's language once the page has loaded, so it never competes with the first screen for a slow connection.
 * Production builds only: the dev server has no worker to register.
 *
 * sw.js sits next to index.html. This module is bundled into assets/, so the app's folder
 * is one level up from it: that holds on every page (index.html, directory.html,
 * groups/<id>.html), in any folder of any host, and inside an embed's iframe, where the
 * app registers its own worker on its own origin.
 */
export function registerServiceWorker(language: string, win: Window = window): void {
  if (!import.meta.env.PROD || !('serviceWorker' in win.navigator)) return;
  const here = import.meta.url; // a variable, so Vite does not treat the URL below as an asset to bundle
  const appFolder = new URL('../', here);
  const register = () => {
    // Offline use is a bonus: where storage is blocked (some embeds, private modes), the app still works.
    // ?lang= tells the worker which language's strings and content to precache (the rest load on use).
    const script = new URL('sw.js', appFolder);
    script.searchParams.set('lang', language);
    win.navigator.serviceWorker.register(script, { scope: appFolder.href }).catch(() => {});
  };
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
