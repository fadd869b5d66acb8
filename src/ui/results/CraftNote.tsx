/**
 * Beside the family member's own list: what CRAFT is, in two lines, with the evidence and
 * where it is offered one tap away.
 */
import { useTranslation } from 'react-i18next';

/** Systematic reviews of CRAFT studies (treatment entry of the loved one). */
const SOURCES = [
  { key: 'source2020', url: 'https://doi.org/10.1111/add.14901' },
  { key: 'source2010', url: 'https://repub.eur.nl/pub/28164' },
];

export function CraftNote() {
  const { t } = useTranslation();
  return (
    <aside className="inset results-craft" aria-labelledby="results-craft-title">
      <h3 className="heading-s" id="results-craft-title">
        {t('results.craft.title')}
      </h3>
      <p>{t('results.craft.short')}</p>
      <details>
        <summary>{t('results.craft.moreTitle')}</summary>
        <div className="details__body">
          <p>{t('results.craft.what')}</p>
          <p>{t('results.craft.evidence')}</p>
          <p>{t('results.craft.where')}</p>
          <p className="results-craft__sources no-print" id="results-craft-sources">
            {t('results.craft.sourcesLabel')}
          </p>
          <ul className="list list--bullet no-print" aria-labelledby="results-craft-sources">
            {SOURCES.map((source) => (
              <li key={source.key}>
                <a href={source.url} rel="noopener noreferrer" referrerPolicy="no-referrer">
                  {t(`results.craft.${source.key}`)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </aside>
  );
}
