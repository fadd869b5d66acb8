import { describe, expect, it } from 'vitest';
import { FeedEngine } from './engine';
import { meetingIcs, icsFileName } from './ics';
import { nextMeetings } from './next-meetings';
import { parseFeed } from './parse-feed';
import { distanceKm } from './places';
import type { FeedSource, Meeting } from './types';
import { nextOccurrence, offsetMinutes, zonedToMoment } from './zoned-time';

const AA: FeedSource = { url: 'https://app.example/aa.json', group: 'alcoholics-anonymous', types: { 'AL-AN': 'al-anon' } };
// Tuesday 1 December 2026, 09:00 UTC (09:00 in London, 04:00 in New York).
const NOW = Date.UTC(2026, 11, 1, 9, 0);
const base = { address: '1 High St', city: 'Riverside', postal_code: 'RV1 2AB' };

async function meetingsOf(entries: Record<string, unknown>[], source = AA): Promise<Meeting[]> {
  const parsed = await parseFeed(JSON.stringify(entries), source, 0);
  expect(parsed.warnings).toEqual([]);
  return parsed.meetings;
}

describe('meeting times in their own zone', () => {
  it('knows the offset either side of a daylight-saving change', () => {
    expect(offsetMinutes(Date.UTC(2026, 6, 1), 'Europe/London')).toBe(60);
    expect(offsetMinutes(Date.UTC(2026, 11, 1), 'Europe/London')).toBe(0);
    expect(offsetMinutes(Date.UTC(2026, 11, 1), 'America/New_York')).toBe(-300);
    expect(zonedToMoment(2026, 3, 8, 2, 30, 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30)); // the skipped hour
  });

  it('finds the next start, or the meeting going on now', () => {
    // Tuesday 19:00 in New York = Wednesday 00:00 UTC.
    expect(nextOccurrence([2], '19:00', undefined, 'America/New_York', NOW)).toEqual({
      start: Date.UTC(2026, 11, 2, 0, 0),
      end: Date.UTC(2026, 11, 2, 1, 0),
      inProgress: false,
    });
    // Tuesday 08:30-09:30 in London is going on at 09:00.
    expect(nextOccurrence([2], '08:30', '09:30', 'Europe/London', NOW)).toMatchObject({ start: Date.UTC(2026, 11, 1, 8, 30), inProgress: true });
    // Tuesday 07:00 in London is over: next week.
    expect(nextOccurrence([2], '07:00', undefined, 'Europe/London', NOW)!.start).toBe(Date.UTC(2026, 11, 8, 7, 0));
    // Of several days, the soonest.
    expect(nextOccurrence([0, 4], '12:00', undefined, 'Europe/London', NOW)!.start).toBe(Date.UTC(2026, 11, 3, 12, 0));
    expect(nextOccurrence([], undefined, undefined, 'Europe/London', NOW)).toBeNull();
  });
});

