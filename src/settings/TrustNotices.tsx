/**
 * Said at the top of every page, before anything a clinic's settings add:
 *   - a preview link shows clinic details only for checking, under a banner nobody can miss;
 *   - a plain link that tried to set clinic details (a phone number, a website…) gets a notice
 *     that they were not used (see trust.ts).
 * Their strings are in settings.json, loaded only when there is something to say (a page with
 * settings), so a plain visit's first download does not carry them.
 */
import { useTranslation } from 'react-i18next';
import { useAllStrings } from '../i18n/useAllStrings';
import { useSettings } from './SettingsContext';
import './trust.css';

export function TrustNotices() {
  const { settings, ignored } = useSettings();
  return settings.preview || ignored.length > 0 ? <Notices preview={!!settings.preview} ignored={ignored.length > 0} /> : null;
}

function Notices({ preview, ignored }: { preview: boolean; ignored: boolean }) {
  const { t } = useTranslation();
  if (!useAllStrings()) return null;
  return (
    <>
      {preview && (
        <section className="trust-banner" role="region" aria-labelledby="trust-preview-title">
          <h2 className="trust-banner__title" id="trust-preview-title">
            {t('settings.banner.title')}
          </h2>
          <p>{t('settings.banner.body')}</p>
        </section>
      )}
      {ignored && (
        <section className="notice trust-ignored" role="region" aria-labelledby="trust-ignored-title">
          <h2 className="heading-s" id="trust-ignored-title">
            {t('settings.ignored.title')}
          </h2>
          <p>{t('settings.ignored.body')}</p>
        </section>
      )}
    </>
  );
}

/** "Preview, not checked", beside each clinic detail that came from a preview link. */
export function PreviewMark() {
  const { t } = useTranslation();
  return <strong className="trust-mark">{t('settings.banner.mark')}</strong>;
}
