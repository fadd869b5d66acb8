/**
 * The results, built to be taken in at a glance on a phone: a one-line "If you need help now",
 * then the shortlist (each card closed: name, match strength, what decided it, the main caution),
 * then the plan for trying meetings. Everything else is one tap away. Loaded only when reached.
 */
import { useRef, useState } from 'react';
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
import { NextMeetingsSlot } from '../meetings/NextMeetingsSlot';
import { firstFrameCards, GroupList, shownGroups, type MeetingsSlot } from './GroupList';
import { ImproveList } from './ImproveList';
import { LeftOutDetails } from './LeftOutDetails';
import { usePaintCount } from '../deferred-mount';
import { useDetailsOpenForPrint } from './print-details';
import { PrintPlan } from './PrintPlan';
import { ResultsActions } from './ResultsActions';
import { SafetyPanel } from './SafetyPanel';
import { SafetyWarnings } from './SafetyWarnings';
import { TryMeetings } from './TryMeetings';
import { usePrintPlan } from './usePrintPlan';
import { useResults } from './useResults';
import './results.css';
export { rehearseRanking } from './rehearse-ranking';
export { rehearseFirstCard } from './rehearse-first-card';
import './results-print.css';

/** A clinic's Meeting Guide feeds: the next meetings of each group, in its open card (renders nothing without feeds). */
const meetings: MeetingsSlot = (groupId) => <NextMeetingsSlot groupId={groupId} />;

export default function ResultsPage() {
  const { t } = useTranslation();
  const { state } = useQuiz();
  // The machine reaches "results" only once `for` and `concerns` are answered, so these are valid answers.
  const answers = state.context.answers as Answers;
  // A clinic may show only some groups (include/exclude in its settings).
  const content = useFilteredContent(useViewData());
  const results = useResults(answers, content);
  const [compared, setCompared] = useState<string[]>([]);
  const compareHeading = useRef<HTMLHeadingElement>(null);
  // The heading is there from the start (results load below it), so it takes focus once, on arrival.
  const headingRef = useFocusHeading('results');
  useDetailsOpenForPrint('.results-screen');
  const plan = usePrintPlan(answers);
  // What comes after the top list is built two frames later (the top list's own later cards come
  // in between): laid out with the first screen, it made that frame a long task on a slow phone
  // (issue 13). It waits only when the top list's first cards fill the screen, so it arrives out
  // of sight and moves nothing anyone can see.
  const painted = usePaintCount(3);
  const lead = results ? shownGroups(results.recommendation.forYou, results.profiles) : [];
  const fillsScreen = lead.length >= firstFrameCards();
  const rest = painted >= 2 || !fillsScreen;

  const forSomeoneElse = answers.for === 'someone-else';
  const listTitle = (list: ListName) => (forSomeoneElse ? t(`results.lists.${list}`) : t('results.lists.me'));
  const toggleCompared = (id: string) =>
    setCompared((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : ids.length < MAX_COMPARED ? [...ids, id] : ids));
  const compareChoice = (id: string) => ({
    checked: compared.includes(id),
    blocked: !compared.includes(id) && compared.length >= MAX_COMPARED,
    count: compared.length,
    onToggle: () => toggleCompared(id),
    // Focus scrolls the comparison into view and tells a screen reader where they are.
    onShow: () => compareHeading.current?.focus(),
  });

  return (
    <div className="results">
      <div className="results-screen" aria-busy={!rest || undefined}>
        <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
          {t(forSomeoneElse ? 'results.title.them' : 'results.title.me')}
        </h1>
        {!results || !content ? (
          <p role="status" className="loading-state">{t('results.loading')}</p>
        ) : (
          <>
            <SafetyPanel answers={answers} helplines={content.helplines} />
            <p className="results__intro">{t('results.intro')}</p>
            {answers.age === 'under-18' && <p className="notice">{t('results.under18')}</p>}
            <GroupFilterNotice />
            {(['forYou', 'forThem'] as ListName[]).map((list) => {
              const groups = results.recommendation[list];
              if (!groups || (list === 'forThem' && !rest)) return null;
              return (
                <div key={list}>
                  <GroupList
                    list={list}
                    title={listTitle(list)}
                    hint={forSomeoneElse ? t(`results.lists.${list}Hint`) : undefined}
                    groups={groups}
                    profiles={results.profiles}
                    region={answers.region}
                    say={results.say}
                    compareChoice={compareChoice}
                    meetings={meetings}
                    lead={list === 'forYou'}
                  />
                  {rest && list === 'forYou' && forSomeoneElse && answers.familyGoal !== 'cope' && <CraftNote />}
                  {rest && list === 'forYou' && (
                    <TryMeetings
                      names={lead.map(({ profile }) => profile.name)}
                      forFamily={forSomeoneElse}
                    />
                  )}
                </div>
              );
            })}
            {rest && (
              <>
                <div className="results-warnings">
                  <SafetyWarnings answers={answers} />
                </div>
                <ImproveList answers={answers} />
                <CompareSection ref={compareHeading} chosen={compared.flatMap((id) => results.profiles.get(id) ?? [])} onClear={() => setCompared([])} />
                <LeftOutDetails
                  leftOut={results.recommendation.leftOut}
                  profiles={results.profiles}
                  say={results.say}
                  lists={forSomeoneElse ? ['forYou', 'forThem'] : ['forYou']}
                  inTheirList={new Set((results.recommendation.forThem ?? []).map((g) => g.id))}
                />
                <ResultsActions answers={answers} onPrint={() => void plan.print()} />
              </>
            )}
          </>
        )}
      </div>
      {/* Paper only (results-print.css): built in a frame of its own, after everything on screen. */}
      {results && content && painted >= 3 && (
        <PrintPlan
          answers={answers}
          recommendation={results.recommendation}
          profiles={results.profiles}
          helplines={content.helplines}
          say={results.say}
          qr={plan.qr}
          listTitle={listTitle}
        />
      )}
    </div>
  );
}
