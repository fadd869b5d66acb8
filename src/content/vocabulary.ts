/**
 * The closed vocabularies shared by answers, profiles and the engine.
 * They mirror ../shared/spec/recommend-contract.md: change them there first.
 * Plain data, no validators, so the browser bundle can import it for free.
 */

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** es = Spain, mx = Mexico. */
export const REGIONS = ['uk', 'ie', 'us', 'ca', 'au', 'nz', 'es', 'mx', 'other'] as const;
export type Region = (typeof REGIONS)[number];

/** What the person with the problem struggles with (the contract's `concerns`, minus "not-sure"). */
export const PROBLEMS = [
  'alcohol',
  'opioids',
  'stimulants',
  'cannabis',
  'prescription-drugs',
  'other-drugs',
  'gambling',
] as const;
export type Problem = (typeof PROBLEMS)[number];

export const CONCERNS = [...PROBLEMS, 'not-sure'] as const;
export type Concern = (typeof CONCERNS)[number];

export const FORMATS = ['in-person', 'online-video', 'online-text', 'phone'] as const;
export type Format = (typeof FORMATS)[number];

export const STYLES = ['steps-and-sponsor', 'practical-tools', 'open-sharing', 'meditation'] as const;
export type Style = (typeof STYLES)[number];

export const FAITHS = ['christian', 'muslim', 'jewish', 'buddhist', 'indigenous', 'other', 'none'] as const;
export type Faith = (typeof FAITHS)[number];

export const PRIVACY_NEEDS = ['anonymous', 'no-camera', 'away-from-home-area'] as const;
export type PrivacyNeed = (typeof PRIVACY_NEEDS)[number];

export const RELATIONSHIPS = ['partner', 'parent', 'child', 'sibling', 'friend', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const GENDERS = ['woman', 'man', 'non-binary', 'prefer-not-to-say'] as const;
export type Gender = (typeof GENDERS)[number];

export const AGE_BANDS = ['under-18', '18-25', '26-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Prescribed medication, by kind: for the drinking or drug use itself, for mental health, both, or some (kind not said). */
export const MEDICATION_ANSWERS = ['recovery', 'mental-health', 'both', 'yes', 'no', 'not-sure'] as const;
export type MedicationAnswer = (typeof MEDICATION_ANSWERS)[number];

/** Profile-only vocabularies. */
export const AUDIENCES = ['person', 'family', 'both'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const APPROACHES = [
  'twelve-step',
  'secular-cbt',
  'secular-peer',
  'faith-based',
  'buddhist-inspired',
  'moderation',
  'harm-reduction',
  'culturally-specific',
  'medication-assisted',
  'dual-diagnosis',
  'family-support',
  'craft',
  'online-community',
] as const;
export type Approach = (typeof APPROACHES)[number];

export const SPIRITUALITY = ['none', 'optional', 'central'] as const;
export type Spirituality = (typeof SPIRITUALITY)[number];

export const GOALS = ['abstinence', 'moderation', 'harm-reduction', 'undecided'] as const;
export type Goal = (typeof GOALS)[number];

/** Faiths a group can be built on (rule 6). */
export const GROUP_FAITHS = ['christian', 'muslim', 'jewish', 'buddhist', 'indigenous'] as const;
export type GroupFaith = (typeof GROUP_FAITHS)[number];

export const AGE_RULES = ['any', 'adults-only', 'teens-only', 'not-stated'] as const;
export type AgeRule = (typeof AGE_RULES)[number];

export const SPECIAL_MEETINGS = ['women', 'men', 'lgbtq', 'young-people', 'spanish'] as const;
export type SpecialMeeting = (typeof SPECIAL_MEETINGS)[number];

/**
 * Who a group is built for (ranking principle 1), as distinct from who it merely welcomes.
 * `faith` and `culture` name the tradition in the profile's `faith` / `culture` field.
 */
export const POPULATIONS = [
  'co-occurring-mental-health',
  'medication-assisted-recovery',
  'faith',
  'culture',
  'women',
  'men',
  'lgbtq',
  'young-people',
  'teens',
] as const;
export type Population = (typeof POPULATIONS)[number];

/**
 * How many meetings of a format a person can reach in a region:
 * many (most towns, or several online every day), some (larger towns, or a few online a week),
 * few (a handful), none (we know there are none), not-known (no source says).
 */
export const REACH_LEVELS = ['many', 'some', 'few', 'none', 'not-known'] as const;
export type ReachLevel = (typeof REACH_LEVELS)[number];

export const LEADERSHIP = ['peer', 'trained-facilitator', 'mixed'] as const;
export const CROSS_TALK = ['not-allowed', 'allowed', 'varies'] as const;
export const MEDICATION_STANCES = ['supportive', 'welcomed', 'varies-by-group', 'not-stated'] as const;
export type MedicationStance = (typeof MEDICATION_STANCES)[number];

export const COSTS = ['free', 'free-donations-welcome', 'some-paid', 'not-stated'] as const;
export const STATUSES = ['active', 'uncertain', 'inactive'] as const;
export type Status = (typeof STATUSES)[number];

/** What a family group offers the person answering (for `familyGoal`). */
export const FAMILY_SUPPORT = ['cope', 'help-them'] as const;
export type FamilySupport = (typeof FAMILY_SUPPORT)[number];
