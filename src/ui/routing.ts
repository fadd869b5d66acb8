/**
 * Pages live in the URL fragment (#/groups, #/about…), so any static host serves them
 * and nothing about the person's answers ever reaches a server.
 */
import { useEffect, useState } from 'react';
import { SHARE_PREFIX } from '../share/share-prefix';

export type Route =
  | { name: 'quiz' }
  | { name: 'directory' }
  | { name: 'group'; id: string }
  | { name: 'about' }
  | { name: 'privacy' }
  | { name: 'accessibility' }
  | { name: 'shared'; encoded: string };

/** Returns null for fragments that are not pages (e.g. an in-page anchor), so the page stays put. */
export function parseRoute(hash: string, pathname = ''): Route | null {
  if (hash.startsWith(SHARE_PREFIX)) return { name: 'shared', encoded: hash.slice(SHARE_PREFIX.length) };
  if (hash === '' || hash === '#' || hash === '#/') return routeFromPath(pathname);
  if (!hash.startsWith('#/')) return null;
  const [page, id] = hash.slice(2).split('/');
  if (page === 'groups' && id) return { name: 'group', id: decodeURIComponent(id) };
  if (page === 'groups') return { name: 'directory' };
  if (page === 'about' || page === 'privacy' || page === 'accessibility') return { name: page };
  return { name: 'quiz' };
}

/** Pre-rendered pages (directory.html, groups/<id>.html) open on their own page. */
function routeFromPath(pathname: string): Route {
  const group = /\/groups\/([a-z0-9-]+)\.html$/.exec(pathname);
  if (group) return { name: 'group', id: group[1]! };
  if (pathname.endsWith('/directory.html')) return { name: 'directory' };
  return { name: 'quiz' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'quiz':
      return '#/';
    case 'directory':
      return '#/groups';
    case 'group':
      return `#/groups/${encodeURIComponent(route.id)}`;
    case 'shared':
      return `${SHARE_PREFIX}${route.encoded}`;
    default:
      return `#/${route.name}`;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash, location.pathname) ?? { name: 'quiz' });
  useEffect(() => {
    const onChange = () => {
      const next = parseRoute(location.hash, location.pathname);
      if (next) setRoute(next);
    };
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
