/**
 * Everything a clinic can set when it embeds Pathways (see EMBEDDING.md), as ONE zod/mini
 * schema. Every leaf carries its own "expected …" message, so a bad value can be dropped
 * on its own with a warning that says what to write instead (see lenient.ts).
 */
import * as z from 'zod/mini';
import { ANSWER_VALUES, ANSWER_KEYS, LIST_KEYS, type AnswerKey } from '../engine/answer-values';
import { CONTRACT_PROFILE_IDS } from '../content/contract-ids';
import { LANGUAGES, REGIONS } from '../content/vocabulary';
import { isTimeZone } from '../meetings/text-checks';

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** Plain text a person reads: any characters but control characters, trimmed, with a length limit. */
export const plainText = (max: number) =>
  z.string({ error: `expected plain text of at most ${max} characters` }).check(
    z.minLength(1, `expected plain text of at most ${max} characters, not an empty string`),
    z.regex(/\S/, `expected plain text of at most ${max} characters, not only spaces`),
    z.maxLength(max, `expected plain text of at most ${max} characters`),
    // eslint-disable-next-line no-control-regex
    z.regex(/^[^\u0000-\u001f\u007f]*$/, 'expected plain text without control characters'),
  );

export const httpsUrl = z
  .url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    error: 'expected an https:// address such as https://example.org/page',
  })
  .check(
    // https://user:pass@evil.example/ reads as if it were "user" to a hurried eye; and no address needs it.
    z.refine((value) => !/^[a-z]+:\/\/[^/?#]*@/i.test(value), 'expected an https:// address without a user name or password (no "@" before the site name)'),
  );

export const profileId = z.enum(CONTRACT_PROFILE_IDS, {
  error: 'expected a group id from the directory, such as "smart-recovery" or "al-anon"',
});

/** #rgb or #rrggbb: the only colour forms accepted, so the contrast check can read them. */
export const hexColour = z.string({ error: 'expected a hex colour such as #005eb8' }).check(
  z.regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, 'expected a hex colour such as #005eb8 or #05b'),
);

/** A font-family list. Letters, digits, spaces, commas, quotes, dots, hyphens only: no url(, ;, {, }, <, >. */
export const fontFamily = z.string({ error: 'expected a font-family list such as "Georgia, serif"' }).check(
  z.regex(
    /^[\p{L}\p{N} ,'"._-]{1,120}$/u,
    'expected a font-family list such as "Georgia, serif" (letters, digits, spaces, commas and quotes only; no url(, ;, {, }, <, >)',
  ),
);

/** A path on the app's own site ("local-groups.json", "/clinic/groups.json") or a full http(s) address. */
export const localGroupsUrl = z.string({ error: 'expected a path or address of a JSON file on the same site as Pathways' }).check(
  z.regex(
    /^(https?:\/\/[^\s]+|[^\s:]+)$/,
    'expected a path such as "local-groups.json" or an address on the same site as Pathways',
  ),
);

/**
 * One Meeting Guide feed (see EMBEDDING.md, "Meeting feeds"): where it is, whose meetings it
 * lists, which of the feed's type codes add another group (e.g. "AL-AN": "al-anon"), and
 * the time zone of meetings that do not name one. The feed itself is checked in src/meetings/.
 */
export const meetingFeedSchema = z.strictObject({
  url: z.string({ error: 'expected the path or address of a Meeting Guide JSON feed' }).check(
    z.regex(/^(https?:\/\/[^\s]+|[^\s:]+)$/, 'expected a path such as "meetings.json" or an address on the same site as Pathways or the page that embeds it'),
  ),
  group: profileId,
  types: z.optional(
    z.record(
      z.string().check(z.regex(/^[A-Za-z0-9-]{1,40}$/, 'expected a type code such as "AL-AN"')),
      profileId,
      { error: 'expected type codes and group ids, such as { "AL-AN": "al-anon" }' },
    ),
  ),
  timezone: z.optional(
    z.string({ error: 'expected a time zone name such as "Europe/London"' }).check(
      z.refine(isTimeZone, 'expected a time zone name such as "Europe/London" or "America/New_York"'),
    ),
  ),
});

export const MAX_MEETING_FEEDS = 10;

/** One preset answer's schema, from the contract's allowed values (src/engine/answer-values.ts). */
function answerSchema(key: AnswerKey) {
  const values = ANSWER_VALUES[key] as readonly (string | boolean)[];
  const expected = `expected ${(LIST_KEYS as readonly string[]).includes(key) ? 'a list of ' : 'one of '}${list(values)}`;
  if (typeof values[0] === 'boolean') return z.boolean({ error: `expected true or false` });
  const one = z.enum(values as [string, ...string[]], { error: expected });
  if ((LIST_KEYS as readonly string[]).includes(key)) return z.array(one, { error: expected });
  return one;
}

/** `language` is left out: the result's language follows the page (use the `lang` setting). */
export const PRESET_KEYS = ANSWER_KEYS.filter((key) => key !== 'language');

export const presetsSchema = z.strictObject(
  Object.fromEntries(PRESET_KEYS.map((key) => [key, z.optional(answerSchema(key))])) as Record<
    AnswerKey,
    z.ZodMiniOptional<ReturnType<typeof answerSchema>>
  >,
);

export const themeSchema = z.strictObject({
  accent: z.optional(hexColour),
  font: z.optional(fontFamily),
  radius: z.optional(
    z.number({ error: 'expected a number of pixels from 0 to 24' }).check(
      z.gte(0, 'expected a number of pixels from 0 to 24'),
      z.lte(24, 'expected a number of pixels from 0 to 24'),
    ),
  ),
  mode: z.optional(z.enum(['light', 'dark'], { error: 'expected "light" or "dark"' })),
});

export const offeredHereSchema = z.strictObject({ id: profileId, note: z.optional(plainText(200)) });

export const contactLineSchema = z.strictObject({
  name: plainText(80),
  phone: z.optional(
    z.string({ error: 'expected a phone number such as 0300 123 1110' }).check(
      z.regex(/^[0-9A-Z+ ().-]{2,30}$/, 'expected a phone number such as 0300 123 1110'),
    ),
  ),
  url: z.optional(httpsUrl),
  hours: z.optional(plainText(100)),
});

export const settingsSchema = z.strictObject({
  lang: z.optional(z.enum(LANGUAGES, { error: `expected one of ${list(LANGUAGES)}` })),
  region: z.optional(z.enum(REGIONS, { error: `expected one of ${list(REGIONS)}` })),
  theme: z.optional(themeSchema),
  include: z.optional(z.array(profileId, { error: 'expected a list of group ids' })),
  exclude: z.optional(z.array(profileId, { error: 'expected a list of group ids' })),
  offeredHere: z.optional(z.array(offeredHereSchema, { error: 'expected a list of { id, note } entries' })),
  presets: z.optional(presetsSchema),
  contactLine: z.optional(contactLineSchema),
  reportUrl: z.optional(httpsUrl),
  exitUrl: z.optional(httpsUrl),
  /** Deprecated: the home-made local-groups file; use meetingFeeds. */
  localGroupsUrl: z.optional(localGroupsUrl),
  meetingFeeds: z.optional(
    z.array(meetingFeedSchema, { error: 'expected a list of meeting feeds' }).check(
      z.maxLength(MAX_MEETING_FEEDS, `expected at most ${MAX_MEETING_FEEDS} meeting feeds`),
    ),
  ),
  preview: z.optional(z.boolean({ error: 'expected true or false' })),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type OfferedHereEntry = z.infer<typeof offeredHereSchema>;
export type ContactLine = z.infer<typeof contactLineSchema>;
export type MeetingFeedSetting = z.infer<typeof meetingFeedSchema>;
