/** One question per page, GOV.UK style: the question is the h1 inside the legend. */
import { useTranslation } from 'react-i18next';
import { progressFor, sectionStart, type Step } from '../../machine/flow';
import { useFocusHeading } from '../useFocusHeading';
import { useQuiz } from './QuizContext';
import { questionWords } from './wording';
import { ErrorSummary } from './ErrorSummary';
import { BackButton } from './BackButton';
import { ChoiceList } from './ChoiceList';

export function QuestionPage({ step }: { step: Step }) {
  const { t } = useTranslation();
  const { state, send } = useQuiz();
  const { answers, missingAnswer, declined } = state.context;
  const words = questionWords(t, step, answers);
  // Counted from earlier answers only, so the count never jumps while the person chooses.
  const { current, total } = progressFor(answers, step.id);
  const section = sectionStart(answers, step.id);
  const headingRef = useFocusHeading(step.id);
  const hasError = missingAnswer === step.id;
  const fieldId = `q-${step.id}`;
  const firstInputId = `${fieldId}-${String(words.options[0]?.value)}`;
  const describedBy = [`${fieldId}-hint`, hasError ? `${fieldId}-error` : ''].filter(Boolean).join(' ');
  // "See my groups now" from any question after the required ones, once they are answered.
  const canFinish = !step.required && state.can({ type: 'quiz.finish' });

  return (
    <>
      {state.can({ type: 'step.back' }) && <BackButton onClick={() => send({ type: 'step.back' })} />}
      <form
        className="question"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send({ type: 'step.next' });
        }}
      >
        {hasError && <ErrorSummary message={words.error} targetId={firstInputId} />}
        <div className={`form-group${hasError ? ' form-group--error' : ''}`}>
          <fieldset className="fieldset" aria-describedby={describedBy}>
            <legend className="fieldset__legend">
              <span className="caption">{t('quiz.progress', { current, total })}</span>
              {/* Inside the legend, so a screen reader hears the switch with the question. */}
              {section && <span className="question__section">{t(section === 'them' ? 'quiz.aboutThem' : 'quiz.aboutYou')}</span>}
              <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
                {words.title}
              </h1>
            </legend>
            <p id={`${fieldId}-hint`} className="hint">
              {words.hint}
            </p>
            {hasError && (
              <p id={`${fieldId}-error`} className="error-message">
                <span className="visually-hidden">{t('quiz.errorTitle')}:</span> {words.error}
              </p>
            )}
            <ChoiceList
              step={step}
              fieldId={fieldId}
              options={words.options}
              value={answers[step.id]}
              declined={declined.includes(step.id)}
              onChoose={(option) => {
                if (step.kind === 'checkbox') send({ type: 'answer.toggle', key: step.id as never, value: String(option) });
                else send({ type: 'answer.select', key: step.id, value: option });
              }}
              onDecline={() => send({ type: 'answer.decline', key: step.id })}
            />
          </fieldset>
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            {t('quiz.continue')}
          </button>
          {state.can({ type: 'step.skip' }) && (
            <button type="button" className="link-button" onClick={() => send({ type: 'step.skip' })}>
              {t('quiz.skip')}
            </button>
          )}
        </div>
        {canFinish && (
          <div className="question__finish">
            <button type="button" className="button button--secondary" onClick={() => send({ type: 'quiz.finish' })}>
              {t('quiz.seeGroupsNow')}
            </button>
          </div>
        )}
      </form>
    </>
  );
}
