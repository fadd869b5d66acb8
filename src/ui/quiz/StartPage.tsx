/** What Pathways is and is not, before anything is asked. */
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../routing';
import { useEffect } from 'react';
import { takeEarlyStart } from '../early-start';
import { useFocusHeading } from '../useFocusHeading';
import { useQuiz } from './QuizContext';

export function StartPage() {
  const { t } = useTranslation();
  const { state, send } = useQuiz();
  const headingRef = useFocusHeading('start');
  useEffect(() => {
    if (takeEarlyStart()) send({ type: 'quiz.start' });
  }, [send]);
  return (
    <div className="start">
      {state.context.notice === 'broken-link' && (
        <div className="notice" role="status">
          {t('start.brokenLink')}
        </div>
      )}
      {state.context.notice === 'answers-not-kept' && (
        <div className="notice" role="status">
          {t('start.answersNotKept')}
        </div>
      )}
      <h1 className="heading-xl" tabIndex={-1} ref={headingRef}>
        {t('start.title')}
      </h1>
      <p className="lead">{t('start.lead')}</p>
      <ul className="list list--bullet">
        <li>{t('start.whoFor')}</li>
        <li>{t('start.time')}</li>
        <li>{t('start.private')}</li>
        <li>{t('start.exitTip')}</li>
      </ul>
      <button type="button" className="button button--start" onClick={() => send({ type: 'quiz.start' })}>
        {t('start.startButton')}
        <svg className="button__arrow" aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
      <p>
        <a className="start__browse" href={hrefFor({ name: 'directory' })}>
          {t('start.browse')}
        </a>
      </p>
      <section className="inset" aria-labelledby="not-title">
        <h2 className="heading-m" id="not-title">
          {t('start.notTitle')}
        </h2>
        <p>{t('start.notCrisis')}</p>
        <p>{t('start.notMedical')}</p>
      </section>
    </div>
  );
}
