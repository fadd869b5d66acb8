/**
 * The questionnaire's steps and which of them apply to a given set of answers.
 * Pure data and functions: the machine's guards and the progress indicator both
 * use these, so the count shown to the person is always the path they are on.
 */
import { ANSWER_VALUES, LIST_KEYS, type AnswerKey } from '../engine/answer-values';
import type { Answers } from '../engine/answers';

/** Answers while the quiz is under way: anything may still be missing. */
export type Draft = Partial<Answers>;

export type StepKind = 'radio' | 'checkbox' | 'yes-no';

export interface Step {
  id: AnswerKey;
  kind: StepKind;
  required?: boolean;
  /** Named guard deciding whether the step is asked at all (see `STEP_CONDITIONS`). */
  askedWhen?: StepCondition;
  /** A checkbox option that stands alone ("I'm not sure"): ticking it clears the others, and the reverse. */
  exclusiveOption?: string;
  /** Offers "I'd rather not say" as an option: choosing it leaves the answer out, as skipping does. */
  declinable?: boolean;
}

export const STEP_CONDITIONS = {
  /** Relationship and family goal only when asking for someone else. */
  asksFamilyQuestions: (a: Draft) => a.for === 'someone-else',
  /** A gender-specific group only makes sense once a gender is given. */
  asksGenderSpecific: (a: Draft) => a.gender !== undefined && a.gender !== 'prefer-not-to-say',
  /** Someone who wants no religion is not asked about faith. */
  asksFaith: (a: Draft) => a.spirituality !== 'secular',
} as const;
export type StepCondition = keyof typeof STEP_CONDITIONS;

/** In the order they are asked: who, what, goal and health first; beliefs, identity and practicalities after. */
export const STEPS: readonly Step[] = [
  { id: 'for', kind: 'radio', required: true },
  { id: 'relationship', kind: 'radio', askedWhen: 'asksFamilyQuestions' },
  { id: 'familyGoal', kind: 'radio', askedWhen: 'asksFamilyQuestions' },
  { id: 'theirGender', kind: 'radio', askedWhen: 'asksFamilyQuestions' },
  { id: 'theirAge', kind: 'radio', askedWhen: 'asksFamilyQuestions' },
  { id: 'concerns', kind: 'checkbox', required: true, exclusiveOption: 'not-sure' },
  { id: 'goal', kind: 'radio' },
  { id: 'mentalHealth', kind: 'radio' },
  { id: 'medication', kind: 'radio', declinable: true },
  { id: 'age', kind: 'radio' },
  { id: 'gender', kind: 'radio' },
  { id: 'genderSpecific', kind: 'yes-no', askedWhen: 'asksGenderSpecific' },
  { id: 'lgbtq', kind: 'yes-no' },
  { id: 'spirituality', kind: 'radio' },
  { id: 'faith', kind: 'radio', askedWhen: 'asksFaith' },
  { id: 'style', kind: 'checkbox' },
  { id: 'formats', kind: 'checkbox' },
  { id: 'privacy', kind: 'checkbox' },
  { id: 'region', kind: 'radio' },
  // `language` is not a question: it follows the page's language switcher.
];

export const STEP_IDS = STEPS.map((s) => s.id);
export type StepId = AnswerKey;

export function getStep(id: StepId): Step {
  const step = STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`unknown step ${id}`);
  return step;
}

export function stepApplies(step: Step, answers: Draft): boolean {
  return step.askedWhen === undefined || STEP_CONDITIONS[step.askedWhen](answers);
}

/** The steps this person will be asked, given what they have answered so far. */
export function pathFor(answers: Draft): Step[] {
  return STEPS.filter((s) => stepApplies(s, answers));
}

export function isAnswered(answers: Draft, key: AnswerKey): boolean {
  const value = answers[key];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/**
 * Where the questions move between the person answering and the person they care about.
 * On the family path these steps describe the loved one (the contract's "attendee" rule).
 */
export const ABOUT_LOVED_ONE: ReadonlySet<AnswerKey> = new Set(['theirGender', 'theirAge', 'concerns', 'goal', 'mentalHealth', 'medication']);

/**
 * 'them' or 'you' on the first question of a run about the loved one or about the person answering
 * (family path only), so the switch is announced; null everywhere else.
 */
export function sectionStart(answers: Draft, id: StepId): 'them' | 'you' | null {
  if (answers.for !== 'someone-else') return null;
  const path = pathFor(answers);
  const index = path.findIndex((s) => s.id === id);
  if (index <= 0) return null;
  const aboutThem = ABOUT_LOVED_ONE.has(id);
  const previousAboutThem = ABOUT_LOVED_ONE.has(path[index - 1]!.id);
  if (aboutThem === previousAboutThem) return null;
  return aboutThem ? 'them' : 'you';
}

/**
 * "Question N of M" for a step, counted from the answers given BEFORE it only, so choosing
 * an option on this page never changes the count (a stable count, not a jumping one).
 */
export function progressFor(answers: Draft, id: StepId): { current: number; total: number } {
  const index = STEPS.findIndex((s) => s.id === id);
  const earlier: Draft = {};
  for (const step of STEPS.slice(0, index)) {
    if (answers[step.id] !== undefined) (earlier as Record<string, unknown>)[step.id] = answers[step.id];
  }
  const path = pathFor(earlier);
  return { current: path.findIndex((s) => s.id === id) + 1, total: path.length };
}

/** Ticks or unticks one checkbox, keeping a step's stand-alone option ("I'm not sure") on its own. */
export function toggleValue(step: Step, current: readonly string[], value: string): string[] {
  if (current.includes(value)) return current.filter((v) => v !== value);
  if (step.exclusiveOption === undefined) return [...current, value];
  if (value === step.exclusiveOption) return [value];
  return [...current.filter((v) => v !== step.exclusiveOption), value];
}

/** Every required question before `id` is answered: a page may only be opened (e.g. by Back/Forward) then. */
export function canVisit(answers: Draft, id: StepId): boolean {
  const index = STEPS.findIndex((s) => s.id === id);
  if (index < 0 || !stepApplies(STEPS[index]!, answers)) return false;
  return STEPS.slice(0, index).every((s) => !s.required || isAnswered(answers, s.id));
}

export function hasRequiredAnswers(answers: Draft): boolean {
  return STEPS.every((s) => !s.required || isAnswered(answers, s.id));
}

/** Drops answers to questions that no longer apply (e.g. relationship after switching to "for me"). */
export function pruneAnswers(answers: Draft): Draft {
  const kept: Draft = { ...answers };
  for (const step of STEPS) {
    if (!stepApplies(step, kept)) delete kept[step.id];
  }
  for (const key of LIST_KEYS) {
    if (Array.isArray(kept[key]) && kept[key].length === 0) delete kept[key];
  }
  return kept;
}

/** The options a step offers, straight from the contract's allowed values. */
export function optionsFor(step: Step): readonly (string | boolean)[] {
  return ANSWER_VALUES[step.id];
}
