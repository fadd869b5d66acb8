// @vitest-environment jsdom
/** The questionnaire as a person uses it: by role and label, through the real App and machine. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { ANSWERS_KEY } from './memory/answer-storage';
import { preloadQuiz } from './quiz-session';
import { setUpTestI18n } from './test-i18n';

// The questionnaire chunk loads on the first press in the app; fetched up front here so presses act at once.
beforeAll(async () => {
  setUpTestI18n('en');
  await preloadQuiz();
});
beforeEach(() => {
  localStorage.clear();
  location.hash = '';
});

async function startQuiz() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Start now' }));
  return user;
}

/** Skips every optional question until "Check your answers". */
async function skipToCheck(user: ReturnType<typeof userEvent.setup>) {
  while (!screen.queryByRole('heading', { name: 'Check your answers' })) {
    await user.click(screen.getByRole('button', { name: 'Skip this question' }));
  }
}

describe('the questionnaire', () => {
  it('starts with what Pathways is and is not', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Find a recovery support group that fits' })).toBeInTheDocument();
    expect(screen.getByText(/It is not a crisis service/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Or browse all groups from A to Z' })).toHaveAttribute('href', '#/groups');
    expect(screen.getByRole('link', { name: 'Exit this page' })).toBeInTheDocument();
  });

  it('asks one question per page, as the legend, with a hint, progress and no Skip on required questions', async () => {
    await startQuiz();
    const group = screen.getByRole('group', { name: /Who are you looking for help for\?/ });
    expect(group).toHaveAccessibleDescription(/Family and friends can get support too/);
    expect(screen.getByText(/Question 1 of \d+/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skip this question' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back' })).toBeInTheDocument();
  });

  it('shows an error summary that takes focus and links to the field when a required answer is missing', async () => {
    const user = await startQuiz();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: 'Choose who you are looking for help for' });
    await user.click(link);
    expect(screen.getByRole('radio', { name: 'For me' })).toHaveFocus();
    expect(screen.getByRole('group', { name: /Who are you looking for help for/ })).toHaveAccessibleDescription(/There is a problem: Choose who/);
  });

  it('moves focus to the new question heading on every step', async () => {
    const user = await startQuiz();
    await user.click(screen.getByRole('radio', { name: 'For me' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // After the new question's first paint (useFocusHeading).
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'What are you struggling with?' })).toHaveFocus());
  });

  it('words questions about the loved one for a family member, and asks about the relationship', async () => {
    const user = await startQuiz();
    await user.click(screen.getByRole('radio', { name: 'For someone I care about' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'How are you related to them?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    // The switch to questions about the loved one is said, with the question.
    expect(screen.getByRole('group', { name: /Now a few questions about the person you care about\. What is their gender\?/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    expect(screen.getByRole('heading', { name: 'How old are they?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    expect(screen.getByRole('heading', { name: 'What is the person you care about struggling with?' })).toBeInTheDocument();
  });

  it('keeps the progress count stable while an option is chosen, and counts the family questions after', async () => {
    const user = await startQuiz();
    const shown = () => screen.getByText(/Question \d+ of \d+/).textContent;
    const before = shown();
    await user.click(screen.getByRole('radio', { name: 'For me' }));
    expect(shown()).toBe(before);
    await user.click(screen.getByRole('radio', { name: 'For someone I care about' }));
    expect(shown()).toBe(before);
    const forMe = Number(/of (\d+)/.exec(before!)![1]);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(shown()).toBe(`Question 2 of ${forMe + 4}`);
  });

  it('reaches "Check your answers", changes an answer and comes back to the check page', async () => {
    const user = await startQuiz();
    await user.click(screen.getByRole('radio', { name: 'For me' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('checkbox', { name: 'Alcohol' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await skipToCheck(user);
    expect(screen.getByText('Alcohol')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change your answer to: What is your goal for now?' }));
    await user.click(screen.getByRole('radio', { name: 'To stop completely' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByText('To stop completely')).toBeInTheDocument();
  });

  it('stores nothing unless asked, remembers when ticked, and forgets on request', async () => {
    const user = await startQuiz();
    await user.click(screen.getByRole('radio', { name: 'For me' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('checkbox', { name: 'Gambling' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await skipToCheck(user);
    expect(localStorage.length).toBe(0);
    await user.click(screen.getByRole('checkbox', { name: 'Remember my answers on this device' }));
    expect(JSON.parse(localStorage.getItem(ANSWERS_KEY)!)).toEqual({ for: 'me', concerns: ['gambling'] });
    await user.click(screen.getByRole('button', { name: 'Forget my answers' }));
    expect(localStorage.getItem(ANSWERS_KEY)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Your answers have been removed from this device.');
  });
});
