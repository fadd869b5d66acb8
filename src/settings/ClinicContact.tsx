/** The clinic's own contact line, shown beside the national helplines. Renders nothing without one. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { telHref } from '../content/tel-href';
import { useSettings } from './SettingsContext';
import { Heading, type HeadingLevel } from './Heading';
import './settings.css';

export function ClinicContact({ headingLevel = 3 }: { headingLevel?: HeadingLevel }) {
  const { t } = useTranslation();
  const contact = useSettings().settings.contactLine;
  const id = useId();
  if (!contact) return null;
  return (
    <section className="settings-contact" aria-labelledby={id}>
      <Heading level={headingLevel} id={id} className="heading-s">
        {t('settings.contact.title', { name: contact.name })}
      </Heading>
      <ul className="list settings-contact__list">
        {contact.phone && (
          <li>
            {t('settings.contact.phone')}: <a href={telHref(contact.phone)}>{contact.phone}</a>
          </li>
        )}
        {contact.hours && (
          <li>
            {t('settings.contact.hours')}: {contact.hours}
          </li>
        )}
        {contact.url && (
          <li>
            <a href={contact.url} rel="noopener noreferrer" referrerPolicy="no-referrer">
              {t('settings.contact.website', { name: contact.name })}
              <span className="visually-hidden"> {t('settings.contact.opensNewPage')}</span>
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
