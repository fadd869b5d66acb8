/**
 * The results view and what it needs before it is built (its code, every strings file, the
 * language's content, warm Intl formatters: intl-warmup.ts). QuizView waits for this before it
 * mounts the results; the check page starts it in idle time, so that "See my list" finds it all
 * loaded and its task does not also start a score of downloads (issue 13).
 */
import type { Answers } from '../../engine/answers';
import { ensureAllStrings } from '../../i18n/i18n';
import { loadLanguageContent } from '../content/useLanguageContent';
import { warmIntl } from '../intl-warmup';
import { lazyWithPreload } from '../lazy-with-preload';
import { yieldToPage } from '../../platform/yield-to-page';

const resultsModule = () => import('../results/ResultsPage');
export const ResultsPage = lazyWithPreload(resultsModule);

/**
 * Each start in a task of its own: a worker, then the page's code (a link tag per file it needs),
 * then strings and content, then the ranking of `answers` (rehearse-ranking.ts), which the results reuse,
 * then the first card laid out out of sight (rehearse-first-card.tsx). Started together, they made
 * one task too long for a slow phone; the last two take first-time costs out of the results' own.
 */
export async function prepareResults(language: string, answers?: Answers): Promise<void> {
  const warming = warmIntl(language);
  await yieldToPage();
  const page = ResultsPage.preload();
  await yieldToPage();
  const [module, content] = await Promise.all([resultsModule(), loadLanguageContent(language), page, ensureAllStrings(language), warming]);
  if (!answers) return;
  await yieldToPage();
  await module.rehearseRanking(answers, content, language);
  await yieldToPage();
  await module.rehearseFirstCard(answers, content);
}
