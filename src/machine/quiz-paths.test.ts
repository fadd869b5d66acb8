/**
 * Generated paths (xstate/graph): explores the questionnaire with a small set of
 * answers that exercise every branch, then proves from every reachable state
 * that the results can still be reached (no dead ends) and that every question is reachable.
 */
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { isAnswered, STEPS, STEP_CONDITIONS } from './flow';
import { quizMachine, type QuizEvent, type QuizMachine } from './quiz-machine';

type Snapshot = SnapshotFrom<QuizMachine>;

/** Values that change the path; every other question gets one ordinary answer. */
const BRANCH_VALUES: Record<string, (string | boolean)[]> = {
  for: ['me', 'someone-else'],
  gender: ['woman', 'prefer-not-to-say'],
  spirituality: ['secular', 'open'],
};

function eventsFor(snapshot: Snapshot): QuizEvent[] {
  const value = snapshot.value as string;
  if (value === 'start') return [{ type: 'quiz.start' }];
  if (value === 'check') return [{ type: 'answers.confirm' }, { type: 'step.back' }, { type: 'answers.change', step: 'for' }];
  if (value === 'results') return [{ type: 'quiz.restart' }];
  const step = STEPS.find((s) => s.id === value);
  if (!step) return [];
  // Continue, Back, "See my groups now", and the browser's Back/Forward to the results and the start page.
  const events: QuizEvent[] = [
    { type: 'step.next' },
    { type: 'step.back' },
    { type: 'quiz.finish' },
    { type: 'nav.to', view: 'results' },
    { type: 'nav.to', view: 'start' },
  ];
  if (!step.required) events.push({ type: 'step.skip' });
  if (step.declinable) events.push({ type: 'answer.decline', key: step.id });
  if (step.id === 'concerns') events.push({ type: 'answer.toggle', key: 'concerns', value: 'not-sure' });
  if (step.kind === 'checkbox') events.push({ type: 'answer.toggle', key: step.id as never, value: step.id === 'concerns' ? 'alcohol' : 'online-video' });
  else for (const v of BRANCH_VALUES[step.id] ?? [step.kind === 'yes-no' ? true : 'not-sure']) events.push({ type: 'answer.select', key: step.id, value: v });
  return events;
}

/** Only what matters for where the quiz can go next: keeps the explored graph small and complete. */
function serialize(snapshot: Snapshot): string {
  const a = snapshot.context.answers;
  const flags = Object.entries(STEP_CONDITIONS).map(([name, asks]) => `${name}:${asks(a)}`);
  return [snapshot.value, ...flags, `for:${isAnswered(a, 'for')}`, `concerns:${isAnswered(a, 'concerns')}`, `return:${snapshot.context.returnToCheck}`].join('|');
}

/** A simple, patient person: answers what is required and presses Continue. */
function finish(snapshot: Snapshot): Snapshot {
  const actor = createActor(quizMachine(), { snapshot, input: {} }).start();
  for (let i = 0; i < 60 && actor.getSnapshot().value !== 'results'; i++) {
    const s = actor.getSnapshot();
    const value = s.value as string;
    if (value === 'start') actor.send({ type: 'quiz.start' });
    else if (value === 'check') actor.send({ type: 'answers.confirm' });
    else if (value === 'for' && !isAnswered(s.context.answers, 'for')) actor.send({ type: 'answer.select', key: 'for', value: 'me' });
    else if (value === 'concerns' && !isAnswered(s.context.answers, 'concerns')) actor.send({ type: 'answer.toggle', key: 'concerns', value: 'alcohol' });
    else actor.send({ type: 'step.next' });
  }
  return actor.getSnapshot();
}

describe('every generated path', () => {
  const paths = getShortestPaths(quizMachine(), { events: eventsFor, serializeState: serialize, input: {} });

  it('explores a meaningful number of states', () => {
    expect(paths.length).toBeGreaterThan(STEPS.length * 2);
  });

  it('reaches every question, the check page and the results', () => {
    const reached = new Set(paths.map((p) => p.state.value as string));
    for (const step of STEPS) expect(reached, `question ${step.id}`).toContain(step.id);
    expect(reached).toContain('check');
    expect(reached).toContain('results');
  });

  it('never dead-ends: from every reachable state the results can still be reached', () => {
    for (const path of paths) {
      expect(finish(path.state).value, `from ${serialize(path.state)}`).toBe('results');
    }
  });

  it('only reaches results with the required answers and only asks questions that apply', () => {
    for (const path of paths) {
      const { context } = path.state;
      const value = path.state.value as string;
      if (value === 'results') {
        expect(isAnswered(context.answers, 'for')).toBe(true);
        expect(isAnswered(context.answers, 'concerns')).toBe(true);
      }
      const concerns = context.answers.concerns ?? [];
      expect(concerns.includes('not-sure') && concerns.length > 1, 'not sure with a named problem').toBe(false);
      const step = STEPS.find((s) => s.id === value);
      if (step?.askedWhen) expect(STEP_CONDITIONS[step.askedWhen](context.answers), `${step.id} asked`).toBe(true);
    }
  });
});
