/**
 * The one definition of a group profile. Content files in content/groups/ are
 * validated against it at build time (scripts/check-content.ts); the browser
 * only ever receives data that already passed, so it never ships this file.
 */
import { z } from 'zod';
import {
  AGE_RULES,
  APPROACHES,
  AUDIENCES,
  COSTS,
  CROSS_TALK,
  FAMILY_SUPPORT,
  FORMATS,
  GOALS,
  GROUP_FAITHS,
  LANGUAGES,
  LEADERSHIP,
  MEDICATION_STANCES,
  POPULATIONS,
  PROBLEMS,
  REACH_LEVELS,
  REGIONS,
  RELATIONSHIPS,
  SPECIAL_MEETINGS,
  SPIRITUALITY,
  STATUSES,
  STYLES,
} from './vocabulary.ts';

/** Text is shown as text, never as markup: refuse anything that looks like HTML or a script link. */
const safeText = z
  .string()
  .trim()
  .min(1, 'expected some text')
  .refine((s) => !/<\/?[a-z!][^>]*>/i.test(s), 'expected plain text, found an HTML tag')
  .refine((s) => !/javascript:/i.test(s), 'expected plain text, found a javascript: link');

/** Every person-facing text exists in every supported language. */
export const localizedText = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, safeText])) as Record<
    (typeof LANGUAGES)[number],
    typeof safeText
  >,
);

export const httpsUrl = z
  .url({ protocol: /^https$/, error: 'expected an https:// address' })
  .refine((u) => !/javascript:/i.test(u), 'expected an https:// address');

const isoDate = z.iso.date({ error: 'expected a date written YYYY-MM-DD' });

const regionList = z.array(z.enum(REGIONS)).min(1);

/** A format, optionally only in some regions (Women for Sobriety meets in person only in the US and Canada). */
const formatOffer = z.strictObject({
  format: z.enum(FORMATS),
  regions: regionList.optional(),
});

/** Where to find the group: one entry for everywhere (no `regions`) and optional overrides per region. */
const contact = z.strictObject({
  regions: regionList.optional(),
  name: localizedText.optional(),
  website: httpsUrl.optional(),
  meetingFinder: httpsUrl.optional(),
  onlineMeetings: httpsUrl.optional(),
  spanish: httpsUrl.optional(),
  phone: z.string().regex(/^[0-9+ ()-]{3,24}$/, 'expected a phone number of digits, spaces, + ( ) -').optional(),
  phoneNote: localizedText.optional(),
  /** The honest next step when there is no finder or phone we could check ("Ask your local intergroup…"). */
  ask: localizedText.optional(),
  /** When this entry's links and phone were last checked against a source. */
  checked: isoDate.optional(),
});

const reachLevel = z.enum(REACH_LEVELS);

/**
 * How reachable the group's meetings are, per format, in some regions (or, with no `regions`, everywhere else).
 * Every level but not-known names the source it rests on (one of the profile's `sources`).
 */
const reachEntry = z.strictObject({
  regions: regionList.optional(),
  'in-person': reachLevel.optional(),
  'online-video': reachLevel.optional(),
  'online-text': reachLevel.optional(),
  phone: reachLevel.optional(),
  source: httpsUrl.optional(),
});

/** Goals that differ by region (SMART Recovery UK teaches abstinence; the US branch also supports cutting down). */
const regionalGoals = z.strictObject({
  regions: regionList,
  goals: z.array(z.enum(GOALS)).min(1),
});

const medicationStance = z.enum(MEDICATION_STANCES);

const source = z.strictObject({
  url: httpsUrl,
  // Shown on the page as text: the same plain-text rule as every other text.
  supports: safeText.pipe(z.string().min(3, 'expected a note of what this source supports')),
});

export const profileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  status: z.enum(STATUSES),
  statusNote: localizedText.optional(),
  lastReviewed: isoDate,

  name: localizedText,
  abbreviation: safeText.optional(),
  summary: localizedText,

  audience: z.enum(AUDIENCES),
  problems: z.array(z.enum(PROBLEMS)).min(1),
  /** A fellowship for one substance or behaviour (hard rule 3). */
  problemSpecific: z.boolean(),
  approaches: z.array(z.enum(APPROACHES)).min(1),
  spirituality: z.enum(SPIRITUALITY),
  /** The faith the group is built on (hard rule 6); absent for groups open to any belief. */
  faith: z.enum(GROUP_FAITHS).optional(),
  /** A tradition the group draws on without asking members to share it (e.g. Buddhist-inspired). */
  roots: z.enum(GROUP_FAITHS).optional(),
  goals: z.array(z.enum(GOALS)).min(1),
  goalsByRegion: z.array(regionalGoals).optional(),
  /** Populations the group is designed for (principle 1); absent = built for everyone with its problems. */
  builtFor: z.array(z.enum(POPULATIONS)).optional(),
  /** The culture a culturally specific group is built around (with builtFor: culture). */
  culture: z.enum(GROUP_FAITHS).optional(),
  genderOnly: z.enum(['women', 'men']).optional(),
  /** Other genders a single-gender group says it welcomes, where sourced. */
  genderAlsoWelcomes: z.array(z.enum(['non-binary'])).optional(),
  age: z.enum(AGE_RULES),
  specialMeetings: z.array(z.enum(SPECIAL_MEETINGS)).optional(),
  formats: z.array(formatOffer).min(1),
  cameraOptional: z.boolean().optional(),
  anonymity: z.boolean().optional(),
  styles: z.array(z.enum(STYLES)).min(1),
  /** For family groups: what they help the person answering with. */
  familySupport: z.array(z.enum(FAMILY_SUPPORT)).optional(),
  /** For family groups built around one relationship (e.g. adult children). */
  relationships: z.array(z.enum(RELATIONSHIPS)).optional(),

  meetings: z.strictObject({
    leadership: z.enum(LEADERSHIP),
    steps: z.boolean(),
    sponsors: z.boolean().optional(),
    crossTalk: z.enum(CROSS_TALK).optional(),
    openMeetings: z.boolean().optional(),
  }),
  /** The group's stance per kind of prescribed medication: for the drug or alcohol use itself, and for mental health. */
  medication: z.strictObject({
    recovery: medicationStance,
    mentalHealth: medicationStance,
    note: localizedText.optional(),
  }),
  reach: z.array(reachEntry).min(1),
  cost: z.strictObject({
    kind: z.enum(COSTS),
    note: localizedText.optional(),
  }),
  contacts: z.array(contact).min(1),
  firstMeeting: localizedText,
  /** Honest notes a person should know before going (shown under "Worth knowing"). */
  worthKnowing: z.array(localizedText).optional(),
  /** Shown to a person who prefers no religion, for a group where that matters (e.g. AA's agnostic meetings). */
  secularNote: localizedText.optional(),
  founded: z.string().regex(/^\d{4}$/).optional(),
  sources: z.array(source).min(1),
});

export type Profile = z.infer<typeof profileSchema>;
export type LocalizedText = z.infer<typeof localizedText>;
export type Contact = z.infer<typeof contact>;
