/**
 * For the page owner only: with the preview setting on, every settings problem is listed
 * on the page (they are always in the console too). The problems stay in English, as
 * written for whoever edits the embed code.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllStrings } from '../i18n/useAllStrings';
import { useSettings } from './SettingsContext';
import './settings.css';

/** Enough to see what is wrong; 10,000 broken entries must not make a page of 10,000 lines. */
const MAX_LISTED = 50;

export function PreviewWarnings() {
  const { settings, warnings } = useSettings();
  return settings.preview ? <WarningsPanel warnings={warnings} /> : null;
}

function WarningsPanel({ warnings }: { warnings: readonly string[] }) {
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
