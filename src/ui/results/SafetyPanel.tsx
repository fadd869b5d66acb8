/**
 * High on the page, before any group: Pathways is not a crisis service, the region's
 * emergency number and helplines, and safety warnings that fit the answers.
 */
import { useTranslation } from 'react-i18next';
import type { LocalizedHelpline, LocalizedHelplines } from '../../content/types';
import type { Answers } from '../../engine/answers';
import { HelplineList } from './HelplineList';
import { ClinicContact } from '../../settings/ClinicContact';
import { telHref } from './phone-link';
import { SafetyWarnings } from './SafetyWarnings';
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

export function SafetyPanel({ answers, helplines }: { answers: Answers; helplines: LocalizedHelplines }) {
  const { t } = useTranslation();
  const { send } = useQuiz();
  const region = helplines.regions[answers.region ?? 'other'];
  const wanted = new Set([...FOR_EVERYONE, ...answers.concerns.flatMap((c) => TOPICS_FOR_CONCERN[c])]);
  const relevant = region.lines.filter((line) => line.topics.some((topic) => wanted.has(topic)));
  // The other lines stay one click away rather than hidden.
  const others = region.lines.filter((line) => !relevant.includes(line));
  return (
    <section className="panel panel--safety results-safety" aria-labelledby="results-safety-title">
      <h2 className="heading-m" id="results-safety-title">
        {t('results.safety.title')}
      </h2>
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
      <ClinicContact />
      {answers.region === undefined && (
        <p>
          <button type="button" className="link-button" onClick={() => send({ type: 'answers.change', step: 'region' })}>
            {t('results.safety.askRegion')}
          </button>
        </p>
      )}
      {others.length > 0 && (
        <details>
          <summary>{t('results.safety.moreLines')}</summary>
          <div className="details__body">
            <HelplineList lines={others} />
          </div>
        </details>
      )}
      <SafetyWarnings answers={answers} />
    </section>
  );
}