describe('next meetings', () => {
  it('sorts soonest first, by appointment last, and leaves out other groups', async () => {
    const meetings = await meetingsOf([
      { ...base, name: 'Thursday', slug: 't', day: 4, time: '19:00', timezone: 'Europe/London' },
      { ...base, name: 'Call us', slug: 'appt' },
      { ...base, name: 'Tonight', slug: 'n', day: 2, time: '20:00', timezone: 'Europe/London' },
      { ...base, name: 'With Al-Anon', slug: 'f', day: 5, time: '19:00', timezone: 'Europe/London', types: ['AL-AN'] },
    ]);
    const [aa, alAnon] = nextMeetings(meetings, { groups: ['alcoholics-anonymous', 'al-anon'], now: NOW, personZone: 'Europe/London', limit: 10 });
    expect(aa!.meetings.map((m) => m.meeting.name)).toEqual(['Tonight', 'Thursday', 'With Al-Anon', 'Call us']);
    expect(aa!.meetings[3]!.start).toBeNull();
    expect(alAnon!.meetings.map((m) => m.meeting.name)).toEqual(['With Al-Anon']);
  });

  it('uses the time zone a meeting names, not the person’s', async () => {
    const meetings = await meetingsOf([
      { name: 'NY online', slug: 'ny', day: 2, time: '07:00', timezone: 'America/New_York', conference_url: 'https://zoom.example/j/1' },
      { name: 'London online', slug: 'ldn', day: 2, time: '11:00', timezone: 'Europe/London', conference_url: 'https://zoom.example/j/2' },
    ]);
    const [aa] = nextMeetings(meetings, { groups: ['alcoholics-anonymous'], now: NOW, personZone: 'Europe/London' });
    // 11:00 London comes before 07:00 New York (12:00 London).
    expect(aa!.meetings.map((m) => [m.meeting.name, m.start])).toEqual([
      ['London online', Date.UTC(2026, 11, 1, 11)],
      ['NY online', Date.UTC(2026, 11, 1, 12)],
    ]);
  });

  it('filters by format, gender and language, saying when it could not', async () => {
    const meetings = await meetingsOf([
      { ...base, name: 'Room', slug: 'r', day: 3, time: '19:00' },
      { name: 'Zoom', slug: 'z', day: 3, time: '18:00', conference_url: 'https://zoom.example/j/1', types: ['W'] },
      { name: 'Phone', slug: 'p', day: 3, time: '17:00', conference_phone: '+44 20 7000 0000', types: ['M'] },
      { ...base, name: 'Español', slug: 'e', day: 3, time: '16:00', types: ['S'] },
    ]);
    const names = (query: Partial<Parameters<typeof nextMeetings>[1]>) =>
      nextMeetings(meetings, { groups: ['alcoholics-anonymous'], now: NOW, personZone: 'Europe/London', limit: 10, ...query })[0]!;
    expect(names({ formats: ['online-video'] }).meetings.map((m) => m.meeting.name)).toEqual(['Zoom']);
    expect(names({ formats: ['phone', 'in-person'] }).meetings.map((m) => m.meeting.name)).toEqual(['Español', 'Phone', 'Room']);
    expect(names({ gender: 'man', language: 'en' }).meetings.map((m) => m.meeting.name)).toEqual(['Phone', 'Room']);
    expect(names({ gender: 'woman', genderSpecific: true }).meetings.map((m) => m.meeting.name)).toEqual(['Zoom']);
    expect(names({ language: 'es' }).meetings.map((m) => m.meeting.name)).toEqual(['Español']);
    const noSpanish = names({ language: 'es', formats: ['online-video'] });
    expect([noSpanish.meetings.map((m) => m.meeting.name), noSpanish.notes]).toEqual([['Zoom'], ['noneInSpanish']]);
  });

  it('with a position: each day nearest first, rooms too far left out, online kept', async () => {
    const meetings = await meetingsOf([
      { name: 'Far', slug: 'far', day: 3, time: '18:00', address: '1 A St', latitude: 52.5, longitude: -1.9 },
      { name: 'Near', slug: 'near', day: 3, time: '20:00', address: '2 B St', latitude: 51.51, longitude: -0.13 },
      { name: 'Mid', slug: 'mid', day: 3, time: '19:00', address: '3 C St', latitude: 51.6, longitude: -0.2 },
      { name: 'Online', slug: 'on', day: 3, time: '17:00', conference_url: 'https://zoom.example/j/1' },
      { name: 'Tomorrow near', slug: 'tn', day: 4, time: '10:00', address: '4 D St', latitude: 51.5, longitude: -0.12 },
    ]);
    const [aa] = nextMeetings(meetings, {
      groups: ['alcoholics-anonymous'],
      now: NOW,
      personZone: 'Europe/London',
      origin: { latitude: 51.5, longitude: -0.12 },
      limit: 10,
    });
    expect(aa!.meetings.map((m) => m.meeting.name)).toEqual(['Near', 'Mid', 'Online', 'Tomorrow near']);
    expect(aa!.meetings[0]!.distanceKm).toBeCloseTo(1.3, 0);
    expect(aa!.notes).toEqual(['farAwayLeftOut']);
  });

  it('finds a typed town or postcode only among the feed’s own places', async () => {
    const engine = new FeedEngine();
    await engine.load([
      {
        source: AA,
        text: JSON.stringify([
          { name: 'A', slug: 'a', address: '1 High St', city: 'Riverside', postal_code: 'RV1 2AB', latitude: 51, longitude: 0 },
          { name: 'B', slug: 'b', address: '2 Low St', city: 'Riverside', latitude: 52, longitude: 1 },
          { name: 'C', slug: 'c', address: '3 Hill Rd', city: 'Nowhere Town' },
        ]),
      },
    ]);
    expect(engine.place('riverside')).toEqual({ found: true, position: { latitude: 51.5, longitude: 0.5 }, meetings: 2 });
    expect(engine.place('rv1')).toMatchObject({ found: true, meetings: 1 });
    expect(engine.place('RV1 2AB')).toMatchObject({ found: true, meetings: 1 });
    expect(engine.place('nowhere town')).toEqual({ found: false, reason: 'no-position' });
    expect(engine.place('London')).toEqual({ found: false, reason: 'unknown' });
  });

  it('measures straight-line distance', () => {
    expect(distanceKm({ latitude: 51.5074, longitude: -0.1278 }, { latitude: 48.8566, longitude: 2.3522 })).toBeCloseTo(344, -1);
  });
});

describe('add to calendar', () => {
  it('writes a weekly event in the meeting’s zone, with escaped text and folded lines', async () => {
    const [meeting] = await meetingsOf([
      {
        name: 'Step study; Tuesdays, upstairs',
        slug: 'step study/1',
        day: [2, 4],
        time: '19:00',
        end_time: '20:30',
        timezone: 'America/New_York',
        conference_url: 'https://zoom.example/j/123',
        notes: 'Password: serenity\nCameras optional',
      },
    ]);
    const occurrence = nextOccurrence(meeting!.days, meeting!.time, meeting!.endTime, 'America/New_York', NOW)!;
    const ics = meetingIcs(meeting!, { ...occurrence, zone: 'America/New_York', now: NOW, description: ['Online', `Notes: ${meeting!.notes}`, 'x'.repeat(100)] });
    const unfolded = ics.replace(/\r\n /g, '');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(unfolded).toContain('DTSTART;TZID=America/New_York:20261201T190000\r\n');
    expect(unfolded).toContain('DTEND;TZID=America/New_York:20261201T203000\r\n');
    expect(unfolded).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU,TH\r\n');
    expect(unfolded).toContain('SUMMARY:Step study\\; Tuesdays\\, upstairs\r\n');
    expect(unfolded).toContain('DESCRIPTION:Online\\nNotes: Password: serenity\\nCameras optional\\nxxx');
    expect(unfolded).toContain('UID:0:step-study-1@pathways');
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VEVENT\r\nEND:VCALENDAR\r\n$/);
    expect(icsFileName(meeting!)).toBe('Step-study-Tuesdays-upstairs.ics');
  });
});
