/** Loaded only when shown (see PreviewWarnings.tsx): most visits never need it. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllStrings } from '../i18n/useAllStrings';
import './settings.css';

/** Enough to see what is wrong; 10,000 broken entries must not make a page of 10,000 lines. */
const MAX_LISTED = 50;

export default function WarningsPanel({ warnings }: { warnings: readonly string[] }) {
  const { t } = useTranslation();
  const ready = useAllStrings(); // settings.json is not part of the first download
  const id = useId();
  if (!ready) return null;
  return (
    <section className="panel settings-preview" aria-labelledby={id} role="region">
      <h2 className="heading-m" id={id}>
        {t('settings.preview.title')}
      </h2>
      <p>{t('settings.preview.intro')}</p>
      {warnings.length === 0 ? (
        <p>{t('settings.preview.allGood')}</p>
      ) : (
        <>
          <p>{t('settings.preview.problems', { count: warnings.length })}</p>
          <ul className="list list--bullet settings-preview__list" lang="en">
            {warnings.slice(0, MAX_LISTED).map((warning, i) => (
              <li key={i}>
                <code>{warning}</code>
              </li>
            ))}
          </ul>
          {warnings.length > MAX_LISTED && <p>{t('settings.preview.more', { count: warnings.length - MAX_LISTED })}</p>}
        </>
      )}
    </section>
  );
}
