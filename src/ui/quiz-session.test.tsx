// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { quizMachine, type QuizInput } from '../machine/quiz-machine';
import { preloadQuiz, useQuizMachine } from './quiz-session';

const ANSWERED: QuizInput = { answers: { for: 'me', concerns: ['alcohol'], goal: 'stop', region: 'uk' } };

/** The page value and one controlled checkbox, as the questionnaire's pages use them. */
function Probe({ input = { answers: {} } }: { input?: QuizInput }) {
  const [state, send] = useQuizMachine(input);
  return (
    <>
      <p data-testid="page">{JSON.stringify(state.value)}</p>
      <label>
        <input type="checkbox" checked={state.context.remember} onChange={(event) => send({ type: 'memory.set', remember: event.target.checked })} />
        Remember my answers
      </label>
      <button type="button" onClick={() => send({ type: 'quiz.start' })}>
        Start now
      </button>
      <button type="button" onClick={() => send({ type: 'step.next' })}>
        Continue
      </button>
    </>
  );
}

const flushMicrotasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('useQuizMachine', () => {
  // Real scheduling, as in a browser: act() would finish every update before the test could look.
  const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
  beforeAll(async () => {
    await preloadQuiz();
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  });

  it('builds a new page after the press, not inside it, and then shows it', async () => {
    render(<Probe />);
    const before = screen.getByTestId('page').textContent;
    screen.getByRole('button', { name: 'Start now' }).click();
    await flushMicrotasks();
    expect(screen.getByTestId('page').textContent, 'still the old page once the press is over').toBe(before);
    await waitFor(() => expect(screen.getByTestId('page').textContent).not.toBe(before));
  });

  it('shows a tick at once, in the same task as the press', async () => {
    render(<Probe />);
    const box = screen.getByRole('checkbox', { name: 'Remember my answers' });
    box.click();
    await flushMicrotasks();
    expect(box).toBeChecked();
    box.click();
    await flushMicrotasks();
    expect(box).not.toBeChecked();
  });

  it('does not take a second press on the old page while the new one is being built', async () => {
    const expected = createActor(quizMachine(), { input: ANSWERED }).start();
    expected.send({ type: 'quiz.start' });
    const first = JSON.stringify(expected.getSnapshot().value);
    expected.send({ type: 'step.next' });
    const second = JSON.stringify(expected.getSnapshot().value);
    expect(second, 'Continue moves on from an answered question').not.toBe(first);

    render(<Probe input={ANSWERED} />);
    screen.getByRole('button', { name: 'Start now' }).click();
    await waitFor(() => expect(screen.getByTestId('page').textContent).toBe(first));
    const press = screen.getByRole('button', { name: 'Continue' });
    press.click();
    press.click(); // a double tap: the first question is still on screen
    await waitFor(() => expect(screen.getByTestId('page').textContent).toBe(second));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('page').textContent, 'one step, not two').toBe(second);
    press.click(); // the new page is on screen: presses count again
    await waitFor(() => expect(screen.getByTestId('page').textContent).not.toBe(second));
  });
});
