/** For a family member who wants to help their loved one towards help: what CRAFT is, and where it is offered. */
import { useTranslation } from 'react-i18next';

/** Systematic reviews of CRAFT studies (treatment entry of the loved one). */
const SOURCES = [
  { key: 'source2020', url: 'https://doi.org/10.1111/add.14901' },
  { key: 'source2010', url: 'https://repub.eur.nl/pub/28164' },
];

export function CraftNote() {
  const { t } = useTranslation();
  return (
    <section className="inset results-craft" aria-labelledby="results-craft-title">
      <h2 className="heading-m" id="results-craft-title">
        {t('results.craft.title')}
      </h2>
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
    </section>
  );
}
