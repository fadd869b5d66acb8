/**
 * Reading a feed from the app's own site. The app never contacts another origin: a feed
 * elsewhere is refused here (an embedding clinic's feed arrives from its loader instead).
 */
import type { FeedText } from './engine';
import { feedLabel, MAX_FEED_CHARACTERS } from './parse-feed';
import type { FeedSource } from './types';

export async function fetchOwnFeed(source: FeedSource, ownOrigin: string, fetchFile: typeof fetch = (...a) => fetch(...a)): Promise<FeedText> {
  const label = feedLabel(source.url);
  const none = (why: string): FeedText => ({ source, warning: `${label}: ${why}; no meetings shown from it` });
  let url: URL;
  try {
    url = new URL(source.url);
  } catch {
    return none(`"${source.url}" is not a valid address`);
  }
  if (url.origin !== ownOrigin) return none(`${url.href} is not on the same site as Pathways (${ownOrigin}); Pathways never contacts another site`);
  try {
    const response = await fetchFile(url.href, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error', // a redirect could lead off the site
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return none(`${url.href} answered ${response.status}`);
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > MAX_FEED_CHARACTERS) return none(`${url.href} is larger than 5 MB`);
    return { source, text: await response.text() };
  } catch (error) {
    return none(`${url.href} could not be loaded (${(error as Error).message})`);
  }
}
