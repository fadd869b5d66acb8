/** What research says about choosing a group, and the studies it comes from (docs/ranking.md, section 3). */
import { useTranslation } from 'react-i18next';
import { BulletList, ExternalLink, InfoSection } from './InfoParts';
import { REFERENCES } from './references';

export function ResearchNote() {
  const { t } = useTranslation();
  const r = (key: string) => t(`pages.about.research.${key}`);
  return (
    <InfoSection title={r('title')}>
      <BulletList items={[r('help'), r('aboutTheSame'), r('regularly'), r('atHome'), r('tryAFew')]} />
      <p>{r('howSure')}</p>
      <h3 className="heading-s">{r('referencesTitle')}</h3>
      <p className="hint">{r('referencesNote')}</p>
      {/* The studies are published in English, whatever the page's language. */}
      <ol className="list info-references" lang="en">
        {REFERENCES.map(({ id, url }) => (
          <li key={id}>
            {r(`references.${id}.authors`)} <ExternalLink href={url}>{r(`references.${id}.title`)}</ExternalLink>{' '}
            <i>{r(`references.${id}.source`)}</i>
          </li>
        ))}
      </ol>
    </InfoSection>
  );
}
