/**
 * The questionnaire as a state machine: start -> one state per question -> check -> results.
 * Transitions are generated from the step table in flow.ts, so adding a question is adding a row.
 * The UI never re-derives these rules: it asks `state.can({ type: 'step.back' })` and friends.
 */
import { and, assign, not, setup } from 'xstate';
import type { Answers } from '../engine/answers';
import { LIST_KEYS, type AnswerKey } from '../engine/answer-values';

import {
  canVisit,
  getStep,
  hasRequiredAnswers,
  isAnswered,
  pathFor,
  pruneAnswers,
  STEP_CONDITIONS,
  STEPS,
  toggleValue,
  type Draft,
  type Step,
  type StepId,
} from './flow';

/** `answers-not-kept`: a reload or an old address pointed into the quiz, but no answers were kept on this device. */
export type Notice = 'broken-link' | 'answers-not-kept' | null;

/** A page of the journey that the address bar can point to (see src/ui/quiz/quiz-history.ts). */
export type View = 'start' | StepId | 'check' | 'results';

export interface QuizContext {
  answers: Draft;
  /** Set by a "Change" link on the check page: the next Continue goes back there. */
  returnToCheck: boolean;
  /** The required question the person tried to leave unanswered (drives the error summary). */
  missingAnswer: StepId | null;
  notice: Notice;
  /** The person ticked "Remember my answers on this device". Off unless they choose it. */
  remember: boolean;
  /** Questions answered "I'd rather not say": no answer is kept, but the choice stays shown. */
  declined: StepId[];
}

export interface QuizInput {
  /** Answers pre-set by a clinic or restored from this device; the person can change them. */
  answers?: Draft;
  notice?: Notice;
  remember?: boolean;
}

type ListKey = (typeof LIST_KEYS)[number];

export type QuizEvent =
  | { type: 'quiz.start' }
  | { type: 'quiz.restart' }
  | { type: 'answer.select'; key: AnswerKey; value: string | boolean }
  | { type: 'answer.toggle'; key: ListKey; value: string }
  | { type: 'answer.decline'; key: StepId }
  /** "See my groups now": straight to the results once the required questions are answered. */
  | { type: 'quiz.finish' }
  /** Browser Back/Forward asked for this page; refused (nothing happens) if it cannot be shown now. */
  | { type: 'nav.to'; view: View }
  /** The page opened at this address (a reload): go there if the kept answers allow, else start with a notice. */
  | { type: 'nav.restore'; view: View }
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.skip' }
  | { type: 'answers.change'; step: StepId }
  | { type: 'answers.confirm' }
  | { type: 'answers.load'; answers: Answers }
  | { type: 'link.broken' }
  | { type: 'memory.set'; remember: boolean }
  | { type: 'memory.forget' };

type ConditionParams = { skipping?: StepId };
const without = (answers: Draft, key: StepId | undefined): Draft => {
  if (!key) return answers;
  const copy = { ...answers };
  delete copy[key];
  return copy;
};

const conditionGuard =
  (condition: (a: Draft) => boolean) =>
  ({ context }: { context: QuizContext }, params: ConditionParams) =>
    condition(without(context.answers, params.skipping));

