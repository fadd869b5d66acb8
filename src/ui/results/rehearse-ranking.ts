/**
 * Ranks the person's answers before the results are built (issue 13), in two short tasks.
 *
 * The first run of the engine's code in a page is several times slower than the next: V8 compiles
 * each function on its first call. A first pass over a few groups pays for that compiling; then,
 * in a task of its own, the real ranking, which the results read back (ranking-once.ts) instead
 * of ranking again while they are built. The person's own answers, so the code paths compiled
 * are the ones the results use.
 */
import type { Answers } from '../../engine/answers';
import { recommendMessages } from '../../engine/recommend';
import type { LanguageContent } from '../../content/types';
import { knownLanguage } from '../../i18n/known-language';
import { yieldToPage } from '../../platform/yield-to-page';
import { rankingOnce } from './ranking-once';

/** Every group goes through the same rules and scores, so a few are enough to compile them. */
const FIRST_PASS_GROUPS = 6;

export async function rehearseRanking(answers: Answers, content: LanguageContent, language: string): Promise<void> {
  const input = { ...answers, language: knownLanguage(language) };
  recommendMessages(input, content.catalogue.slice(0, FIRST_PASS_GROUPS));
  await yieldToPage();
  rankingOnce(input, content.catalogue);
}
