/**
 * The clinic's own contact line, shown beside the national helplines. Renders nothing without
 * one. Set apart from the helplines (its own box and "Local service" label), and says whose it
 * is: the website that embedded Pathways (verified origin), this website (settings file), or
 * an unchecked preview.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { telHref } from '../content/tel-href';
import { useSettings } from './SettingsContext';
import { Heading, type HeadingLevel } from './Heading';
import { PreviewMark } from './TrustNotices';
import { siteName, type ClinicSource } from './trust';
import './settings.css';

export function ClinicContact({ headingLevel = 3 }: { headingLevel?: HeadingLevel }) {
  const { t } = useTranslation();
  const { settings, sources } = useSettings();
  const contact = settings.contactLine;
  const id = useId();
  if (!contact) return null;
  const source = sources.contactLine;
  const preview = source?.kind === 'preview';
  return (
    <section className={`settings-contact${preview ? ' settings-contact--preview' : ''}`} aria-labelledby={id}>
      <p className="settings-contact__label">
        <span className="tag">{t('settings.contact.label')}</span>
        {preview && <PreviewMark />}
      </p>
      <Heading level={headingLevel} id={id} className="heading-s settings-contact__title">
        {t('settings.contact.title', { name: contact.name })}
      </Heading>
      {source && <SourceLine source={source} />}
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

function SourceLine({ source }: { source: ClinicSource }) {
  const { t } = useTranslation();
  if (source.kind === 'preview') return null; // the mark above says it
  const key = source.kind === 'embed' ? 'settings.contact.fromEmbed' : 'settings.contact.fromFile';
  return <p className="settings-contact__source">{t(key, { site: siteName(source.origin) })}</p>;
}
