/** The opt-in to keep answers on this device, and the visible way to forget them. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuiz } from '../quiz/QuizContext';

export function RememberAnswers() {
  const { t } = useTranslation();
  const { state, send } = useQuiz();
  const [forgotten, setForgotten] = useState(false);
  const remember = state.context.remember;
  return (
    <div className="remember no-print">
      <div className="choice">
        <input
          className="choice__input"
          type="checkbox"
          id="remember-answers"
          checked={remember}
          aria-describedby="remember-answers-hint"
          onChange={(e) => {
            setForgotten(false);
            send({ type: 'memory.set', remember: e.target.checked });
          }}
        />
        <label className="choice__label" htmlFor="remember-answers">
          {t('memory.remember')}
        </label>
      </div>
      <p className="hint" id="remember-answers-hint">
        {t('memory.rememberHint')}
      </p>
      {remember && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            send({ type: 'memory.forget' });
            setForgotten(true);
          }}
        >
          {t('memory.forget')}
        </button>
      )}
      <p role="status" className="muted">
        {forgotten ? t('memory.forgotten') : ''}
      </p>
    </div>
  );
}
