/**
 * "How to find a meeting": the worldwide contact first, then each national branch
 * under its own heading, showing only that branch's own links so nothing repeats.
 */
import { useTranslation } from 'react-i18next';
import { listFormat } from '../intl-cache';
import type { LocalizedProfile } from '../../content/types';
import { ContactLinks } from '../groups/ContactLinks';

export function ProfileContacts({ profile }: { profile: LocalizedProfile }) {
  const { t, i18n } = useTranslation();
  const worldwide = profile.contacts.find((c) => !c.regions);
  const regional = profile.contacts.filter((c) => c.regions);
  const regionNames = (regions: readonly string[]) =>
    listFormat(i18n.language).format(regions.map((r) => t(`terms.region.${r}`)));

  return (
    <section aria-labelledby="profile-find">
      <h2 className="heading-m" id="profile-find">
        {t('directory.profile.findHeading')}
      </h2>
      <p>{t('directory.profile.findIntro')}</p>
      {worldwide && (
        <div>
          <h3 className="heading-s">{t('directory.profile.worldwide')}</h3>
          <ContactLinks profile={{ ...profile, contacts: [worldwide] }} region={undefined} />
        </div>
      )}
      {regional.map((contact) => (
        <div key={contact.regions!.join('-')}>
          <h3 className="heading-s">{t('directory.profile.regionHeading', { regions: regionNames(contact.regions!) })}</h3>
          <ContactLinks profile={{ ...profile, contacts: [contact] }} region={contact.regions![0]} />
        </div>
      ))}
    </section>
  );
}
