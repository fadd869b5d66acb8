/**
 * "Near you": the clinic's own local meetings of this group, from its local-groups file.
 * Deprecated with that file (see local-groups.ts): Meeting Guide feeds show as "Next meetings"
 * (src/ui/meetings/). Kept as it is until the old format is removed.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalGroup } from './local-groups';
import { useLocalGroups, useSettings } from './SettingsContext';
import { Heading, type HeadingLevel } from './Heading';
import './settings.css';

export function NearYou({ profileId, headingLevel = 4 }: { profileId: string; headingLevel?: HeadingLevel }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const groups = useLocalGroups(profileId);
  const id = useId();
  if (!groups.length) return null;
  const service = settings.contactLine?.name;
  return (
    <section className="settings-near" aria-labelledby={id}>
      <Heading level={headingLevel} id={id} className="heading-s">
        {t('settings.nearYou.title')}
      </Heading>
      <p>{service ? t('settings.nearYou.byService', { service }) : t('settings.nearYou.byThisService')}</p>
      <ul className="settings-near__list">
        {groups.map((group, i) => (
          <li key={i} className="settings-near__item">
            <LocalGroupEntry group={group} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function LocalGroupEntry({ group }: { group: LocalGroup }) {
  const { t } = useTranslation();
  const facts: [string, string | undefined][] = [
    ['when', group.when],
    ['where', group.where],
    ['format', group.format && t(`groupFacts.values.formats.${group.format}`)],
    ['contact', group.contact],
  ];
  return (
    <>
      <p className="settings-near__name">{group.name}</p>
      <dl className="settings-facts">
        {facts
          .filter(([, value]) => value)
          .map(([field, value]) => (
            <div key={field} className="settings-facts__row">
              <dt>{t(`settings.nearYou.${field}`)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {group.url && (
        <p>
          <a href={group.url} rel="noopener noreferrer" referrerPolicy="no-referrer">
            {t('settings.nearYou.details', { name: group.name })}
            <span className="visually-hidden"> {t('settings.nearYou.opensNewPage')}</span>
          </a>
        </p>
      )}
    </>
  );
}
