/** Said plainly when a clinic narrowed the suggestions, with a way to see every group. */
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../routes/routes';
import { hasGroupFilter } from './apply-settings';
import { useSettings } from './SettingsContext';

export function GroupFilterNotice() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  if (!hasGroupFilter(settings)) return null;
  return (
    <p className="notice">
      {t('settings.filter.notice')} <a href={hrefFor({ name: 'directory' })}>{t('settings.filter.link')}</a>
    </p>
  );
}
