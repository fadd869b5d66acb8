/** GOV.UK error summary: takes focus when it appears and links to the field to fix. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function ErrorSummary({ message, targetId }: { message: string; targetId: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 className="error-summary__title" id="error-summary-title">
        {t('quiz.errorTitle')}
      </h2>
      <ul className="error-summary__list">
        <li>
          <a
            href={`#${targetId}`}
            onClick={(e) => {
              // An in-page link would change the URL fragment, which is our router: focus the field instead.
              e.preventDefault();
              document.getElementById(targetId)?.focus();
            }}
          >
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
