/**
 * Brings the clinic's meeting feeds in: each from the app's own site directly, or from the
 * embedding page's site through its loader; then hands the texts to the meetings worker,
 * which checks them. Loaded only when a page has feeds (SettingsContext imports it lazily).
 */
import { createMeetingsClient, type MeetingsClient } from '../meetings/client';
import type { FeedInput, LoadSummary } from '../meetings/engine';
import { feedLabel, MAX_FEED_CHARACTERS } from '../meetings/parse-feed';
import type { FeedSource } from '../meetings/types';
import { parentOriginFrom, requestFeedFromHost } from './embed-bridge';
import type { MeetingFeedSetting } from './settings-schema';

export interface MeetingFeeds {
  client: MeetingsClient;
  summary: LoadSummary;
}

interface Where {
  /** The app page's address (relative feed paths start from it). */
  base: string;
  /** The embedding page's origin, when the loader made the frame. */
  parentOrigin: string | null;
}

const here = (): Where => ({
  base: document.baseURI,
  parentOrigin: window.parent !== window ? parentOriginFrom(location.search) : null,
});

async function feedText(setting: MeetingFeedSetting, where: Where): Promise<FeedInput> {
  const ownOrigin = new URL(where.base).origin;
  let url: URL;
  try {
    url = new URL(setting.url, where.base);
  } catch {
    return { source: { ...setting }, warning: `meeting feed "${setting.url}" is not a valid address; no meetings shown from it` };
  }
  const source: FeedSource = { ...setting, url: url.href };
  // On the app's own site: the worker fetches it, so the page's thread never holds the text.
  if (url.origin === ownOrigin) return { source, ownOrigin };
  const label = feedLabel(url.href);
  if (url.origin !== where.parentOrigin) {
    return {
      source,
      warning: `${label}: ${url.href} is on neither Pathways' site (${ownOrigin}) nor the embedding page's${where.parentOrigin ? ` (${where.parentOrigin})` : ''}; Pathways never contacts another site, so no meetings are shown from it`,
    };
  }
  const relayed = await requestFeedFromHost(url.href, { parentOrigin: where.parentOrigin });
  if ('error' in relayed) return { source, warning: `${label}: ${relayed.error}; no meetings shown from it` };
  if (relayed.text.length > MAX_FEED_CHARACTERS) return { source, warning: `${label} is larger than 5 MB; no meetings shown from it` };
  return { source, text: relayed.text };
}

let loading: { key: string; promise: Promise<MeetingFeeds> } | null = null;

/** One load (and one set of console warnings) per set of feeds, even when React runs effects twice. */
export function loadMeetingFeedsOnce(feeds: readonly MeetingFeedSetting[], where: Where = here()): Promise<MeetingFeeds> {
  const key = JSON.stringify(feeds);
  if (loading?.key === key) return loading.promise;
  const promise = (async () => {
    // Marks for scripts/bench-meetings.ts (and any performance tool): how long feeds take to arrive and be checked.
    performance.mark('pathways:meetings-start');
    const client = createMeetingsClient();
    const texts = await Promise.all(feeds.map((feed) => feedText(feed, where)));
    performance.mark('pathways:meetings-fetched');
    let summary: LoadSummary;
    try {
      summary = await client.load(texts);
    } catch (error) {
      summary = { warnings: [`meeting feeds could not be checked (${(error as Error).message}); no meetings shown`], meetings: 0, groups: [] };
    }
    performance.mark('pathways:meetings-ready');
    for (const warning of summary.warnings) console.warn(`Pathways settings: ${warning}`);
    return { client, summary };
  })();
  loading = { key, promise };
  return promise;
}
