/**
 * One suggested group: what fits, what does not, what to expect and how to find it.
 * Cautions sit next to reasons so no group is "sold".
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LocalizedProfile } from '../../content/types';
import type { Region } from '../../content/vocabulary';
import type { ListName, RankedGroup } from '../../engine/types';
import { ContactLinks } from '../groups/ContactLinks';
import { NearYou } from '../../settings/NearYou';
import { NextMeetingsSlot } from '../meetings/NextMeetingsSlot';
import { OfferedHere } from '../../settings/OfferedHere';
import { factText } from '../groups/group-facts';
import { hrefFor } from '../routing';
import { CompareCheckbox, type CompareChoice } from './CompareCheckbox';
import { GroupSources } from './GroupSources';
import type { Say } from './useResults';

interface GroupCardProps {
  profile: LocalizedProfile;
  group: RankedGroup;
  list: ListName;
  region: Region | undefined;
  say: Say;
  compare: CompareChoice;
}

export function groupName(t: TFunction, profile: LocalizedProfile): string {
  return profile.abbreviation
    ? t('results.card.nameWithAbbreviation', { name: profile.name, abbreviation: profile.abbreviation })
    : profile.name;
}

export function GroupCard({ profile, group, list, region, say, compare }: GroupCardProps) {
  const { t, i18n } = useTranslation();
  const facts = factText(t, i18n.language, profile);
  const idBase = `${list}-${profile.id}`;
  // The engine's status caution says less than the Status part below, so it is shown once, there.
  const cautions = group.cautions.filter((message) => message.cause !== 'status').map(say);
  const worthKnowing = [...cautions, ...(profile.worthKnowing ?? [])];

  return (
    <article className="card results-card" aria-labelledby={`${idBase}-name`}>
      <h3 className="heading-m" id={`${idBase}-name`}>
        {groupName(t, profile)}
      </h3>
      <p>{profile.summary}</p>
      <OfferedHere profileId={profile.id} />

      <div className="results-card__part results-card__why">
        <h4 className="heading-s">{t(`results.card.why.${list}`)}</h4>
        <ul className="list list--bullet">
          {group.reasons.map((reason, i) => (
            <li key={i}>{say(reason)}</li>
          ))}
        </ul>
      </div>

      {worthKnowing.length > 0 && (
        <div className="results-card__part results-card__worth">
          <h4 className="heading-s">{t('results.card.worthKnowing')}</h4>
          <ul className="list list--bullet">
            {worthKnowing.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      )}

      {profile.status === 'uncertain' && (
        <div className="results-card__part results-card__status">
          <h4 className="heading-s">{t('results.card.status')}</h4>
          <p>{profile.statusNote ? `${facts.status}. ${profile.statusNote}` : facts.status}</p>
        </div>
      )}

      <h4 className="heading-s">{t('results.card.findMeeting')}</h4>
      <NearYou profileId={profile.id} />
      <NextMeetingsSlot groupId={profile.id} />
      <ContactLinks profile={profile} region={region} />

      <div className="results-card__part results-card__cost">
        <h4 className="heading-s">{t('results.card.cost')}</h4>
        <p>{facts.cost}</p>
      </div>

      {/* Longer reading, one tap away, so the cards stay easy to scan on a phone. */}
      <details className="results-card__first no-print">
        <summary>{t('results.card.firstMeeting')}</summary>
        <p className="details__body">{profile.firstMeeting}</p>
      </details>

      <GroupSources profile={profile} />

      <p className="no-print">
        <a href={hrefFor({ name: 'group', id: profile.id })}>{t('results.card.profileLink', { name: profile.name })}</a>
      </p>
      <CompareCheckbox id={`${idBase}-compare`} name={profile.name} choice={compare} />
    </article>
  );
}
