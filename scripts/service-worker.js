/* Pathways service worker: offline after the first visit. Built by scripts/vite-plugin-offline.ts,
 * which fills in VERSION and FILES (every file of this build, relative to the app's folder).
 *
 * Safe updates: a new version downloads all its files into a new cache (all or nothing) and then
 * waits; pages already open keep being served the old version's files, so old and new never mix.
 * The new version takes over the next time Pathways is opened (no skipWaiting: an automatic
 * reload could throw away a person's answers mid-question).
 */
const VERSION = '__VERSION__';
const FILES = /* FILES */ [];
const CACHE = `pathways-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new URL(file, self.registration.scope)))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('pathways-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim(); // the first visit's page works offline without a reload
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Everything after "?" (?lang=es, embed settings) is read by the app, never by a server.
      const key = url.pathname.endsWith('/') ? new URL('index.html', url) : request;
      return (await cache.match(key, { ignoreSearch: true })) ?? fetch(request);
    })(),
  );
});
