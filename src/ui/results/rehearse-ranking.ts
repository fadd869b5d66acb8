/**
 * Runs the ranking once before the results are built, and throws the result away (issue 13).
 *
 * The first run of the engine's code in a page is several times slower than the next: V8 compiles
 * each function on its first call. Run in a task of its own while the results load, that first run
 * no longer adds to the task that builds the results page. Any answers do; the person's own are used
 * so that the same code paths are the ones compiled.
 */
import type { Answers } from '../../engine/answers';
import { recommendMessages } from '../../engine/recommend';
import type { LanguageContent } from '../../content/types';
import { isLanguage } from '../../i18n/i18n';

export function rehearseRanking(answers: Answers, content: LanguageContent, language: string): void {
  recommendMessages({ ...answers, language: isLanguage(language) ? language : 'en' }, content.catalogue);
}
