/**
 * At the very top of the results, compact: one line, "If you need help now", with the
 * emergency number and the first helpline written in it, so they are never hidden; it opens
 * to every helpline for the region and the clinic's contact.
 */
import { useTranslation } from 'react-i18next';
import type { LocalizedHelpline, LocalizedHelplines } from '../../content/types';
import type { Answers } from '../../engine/answers';
import { HelplineList } from './HelplineList';
import { ClinicContact } from '../../settings/ClinicContact';
import { telHref } from './phone-link';
import { useQuiz } from '../quiz/QuizContext';

type Topic = LocalizedHelpline['topics'][number];

/** Lines for anyone in difficulty come first, with those for the problems named. */
const FOR_EVERYONE: Topic[] = ['crisis', 'general', 'mental-health'];
const TOPICS_FOR_CONCERN: Record<Answers['concerns'][number], Topic[]> = {
  alcohol: ['alcohol'],
  opioids: ['drugs'],
  stimulants: ['drugs'],
  cannabis: ['drugs'],
  'prescription-drugs': ['drugs'],
  'other-drugs': ['drugs'],
  gambling: ['gambling'],
  'not-sure': ['alcohol', 'drugs', 'gambling'],
};

/** The region's lines that fit the answers first, then the others (the print plan uses the same order). */
export function helplinesFor(answers: Answers, helplines: LocalizedHelplines) {
  const region = helplines.regions[answers.region ?? 'other'];
  const wanted = new Set([...FOR_EVERYONE, ...answers.concerns.flatMap((c) => TOPICS_FOR_CONCERN[c])]);
  const relevant = region.lines.filter((line) => line.topics.some((topic) => wanted.has(topic)));
  const others = region.lines.filter((line) => !relevant.includes(line));
  return { region, relevant, others };
}

export function SafetyPanel({ answers, helplines }: { answers: Answers; helplines: LocalizedHelplines }) {
  const { t } = useTranslation();
  const { send } = useQuiz();
  const { region, relevant, others } = helplinesFor(answers, helplines);
  const first = relevant[0] ?? others[0];
  const inLine = [region.emergency ? `${t('results.safety.emergencyShort')} ${region.emergency}` : '', first?.phone ? `${first.name} ${first.phone}` : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <section className="results-safety" aria-labelledby="results-safety-title">
      <details className="results-safety__details">
        <summary>
          <span className="results-safety__title" id="results-safety-title">
            {t('results.safety.title')}
          </span>
          {inLine && <span className="results-safety__numbers">{inLine}</span>}
        </summary>
        <div className="details__body">
          <p>{t('results.safety.notCrisis')}</p>
          <p>
            {region.emergencyNote ?? (region.emergency ? t('results.safety.emergencyFallback', { number: region.emergency }) : '')}
            {region.emergency && (
              <span className="results-safety__emergency">
                {t('results.safety.emergencyLabel')} <a href={telHref(region.emergency)}>{region.emergency}</a>
              </span>
            )}
          </p>
          {relevant.length > 0 && (
            <>
              <p className="results-safety__intro">{t('results.safety.helplinesIntro')}</p>
              <HelplineList lines={relevant} />
            </>
          )}
          {others.length > 0 && (
            <>
              <p className="results-safety__intro">{t('results.safety.moreLines')}</p>
              <HelplineList lines={others} />
            </>
          )}
        </div>
      </details>
      {/* A clinic's own contact line is never folded away. */}
      <ClinicContact headingLevel={2} />
      {answers.region === undefined && (
        <p className="results-safety__ask">
          <button type="button" className="link-button" onClick={() => send({ type: 'answers.change', step: 'region' })}>
            {t('results.safety.askRegion')}
          </button>
        </p>
      )}
    </section>
  );
}
