/* Pathways service worker: offline after the first visit. Built by scripts/vite-plugin-offline.ts,
 * which fills in VERSION and the file lists (paths relative to the app's folder):
 *   COMMON     what every visit needs offline: the start page, the questionnaire, the results
 *   LANGUAGES  per language: its strings and group content. Only the language the page registered
 *              with (sw.js?lang=xx) is fetched at install, so a prepaid phone pays for one language.
 *   KNOWN      every file of this build: anything else (the other language, the pre-rendered
 *              group pages, the sources) is cached the first time it is used.
 *
 * Safe updates: a new version downloads its files into a new cache (all or nothing) and then
 * waits; pages already open keep being served the old version's files, so old and new never mix.
 * The new version takes over the next time Pathways is opened (no skipWaiting: an automatic
 * reload could throw away a person's answers mid-question).
 *
 * Safe deploys (issue 14): a host that sends `Cache-Control: max-age` may still hold the previous
 * build's HTML in the HTTP cache or a CDN when the new worker installs. Stored under the new
 * version, that HTML would point at assets the deploy deleted: a dead app once those expire.
 * So files without a content hash in their name are fetched past the HTTP cache (no-cache), and
 * every HTML file must name only this build's assets; if one does not, it is fetched once more
 * with a version query (past any CDN), and if it still does not, the install fails and the
 * working old version stays.
 */
const VERSION = '__VERSION__';
const COMMON = /* COMMON */ [];
const LANGUAGES = /* LANGUAGES */ {};
const KNOWN = new Set(/* KNOWN */ []);
const CACHE = `pathways-${VERSION}`;
const scope = () => self.registration.scope;

/** The language the registering page reads in, if this build has it. */
function installLanguage() {
  const lang = new URL(self.location.href).searchParams.get('lang');
  return lang && Object.hasOwn(LANGUAGES, lang) ? lang : 'en';
}

/** True when every asset the HTML names belongs to this build. */
async function isThisBuild(response) {
  const html = await response.text();
  for (const [, path] of html.matchAll(/(?:src|href)="(?:\.\.?\/)*(assets\/[^"?#]+)"/g)) if (!KNOWN.has(path)) return false;
  return true;
}

/** A response for one of this build's files, never a stale copy of an HTML file. */
async function fetchFresh(path) {
  const url = new URL(path, scope());
  // Content-hashed names: any copy of one is the right one, so the copy the first visit already
  // downloaded is taken from the HTTP cache even when the host marks it stale (force-cache): the
  // phone does not pay twice for the first screen's scripts and styles.
  const hashed = path.startsWith('assets/');
  const response = await fetch(url, { cache: hashed ? 'force-cache' : 'no-cache' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  if (!path.endsWith('.html') || (await isThisBuild(response.clone()))) return response;
  const busted = new URL(url);
  busted.searchParams.set('pathways-sw', VERSION);
  const retry = await fetch(busted, { cache: 'reload' });
  if (retry.ok && (await isThisBuild(retry.clone()))) return retry;
  throw new Error(`${path} belongs to another deploy`);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const files = [...COMMON, ...(LANGUAGES[installLanguage()] ?? [])];
      try {
        // Each body goes into the cache as it arrives: unread bodies would hold the browser's
        // few connections per host open, and the other requests would wait for ever.
        await Promise.all(files.map(async (file) => cache.put(new URL(file, scope()), await fetchFresh(file))));
      } catch (error) {
        await caches.delete(CACHE); // all or nothing: the old version keeps serving
        throw error;
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('pathways-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim(); // the first visit's page works offline without a reload
    })(),
  );
});

/** The build file a URL names ("index.html" for the folder), or null for anything else. */
function buildFile(url) {
  if (!url.href.startsWith(scope())) return null;
  const path = decodeURIComponent(url.pathname.slice(new URL(scope()).pathname.length)) || 'index.html';
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return KNOWN.has(file) ? file : null;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const file = buildFile(url);
  if (!file) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Everything after "?" (?lang=es, embed settings) is read by the app, never by a server.
      const key = new URL(file, scope());
      const cached = await cache.match(key);
      if (cached) return cached;
      // First use of a file this version did not precache: fetch it, and keep it for next time.
      const response = await fetch(file.endsWith('.html') ? key : request);
      if (response.ok && (!file.endsWith('.html') || (await isThisBuild(response.clone())))) {
        event.waitUntil(cache.put(key, response.clone()));
      }
      return response;
    })(),
  );
});