const machineSetup = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
    input: {} as QuizInput,
  },
  guards: {
    asksFamilyQuestions: conditionGuard(STEP_CONDITIONS.asksFamilyQuestions),
    asksGenderSpecific: conditionGuard(STEP_CONDITIONS.asksGenderSpecific),
    asksFaith: conditionGuard(STEP_CONDITIONS.asksFaith),
    isAnswered: ({ context }, params: { step: StepId }) => isAnswered(context.answers, params.step),
    isReturningToCheck: ({ context }) => context.returnToCheck,
    hasRequiredAnswers: ({ context }) => hasRequiredAnswers(context.answers),
    isNavTo: ({ context, event }, params: { view: View }) =>
      (event.type === 'nav.to' || event.type === 'nav.restore') &&
      event.view === params.view &&
      (params.view === 'start' ||
        (params.view === 'check' || params.view === 'results' ? hasRequiredAnswers(context.answers) : canVisit(context.answers, params.view))),
    isChangeOf: ({ event }, params: { step: StepId }) => event.type === 'answers.change' && event.step === params.step,
    isStepAsked: ({ context, event }) => event.type === 'answers.change' && pathFor(context.answers).some((s) => s.id === event.step),
  },
  actions: {
    selectAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.select') return {};
      return { answers: pruneAnswers({ ...context.answers, [event.key]: event.value }), missingAnswer: null };
    }),
    toggleAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.toggle') return {};
      const current = (context.answers[event.key] ?? []) as string[];
      const next = toggleValue(getStep(event.key), current, event.value);
      return { answers: pruneAnswers({ ...context.answers, [event.key]: next }), missingAnswer: null };
    }),
    declineAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.decline') return {};
      return {
        answers: pruneAnswers(without(context.answers, event.key)),
        declined: [...context.declined.filter((k) => k !== event.key), event.key],
      };
    }),
    forgetDeclined: assign(({ context, event }) =>
      event.type === 'answer.select' || event.type === 'answer.toggle' ? { declined: context.declined.filter((k) => k !== event.key) } : {},
    ),
    clearAnswer: assign(({ context }, params: { step: StepId }) => ({
      answers: pruneAnswers(without(context.answers, params.step)),
      declined: context.declined.filter((k) => k !== params.step),
    })),
    noticeAnswersNotKept: assign({ notice: 'answers-not-kept' as const, returnToCheck: false }),
    flagMissingAnswer: assign((_, params: { step: StepId }) => ({ missingAnswer: params.step })),
    clearFlags: assign({ missingAnswer: null, notice: null }),
    startReturningToCheck: assign({ returnToCheck: true }),
    stopReturningToCheck: assign({ returnToCheck: false }),
    loadAnswers: assign(({ event }) => (event.type === 'answers.load' ? { answers: event.answers, returnToCheck: false } : {})),
    forgetAnswers: assign({ answers: {}, returnToCheck: false, missingAnswer: null, notice: null, remember: false, declined: [] }),
    setRemember: assign(({ event }) => (event.type === 'memory.set' ? { remember: event.remember } : {})),
    stopRemembering: assign({ remember: false }),
    noticeBrokenLink: assign({ answers: {}, returnToCheck: false, missingAnswer: null, notice: 'broken-link' as const }),
  },
});

/**
 * Generated transitions. XState cannot infer types through the loops that build them,
 * so they are checked here loosely and by the machine's tests (including every generated path).
 */
interface Transition {
  target?: string;
  guard?: unknown;
  actions?: unknown;
}
type TransitionMap = Record<string, Transition | Transition[]>;

/** Moving forward from step `index`: to the first later step that is asked, else to the check page. */
function forwardTransitions(index: number, skipping?: StepId): Transition[] {
  const transitions: Transition[] = [{ target: '#quiz.check', guard: 'isReturningToCheck', actions: 'stopReturningToCheck' }];
  for (const step of STEPS.slice(index + 1)) {
    if (!step.askedWhen) return [...transitions, { target: `#quiz.${step.id}` }];
    transitions.push({ target: `#quiz.${step.id}`, guard: { type: step.askedWhen, params: { skipping } } });
  }
  return [...transitions, { target: '#quiz.check' }];
}

/** Moving back from step `index`: to the nearest earlier step that is asked, else the start page. */
function backTransitions(index: number): Transition[] {
  const transitions: Transition[] = [];
  for (const step of STEPS.slice(0, index).reverse()) {
    if (!step.askedWhen) return [...transitions, { target: `#quiz.${step.id}` }];
    transitions.push({ target: `#quiz.${step.id}`, guard: { type: step.askedWhen, params: {} } });
  }
  return [...transitions, { target: '#quiz.start' }];
}

