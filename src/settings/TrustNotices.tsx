/**
 * Said at the top of every page, before anything a clinic's settings add:
 *   - a preview link shows clinic details only for checking, under a banner nobody can miss;
 *   - a plain link that tried to set clinic details (a phone number, a website…) gets a notice
 *     that they were not used (see trust.ts).
 * Their strings are in settings.json, loaded only when there is something to say (a page with
 * settings), so a plain visit's first download does not carry them.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from './SettingsContext';
import './trust.css';

const Notices = lazy(() => import('./TrustNoticesPanel'));

export function TrustNotices() {
  const { settings, ignored } = useSettings();
  if (!settings.preview && ignored.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <Notices preview={!!settings.preview} ignored={ignored.length > 0} />
    </Suspense>
  );
}

/** "Preview, not checked", beside each clinic detail that came from a preview link. */
export function PreviewMark() {
  const { t } = useTranslation();
  return <strong className="trust-mark">{t('settings.banner.mark')}</strong>;
}
