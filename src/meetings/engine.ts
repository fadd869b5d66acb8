/**
 * Holds every checked meeting of the configured feeds and answers questions about them.
 * Runs in a Web Worker (worker.ts) so that checking a large feed never holds up the page;
 * the same class runs on the main thread, in slices, where workers are not available.
 */
import { nextMeetings, type GroupMeetings, type MeetingQuery } from './next-meetings';
import { parseFeed, type Pause } from './parse-feed';
import { findPlace, type PlaceMatch } from './places';
import { fetchOwnFeed } from './fetch-feed';
import type { FeedSource, Meeting } from './types';

/** A feed's text, or why there is none (fetch failed, other site, …), as one warning. */
export type FeedText = { source: FeedSource; text: string } | { source: FeedSource; warning: string };
/** Also: a feed on the app's own site, fetched where the engine runs (in the worker, off the page's thread). */
export type FeedInput = FeedText | { source: FeedSource; ownOrigin: string };

export interface LoadSummary {
  warnings: string[];
  /** Meetings kept, over every feed. */
  meetings: number;
  /** Groups that have at least one meeting. */
  groups: string[];
}

export class FeedEngine {
  private meetings: Meeting[] = [];

  async load(inputs: readonly FeedInput[], pause?: Pause): Promise<LoadSummary> {
    const warnings: string[] = [];
    const meetings: Meeting[] = [];
    const feeds = await Promise.all(inputs.map((input) => ('ownOrigin' in input ? fetchOwnFeed(input.source, input.ownOrigin) : input)));
    for (const [index, feed] of feeds.entries()) {
      if ('warning' in feed) {
        warnings.push(feed.warning);
        continue;
      }
      const parsed = await parseFeed(feed.text, feed.source, index, { pause });
      meetings.push(...parsed.meetings);
      warnings.push(...parsed.warnings);
    }
    this.meetings = meetings;
    return { warnings, meetings: meetings.length, groups: [...new Set(meetings.flatMap((m) => m.groups))] };
  }

  query(query: MeetingQuery): GroupMeetings[] {
    return nextMeetings(this.meetings, query);
  }

  place(text: string): PlaceMatch {
    return findPlace(this.meetings, text);
  }
}