function questionState(step: Step, index: number) {
  const next: Transition[] = step.required
    ? [
        { guard: not({ type: 'isAnswered', params: { step: step.id } }), actions: { type: 'flagMissingAnswer', params: { step: step.id } } },
        ...forwardTransitions(index),
      ]
    : forwardTransitions(index);
  const on: TransitionMap = {
    'answer.select': { actions: ['selectAnswer', 'forgetDeclined'] },
    'answer.toggle': { actions: ['toggleAnswer', 'forgetDeclined'] },
    'step.next': next,
    'quiz.finish': { target: '#quiz.results', guard: 'hasRequiredAnswers', actions: 'stopReturningToCheck' },
    'step.back': backTransitions(index),
  };
  // "Skip" exists only where the contract allows a missing answer.
  if (!step.required) {
    if (step.declinable) on['answer.decline'] = { actions: 'declineAnswer' };
    on['step.skip'] = forwardTransitions(index, step.id).map((t) => ({
      ...t,
      actions: [{ type: 'clearAnswer', params: { step: step.id } }, ...(t.actions ? [t.actions] : [])],
    }));
  }
  return { entry: 'clearFlags' as const, on: on as never };
}

const changeTransitions: Transition[] = STEPS.map((step) => ({
  target: `#quiz.${step.id}`,
  guard: and([{ type: 'isChangeOf', params: { step: step.id } }, 'isStepAsked']),
  actions: 'startReturningToCheck',
}));

const lastStepBack: Transition[] = backTransitions(STEPS.length);

/** Browser Back/Forward: any page the machine could show now. The page itself never decides. */
const VIEWS: View[] = ['start', ...STEPS.map((s) => s.id), 'check', 'results'];
const navTransitions: Transition[] = VIEWS.map((view) => ({
  target: `#quiz.${view}`,
  guard: { type: 'isNavTo', params: { view } },
  actions: ['stopReturningToCheck', 'clearFlags'],
}));

function buildQuizMachine() {
  return machineSetup.createMachine({
    id: 'quiz',
    initial: 'start',
    context: ({ input }) => ({
      answers: pruneAnswers(input?.answers ?? {}),
      returnToCheck: false,
      missingAnswer: null,
      notice: input?.notice ?? null,
      remember: input?.remember ?? false,
      declined: [],
    }),
    on: {
      'nav.to': navTransitions as never,
      'nav.restore': [...navTransitions, { target: '.start', actions: 'noticeAnswersNotKept' }] as never,
      'quiz.restart': { target: '.start', actions: 'forgetAnswers' },
      'answers.load': { target: '.results', actions: 'loadAnswers' },
      'link.broken': { target: '.start', actions: 'noticeBrokenLink' },
      'memory.set': { actions: 'setRemember' },
      'memory.forget': { actions: 'stopRemembering' },
    },
    states: {
      start: {
        on: { 'quiz.start': { target: STEPS[0]!.id, actions: 'clearFlags' } },
      },
      ...Object.fromEntries(STEPS.map((step, index) => [step.id, questionState(step, index)])),
      check: {
        on: {
          'step.back': lastStepBack as never,
          'answers.change': changeTransitions as never,
          'answers.confirm': { target: 'results', guard: 'hasRequiredAnswers' },
        },
      },
      results: {
        on: {
          'answers.change': changeTransitions as never,
          'step.back': 'check',
        },
      },
    },
  });
}

export type QuizMachine = ReturnType<typeof buildQuizMachine>;
let built: QuizMachine | null = null;

/**
 * The machine, built on first use rather than when its chunk is evaluated: XState's work on a
 * machine this size is a task of its own on a slow phone (quiz-session.ts builds it between
 * loading the chunk and starting the actor, so neither is a long task; issue 13).
 */
export function quizMachine(): QuizMachine {
  return (built ??= buildQuizMachine());
}

/** Which question a state shows, if any. */
export function currentStep(value: unknown): Step | undefined {
  return typeof value === 'string' && STEPS.some((s) => s.id === value) ? getStep(value as StepId) : undefined;
}
