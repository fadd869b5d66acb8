/**
 * The allowed values of every answer key (the contract's table), as plain data.
 * Kept apart from the zod schema so the questionnaire can use them without shipping a validator.
 */
import {
  AGE_BANDS,
  CONCERNS,
  FAITHS,
  FORMATS,
  GENDERS,
  LANGUAGES,
  MEDICATION_ANSWERS,
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
  theirGender: GENDERS,
  theirAge: AGE_BANDS,
  concerns: CONCERNS,
  mentalHealth: YES_NO_UNSURE,
  goal: ['stop', 'cut-down', 'not-sure'],
  medication: MEDICATION_ANSWERS,
  familyGoal: ['cope', 'help-them', 'both'],
  spirituality: ['wants', 'open', 'secular', 'not-sure'],
  faith: FAITHS,
  style: STYLES,
  gender: GENDERS,
  genderSpecific: [true, false],
  lgbtq: [true, false],
  age: AGE_BANDS,
  formats: FORMATS,
  privacy: PRIVACY_NEEDS,
  region: REGIONS,
  language: LANGUAGES,
} as const;

export type AnswerKey = keyof typeof ANSWER_VALUES;
export const ANSWER_KEYS = Object.keys(ANSWER_VALUES) as AnswerKey[];
/** Keys that hold a list of values rather than one. */
export const LIST_KEYS = ['concerns', 'style', 'formats', 'privacy'] as const satisfies readonly AnswerKey[];
