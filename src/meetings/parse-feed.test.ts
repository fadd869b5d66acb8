import { describe, expect, it } from 'vitest';
import { parseFeed, MAX_FEED_CHARACTERS } from './parse-feed';
import type { FeedSource } from './types';

const FEED: FeedSource = { url: 'https://app.example/feeds/aa.json', group: 'alcoholics-anonymous', types: { 'AL-AN': 'al-anon' } };

/** The example meeting of the spec's README (code4recovery/spec), field for field. */
const SPEC_EXAMPLE = {
  name: 'Sunday Serenity',
  slug: 'sunday-serenity-14',
  day: 0,
  time: '18:00',
  end_time: '19:30',
  location: 'Alano Club',
  group: 'The Serenity Group',
  notes: 'Ring buzzer. Meeting is on the 2nd floor.',
  updated: '2014-05-31 14:32:23',
  url: 'https://district123.org/meetings/sunday-serenity',
  types: ['O', 'T', 'LGBTQ'],
  address: '123 Main Street',
  city: 'Anytown',
  state: 'CA',
  postal_code: '98765',
  country: 'US',
  approximate: 'no',
  entity: 'District 123',
  entity_email: 'info@district123.org',
  entity_location: 'Example County, California',
  entity_logo: 'https://district123.org/images/logo.svg',
  entity_phone: '+1-123-456-7890',
  entity_url: 'https://district123.org',
  feedback_emails: ['meetingupdates@district123.org'],
};

const parse = (entries: unknown) => parseFeed(JSON.stringify(entries), FEED, 0);
const meeting = (extra: Record<string, unknown>) => ({ name: 'Lunch bunch', slug: 'lunch', day: 1, time: '12:00', address: '1 Main St', ...extra });

