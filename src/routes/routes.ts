/**
 * The app's pages as URL fragments (#/groups, #/about…): parsing and building them.
 * Pure (no React, no DOM), so every layer may use it: src/ui/routing.ts adds the hook,
 * src/settings links to the A–Z list. Parsing never throws: any text a person can put in
 * the address bar becomes a page, and text that names no page becomes the "not found" page.
 */
import { SHARE_PREFIX } from '../share/share-prefix';

export type Route =
  | { name: 'quiz' }
  | { name: 'directory' }
  | { name: 'group'; id: string }
  | { name: 'about' }
  | { name: 'privacy' }
  | { name: 'accessibility' }
  | { name: 'shared'; encoded: string }
  /** An address that names no page (mistyped, cut short, or with broken %-escapes). */
  | { name: 'notFound' };

const INFO_PAGES = new Set(['about', 'privacy', 'accessibility']);

/** decodeURIComponent without the URIError ("%", "%ZZ", a cut-off "%E0%A4%A"): null instead. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Returns null for fragments that are not pages (e.g. an in-page anchor), so the page stays put. */
export function parseRoute(hash: string, pathname = ''): Route | null {
  if (typeof hash !== 'string') return null;
  if (hash.startsWith(SHARE_PREFIX)) return { name: 'shared', encoded: hash.slice(SHARE_PREFIX.length) };
  if (hash === '' || hash === '#' || hash === '#/') return routeFromPath(typeof pathname === 'string' ? pathname : '');
  if (!hash.startsWith('#/')) return null;
  const parts = hash.slice(2).split('/');
  const [page, id, ...rest] = parts;
  if (page === 'groups') {
    if (!id) return rest.length ? { name: 'notFound' } : { name: 'directory' };
    const decoded = safeDecode(id);
    return decoded === null || rest.some(Boolean) ? { name: 'notFound' } : { name: 'group', id: decoded };
  }
  if (page !== undefined && INFO_PAGES.has(page) && !id) return { name: page as 'about' | 'privacy' | 'accessibility' };
  // The questionnaire's own pages (src/ui/quiz/quiz-history.ts mirrors the machine's page here).
  if ((page === 'check' || page === 'results') && !id) return { name: 'quiz' };
  if (page === 'question' && id && /^[A-Za-z]+$/.test(id) && rest.length === 0) return { name: 'quiz' };
  return { name: 'notFound' };
}

/** Pre-rendered pages (directory.html, groups/<id>.html, about.html…) open on their own page. */
function routeFromPath(pathname: string): Route {
  const group = /\/groups\/([a-z0-9-]+)\.html$/.exec(pathname);
  if (group) return { name: 'group', id: group[1]! };
  if (pathname.endsWith('/directory.html')) return { name: 'directory' };
  const info = /\/(about|privacy|accessibility)\.html$/.exec(pathname);
  if (info) return { name: info[1] as 'about' | 'privacy' | 'accessibility' };
  return { name: 'quiz' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'quiz':
    case 'notFound':
      return '#/';
    case 'directory':
      return '#/groups';
    case 'group':
      try {
        return `#/groups/${encodeURIComponent(route.id)}`;
      } catch {
        return '#/groups'; // an id with a lone surrogate cannot be encoded: the A–Z list instead
      }
    case 'shared':
      return `${SHARE_PREFIX}${route.encoded}`;
    default:
      return `#/${route.name}`;
  }
}
