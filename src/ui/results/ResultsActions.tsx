/** Print, share, change or start again. The share link holds the answers, so the page says so plainly. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../engine/answers';
import { knownLanguage } from '../../i18n/known-language';
import { useQuiz } from '../quiz/QuizContext';

type CopyState = 'idle' | 'copied' | 'failed';

export function ResultsActions({ answers, onPrint }: { answers: Answers; onPrint: () => void }) {
  const { t, i18n } = useTranslation();
  const { send } = useQuiz();
  const [link, setLink] = useState<string | null>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  const copyLink = async () => {
    // Loaded on click: it brings the answers validator, which most people never need.
    const { shareUrl } = await import('../../share/share-link');
    const url = shareUrl(location, answers, knownLanguage(i18n.language));
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // No clipboard (older browser, or a page not served over https): the box below still has the link.
      setCopy('failed');
    }
  };

  return (
    <section className="results-actions no-print" aria-labelledby="results-actions-title">
      <h2 className="heading-m" id="results-actions-title">
        {t('results.actions.title')}
      </h2>
      <button type="button" className="button" onClick={onPrint}>
        {t('results.actions.print')}
      </button>
      <p className="hint results-actions__warning">{t('results.actions.shareWarning')}</p>
      <button type="button" className="button button--secondary" onClick={() => void copyLink()}>
        {t('results.actions.copy')}
      </button>
      {link && (
        <div className="form-group results-actions__link">
          <label className="results-actions__label" htmlFor="results-share-link">
            {t('results.actions.linkLabel')}
          </label>
          <input
            id="results-share-link"
            className="results-actions__input"
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
      <p role="status" className="results-actions__status">
        {copy === 'copied' && t('results.actions.copied')}
        {copy === 'failed' && t('results.actions.copyFailed')}
      </p>
      <div className="button-group">
        <button type="button" className="link-button" onClick={() => send({ type: 'step.back' })}>
          {t('results.actions.change')}
        </button>
        <button type="button" className="link-button" onClick={() => send({ type: 'quiz.restart' })}>
          {t('results.actions.restart')}
        </button>
      </div>
    </section>
  );
}