describe('Meeting Guide feed schema', () => {
  it("keeps the spec's own example, with its address, types and notes", async () => {
    const { meetings, warnings, counts } = await parse([SPEC_EXAMPLE]);
    expect(warnings).toEqual([]);
    expect(counts).toEqual({ given: 1, kept: 1, skipped: 0, inactive: 0 });
    expect(meetings[0]).toMatchObject({
      key: '0:sunday-serenity-14',
      name: 'Sunday Serenity',
      groups: ['alcoholics-anonymous'],
      days: [0],
      time: '18:00',
      endTime: '19:30',
      attendance: 'in-person',
      address: '123 Main Street, Anytown, CA 98765, US',
      types: ['O', 'T', 'LGBTQ'],
      notes: 'Ring buzzer. Meeting is on the 2nd floor.',
    });
    expect(meetings[0]!.placeKeys).toEqual(expect.arrayContaining(['anytown', '98765']));
  });

  it('takes a list of days, and sorts out repeats', async () => {
    const { meetings } = await parse([meeting({ day: [5, 1, 3, 1] })]);
    expect(meetings[0]!.days).toEqual([1, 3, 5]);
  });

  it('accepts day and coordinates written as text, and treats null or "" as not given', async () => {
    const { meetings, warnings } = await parse([meeting({ day: '2', latitude: '51.5', longitude: '-0.12', end_time: '', conference_url: null })]);
    expect(warnings).toEqual([]);
    expect(meetings[0]).toMatchObject({ days: [2], latitude: 51.5, longitude: -0.12, endTime: undefined, attendance: 'in-person' });
  });

  it('keeps a meeting without end_time (the calendar adds an hour)', async () => {
    const { meetings } = await parse([meeting({})]);
    expect(meetings[0]!.endTime).toBeUndefined();
  });

  it('lists a meeting with no day and no time as by appointment', async () => {
    const { meetings, warnings } = await parse([{ name: 'Call to arrange', slug: 'appt', conference_phone: '+44 20 7000 0000' }]);
    expect(warnings).toEqual([]);
    expect(meetings[0]).toMatchObject({ days: [], time: undefined, attendance: 'phone' });
  });

  it('tells online, phone and hybrid meetings apart; TC closes the room but not the link', async () => {
    const { meetings } = await parse([
      meeting({ slug: 'a', conference_url: 'https://zoom.example/j/1' }),
      { name: 'Online', slug: 'b', day: 2, time: '20:00', formatted_address: 'Chicago, IL, USA', conference_url: 'https://zoom.example/j/2' },
      meeting({ slug: 'c', types: ['TC'], conference_phone: '+1 555 0100,,1234#' }),
      meeting({ slug: 'd', approximate: 'yes', conference_url: 'https://zoom.example/j/3' }),
    ]);
    expect(meetings.map((m) => m.attendance)).toEqual(['hybrid', 'online', 'phone', 'online']);
    expect(meetings[2]!.temporarilyClosed).toBe(true);
  });

  it('adds the group a type code names (AL-AN → al-anon) and remembers which code did', async () => {
    const { meetings } = await parse([meeting({ types: ['O', 'AL-AN'] })]);
    expect(meetings[0]!.groups).toEqual(['alcoholics-anonymous', 'al-anon']);
    expect(meetings[0]!.addedBy).toEqual({ 'al-anon': 'AL-AN' });
  });

  it('skips each bad meeting with one warning naming it and the field, and keeps the rest', async () => {
    const { meetings, warnings, counts } = await parse([
      meeting({ slug: 'ok' }),
      meeting({ slug: 'late', time: '25:00' }),
      meeting({ slug: 'day', day: 7 }),
      meeting({ slug: 'tz', timezone: 'Mars/Olympus_Mons' }),
      meeting({ slug: 'xss', name: '<img src=x onerror=alert(1)>' }),
      meeting({ slug: 'js', conference_url: 'javascript:alert(1)' }),
      meeting({ slug: 'http', url: 'http://plain.example/' }),
      meeting({ slug: 'notes', notes: 'Call us: javascript:alert(1)' }),
      meeting({ slug: 'types', types: 'O' }),
      meeting({ slug: 'no-time', time: undefined }),
      { slug: 'nameless', day: 1, time: '10:00' },
      meeting({ slug: 'ok' }),
      'not a meeting',
    ]);
    expect(meetings.map((m) => m.slug)).toEqual(['ok']);
    expect(counts.skipped).toBe(12);
    expect(warnings).toHaveLength(11); // 10 listed, then one summary line
    expect(warnings[0]).toBe('meeting feed /feeds/aa.json: meeting 1 "Lunch bunch" (slug "late") skipped: field "time" is "25:00"; expected a 24-hour time such as "19:30" (HH:MM)');
    expect(warnings[1]).toMatch(/slug "day"\) skipped: field "day" is 7; expected a day number from 0/);
    expect(warnings[2]).toMatch(/slug "tz"\) skipped: field "timezone" is "Mars\/Olympus_Mons"; expected a time zone name/);
    expect(warnings[3]).toMatch(/meeting 4 "<img src=x onerror=alert\(1\)>" \(slug "xss"\) skipped: field "name" .* contains HTML/);
    expect(warnings[4]).toMatch(/field "conference_url" is "javascript:alert\(1\)"; expected an https:\/\/ address/);
    expect(warnings[5]).toMatch(/field "url" is "http:\/\/plain.example\/"; expected an https/);
    expect(warnings[6]).toMatch(/field "notes" .* script address/);
    expect(warnings[7]).toMatch(/field "types" is "O"; expected a list of type codes/);
    expect(warnings[8]).toMatch(/field "time" is missing; a meeting with a day needs a time/);
    expect(warnings[9]).toMatch(/meeting 10 \(slug "nameless"\) skipped: field "name" is missing/);
    expect(warnings[10]).toMatch(/^meeting feed \/feeds\/aa.json: 2 more meetings skipped \(12 in all, by field: .*"slug" 1.*"entry" 1/);
  });

  it('counts meetings no one could attend (no address, no link) apart from broken ones', async () => {
    const { meetings, warnings, counts } = await parse([{ name: 'Nowhere', slug: 'n', day: 1, time: '10:00' }]);
    expect(meetings).toEqual([]);
    expect(counts.inactive).toBe(1);
    expect(warnings).toEqual([expect.stringMatching(/1 meetings not shown because they have neither a street address/)]);
  });

  it.each([
    ['not JSON', '{"name": "x",', /is not valid JSON/],
    ['an HTML page', '<!doctype html><title>Oops</title>', /is a web page \(HTML\), not a JSON feed/],
    ['an object, not a list', '{"meetings": []}', /expected a list of meetings/],
    ['over 5 MB', `[${' '.repeat(MAX_FEED_CHARACTERS)}]`, /is larger than 5 MB/],
  ])('gives one warning and no meetings for a feed that is %s', async (_, text, pattern) => {
    const { meetings, warnings } = await parseFeed(text, FEED, 0);
    expect(meetings).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(pattern);
  });

  it('yields between slices when asked to, and gets the same result', async () => {
    const entries = Array.from({ length: 1200 }, (_, i) => meeting({ slug: `m${i}` }));
    let pauses = 0;
    const sliced = await parseFeed(JSON.stringify(entries), FEED, 0, { slice: 500, pause: async () => void pauses++ });
    expect(pauses).toBe(2);
    expect(sliced.meetings).toHaveLength(1200);
  });
});
