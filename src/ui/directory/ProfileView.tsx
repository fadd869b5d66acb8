/**
 * A group's full profile. Pure rendering from the profile it is given (no effects),
 * so it can be pre-rendered to plain HTML like the directory.
 */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedProfile } from '../../content/types';
import { factText } from '../groups/group-facts';
import { hrefFor } from '../routing';
import { groupTitle } from './DirectoryEntry';
import { ProfileContacts } from './ProfileContacts';
import { ProfileFacts } from './ProfileFacts';
import { ProfileSources } from './ProfileSources';
import './directory.css';

interface ProfileViewProps {
  profile: LocalizedProfile;
  headingRef?: Ref<HTMLHeadingElement>;
}

export function ProfileView({ profile, headingRef }: ProfileViewProps) {
  const { t, i18n } = useTranslation();
  const status = factText(t, i18n.language, profile).status;
  return (
    <article className="profile">
      <a className="back-link" href={hrefFor({ name: 'directory' })}>
        {t('directory.profile.back')}
      </a>
      <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
        {groupTitle(profile)}
      </h1>
      <p className="lead">{profile.summary}</p>
      {profile.status !== 'active' && (
        <div className="notice">
          <p className="profile__status">
            <strong>{status}</strong>
          </p>
          {profile.statusNote && <p>{profile.statusNote}</p>}
        </div>
      )}

      <h2 className="heading-m">{t('directory.profile.factsHeading')}</h2>
      <ProfileFacts profile={profile} />

      {profile.specialMeetings && profile.specialMeetings.length > 0 && (
        <>
          <h2 className="heading-m">{t('directory.profile.specialHeading')}</h2>
          <p>{t('directory.profile.specialIntro')}</p>
          <ul className="list--bullet">
            {profile.specialMeetings.map((kind) => (
              <li key={kind}>{t(`directory.profile.special.${kind}`)}</li>
            ))}
          </ul>
          <p className="hint">{t('directory.profile.specialHint')}</p>
        </>
      )}

      <h2 className="heading-m">{t('directory.profile.firstMeetingHeading')}</h2>
      <p>{profile.firstMeeting}</p>

      {profile.worthKnowing && profile.worthKnowing.length > 0 && (
        <>
          <h2 className="heading-m">{t('directory.profile.worthKnowingHeading')}</h2>
          <ul className="list--bullet">
            {profile.worthKnowing.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}

      <ProfileContacts profile={profile} />
      <ProfileSources profile={profile} />
    </article>
  );
}
