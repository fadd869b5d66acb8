/** A checked feed entry → the Meeting the rest of the code uses (format, groups, place names). */
import type { RawMeeting } from './meeting-schema';
import type { FeedSource, Meeting } from './types';

/** Postcodes and town names compare without case, spaces or punctuation. */
export const placeKey = (text: string): string => text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');

function placeKeys(raw: RawMeeting): string[] {
  const keys = new Set<string>();
  const add = (text: string | undefined) => {
    const key = text && placeKey(text);
    if (key && key.length >= 2) keys.add(key);
  };
  add(raw.city);
  add(raw.region);
  if (raw.postal_code) {
    add(raw.postal_code);
    add(raw.postal_code.trim().split(/\s+/)[0]); // "SW1A 1AA" is also found as "SW1A"
  }
  // "12 Mill Lane, Riverside, RV1 2AB, UK": each part, and each postcode-like word in it.
  for (const part of (raw.formatted_address ?? '').split(',').slice(1)) {
    add(part);
    for (const word of part.trim().split(/\s+/)) if (/\d/.test(word)) add(word);
  }
  return [...keys];
}

/** A street address (not just "Chicago, IL"): the feed says so, or it has a house number or postcode. */
function hasPlace(raw: RawMeeting): boolean {
  if (raw.approximate === 'yes') return false;
  if (raw.approximate === 'no') return !!(raw.address || raw.formatted_address || raw.latitude !== undefined);
  return !!raw.address || /\d/.test(raw.formatted_address ?? '');
}

function oneLineAddress(raw: RawMeeting): string | undefined {
  if (raw.formatted_address) return raw.formatted_address;
  const parts = [raw.address, raw.city, [raw.state, raw.postal_code].filter(Boolean).join(' '), raw.country].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

/** Null when no one could take part (no place and no online or phone link). */
export function toMeeting(raw: RawMeeting, feed: FeedSource, feedIndex: number): Meeting | null {
  const types = [...new Set(raw.types ?? [])];
  const temporarilyClosed = types.includes('TC');
  const inPerson = hasPlace(raw) && !temporarilyClosed;
  const video = !!raw.conference_url;
  const phone = !!raw.conference_phone;
  if (!inPerson && !video && !phone) return null;
  const attendance = inPerson ? (video || phone ? 'hybrid' : 'in-person') : video ? 'online' : 'phone';

  const groups = [feed.group];
  const addedBy: Record<string, string> = {};
  for (const code of types) {
    const group = feed.types?.[code];
    if (group && !groups.includes(group)) {
      groups.push(group);
      addedBy[group] = code;
    }
  }
  const days = raw.day === undefined ? [] : [...new Set(Array.isArray(raw.day) ? raw.day : [raw.day])].sort();
  const slug = String(raw.slug);
  return {
    key: `${feedIndex}:${slug}`,
    slug,
    name: raw.name,
    groups,
    addedBy,
    days: raw.time ? days : [],
    time: days.length ? raw.time : undefined,
    endTime: days.length && raw.time ? raw.end_time : undefined,
    timezone: raw.timezone ?? feed.timezone,
    attendance,
    inPerson,
    temporarilyClosed,
    location: raw.location,
    address: oneLineAddress(raw),
    latitude: raw.latitude !== undefined && raw.longitude !== undefined ? raw.latitude : undefined,
    longitude: raw.latitude !== undefined && raw.longitude !== undefined ? raw.longitude : undefined,
    conferenceUrl: raw.conference_url,
    conferenceUrlNotes: raw.conference_url_notes,
    conferencePhone: raw.conference_phone,
    conferencePhoneNotes: raw.conference_phone_notes,
    types,
    notes: raw.notes,
    locationNotes: raw.location_notes,
    url: raw.url,
    updated: raw.updated,
    placeKeys: placeKeys(raw),
  };
}
