/**
 * Weekly meeting times in the meeting's own time zone, turned into moments, with the
 * browser's time zone data (Intl). Daylight saving is handled: "Tuesday 19:00 in New York"
 * is found again for each week's date.
 */

const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** The date and time a clock in `zone` shows at `moment`. */
export function wallClock(moment: number, zone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(moment)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday!] ?? 0,
  };
}

const QUARTER_HOUR = 15 * MINUTE;
// Zones change offset only on the quarter hour, so one Intl call answers for each quarter hour:
// a feed of 10,000 meetings needs a few thousand calls, not tens of thousands.
const offsets = new Map<string, number>();

/** Minutes the zone is ahead of UTC at `moment` (e.g. 60 for London in summer). */
export function offsetMinutes(moment: number, zone: string): number {
  const bucket = Math.floor(moment / QUARTER_HOUR);
  const key = `${zone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const at = bucket * QUARTER_HOUR;
    const w = wallClock(at, zone);
    offset = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - at) / MINUTE);
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall-clock date and weekday in `zone` at `moment`, from the cached offset (no Intl call). */
function wallDate(moment: number, zone: string): { year: number; month: number; day: number; weekday: number } {
  const shifted = new Date(moment + offsetMinutes(moment, zone) * MINUTE);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), weekday: shifted.getUTCDay() };
}

/** The moment a clock in `zone` shows this date and time (day may overflow the month). */
export function zonedToMoment(year: number, month: number, day: number, hour: number, minute: number, zone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const first = asUtc - offsetMinutes(asUtc, zone) * MINUTE;
  const second = asUtc - offsetMinutes(first, zone) * MINUTE;
  // In the hour that is skipped when clocks go forward, the later reading is the one that exists.
  return first === second ? first : Math.max(first, second);
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A meeting's length: to its end_time (past midnight if earlier), else an hour, as the spec says. */
export function durationMinutes(time: string, endTime?: string): number {
  if (!endTime) return 60;
  const length = (minutesOf(endTime) - minutesOf(time) + 1440) % 1440;
  return length || 60;
}

export interface Occurrence {
  start: number;
  end: number;
  /** True when it has started and not yet ended. */
  inProgress: boolean;
}

/**
 * The next time a weekly meeting starts (or the one going on now), in `zone`.
 * Null for a meeting by appointment.
 */
export function nextOccurrence(days: readonly number[], time: string | undefined, endTime: string | undefined, zone: string, now: number): Occurrence | null {
  if (!days.length || !time) return null;
  const today = wallDate(now, zone);
  const hour = Number(time.slice(0, 2));
  const minute = Number(time.slice(3, 5));
  const length = durationMinutes(time, endTime) * MINUTE;
  let best: Occurrence | null = null;
  for (const day of days) {
    // Yesterday's late meeting may still be going on; otherwise this week's or next week's.
    for (const ahead of [(day - today.weekday + 7) % 7 - 7, (day - today.weekday + 7) % 7, (day - today.weekday + 7) % 7 + 7]) {
      const start = zonedToMoment(today.year, today.month, today.day + ahead, hour, minute, zone);
      const end = start + length;
      if (end <= now) continue;
      if (!best || start < best.start) best = { start, end, inProgress: start <= now };
      break;
    }
  }
  return best;
}

/** Whole days from `now`'s date to `moment`'s date, both in `zone` (0 = today). */
export function daysAhead(moment: number, now: number, zone: string): number {
  const a = wallDate(now, zone);
  const b = wallDate(moment, zone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
}
