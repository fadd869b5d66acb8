/**
 * The questionnaire machine without putting XState on the first screen (issue 13: first-screen
 * JS budget). `useQuizMachine(input)` stands in for `useMachine(quizMachine, { input })`:
 *
 * - Until the machine is needed, it returns a "not started" snapshot: the start page reads only
 *   the context (a notice, the answers), which is what the machine's own start state holds.
 * - The first event sent ("Start now", a shared link's answers, Exit…) loads quiz-runtime.ts,
 *   starts the real actor with the same input, replays every event sent meanwhile in order, and
 *   from then on returns the actor's snapshots. Nothing a person does is lost or reordered.
 * - `preloadQuiz()` fetches the chunk without starting anything (idle time after the first screen).
 *
 * The machine has no timers or invoked actors, so an actor left running after an unmount holds
 * nothing but memory; it is not stopped (StrictMode's mount-unmount-mount would stop it for good).
 */
import { startTransition, useEffect, useLayoutEffect, useState } from 'react';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import { ensureStrings } from '../i18n/i18n';
import { yieldToPage } from '../platform/yield-to-page';
import { pruneAnswers } from '../machine/flow';
import type { QuizEvent, QuizInput, QuizMachine } from '../machine/quiz-machine';

type QuizSnapshot = SnapshotFrom<QuizMachine>;
type QuizSend = ActorRefFrom<QuizMachine>['send'];
type Runtime = typeof import('./quiz-runtime');

let runtime: Runtime | null = null;
let loading: Promise<Runtime> | null = null;

/**
 * Fetches and evaluates the questionnaire chunk and its strings (the questions are not part of the
 * first screen's strings) once, then builds the machine in a task of its own; starts nothing. The
 * runtime counts as loaded only with all three.
 */
export function preloadQuiz(): Promise<Runtime> {
  loading ??= Promise.all([import('./quiz-runtime'), ensureStrings(['questions'])]).then(async ([module]) => {
    await yieldToPage();
    module.quizMachine();
    return (runtime = module);
  });
  return loading;
}

/** The loaded chunk, or null: views it holds (QuizView) can render at once when it is there. */
export function loadedQuizRuntime(): Runtime | null {
  return runtime;
}

const pendingSnapshots = new WeakSet<object>();

/** True for the stand-in snapshot: the machine has not started, the start page is showing. */
export function isNotStarted(state: QuizSnapshot): boolean {
  return pendingSnapshots.has(state);
}

/** The machine's start state, as its own context function would build it from the same input. */
function notStartedSnapshot(input: QuizInput): QuizSnapshot {
  const context: QuizSnapshot['context'] = {
    answers: pruneAnswers(input.answers ?? {}),
    returnToCheck: false,
    missingAnswer: null,
    notice: input.notice ?? null,
    remember: input.remember ?? false,
    declined: [],
  };
  const snapshot = {
    status: 'active',
    value: 'start',
    context,
    matches: (value: unknown) => value === 'start',
    can: () => false,
    hasTag: () => false,
  };
  pendingSnapshots.add(snapshot);
  return snapshot as unknown as QuizSnapshot;
}

/**
 * Events that tick, untick or choose something on the page itself: the page shows them in the same
 * task, as a controlled checkbox or radio must (React would otherwise set it back until the
 * update arrives). Every other event changes the page, which is rendered in a transition.
 */
// answer.select, .toggle and .decline, memory.set and .forget, quiz.restart (as a pattern: first-screen bytes).
const SAME_PAGE = /^(answer|memory)\.|^quiz\.restart$/;

/**
 * Presses of a page's own buttons. While a new page is being built, the old one is still on screen
 * and a second press there (a double tap, a press that seemed not to work) would act on a page the
 * person has not seen: it is not taken until the new page is shown, or for a second at most.
 * The address bar's Back and Forward, the answers and Exit are always taken.
 */
// quiz.start and .finish, step.next, .back and .skip, answers.change and .confirm.
const PAGE_PRESSES = /^(quiz\.(start|finish)|step\..+|answers\.(change|confirm))$/;
const STALE_PRESS_MS = 1000;

class QuizSession {
  private snapshot: QuizSnapshot;
  /** Whether the last event sent changes only what is on the page (see SAME_PAGE). */
  samePage = false;
  /** When a page change was sent that is not on screen yet (see PAGE_PRESSES), else null. */
  private changingSince: number | null = null;
  private actor: ReturnType<Runtime['createActor']> | null = null;
  private queue: QuizEvent[] = [];
  private listeners = new Set<() => void>();

  constructor(private readonly input: QuizInput) {
    this.snapshot = notStartedSnapshot(input);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  send: QuizSend = (event) => {
    this.samePage = SAME_PAGE.test(event.type); // an event not taken changes nothing, so it has no say
    if (this.actor) {
      const changing = this.changingSince !== null && performance.now() - this.changingSince < STALE_PRESS_MS;
      if (changing && PAGE_PRESSES.test(event.type)) return;
      const before = this.snapshot;
      this.actor.send(event);
      if (!this.samePage && this.snapshot !== before) this.changingSince = performance.now();
      return;
    }
    this.queue.push(event);
    // Already fetched (idle preload, tests): start now, in the same task as the press.
    if (runtime) {
      this.start(runtime);
      this.publish();
    }
    // Fetched now: the chunk is evaluated in one task, the machine built in the next, the actor
    // started in a third and the page re-rendered for it in a fourth.
    else if (this.queue.length === 1) void preloadQuiz().then(async (module) => {
      await yieldToPage();
      this.start(module);
      await yieldToPage();
      this.publish();
    });
  };

  /** Starts the actor and replays the queued events; the page hears of it from publish(). */
  private start({ createActor, quizMachine }: Runtime) {
    if (this.actor) return;
    const actor = createActor(quizMachine(), { input: this.input });
    actor.subscribe((snapshot) => {
      this.snapshot = snapshot;
      if (this.published) this.notify();
    });
    actor.start();
    this.actor = actor;
    for (const event of this.queue.splice(0)) actor.send(event);
    this.snapshot = actor.getSnapshot();
  }

  /** Called once `snapshot` is on screen: presses count again when it is the newest. */
  shown(snapshot: QuizSnapshot) {
    if (snapshot === this.snapshot) this.changingSince = null;
  }

  private published = false;

  private publish() {
    if (this.published) return;
    this.published = true;
    this.notify();
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }
}

/**
 * Drop-in for `useMachine(quizMachine, { input })`: [snapshot, send]. The input is read once.
 *
 * A new page (Continue, Back, See my list…) is rendered in a transition, which React builds in
 * short slices after the press, not inside it: rendered in the press's own task (as
 * useSyncExternalStore does, always), taking the old page down and building the new one made that
 * task too long on a slow phone (issue 13). App is the only reader and hands the snapshot down,
 * so no part of the page can show an older state than another.
 */
export function useQuizMachine(input: QuizInput): [QuizSnapshot, QuizSend] {
  const [session] = useState(() => new QuizSession(input));
  // The same snapshot while hydrating the pre-rendered start page (src/pwa/adopt-prerendered.ts).
  const [snapshot, setSnapshot] = useState(session.getSnapshot);
  useEffect(() => {
    const update = () => {
      const next = session.getSnapshot();
      if (session.samePage) setSnapshot(next);
      else startTransition(() => setSnapshot(next));
    };
    update(); // anything sent before this effect ran
    return session.subscribe(update);
  }, [session]);
  useLayoutEffect(() => session.shown(snapshot), [session, snapshot]);
  return [snapshot, session.send];
}
