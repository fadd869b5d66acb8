/**
 * Turns anything (stored answers, clinic presets) into a safe draft: keeps only known
 * keys with allowed values, drops the rest. No validator library, so it costs nothing to ship.
 */
import { ANSWER_VALUES, LIST_KEYS, type AnswerKey } from '../engine/answer-values';
import { pruneAnswers, type Draft } from './flow';

export function sanitizeDraft(input: unknown): Draft {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return {};
  const draft: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!Object.hasOwn(ANSWER_VALUES, key)) continue; // own keys only: "constructor" is not an answer
    const allowed = ANSWER_VALUES[key as AnswerKey] as readonly unknown[];
    if ((LIST_KEYS as readonly string[]).includes(key)) {
      if (!Array.isArray(value)) continue;
      const kept = [...new Set(value.filter((v) => allowed.includes(v)))];
      if (kept.length) draft[key] = kept;
    } else if (allowed.includes(value)) {
      draft[key] = value;
    }
  }
  return pruneAnswers(draft as Draft);
}
