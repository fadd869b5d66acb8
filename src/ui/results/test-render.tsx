/**
 * Test helper: renders the results page the way the app does, with the real strings,
 * the real content and a questionnaire machine that has just loaded the given answers.
 */
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { render, screen, waitFor } from '@testing-library/react';
import { vi } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from '../../engine/answers';
import { ensureAllStrings, initI18n, switchLanguage } from '../../i18n/i18n';
import { quizMachine } from '../../machine/quiz-machine';
import { QuizContext } from '../quiz/QuizContext';
import ResultsPage from './ResultsPage';
import { STILL_BUILDING } from './still-building';

export async function setUpStrings(language = 'en') {
  if (!i18next.isInitialized) await initI18n(language);
  await ensureAllStrings(language);
  await switchLanguage(language);
}

/** Resolves once the results have loaded; `send` records what the page asked the machine to do. */
export async function renderResults(answers: Answers, { complete = true } = {}) {
  const actor = createActor(quizMachine(), { input: {} }).start();
  actor.send({ type: 'answers.load', answers });
  const state = actor.getSnapshot();
  const send = vi.fn();
  render(
    <I18nextProvider i18n={i18next}>
      <QuizContext.Provider value={{ state, send }}>
        <ResultsPage />
      </QuizContext.Provider>
    </I18nextProvider>,
  );
  // The help panel's title in the language on screen (the strings are set up before).
  await screen.findByRole('region', { name: new RegExp(i18next.t('results.safety.title')) }, { timeout: 15_000 });
  if (!complete) return { send, state };
  // The hidden parts (closed cards' details, the printed plan) come in a second render (RenderLater),
  // and what follows the top list a couple of frames later (the page is aria-busy until then).
  await waitFor(() => {
    if (!document.querySelector('.print-plan') || document.querySelector(STILL_BUILDING)) throw new Error('the results are not complete yet');
  });
  return { send, state };
}
