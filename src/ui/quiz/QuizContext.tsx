/** Gives every quiz page the one running questionnaire machine. */
import { createContext, useContext } from 'react';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { QuizMachine } from '../../machine/quiz-machine';

export interface QuizValue {
  state: SnapshotFrom<QuizMachine>;
  send: ActorRefFrom<QuizMachine>['send'];
}

export const QuizContext = createContext<QuizValue | null>(null);

export function useQuiz(): QuizValue {
  const value = useContext(QuizContext);
  if (!value) throw new Error('useQuiz must be used inside <QuizContext.Provider>');
  return value;
}
