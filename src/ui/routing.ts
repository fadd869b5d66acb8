/**
 * Pages live in the URL fragment (#/groups, #/about…), so any static host serves them
 * and nothing about the person's answers ever reaches a server. Parsing is in
 * src/routes/routes.ts (pure, shared with src/settings); this adds the React hook.
 */
import { useEffect, useState } from 'react';
import { parseRoute, type Route } from '../routes/routes';

export { hrefFor, parseRoute, safeDecode, type Route } from '../routes/routes';

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
