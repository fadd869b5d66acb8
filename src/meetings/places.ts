/**
 * Distances without a map service: straight-line kilometres between the person's position
 * (from the browser, never sent anywhere) or a town the feed itself names, and a meeting.
 */
import { placeKey } from './normalize';
import type { Meeting } from './types';

export interface Position {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Position, b: Position): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type PlaceMatch =
  | { found: true; position: Position; meetings: number }
  | { found: false; reason: 'unknown' | 'no-position' };

/**
 * A town, area or postcode typed by the person, found among the feed's own place names.
 * Its position is the middle of the meetings there that have coordinates.
 */
export function findPlace(meetings: readonly Meeting[], text: string): PlaceMatch {
  const key = placeKey(text);
  if (key.length < 2) return { found: false, reason: 'unknown' };
  let count = 0;
  let located = 0;
  let latitude = 0;
  let longitude = 0;
  for (const meeting of meetings) {
    if (!meeting.placeKeys.includes(key)) continue;
    count++;
    if (meeting.latitude !== undefined && meeting.longitude !== undefined) {
      located++;
      latitude += meeting.latitude;
      longitude += meeting.longitude;
    }
  }
  if (!count) return { found: false, reason: 'unknown' };
  if (!located) return { found: false, reason: 'no-position' };
  return { found: true, position: { latitude: latitude / located, longitude: longitude / located }, meetings: count };
}
