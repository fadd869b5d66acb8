/**
 * The results: safety first, then the ranked groups with reasons and cautions, what was
 * left out and why, a side-by-side comparison, advice on trying meetings, and ways to
 * print, share or change the answers. Loaded only when a person reaches it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../engine/answers';
import type { ListName } from '../../engine/types';
import { useViewData } from '../content/useViewData';
import { GroupFilterNotice } from '../../settings/GroupFilterNotice';
import { useFilteredContent } from '../../settings/useFilteredContent';
import { useQuiz } from '../quiz/QuizContext';
import { useFocusHeading } from '../useFocusHeading';
import { CompareSection, MAX_COMPARED } from './CompareSection';
import { CraftNote } from './CraftNote';
import { GroupList } from './GroupList';
import { LeftOutDetails } from './LeftOutDetails';
import { useDetailsOpenForPrint } from './print-details';
import { ResultsActions } from './ResultsActions';
import { SafetyPanel } from './SafetyPanel';
import { TryMeetings } from './TryMeetings';
import { useResults } from './useResults';
import './results.css';
import './results-print.css';

export default function ResultsPage() {
  const { t } = useTranslation();
  const { state } = useQuiz();
  // The machine reaches "results" only once `for` and `concerns` are answered, so these are valid answers.
  const answers = state.context.answers as Answers;
  // A clinic may show only some groups (include/exclude in its settings).
  const content = useFilteredContent(useViewData());
  const results = useResults(answers, content);
  const [compared, setCompared] = useState<string[]>([]);
  // The heading is there from the start (results load below it), so it takes focus once, on arrival.
  const headingRef = useFocusHeading('results');
  useDetailsOpenForPrint('.results');

  const forSomeoneElse = answers.for === 'someone-else';
  const toggleCompared = (id: string) =>
    setCompared((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : ids.length < MAX_COMPARED ? [...ids, id] : ids));
  const compareChoice = (id: string) => ({
    checked: compared.includes(id),
    blocked: !compared.includes(id) && compared.length >= MAX_COMPARED,
    onToggle: () => toggleCompared(id),
  });

  return (
    <div className="results">
      <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
        {t(forSomeoneElse ? 'results.title.them' : 'results.title.me')}
      </h1>
      <p className="lead">{t('results.intro')}</p>
      {!results || !content ? (
        <p role="status" className="loading-state">{t('results.loading')}</p>
      ) : (
        <>
          {answers.age === 'under-18' && <p className="notice">{t('results.under18')}</p>}
          <SafetyPanel answers={answers} helplines={content.helplines} />
          <GroupFilterNotice />
          {(['forYou', 'forThem'] as ListName[]).map((list) => {
            const groups = results.recommendation[list];
            if (!groups) return null;
            const title = forSomeoneElse ? t(`results.lists.${list}`) : t('results.lists.me');
            return (
              <div key={list}>
                <GroupList
                  list={list}
                  title={title}
                  hint={forSomeoneElse ? t(`results.lists.${list}Hint`) : undefined}
                  groups={groups}
                  profiles={results.profiles}
                  region={answers.region}
                  say={results.say}
                  compareChoice={compareChoice}
                />
                {list === 'forYou' && (answers.familyGoal === 'help-them' || answers.familyGoal === 'both') && <CraftNote />}
              </div>
            );
          })}
          <CompareSection
            chosen={compared.flatMap((id) => results.profiles.get(id) ?? [])}
            onClear={() => setCompared([])}
          />
          <LeftOutDetails
            leftOut={results.recommendation.leftOut}
            profiles={results.profiles}
            say={results.say}
            lists={forSomeoneElse ? ['forYou', 'forThem'] : ['forYou']}
          />
          <TryMeetings />
          <ResultsActions answers={answers} />
        </>
      )}
    </div>
  );
}
