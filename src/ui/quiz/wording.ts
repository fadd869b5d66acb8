/**
 * Words for each question. Questions about the person with the problem are worded
 * for "you" or for "the person you care about", as the contract's `for` says.
 */
import type { TFunction } from 'i18next';
import type { Draft, Step } from '../../machine/flow';
import { optionsFor } from '../../machine/flow';

/** Questions whose title changes when asking for someone else. */
const ABOUT_PERSON_WITH_PROBLEM = new Set(['concerns', 'goal', 'mentalHealth', 'medication']);
/** Questions with a different hint for under-18s. */
const UNDER_18_HINTS = new Set(['formats', 'privacy']);

export interface QuestionWords {
  title: string;
  hint: string;
  error: string;
  options: { value: string | boolean; label: string }[];
}

export function questionWords(t: TFunction, step: Step, answers: Draft): QuestionWords {
  const base = `questions.${step.id}`;
  const who = answers.for === 'someone-else' ? 'them' : 'me';
  const personal = ABOUT_PERSON_WITH_PROBLEM.has(step.id);
  const title = t(personal ? `${base}.title.${who}` : `${base}.title`);
  const under18 = answers.age === 'under-18' && UNDER_18_HINTS.has(step.id);
  const hint = t(under18 ? `${base}.hintUnder18` : `${base}.hint`);
  const error = step.required ? t(step.id === 'concerns' ? `${base}.error.${who}` : `${base}.error`) : '';
  const options = optionsFor(step).map((value) => ({ value, label: t(`${base}.options.${String(value)}`) }));
  return { title, hint, error, options };
}

/** How an answer reads on the check page. */
export function answerText(t: TFunction, step: Step, answers: Draft, declined: readonly string[] = []): string | null {
  const value = answers[step.id];
  if (value === undefined) return declined.includes(step.id) ? t('check.declined') : null;
  const values = Array.isArray(value) ? value : [value];
  return values.map((v) => t(`questions.${step.id}.options.${String(v)}`)).join(', ');
}
