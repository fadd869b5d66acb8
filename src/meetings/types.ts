/** The shapes the meetings code passes around (no validators here: see meeting-schema.ts). */

/** One feed as a clinic names it (src/settings/settings-schema.ts checks the setting). */
export interface FeedSource {
  /** Where the feed is: a full address once resolved. */
  url: string;
  /** The group (a profile id in content/groups/) whose meetings the feed lists. */
  group: string;
  /** Meetings with one of these type codes are also listed under that group (e.g. "AL-AN" → "al-anon"). */
  types?: Record<string, string>;
  /** The zone of meetings that do not name theirs (else they are shown as written, in local time). */
  timezone?: string;
}

/** How a person can take part. */
export type Attendance = 'in-person' | 'online' | 'phone' | 'hybrid';

export interface Meeting {
  /** Unique across every feed: the feed's index and the meeting's slug. */
  key: string;
  slug: string;
  name: string;
  /** Profile ids this meeting is listed under; the first is the feed's own group. */
  groups: string[];
  /** For a group added by a type code: the code that added it. */
  addedBy: Record<string, string>;
  /** 0 (Sunday) to 6; empty when the meeting is by appointment. */
  days: number[];
  time?: string;
  endTime?: string;
  /** The meeting's IANA zone, when the feed (or the clinic's setting for it) names one. */
  timezone?: string;
  attendance: Attendance;
  inPerson: boolean;
  /** True when the feed says the place is closed for now (type TC). */
  temporarilyClosed: boolean;
  location?: string;
  address?: string;
  latitude?: number;
  longitude?: number;
  conferenceUrl?: string;
  conferenceUrlNotes?: string;
  conferencePhone?: string;
  conferencePhoneNotes?: string;
  types: string[];
  notes?: string;
  locationNotes?: string;
  url?: string;
  updated?: string;
  /** Lower-case town, region and postcode names, for "type a town or postcode". */
  placeKeys: string[];
}

export interface ParsedFeed {
  meetings: Meeting[];
  /** One line per problem, naming the feed, the meeting and the field (English: for the page owner). */
  warnings: string[];
  /** Meetings given, kept, and skipped. */
  counts: { given: number; kept: number; skipped: number; inactive: number };
}
