/** Shows the page for the machine's current state. Results load separately to keep the first download small. */
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DeferredMount } from '../deferred-mount';
import type { Answers } from '../../engine/answers';
import { currentStep } from '../../machine/quiz-machine';
import { CheckAnswersPage } from './CheckAnswersPage';
import { QuestionPage } from './QuestionPage';
import { useQuiz } from './QuizContext';
import { prepareResults, ResultsPage } from './results-loader';
import { StartPage } from './StartPage';
import './quiz.css';

export function QuizView() {
  const { t, i18n } = useTranslation();
  // The address follows the machine's page through QuizGate (quiz-history.ts).
  const { state } = useQuiz();
  const step = currentStep(state.value);
  if (step) return <QuestionPage key={step.id} step={step} />;
  if (state.matches('check')) return <CheckAnswersPage />;
  if (state.matches('results')) {
    // Built in a transition, after the loading state has painted (deferred-mount.tsx), once all it
    // needs is loaded (results-loader.ts).
    const loading = <p role="status" className="loading-state">{t('app.loading')}</p>;
    // The machine reaches "results" only once the required questions are answered (valid answers).
    const prepare = () => prepareResults(i18n.language, state.context.answers as Answers);
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
