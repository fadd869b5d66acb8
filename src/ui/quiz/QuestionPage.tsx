/** One question per page, GOV.UK style: the question is the h1 inside the legend. */
import { useTranslation } from 'react-i18next';
import { pathFor, type Step } from '../../machine/flow';
import { useFocusHeading } from '../useFocusHeading';
import { useQuiz } from './QuizContext';
import { questionWords } from './wording';
import { ErrorSummary } from './ErrorSummary';
import { BackButton } from './BackButton';

export function QuestionPage({ step }: { step: Step }) {
  const { t } = useTranslation();
  const { state, send } = useQuiz();
  const { answers, missingAnswer } = state.context;
  const words = questionWords(t, step, answers);
  const path = pathFor(answers);
  const position = path.findIndex((s) => s.id === step.id) + 1;
  const headingRef = useFocusHeading(step.id);
  const hasError = missingAnswer === step.id;
  const fieldId = `q-${step.id}`;
  const firstInputId = `${fieldId}-${String(words.options[0]?.value)}`;
  const describedBy = [`${fieldId}-hint`, hasError ? `${fieldId}-error` : ''].filter(Boolean).join(' ');
  const value = answers[step.id];
  const isChecked = (option: string | boolean) => (Array.isArray(value) ? (value as unknown[]).includes(option) : value === option);

  const onChange = (option: string | boolean) => {
    if (step.kind === 'checkbox') send({ type: 'answer.toggle', key: step.id as never, value: String(option) });
    else send({ type: 'answer.select', key: step.id, value: option });
  };

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
              <span className="caption">{t('quiz.progress', { current: position, total: path.length })}</span>
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
            <div className={step.kind === 'checkbox' ? 'checkboxes' : 'radios'}>
              {words.options.map(({ value: option, label }) => {
                const id = `${fieldId}-${String(option)}`;
                return (
                  <div className="choice" key={String(option)}>
                    <input
                      className="choice__input"
                      id={id}
                      name={step.id}
                      type={step.kind === 'checkbox' ? 'checkbox' : 'radio'}
                      value={String(option)}
                      checked={isChecked(option)}
                      onChange={() => onChange(option)}
                    />
                    <label className="choice__label" htmlFor={id}>
                      {label}
                    </label>
                  </div>
                );
              })}
            </div>
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
      </form>
    </>
  );
}
