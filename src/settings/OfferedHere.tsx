/** "Offered here": the clinic hosts meetings of this group. Renders nothing for other groups. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from './SettingsContext';
import { Heading, type HeadingLevel } from './Heading';
import { PreviewMark } from './TrustNotices';
import './settings.css';

export function OfferedHere({ profileId, headingLevel = 4 }: { profileId: string; headingLevel?: HeadingLevel }) {
  const { t } = useTranslation();
  const { settings, sources } = useSettings();
  const id = useId();
  const entry = settings.offeredHere?.find((offer) => offer.id === profileId);
  if (!entry) return null;
  const service = settings.contactLine?.name;
  return (
    <section className="settings-offered" aria-labelledby={id}>
      <Heading level={headingLevel} id={id} className="heading-s settings-offered__title">
        <span className="tag">{t('settings.offeredHere.title')}</span>
        {sources.offeredHere?.kind === 'preview' && <PreviewMark />}
      </Heading>
      <p>{service ? t('settings.offeredHere.byService', { service }) : t('settings.offeredHere.byThisService')}</p>
      {entry.note && <p>{entry.note}</p>}
    </section>
  );
}
