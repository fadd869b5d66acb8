/**
 * How to find a group where the person lives: official site, meeting finder, online
 * meetings, Spanish pages and phone. Links leave only when clicked, and tell the
 * destination nothing (no referrer); see docs on privacy.
 */
import { useTranslation } from 'react-i18next';
import { contactFor } from '../../content/contacts';
import type { LocalizedProfile } from '../../content/types';
import type { Region } from '../../content/vocabulary';

const LINK_FIELDS = ['meetingFinder', 'website', 'onlineMeetings', 'spanish'] as const;

export function ContactLinks({ profile, region }: { profile: LocalizedProfile; region: Region | undefined }) {
  const { t, i18n } = useTranslation();
  const contact = contactFor(profile.contacts, region);
  const links = LINK_FIELDS.filter((field) => contact[field] && (field !== 'spanish' || i18n.language === 'es' || region === 'us'));
  if (!links.length && !contact.phone) return <p className="muted">{t('groupFacts.notKnown')}</p>;
  return (
    <ul className="contact-links">
      {contact.name && <li className="contact-links__name">{contact.name}</li>}
      {links.map((field) => (
        <li key={field}>
          <a href={contact[field]} rel="noopener noreferrer" referrerPolicy="no-referrer">
            {t(`contact.${field}`)}
            <span className="visually-hidden"> {t('contact.opensNewPage')}</span>
          </a>
        </li>
      ))}
      {!contact.meetingFinder && contact.website && <li className="muted">{t('contact.findOnWebsite')}</li>}
      {contact.phone && (
        <li>
          {t('contact.phone')}:{' '}
          <a href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{contact.phone}</a>
          {contact.phoneNote && <span className="muted"> {contact.phoneNote}</span>}
        </li>
      )}
    </ul>
  );
}
