/**
 * The allowed values of every answer key (the contract's table), as plain data.
 * Kept apart from the zod schema so the questionnaire can use them without shipping a validator.
 */
import {
  CONCERNS,
  FAITHS,
  FORMATS,
  LANGUAGES,
  PRIVACY_NEEDS,
  REGIONS,
  RELATIONSHIPS,
  STYLES,
} from '../content/vocabulary';

const YES_NO_UNSURE = ['yes', 'no', 'not-sure'] as const;

/** Allowed values per key, for error messages and for the questionnaire's options. */
export const ANSWER_VALUES = {
  for: ['me', 'someone-else'],
  relationship: RELATIONSHIPS,
  concerns: CONCERNS,
  mentalHealth: YES_NO_UNSURE,
  goal: ['stop', 'cut-down', 'not-sure'],
  medication: YES_NO_UNSURE,
  familyGoal: ['cope', 'help-them', 'both'],
  spirituality: ['wants', 'open', 'secular', 'not-sure'],
  faith: FAITHS,
  style: STYLES,
  gender: ['woman', 'man', 'non-binary', 'prefer-not-to-say'],
  genderSpecific: [true, false],
  lgbtq: [true, false],
  age: ['under-18', '18-25', '26-plus'],
  formats: FORMATS,
  privacy: PRIVACY_NEEDS,
  region: REGIONS,
  language: LANGUAGES,
} as const;

export type AnswerKey = keyof typeof ANSWER_VALUES;
export const ANSWER_KEYS = Object.keys(ANSWER_VALUES) as AnswerKey[];
/** Keys that hold a list of values rather than one. */
export const LIST_KEYS = ['concerns', 'style', 'formats', 'privacy'] as const satisfies readonly AnswerKey[];
