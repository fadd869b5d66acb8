/** The rest can still be answered from the results: how many questions were skipped, and a way back to them. */
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../engine/answers';
import { isAnswered, pathFor } from '../../machine/flow';
import { useQuiz } from '../quiz/QuizContext';

export function ImproveList({ answers }: { answers: Answers }) {
  const { t } = useTranslation();
  const { state, send } = useQuiz();
  const { declined } = state.context;
  const open = pathFor(answers).filter((step) => !isAnswered(answers, step.id) && !declined.includes(step.id));
  if (open.length === 0) return null;
  return (
    <p className="results-improve no-print">
      {t('results.improve.text', { count: open.length })}{' '}
      <button type="button" className="link-button" onClick={() => send({ type: 'step.back' })}>
        {t('results.improve.button')}
      </button>
    </p>
  );
}
