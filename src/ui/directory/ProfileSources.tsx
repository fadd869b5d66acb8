/** Where every fact comes from, and when it was last checked: people can judge for themselves. */
import { useTranslation } from 'react-i18next';
import type { LocalizedProfile } from '../../content/types';
import { useProfileSources } from '../content/sources';
import { formatDate } from '../groups/group-facts';

function siteName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

export function ProfileSources({ profile }: { profile: LocalizedProfile }) {
  const { t, i18n } = useTranslation();
  const sources = useProfileSources(profile.id) ?? [];
  return (
    <section aria-labelledby="profile-sources">
      <h2 className="heading-m" id="profile-sources">
        {t('directory.profile.sourcesHeading')}
      </h2>
      <p>{t('directory.profile.sourcesIntro')}</p>
      {/* Source notes are written in English only; say so rather than leave it a surprise. */}
      {i18n.language !== 'en' && <p className="hint">{t('directory.profile.sourcesLanguage')}</p>}
      <ul className="list--bullet profile-sources">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noopener noreferrer" referrerPolicy="no-referrer">
              {siteName(source.url)}
            </a>
            : <span lang="en">{source.supports}</span>
          </li>
        ))}
      </ul>
      <p>{t('groupFacts.lastReviewed', { date: formatDate(i18n.language, profile.lastReviewed) })}</p>
      <p className="muted">{t('directory.profile.notPaid')}</p>
    </section>
  );
}
