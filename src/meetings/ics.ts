/**
 * "Add to calendar": one weekly meeting as an iCalendar file (RFC 5545), made on the
 * device. Times are written in the meeting's own zone (TZID with its IANA name, which
 * calendar apps read), so the meeting stays at its local time across daylight saving.
 */
import type { Meeting } from './types';
import { wallClock } from './zoned-time';

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Text values escape \ ; , and newlines. */
export const icsText = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets continue on the next line after a space. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = new TextEncoder().encode(char).length;
    if (size + length > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  out.push(current);
  return out.join('\r\n ');
}

const two = (n: number) => String(n).padStart(2, '0');
const stamp = (w: { year: number; month: number; day: number; hour: number; minute: number }) =>
  `${w.year}${two(w.month)}${two(w.day)}T${two(w.hour)}${two(w.minute)}00`;
const utcStamp = (moment: number) => new Date(moment).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export interface IcsOptions {
  start: number;
  end: number;
  /** The zone the times are written in: the meeting's, else the person's (then floating). */
  zone: string;
  /** Made at (DTSTAMP). */
  now: number;
  /** Lines for the description, already translated (format, how to join, notes). */
  description: string[];
}

export function meetingIcs(meeting: Meeting, { start, end, zone, now, description }: IcsOptions): string {
  const when = (moment: number) => {
    const local = stamp(wallClock(moment, zone));
    return meeting.timezone ? `;TZID=${meeting.timezone}:${local}` : `:${local}`;
  };
  const where = meeting.inPerson ? [meeting.location, meeting.address].filter(Boolean).join(', ') : meeting.conferenceUrl;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pathways//Next meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsText(meeting.key.replace(/[^A-Za-z0-9:._-]/g, '-'))}@pathways`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART${when(start)}`,
    `DTEND${when(end)}`,
    `RRULE:FREQ=WEEKLY;BYDAY=${meeting.days.map((d) => BYDAY[d]).join(',')}`,
    `SUMMARY:${icsText(meeting.name)}`,
    ...(where ? [`LOCATION:${icsText(where)}`] : []),
    ...(meeting.conferenceUrl ? [`URL:${meeting.conferenceUrl}`] : []),
    ...(description.length ? [`DESCRIPTION:${icsText(description.join('\n'))}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A file name people recognise: the meeting's name, letters and digits only. */
export const icsFileName = (meeting: Meeting): string =>
  `${meeting.name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'meeting'}.ics`;
