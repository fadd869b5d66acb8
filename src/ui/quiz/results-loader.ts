/**
 * The results view and what it needs before it is built (its code, every strings file, the
 * language's content, warm Intl formatters: intl-warmup.ts). QuizView waits for this before it
 * mounts the results; the check page starts it in idle time, so that "See my list" finds it all
 * loaded and its task does not also start a score of downloads (issue 13).
 */
import { ensureAllStrings } from '../../i18n/i18n';
import { loadLanguageContent } from '../content/useLanguageContent';
import { warmIntl } from '../intl-warmup';
import { lazyWithPreload } from '../lazy-with-preload';

export const ResultsPage = lazyWithPreload(() => import('../results/ResultsPage'));

export function prepareResults(language: string): Promise<unknown> {
  return Promise.all([ResultsPage.preload(), ensureAllStrings(language), loadLanguageContent(language), warmIntl(language)]);
}
