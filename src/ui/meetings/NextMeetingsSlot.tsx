/**
 * Where a result card shows "Next meetings": renders nothing (and loads nothing) unless the
 * clinic named meeting feeds; then loads the meetings view on its own.
 */
import { lazy, Suspense, useContext } from 'react';
import type { Answers } from '../../engine/answers';
import { useSettings } from '../../settings/SettingsContext';
import { QuizContext } from '../quiz/QuizContext';

const NextMeetings = lazy(() => import('./NextMeetings'));

export function NextMeetingsSlot({ groupId, answers }: { groupId: string; answers?: Partial<Answers> }) {
  const { settings } = useSettings();
  const quiz = useContext(QuizContext);
  if (!settings.meetingFeeds?.length) return null;
  return (
    <Suspense fallback={null}>
      <NextMeetings groupId={groupId} answers={answers ?? (quiz?.state.context.answers as Partial<Answers> | undefined) ?? {}} />
    </Suspense>
  );
}
