/**
 * One suggested group. Closed, it is the shortlist at a glance: the name, how strong the match
 * is, the one or two answers that decided it and the caution that matters most. One tap opens
 * the rest: every reason and caution, how to find a meeting, cost, a first meeting, sources.
 */
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LocalizedProfile } from '../../content/types';
import type { Region } from '../../content/vocabulary';
import type { ListName, RankedGroup } from '../../engine/types';
import { ContactLinks } from '../groups/ContactLinks';
import { NearYou } from '../../settings/NearYou';
import { OfferedHere } from '../../settings/OfferedHere';
import { factText } from '../groups/group-facts';
import { RenderLater } from '../deferred-mount';
import { hrefFor } from '../routing';
import { CompareCheckbox, type CompareChoice } from './CompareCheckbox';
import { GroupSources } from './GroupSources';
import { matchStrength } from './match-strength';
import type { Say } from './useResults';

interface GroupCardProps {
  profile: LocalizedProfile;
  group: RankedGroup;
  list: ListName;
  region: Region | undefined;
  say: Say;
  compare: CompareChoice;
  /** Slot for the group's next meetings (src/ui/meetings/), shown under "How to find a meeting". */
  nextMeetings?: ReactNode;
}

export function groupName(t: TFunction, profile: LocalizedProfile): string {
  return profile.abbreviation
    ? t('results.card.nameWithAbbreviation', { name: profile.name, abbreviation: profile.abbreviation })
    : profile.name;
}

/** The engine orders reasons most decisive first and cautions most important first. */
export function glance(group: RankedGroup) {
  return { reasons: group.reasons.slice(0, 2), caution: group.cautions[0] };
}

export function GroupCard({ profile, group, list, region, say, compare, nextMeetings }: GroupCardProps) {
  const { t } = useTranslation();
  const idBase = `${list}-${profile.id}`;
  const strength = matchStrength(group.score);
  const top = glance(group);

  return (
    <article className="card results-card" aria-labelledby={`${idBase}-name`} id={`card-${idBase}`}>
      <div className="results-card__head">
        <h3 className="heading-m results-card__name" id={`${idBase}-name`}>
          {groupName(t, profile)}
        </h3>
        <p className={`results-card__strength results-card__strength--${strength}`}>{t(`results.strength.${strength}`)}</p>
      </div>
      <p className="results-card__because">
        <strong>{t(`results.card.because.${list}`)}</strong> {top.reasons.map(say).join(' ')}
      </p>
      {top.caution && (
        <p className="results-card__caution">
          <strong>{t('results.card.caution')}</strong> {say(top.caution)}
        </p>
      )}
      <OfferedHere profileId={profile.id} />
      {/* A clinic's own local meetings of this group matter at a glance, so they stay on the closed card
          (both render nothing on a page without the clinic's meeting lists). */}
      <NearYou profileId={profile.id} />
      {nextMeetings}

      <details className="results-card__more">
        <summary>{t('results.card.moreAbout', { name: profile.name })}</summary>
        {/* Closed, the card shows none of this: it is built just after the cards have painted (issue 13). */}
        <RenderLater>
          <CardDetail profile={profile} group={group} list={list} region={region} say={say} />
        </RenderLater>
      </details>
      <CompareCheckbox id={`${idBase}-compare`} name={profile.name} choice={compare} />
    </article>
  );
}

/** What an open card adds: every reason and caution, how to find a meeting, cost, a first meeting, sources. */
function CardDetail({ profile, group, list, region, say }: Omit<GroupCardProps, 'compare' | 'nextMeetings'>) {
  const { t, i18n } = useTranslation();
  const facts = factText(t, i18n.language, profile);
  // The engine's status caution says less than the Status part below, so in the detail it is shown once, there.
  const cautions = group.cautions.filter((message) => message.cause !== 'status').map(say);
  const worthKnowing = [...cautions, ...(profile.worthKnowing ?? [])];
  return (
    <div className="results-card__detail">
      <p>{profile.summary}</p>
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
      <ContactLinks profile={profile} region={region} />

      <div className="results-card__part results-card__cost">
        <h4 className="heading-s">{t('results.card.cost')}</h4>
        <p>{facts.cost}</p>
      </div>

      <div className="results-card__part results-card__first">
        <h4 className="heading-s">{t('results.card.firstMeeting')}</h4>
        <p>{profile.firstMeeting}</p>
      </div>

      <GroupSources profile={profile} />

      <p>
        <a href={hrefFor({ name: 'group', id: profile.id })}>{t('results.card.profileLink', { name: profile.name })}</a>
      </p>
    </div>
  );
}
