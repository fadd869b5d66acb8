/**
 * How to find a group where the person lives, best way first: meeting finder, online
 * meetings, phone, the group's own "ask…" advice, then the website (see bestMeetingRoute).
 * Never a bare "not known": with nothing else, the person is told whom to ask. A branch's "ask" text is
 * always shown: it may explain how the inherited worldwide finder fits that country (field-by-field merge).
 * Links leave only when clicked, and tell the destination nothing (no referrer); see docs on privacy.
 */
import { useTranslation } from 'react-i18next';
import { contactFor, meetingRouteFor } from '../../content/contacts';
import type { LocalizedProfile } from '../../content/types';
import type { Region } from '../../content/vocabulary';
import { formatDate } from './group-facts';

const MEETING_LINKS = ['meetingFinder', 'onlineMeetings'] as const;
const OTHER_LINKS = ['website', 'spanish'] as const;
/** Regions where a Spanish-language page helps even when the app is shown in English. */
const SPANISH_REGIONS: ReadonlySet<Region> = new Set(['us', 'es', 'mx']);

export function ContactLinks({ profile, region }: { profile: LocalizedProfile; region: Region | undefined }) {
  const { t, i18n } = useTranslation();
  const contact = contactFor(profile.contacts, region);
  const { route, checked } = meetingRouteFor(profile.contacts, region);
  const wantsSpanish = i18n.language === 'es' || (region !== undefined && SPANISH_REGIONS.has(region));
  const meetingLinks = MEETING_LINKS.filter((field) => contact[field]);
  const otherLinks = OTHER_LINKS.filter((field) => contact[field] && (field !== 'spanish' || wantsSpanish));
  const link = (field: (typeof MEETING_LINKS)[number] | (typeof OTHER_LINKS)[number]) => (
    <li key={field}>
      <a href={contact[field]} rel="noopener noreferrer" referrerPolicy="no-referrer">
        {t(`contact.${field}`)}
        <span className="visually-hidden"> {t('contact.opensNewPage')}</span>
      </a>
    </li>
  );
  return (
    <ul className="contact-links">
      {contact.name && <li className="contact-links__name">{contact.name}</li>}
      {meetingLinks.map(link)}
      {contact.phone && (
        <li>
          {t('contact.phone')}:{' '}
          <a href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{contact.phone}</a>
          {contact.phoneNote && <span className="muted"> {contact.phoneNote}</span>}
        </li>
      )}
      {contact.ask && <li>{contact.ask}</li>}
      {otherLinks.map(link)}
      {route === 'website' && <li className="muted">{t('contact.findOnWebsite')}</li>}
      {route === 'none' && <li>{t('contact.askDefault')}</li>}
      {checked && <li className="muted">{t('contact.checked', { date: formatDate(i18n.language, checked) })}</li>}
    </ul>
  );
}
