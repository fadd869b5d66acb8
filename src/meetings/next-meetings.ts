/**
 * "Next meetings" for the groups on a person's shortlist: the meetings they could reach,
 * filtered by their answers (formats, gender, language), soonest first. When their position
 * is known, each day's meetings are nearest first, and rooms too far to travel to are left out.
 * Meetings by appointment come last.
 */
import type { Format, Gender, Language } from '../content/vocabulary';
import { distanceKm, type Position } from './places';
import type { Meeting } from './types';
import { daysAhead, nextOccurrence } from './zoned-time';

export interface MeetingQuery {
  groups: readonly string[];
  now: number;
  /** The person's IANA time zone (the browser's). */
  personZone: string;
  formats?: readonly Format[];
  gender?: Gender;
  genderSpecific?: boolean;
  language?: Language;
  /** The person's position, or the middle of a town they typed. */
  origin?: Position;
  /** With an origin, in-person-only meetings farther than this are not "reachable". */
  maxDistanceKm?: number;
  /** Meetings per group. */
  limit?: number;
}

export interface NextMeeting {
  meeting: Meeting;
  /** Null for "by appointment". */
  start: number | null;
  end: number | null;
  inProgress: boolean;
  /** Kilometres, when both positions are known and the meeting has a room. */
  distanceKm?: number;
}

/** Why fewer (or other) meetings are shown than the person might expect: message keys' last part. */
export type QueryNote = 'noneInSpanish' | 'noneForGender' | 'farAwayLeftOut';

export interface GroupMeetings {
  group: string;
  meetings: NextMeeting[];
  /** Meetings of this group that match, before the limit. */
  matching: number;
  /** Meetings of this group in the feeds at all. */
  listed: number;
  notes: QueryNote[];
}

export const DEFAULT_MAX_DISTANCE_KM = 50;
export const DEFAULT_LIMIT = 3;

/** The spec's language codes (spoken languages); a meeting with some of these is held in them. */
const LANGUAGE_CODES = new Set(['AF', 'AM', 'AR', 'BG', 'DA', 'DE', 'EL', 'EN', 'FA', 'FI', 'FR', 'HE', 'HI', 'HR', 'HU', 'IS', 'ITA', 'JA', 'KA', 'KOR', 'LT', 'ML', 'MT', 'NE', 'NL', 'NO', 'POL', 'POR', 'PUN', 'RUS', 'S', 'SK', 'SL', 'SV', 'TH', 'TL', 'TUR', 'UK']);
const LANGUAGE_CODE: Record<Language, string> = { en: 'EN', es: 'S' };

function reachableByFormat(meeting: Meeting, formats: readonly Format[] | undefined): boolean {
  if (!formats?.length) return true;
  return formats.some((format) =>
    format === 'in-person' ? meeting.inPerson : format === 'phone' ? !!meeting.conferencePhone : !!meeting.conferenceUrl,
  );
}

/** Held in another language only (e.g. typed "S" and not "EN" for an English reader). */
function otherLanguageOnly(meeting: Meeting, language: Language): boolean {
  const spoken = meeting.types.filter((t) => LANGUAGE_CODES.has(t));
  return spoken.length > 0 && !spoken.includes(LANGUAGE_CODE[language]);
}

/** Keeps the preferred meetings when there are some; otherwise all, with a note saying so. */
function prefer(list: NextMeeting[], wanted: (m: Meeting) => boolean, note: QueryNote, notes: QueryNote[]): NextMeeting[] {
  const preferred = list.filter((item) => wanted(item.meeting));
  if (preferred.length) return preferred;
  if (list.length) notes.push(note);
  return list;
}

export function nextMeetings(all: readonly Meeting[], query: MeetingQuery): GroupMeetings[] {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const maxDistance = query.maxDistanceKm ?? DEFAULT_MAX_DISTANCE_KM;
  return query.groups.map((group) => {
    const notes: QueryNote[] = [];
    let listed = 0;
    let tooFar = 0;
    let candidates: NextMeeting[] = [];
    for (const meeting of all) {
      if (!meeting.groups.includes(group)) continue;
      listed++;
      if (!reachableByFormat(meeting, query.formats)) continue;
      if (query.gender === 'man' && meeting.types.includes('W')) continue;
      if (query.gender === 'woman' && meeting.types.includes('M')) continue;
      if (query.language && otherLanguageOnly(meeting, query.language)) continue;
      let distance: number | undefined;
      if (query.origin && meeting.inPerson && meeting.latitude !== undefined && meeting.longitude !== undefined) {
        distance = distanceKm(query.origin, { latitude: meeting.latitude, longitude: meeting.longitude });
        // Too far to go to in person, and no way to join from home.
        if (distance > maxDistance && meeting.attendance === 'in-person') {
          tooFar++;
          continue;
        }
      }
      const occurrence = nextOccurrence(meeting.days, meeting.time, meeting.endTime, meeting.timezone ?? query.personZone, query.now);
      candidates.push({
        meeting,
        start: occurrence?.start ?? null,
        end: occurrence?.end ?? null,
        inProgress: occurrence?.inProgress ?? false,
        distanceKm: distance,
      });
    }
    if (query.language === 'es') candidates = prefer(candidates, (m) => m.types.includes('S'), 'noneInSpanish', notes);
    if (query.genderSpecific && (query.gender === 'woman' || query.gender === 'man')) {
      const code = query.gender === 'woman' ? 'W' : 'M';
      candidates = prefer(candidates, (m) => m.types.includes(code), 'noneForGender', notes);
    }
    if (tooFar) notes.push('farAwayLeftOut');
    const sorted = sortMeetings(candidates, query);
    return { group, meetings: sorted.slice(0, limit), matching: candidates.length, listed, notes };
  });
}

/** Online meetings sit after rooms with a known distance and before rooms with none. */
const distanceRank = (item: NextMeeting) =>
  item.distanceKm ?? (item.meeting.inPerson ? Number.POSITIVE_INFINITY : Number.MAX_SAFE_INTEGER);

function sortMeetings(items: NextMeeting[], query: MeetingQuery): NextMeeting[] {
  const day = new Map<NextMeeting, number>();
  if (query.origin) for (const item of items) if (item.start !== null) day.set(item, daysAhead(item.start, query.now, query.personZone));
  return items.sort((a, b) => {
    if (a.start === null || b.start === null) {
      if (a.start !== b.start) return a.start === null ? 1 : -1;
      return distanceRank(a) - distanceRank(b) || a.meeting.name.localeCompare(b.meeting.name);
    }
    if (query.origin) {
      const byDay = day.get(a)! - day.get(b)!;
      if (byDay) return byDay;
      const byDistance = distanceRank(a) - distanceRank(b);
      if (byDistance) return byDistance;
    }
    return a.start - b.start || distanceRank(a) - distanceRank(b) || a.meeting.name.localeCompare(b.meeting.name);
  });
}
