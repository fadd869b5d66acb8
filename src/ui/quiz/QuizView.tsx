/** Shows the page for the machine's current state. Results load separately to keep the first download small. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureAllStrings } from '../../i18n/i18n';
import { loadLanguageContent } from '../content/useLanguageContent';
import { DeferredMount } from '../deferred-mount';
import { warmIntl } from '../intl-warmup';
import { currentStep } from '../../machine/quiz-machine';
import { CheckAnswersPage } from './CheckAnswersPage';
import { QuestionPage } from './QuestionPage';
import { useQuiz } from './QuizContext';
import { StartPage } from './StartPage';
import './quiz.css';

const ResultsPage = lazy(() => import('../results/ResultsPage'));

export function QuizView() {
  const { t, i18n } = useTranslation();
  // The address follows the machine's page through QuizGate (quiz-history.ts).
  const { state } = useQuiz();
  const step = currentStep(state.value);
  if (step) return <QuestionPage key={step.id} step={step} />;
  if (state.matches('check')) return <CheckAnswersPage />;
  if (state.matches('results')) {
    // Built in a transition, after the loading state has painted (deferred-mount.tsx), once the
    // strings, the content and the Intl formatters are ready (intl-warmup.ts).
    const loading = <p role="status" className="loading-state">{t('app.loading')}</p>;
    const prepare = () => Promise.all([ensureAllStrings(i18n.language), loadLanguageContent(i18n.language), warmIntl(i18n.language)]);
    return (
      <Suspense fallback={loading}>
        <DeferredMount fallback={loading} prepare={prepare}>
          <ResultsPage />
        </DeferredMount>
      </Suspense>
    );
  }
  return <StartPage />;
}
