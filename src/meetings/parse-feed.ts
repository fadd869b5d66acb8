/**
 * A feed's text → its valid meetings, and one warning per problem. A feed that cannot be
 * read at all (too large, not JSON, not a list) gives one warning and no meetings; inside
 * a readable feed, every valid meeting is kept and each bad one is skipped on its own,
 * naming the meeting and the field. Many problems are summed up, not listed one by one.
 */
import { meetingSchema, pickMeetingFields, type RawMeeting } from './meeting-schema';
import { toMeeting } from './normalize';
import type { FeedSource, Meeting, ParsedFeed } from './types';

export const MAX_FEED_CHARACTERS = 5_000_000;
export const MAX_MEETINGS = 20_000;
/** Problems listed one by one before the rest are counted by field. */
export const LISTED_PROBLEMS = 10;

/** How a warning names a feed: its path on the site, which the page owner recognises. */
export function feedLabel(url: string): string {
  try {
    return `meeting feed ${new URL(url).pathname}`;
  } catch {
    return `meeting feed ${url}`;
  }
}

const quote = (value: unknown): string => {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
};

/** Which meeting a warning is about, by name and slug when the entry has them. */
function entryName(entry: Record<string, unknown>, index: number): string {
  const name = typeof entry.name === 'string' && entry.name ? ` ${quote(entry.name)}` : '';
  const slug = typeof entry.slug === 'string' || typeof entry.slug === 'number' ? ` (slug ${quote(entry.slug)})` : '';
  return `meeting ${index}${name}${slug}`;
}

/** Turns the readable text into a list of entries, or says in one line why it cannot. */
export function readFeedText(text: string, label: string): { entries: unknown[] } | { warning: string } {
  if (text.length > MAX_FEED_CHARACTERS) return { warning: `${label} is larger than 5 MB; no meetings shown from it` };
  const start = text.trimStart();
  if (start.startsWith('<')) return { warning: `${label} is a web page (HTML), not a JSON feed; no meetings shown from it` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { warning: `${label} is not valid JSON (${(error as Error).message}); no meetings shown from it` };
  }
  if (!Array.isArray(data)) {
    return { warning: `${label}: expected a list of meetings, like [ { "name": …, "slug": … } ], got ${quote(data)}; no meetings shown from it` };
  }
  return { entries: data };
}

/** Collects results as entries are checked, so the work can be split into slices. */
export class FeedCollector {
  readonly meetings: Meeting[] = [];
  private readonly problems: string[] = [];
  private readonly byField = new Map<string, number>();
  private readonly slugs = new Set<string>();
  private skipped = 0;
  private inactive = 0;
  private given = 0;
  private readonly notes: string[] = [];

  constructor(
    private readonly feed: FeedSource,
    private readonly feedIndex: number,
    private readonly label: string,
  ) {}

  note(warning: string) {
    this.notes.push(warning);
  }

  add(entry: unknown, index: number): void {
    this.given++;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      return this.skip(`meeting ${index}`, 'entry', `skipped: expected an object, got ${quote(entry)}`);
    }
    const record = entry as Record<string, unknown>;
    const result = meetingSchema.safeParse(pickMeetingFields(record));
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = String(issue.path[0] ?? 'entry');
      const value = record[field];
      const got = value === undefined ? 'missing' : quote(value);
      return this.skip(entryName(record, index), field, `skipped: field "${field}" is ${got}; ${issue.message}`);
    }
    const raw: RawMeeting = result.data;
    if (raw.day !== undefined && !raw.time) {
      return this.skip(entryName(record, index), 'time', 'skipped: field "time" is missing; a meeting with a day needs a time (leave out both for "by appointment")');
    }
    if (raw.time && raw.day === undefined) {
      return this.skip(entryName(record, index), 'day', 'skipped: field "day" is missing; a meeting with a time needs a day (leave out both for "by appointment")');
    }
    const slug = String(raw.slug);
    if (this.slugs.has(slug)) return this.skip(entryName(record, index), 'slug', `skipped: slug ${quote(raw.slug)} is used by an earlier meeting; each slug must be unique`);
    this.slugs.add(slug);
    const meeting = toMeeting(raw, this.feed, this.feedIndex);
    if (meeting) this.meetings.push(meeting);
    else this.inactive++;
  }

  private skip(who: string, field: string, why: string) {
    this.skipped++;
    this.byField.set(field, (this.byField.get(field) ?? 0) + 1);
    if (this.problems.length < LISTED_PROBLEMS) this.problems.push(`${this.label}: ${who} ${why}`);
  }

  result(): ParsedFeed {
    const warnings = [...this.notes, ...this.problems];
    const unlisted = this.skipped - this.problems.length;
    if (unlisted > 0) {
      const fields = [...this.byField].sort((a, b) => b[1] - a[1]).map(([field, n]) => `"${field}" ${n}`).join(', ');
      warnings.push(`${this.label}: ${unlisted} more meetings skipped (${this.skipped} in all, by field: ${fields})`);
    }
    if (this.inactive > 0) {
      warnings.push(`${this.label}: ${this.inactive} meetings not shown because they have neither a street address nor an online or phone link`);
    }
    return {
      meetings: this.meetings,
      warnings,
      counts: { given: this.given, kept: this.meetings.length, skipped: this.skipped, inactive: this.inactive },
    };
  }
}

/** Pauses between slices of work, so a long feed never holds the page for long. */
export type Pause = () => Promise<void>;

/**
 * Checks a whole feed. With `pause`, yields after every `slice` entries (for the main
 * thread); in a worker the pause is not needed.
 */
export async function parseFeed(
  text: string,
  feed: FeedSource,
  feedIndex: number,
  { pause, slice = 500 }: { pause?: Pause; slice?: number } = {},
): Promise<ParsedFeed> {
  const label = feedLabel(feed.url);
  const read = readFeedText(text, label);
  const collector = new FeedCollector(feed, feedIndex, label);
  if ('warning' in read) {
    collector.note(read.warning);
    return collector.result();
  }
  const entries = read.entries;
  if (entries.length > MAX_MEETINGS) {
    collector.note(`${label}: only the first ${MAX_MEETINGS} of ${entries.length} meetings are used`);
  }
  const count = Math.min(entries.length, MAX_MEETINGS);
  for (let i = 0; i < count; i++) {
    collector.add(entries[i], i);
    if (pause && i % slice === slice - 1) await pause();
  }
  return collector.result();
}
