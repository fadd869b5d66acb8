/**
 * One meeting of a Meeting Guide JSON feed (the code4recovery spec), as zod/mini checks.
 * Only the fields Pathways shows or uses are checked; the spec's other fields (entity,
 * contacts, donations, …) are ignored and never shown. Every message says what was expected.
 */
import * as z from 'zod/mini';
import { isHttpsUrl, isTimeZone, textProblem } from './text-checks';

const text = (max: number, multiline = false) =>
  z.string({ error: `expected text of at most ${max} characters` }).check(
    z.maxLength(max, `expected text of at most ${max} characters`),
    z.superRefine((value, ctx) => {
      const problem = textProblem(value, { multiline });
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    }),
  );

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string({ error: 'expected a 24-hour time such as "19:30"' }).check(z.regex(HH_MM, 'expected a 24-hour time such as "19:30" (HH:MM)'));

const DAY_MESSAGE = 'expected a day number from 0 (Sunday) to 6 (Saturday), or a list of them';
const dayNumber = z.int({ error: DAY_MESSAGE }).check(z.gte(0, DAY_MESSAGE), z.lte(6, DAY_MESSAGE));

const https = z.string({ error: 'expected an https:// address' }).check(
  z.refine(isHttpsUrl, 'expected an https:// address (other kinds of link are never shown)'),
);

const coordinate = (limit: number) =>
  z.number({ error: `expected a number from -${limit} to ${limit}` }).check(
    z.gte(-limit, `expected a number from -${limit} to ${limit}`),
    z.lte(limit, `expected a number from -${limit} to ${limit}`),
  );

export const meetingSchema = z.object({
  name: z.string({ error: 'expected the meeting name (text, required)' }).check(
    z.minLength(1, 'expected the meeting name, not an empty text'),
    z.maxLength(255, 'expected a name of at most 255 characters'),
    z.superRefine((value, ctx) => {
      const problem = textProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    }),
  ),
  slug: z.union([z.string().check(z.minLength(1), z.maxLength(255), z.refine((v) => !textProblem(v))), z.int()], {
    error: 'expected a unique id (text or whole number, required)',
  }),
  day: z.optional(z.union([dayNumber, z.array(dayNumber).check(z.minLength(1, DAY_MESSAGE), z.maxLength(7, DAY_MESSAGE))], { error: DAY_MESSAGE })),
  time: z.optional(clock),
  end_time: z.optional(clock),
  timezone: z.optional(
    z.string({ error: 'expected a time zone name such as "America/New_York"' }).check(
      z.refine(isTimeZone, 'expected a time zone name such as "America/New_York" or "Europe/London"'),
    ),
  ),
  formatted_address: z.optional(text(500)),
  address: z.optional(text(300)),
  city: z.optional(text(120)),
  state: z.optional(text(120)),
  postal_code: z.optional(text(30)),
  country: z.optional(text(120)),
  location: z.optional(text(300)),
  region: z.optional(text(200)),
  approximate: z.optional(z.enum(['yes', 'no'], { error: 'expected "yes" or "no"' })),
  latitude: z.optional(coordinate(90)),
  longitude: z.optional(coordinate(180)),
  conference_url: z.optional(https),
  conference_url_notes: z.optional(text(1000, true)),
  conference_phone: z.optional(
    z.string({ error: 'expected a phone number such as +1-555-123-4567' }).check(
      z.regex(/^[0-9+ ()./,*#-]{3,80}$/, 'expected a phone number: digits, +, spaces, and , * # for codes'),
    ),
  ),
  conference_phone_notes: z.optional(text(1000, true)),
  types: z.optional(
    z.array(z.string().check(z.maxLength(40), z.regex(/^[A-Za-z0-9-]+$/)), {
      error: 'expected a list of type codes such as ["O", "BE"]',
    }).check(z.maxLength(100, 'expected at most 100 type codes')),
  ),
  notes: z.optional(text(4000, true)),
  location_notes: z.optional(text(4000, true)),
  url: z.optional(https),
  updated: z.optional(
    z.string({ error: 'expected a time such as "2024-05-31 14:32:23"' }).check(
      z.regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?Z?$/, 'expected a UTC time such as "2024-05-31 14:32:23"'),
    ),
  ),
});

export type RawMeeting = z.infer<typeof meetingSchema>;
export const MEETING_FIELDS = Object.keys(meetingSchema.def.shape) as (keyof RawMeeting)[];

const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/;
const NUMERIC_FIELDS = new Set(['day', 'latitude', 'longitude']);

/**
 * The fields Pathways checks, tidied the way real feeds need: null and "" mean "not given"
 * (many publishing tools write them for empty fields), and numbers written as text are
 * numbers. Nothing else is changed.
 */
export function pickMeetingFields(entry: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of MEETING_FIELDS) {
    let value = entry[field];
    if (value === null || value === undefined || value === '') continue;
    if (NUMERIC_FIELDS.has(field)) {
      if (typeof value === 'string' && NUMERIC_TEXT.test(value.trim())) value = Number(value);
      else if (field === 'day' && Array.isArray(value)) {
        value = value.map((d) => (typeof d === 'string' && NUMERIC_TEXT.test(d.trim()) ? Number(d) : d));
      }
    }
    if (field === 'types' && Array.isArray(value)) value = value.filter((t) => t !== '');
    picked[field] = value;
  }
  return picked;
}
