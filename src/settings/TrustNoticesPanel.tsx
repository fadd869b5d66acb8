/** Loaded only when shown (see TrustNotices.tsx): most visits never need it. */
import { useTranslation } from 'react-i18next';
import { useAllStrings } from '../i18n/useAllStrings';
import './trust.css';

export default function Notices({ preview, ignored }: { preview: boolean; ignored: boolean }) {
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
