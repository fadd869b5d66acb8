/**
 * Everything the questionnaire needs beyond the start page, in one lazily loaded chunk:
 * XState, the machine and the question/check/results views. Loaded by quiz-session.ts when the
 * person presses "Start now" (or a link or the route needs the machine), and fetched in idle
 * time after the first screen, so the press rarely waits for the network.
 */
export { createActor } from 'xstate';
export { quizMachine } from '../machine/quiz-machine';
export { QuizView } from './quiz/QuizView';
