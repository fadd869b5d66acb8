/**
 * Opens a shared link's results (`#results=…`), then takes the answers out of the address bar, as
 * a shared device needs. Loaded only when such a link is opened: it brings the answer validator
 * with it, and its own code stays off the first screen of every other visit (issue 13).
 */
import type { i18n as I18n } from 'i18next';
import { startTransition } from 'react';
import type { QuizEvent } from '../machine/quiz-machine';
import { yieldToPage } from '../platform/yield-to-page';
import { applyDocumentLanguage, switchLanguage } from '../i18n/i18n';
import { decodeAnswers } from '../share/share-link';
import { hrefFor } from './routing';

/** Called with the results' strings loaded (App loads them alongside this module). */
export async function openSharedLink(encoded: string, send: (event: QuizEvent) => void, i18n: I18n): Promise<void> {
  await yieldToPage(); // the link's checks were just evaluated: read it in a task of its own
  const parsed = decodeAnswers(encoded);
  await yieldToPage(); // what follows re-renders the page and starts the questionnaire's download
  if (parsed.ok) {
    const { language, ...answers } = parsed.answers;
    // Read in the language it was shared in, unless the address names one (?lang=, a clinic's embed).
    if (language && language !== i18n.language && !new URLSearchParams(location.search).has('lang')) {
      await switchLanguage(language).then(() => applyDocumentLanguage(language), () => undefined);
    }
    send({ type: 'answers.load', answers });
  } else send({ type: 'link.broken' });
  await yieldToPage(); // sending starts the questionnaire's download; the address and its re-render are the next task
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hrefFor({ name: 'quiz' })}`);
  // The page stays the same (App's pageKey): its re-render for the new address can yield, where a
  // hash change is otherwise rendered at once, in one long task on a slow phone (issue 13).
  startTransition(() => {
    dispatchEvent(new HashChangeEvent('hashchange'));
  });
}
