/** "Check your answers": every question on this person's path, each with a Change link. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../engine/answers';
import { hasRequiredAnswers, pathFor } from '../../machine/flow';
import { useFocusHeading } from '../useFocusHeading';
import { RememberAnswers } from '../memory/RememberAnswers';
import { BackButton } from './BackButton';
import { useQuiz } from './QuizContext';
import { prepareResults } from './results-loader';
import { whenIdle } from '../when-idle';
import { answerText, questionWords } from './wording';

export function CheckAnswersPage() {
  const { t, i18n } = useTranslation();
  const { state, send } = useQuiz();
  const { answers, declined } = state.context;
  const headingRef = useFocusHeading('check');
  // The results come next: what they need loads while the answers are read. A failure here is
  // met again, and shown, when the results ask for the same files.
  useEffect(() => {
    const rehearse = hasRequiredAnswers(answers) ? (answers as Answers) : undefined;
    return whenIdle(() => void prepareResults(i18n.language, rehearse).catch(() => {}));
  }, [i18n.language, answers]);
  return (
    <>
      {state.can({ type: 'step.back' }) && <BackButton onClick={() => send({ type: 'step.back' })} />}
      <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
        {t('check.title')}
      </h1>
      <p>{t('check.lead')}</p>
      <dl className="summary-list">
        {pathFor(answers).map((step) => {
          const question = questionWords(t, step, answers).title;
          const answer = answerText(t, step, answers, declined);
          return (
            <div className="summary-list__row" key={step.id}>
              <dt className="summary-list__key">{question}</dt>
              <dd className="summary-list__value">{answer ?? <span className="muted">{t('check.notAnswered')}</span>}</dd>
              <dd className="summary-list__actions">
                <button type="button" className="link-button" onClick={() => send({ type: 'answers.change', step: step.id })}>
                  {t('check.change')}{' '}
                  <span className="visually-hidden">{t('check.changeHidden', { question })}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <RememberAnswers />
      <button
        type="button"
        className="button"
        disabled={!state.can({ type: 'answers.confirm' })}
        onClick={() => send({ type: 'answers.confirm' })}
      >
        {t('check.confirm')}
      </button>
    </>
  );
}
