/**
 * Two safety facts that matter before anyone stops (fact sheet, section 3):
 * sudden stopping after heavy or daily use can cause seizures; after a break from
 * opioids, tolerance drops and overdose is more likely.
 */
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../engine/answers';

const SOURCES = {
  alcohol: 'https://drinkaware.co.uk/facts/health-effects-of-alcohol/general-health-effects/alcohol-withdrawal-symptoms',
  benzodiazepines: 'https://www.beyondblue.org.au/mental-health/anxiety/treatments-for-anxiety/medical-treatments-for-anxiety/benzodiazepines',
  overdose: 'https://evidence2impact.psu.edu/resources/preventing-overdose-deaths-during-high-risk-transition-periods',
};

function SourceLink({ href, label }: { href: string; label: string }) {
  return (
    <a href={href} rel="noopener noreferrer" referrerPolicy="no-referrer">
      {label}
    </a>
  );
}

/** Shown as one-line disclosures under the shortlist: the warning's title is always in view. */
export function SafetyWarnings({ answers }: { answers: Answers }) {
  const { t } = useTranslation();
  const alcohol = answers.concerns.includes('alcohol');
  const pills = answers.concerns.includes('prescription-drugs');
  const withdrawal = (alcohol || pills) && answers.goal === 'stop';
  const opioids = answers.concerns.includes('opioids');
  const who = answers.for === 'someone-else' ? 'them' : 'me';
  return (
    <>
      {withdrawal && (
        <details className="results-warning">
          <summary>{t('results.safety.withdrawalTitle')}</summary>
          <p>{t(`results.safety.withdrawal.${who}`)}</p>
          <p className="results-warning__source no-print">
            {t('results.safety.sourceLabel')}{' '}
            {alcohol && <SourceLink href={SOURCES.alcohol} label={t('results.safety.sourceAlcohol')} />}
            {alcohol && pills && '; '}
            {pills && <SourceLink href={SOURCES.benzodiazepines} label={t('results.safety.sourceBenzodiazepines')} />}
          </p>
        </details>
      )}
      {opioids && (
        <details className="results-warning">
          <summary>{t('results.safety.overdoseTitle')}</summary>
          <p>{t('results.safety.overdose')}</p>
          <p className="results-warning__source no-print">
            {t('results.safety.sourceLabel')} <SourceLink href={SOURCES.overdose} label={t('results.safety.sourceOverdose')} />
          </p>
        </details>
      )}
    </>
  );
}
