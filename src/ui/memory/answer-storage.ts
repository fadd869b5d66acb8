/**
 * The only thing Pathways ever stores: answers, in this browser's local storage,
 * and only after the person ticks "Remember my answers on this device".
 */
import type { Draft } from '../../machine/flow';
import { sanitizeDraft } from '../../machine/sanitize';

export const ANSWERS_KEY = 'pathways.answers';

export function readStoredAnswers(): Draft | null {
  try {
    const raw = localStorage.getItem(ANSWERS_KEY);
    return raw === null ? null : sanitizeDraft(JSON.parse(raw));
  } catch {
    return null; // blocked storage or a damaged value: behave as if nothing was stored
  }
}

export function storeAnswers(answers: Draft): void {
  try {
    localStorage.setItem(ANSWERS_KEY, JSON.stringify(answers));
  } catch {
    // Storage full or blocked: remembering is a convenience, never a requirement.
  }
}

export function forgetStoredAnswers(): void {
  try {
    localStorage.removeItem(ANSWERS_KEY);
  } catch {
    // Nothing could have been stored.
  }
}
