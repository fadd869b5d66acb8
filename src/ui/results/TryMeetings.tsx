/** How to give groups a fair try, and an honest word on what research says (docs/ranking.md, section 3). */
import { useTranslation } from 'react-i18next';

const ADVICE = ['fewGroups', 'listen', 'openClosed', 'bringSomeone', 'online', 'notRight'] as const;
/** Zemore et al. 2018: Women for Sobriety, LifeRing and SMART members did about as well as 12-step members. */
const EVIDENCE_SOURCE = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5884451';

export function TryMeetings() {
  const { t } = useTranslation();
  return (
    <section className="results-try" aria-labelledby="results-try-title">
      <h2 className="heading-l" id="results-try-title">
        {t('results.tryMeetings.title')}
      </h2>
      <ul className="list list--bullet">
        {ADVICE.map((key) => (
          <li key={key}>{t(`results.tryMeetings.${key}`)}</li>
        ))}
      </ul>
      <div className="inset results-try__evidence no-print">
        <h3 className="heading-s">{t('results.tryMeetings.evidenceTitle')}</h3>
        <p>{t('results.tryMeetings.evidence')}</p>
        <p className="no-print">
          <a href={EVIDENCE_SOURCE} rel="noopener noreferrer" referrerPolicy="no-referrer">
            {t('results.tryMeetings.evidenceSource')}
          </a>
        </p>
      </div>
    </section>
  );
}
