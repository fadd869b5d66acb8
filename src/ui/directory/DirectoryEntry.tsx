/** One group in the A–Z list: its name links to the full profile; a few facts help scanning. */
import { useTranslation } from 'react-i18next';
import type { LocalizedProfile } from '../../content/types';
import { factText } from '../groups/group-facts';
import { hrefFor } from '../routing';

export function groupTitle(profile: LocalizedProfile): string {
  return profile.abbreviation ? `${profile.name} (${profile.abbreviation})` : profile.name;
}

export function DirectoryEntry({ profile }: { profile: LocalizedProfile }) {
  const { t, i18n } = useTranslation();
  const facts = factText(t, i18n.language, profile);
  return (
    <li className="directory-entry">
      <h3 className="heading-s directory-entry__name">
        <a href={hrefFor({ name: 'group', id: profile.id })}>{groupTitle(profile)}</a>
      </h3>
      {/* Status is said in words next to the name, never only by position or colour. */}
      {profile.status !== 'active' && <p className="tag directory-entry__status">{facts.status}</p>}
      <p className="directory-entry__summary">{profile.summary}</p>
      <dl className="directory-entry__facts">
        <div>
          <dt>{t('groupFacts.audience')}:</dt>
          <dd>{facts.audience}</dd>
        </div>
        <div>
          <dt>{t('groupFacts.problems')}:</dt>
          <dd>{facts.problems}</dd>
        </div>
        <div>
          <dt>{t('groupFacts.approach')}:</dt>
          <dd>{facts.approach}</dd>
        </div>
      </dl>
    </li>
  );
}
