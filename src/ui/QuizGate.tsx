/**
 * The questionnaire route. Before the machine has started (quiz-session.ts) it is the start page,
 * with no XState loaded; once started, the questionnaire's own view (from the lazily loaded
 * chunk) takes over. While the machine's state is still "start" the same StartPage element stays,
 * so the page is not rebuilt when the chunk arrives.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuiz } from './quiz/QuizContext';
import { StartPage } from './quiz/StartPage';
import { isNotStarted, loadedQuizRuntime, preloadQuiz } from './quiz-session';
import { useQuizHistory, viewOf } from './quiz/quiz-history';
import { whenIdle } from './when-idle';

export function QuizGate() {
  const { state, send } = useQuiz();
  // Here, not in QuizView: the address must be followed even while the start page shows (a reload on
  // a question asks the machine for it, which also starts the machine; quiz-history.ts).
  useQuizHistory(viewOf(state.value), state, send);
  const runtime = loadedQuizRuntime();
  useEffect(() => whenIdle(() => void preloadQuiz()), []);
  if (isNotStarted(state) || !runtime || state.matches('start')) {
    return (
      <>
        <NoScriptNotice />
        <StartPage />
      </>
    );
  }
  const { QuizView } = runtime;
  return <QuizView />;
}

/**
 * Shown only with JavaScript off (the pre-rendered start page): the questions cannot run, the A–Z
 * list can. Rendered by the live app too, so its markup matches the pre-rendered page it adopts.
 */
export function NoScriptNotice() {
  const { t } = useTranslation();
  return (
    <noscript>
      {/* What cannot work without JavaScript is hidden by public/noscript.css, linked from the page's head. */}
      <div className="notice">
        <p>
          {t('start.noscript')} <a href="directory.html">{t('nav.directory')}</a>
        </p>
      </div>
    </noscript>
  );
}
