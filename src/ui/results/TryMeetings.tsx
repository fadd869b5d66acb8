/**
 * "Try a few meetings" as a plan built from the shortlist: which groups to start with, then
 * what to do, step by step. Extra tips and what research says stay one tap away.
 */
import { useTranslation } from 'react-i18next';
import { listFormat } from '../intl-cache';

const STEPS = ['find', 'moreThanOnce', 'atTheDoor', 'notRight'] as const;
const MORE = ['listen', 'openClosed', 'bringSomeone', 'online'] as const;
/** Zemore et al. 2018: Women for Sobriety, LifeRing and SMART members did about as well as 12-step members. */
const EVIDENCE_SOURCE = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5884451';

/** `names`: the first two or three groups of the person's own list, best first. */
export function TryMeetings({ names, forFamily }: { names: string[]; forFamily: boolean }) {
  const { t, i18n } = useTranslation();
  const first = names.slice(0, 3);
  return (
    <section className="results-try" aria-labelledby="results-try-title">
      <h2 className="heading-m" id="results-try-title">
        {t('results.tryMeetings.title')}
      </h2>
      <ol className="list list--number results-try__steps">
        {first.length > 0 && (
          <li>{t(first.length > 1 ? 'results.tryMeetings.pick' : 'results.tryMeetings.pickOne', { names: listFormat(i18n.language).format(first) })}</li>
        )}
        {STEPS.map((key) => (
          <li key={key}>{t(`results.tryMeetings.${key}`)}</li>
        ))}
        {forFamily && <li>{t('results.tryMeetings.family')}</li>}
      </ol>
      <details className="results-try__more">
        <summary>{t('results.tryMeetings.moreTips')}</summary>
        <div className="details__body">
          <ul className="list list--bullet">
            {MORE.map((key) => (
              <li key={key}>{t(`results.tryMeetings.${key}`)}</li>
            ))}
          </ul>
          <h3 className="heading-s">{t('results.tryMeetings.evidenceTitle')}</h3>
          <p>{t('results.tryMeetings.evidence')}</p>
          <p className="no-print">
            <a href={EVIDENCE_SOURCE} rel="noopener noreferrer" referrerPolicy="no-referrer">
              {t('results.tryMeetings.evidenceSource')}
            </a>
          </p>
        </div>
      </details>
    </section>
  );
}

/** The plan's steps as plain sentences, for the printed plan. */
export function tryMeetingSteps(t: (key: string, values?: Record<string, string>) => string, names: string, count: number, forFamily: boolean): string[] {
  return [
    ...(count > 0 ? [t(count > 1 ? 'results.tryMeetings.pick' : 'results.tryMeetings.pickOne', { names })] : []),
    ...STEPS.map((key) => t(`results.tryMeetings.${key}`)),
    ...(forFamily ? [t('results.tryMeetings.family')] : []),
  ];
}
