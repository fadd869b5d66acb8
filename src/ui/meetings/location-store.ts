/**
 * Where to measure distances from, shared by every group's "Next meetings": the person's
 * position (asked of the browser only when they press the button) or a town from the feed.
 * Kept in memory only: never stored, never sent.
 */
import { useSyncExternalStore } from 'react';
import type { Position } from '../../meetings/places';

export type Origin =
  | { kind: 'none' }
  | { kind: 'asking' }
  | { kind: 'device'; position: Position }
  | { kind: 'place'; name: string; position: Position }
  | { kind: 'problem'; reason: 'denied' | 'unsupported' | 'unknownPlace' | 'noPosition'; place?: string };

let origin: Origin = { kind: 'none' };
const listeners = new Set<() => void>();

export function setOrigin(next: Origin): void {
  origin = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useOrigin = (): Origin => useSyncExternalStore(subscribe, () => origin, () => origin);

/** Asks the browser (which asks the person) for a rough position; nothing leaves the device. */
export function askForDevicePosition(geolocation: Geolocation | undefined = globalThis.navigator?.geolocation): void {
  if (!geolocation) return setOrigin({ kind: 'problem', reason: 'unsupported' });
  setOrigin({ kind: 'asking' });
  geolocation.getCurrentPosition(
    ({ coords }) => setOrigin({ kind: 'device', position: { latitude: coords.latitude, longitude: coords.longitude } }),
    () => setOrigin({ kind: 'problem', reason: 'denied' }),
    { enableHighAccuracy: false, maximumAge: 10 * 60_000, timeout: 20_000 },
  );
}
